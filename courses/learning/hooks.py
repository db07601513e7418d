"""What the learning applet adds to the rest: the learner's page views (through the catalogue's
registry) and the home page's "My learning" section."""

from __future__ import annotations

from django.utils.translation import get_language

from courses.catalog import routing
from courses.catalog.models import CourseIndexPage, CoursePage, CurriculumPage, ModulePage
from institutions.home import HomeSection, register_home_section
from institutions.scoping import scope_of

from . import preview, selectors, views


def my_learning_section(request) -> HomeSection | None:
    user = request.user
    if "learner" not in scope_of(user).roles:
        return None
    language = get_language()
    index = (
        CourseIndexPage.objects.live().filter(locale__language_code=language).first()
        or CourseIndexPage.objects.live().first()
    )
    return HomeSection(
        template="courses/home_my_learning.html",
        context={
            "learning": selectors.my_learning(learner=user, language=language),
            "catalogue_url": index.url if index else None,
        },
        order=10,
    )


def register() -> None:
    routing.register_page_view(CourseIndexPage, views.course_catalogue)
    routing.register_page_view(CoursePage, views.course_page)
    routing.register_page_view(ModulePage, views.module_page)
    routing.register_page_view(CurriculumPage, views.curriculum_page)
    routing.register_preview(CoursePage, preview.preview_course)
    routing.register_preview(ModulePage, preview.preview_module)
    register_home_section(my_learning_section)
