"""Wagtail's preview of course and module pages for authors: the learner's page as a newcomer sees
it, without enrolling anyone or writing progress."""

from __future__ import annotations

from django.template.response import TemplateResponse

from courses.enrollment.selectors import course_progress

from . import selectors


def preview_course(request, course):
    return TemplateResponse(
        request,
        "courses/course_page.html",
        {
            "page": course,
            "self": course,
            "progress": course_progress(course=course, enrollment=None),
            "enrollment": None,
            "is_preview": True,
        },
    )


def preview_module(request, module):
    course = module.get_parent().specific
    return TemplateResponse(
        request,
        "courses/module_page.html",
        {
            "page": module,
            "self": module,
            "course": course,
            "state": selectors.preview_module_state(module=module, course=course),
            "is_preview": True,
        },
    )
