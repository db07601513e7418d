"""Wagtail's preview of course and module pages for authors: the learner's page as a newcomer sees
it, without enrolling anyone or writing progress."""

from __future__ import annotations

from django.template.response import TemplateResponse

from content.blocks import completion_requirements

from . import selectors


def preview_course(request, course):
    progress = selectors.course_progress(course=course, enrollment=None)
    return TemplateResponse(
        request,
        "courses/course_page.html",
        {
            "page": course,
            "self": course,
            "progress": progress,
            "enrollment": None,
            "is_preview": True,
        },
    )


def preview_module(request, module):
    course = module.get_parent().specific
    requirements = completion_requirements(module.body)
    keys = {requirement.key for requirement in requirements}
    siblings = selectors.course_modules(course)
    index = next((i for i, m in enumerate(siblings) if m.pk == module.pk), len(siblings))
    state = selectors.ModuleView(
        items=[selectors.BodyItem(block=child, is_unmet=child.id in keys) for child in module.body],
        unmet=requirements,
        is_completed=False,
        position=index + 1,
        total=max(len(siblings), index + 1),
        previous=siblings[index - 1] if 0 < index <= len(siblings) else None,
        next=siblings[index + 1] if index + 1 < len(siblings) else None,
    )
    return TemplateResponse(
        request,
        "courses/module_page.html",
        {"page": module, "self": module, "course": course, "state": state, "is_preview": True},
    )
