"""Courses for the courses tests: a catalogue under the default site's root and a small published
course, and a browser signed in as a persona reading English (so messages can be checked whatever
the French catalogue holds)."""

from __future__ import annotations

import pytest
from django.test import Client
from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from courses.models import CourseIndexPage, CoursePage, ModulePage
from institutions import scoping
from institutions import services as institution_services
from tests.conftest import enroll_totp


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def course_index(db) -> CourseIndexPage:
    """The French course catalogue, /fr/courses/."""
    root = Site.objects.get(is_default_site=True).root_page
    return _publish(root.add_child(instance=CourseIndexPage(title="Formations", slug="courses")))


@pytest.fixture
def make_course(course_index):
    """make_course(title, modules=3, english_title=None): a live course with `modules` modules,
    optionally translated into English (same translation keys, as wagtail-localize makes)."""

    def make(
        title: str = "Psychologie de l'extrémisme violent en détention",
        *,
        modules: int = 3,
        english_title: str | None = None,
    ) -> CoursePage:
        slug = f"course-{CoursePage.objects.count() + 1}"
        course = course_index.add_child(
            instance=CoursePage(
                title=title,
                slug=slug,
                summary="Comprendre les trajectoires d'engagement.",
                learning_outcomes="<ul><li>Reconnaître les signes.</li></ul>",
                target_positions=["prison_officer"],
                is_open_for_self_enrollment=False,
            )
        )
        _publish(course)
        for position in range(1, modules + 1):
            module = course.add_child(
                instance=ModulePage(
                    title=f"Module {position}",
                    slug=f"module-{position}",
                    body=[("text", RichText(f"<p>Contenu du module {position}.</p>"))],
                )
            )
            _publish(module)
        if english_title:
            english = Locale.objects.get_or_create(language_code="en")[0]
            translation = course.copy_for_translation(english, copy_parents=True)
            translation.title = english_title
            _publish(translation)
        return course

    return make


@pytest.fixture
def course(make_course) -> CoursePage:
    return make_course()


@pytest.fixture
def sign_in():
    """sign_in(user): a fresh browser signed in as `user`, reading English, with the second
    factor staff roles need."""

    def sign_in(user, *, language: str = "en") -> Client:
        if user.preferred_language != language:
            institution_services.update_profile(
                user=user,
                full_name=user.full_name,
                preferred_language=language,
                time_zone=user.time_zone,
            )
        scoping.forget_scope(user)
        if scoping.scope_of(user).is_staff_role:
            from allauth.mfa.models import Authenticator

            if not Authenticator.objects.filter(user=user).exists():
                enroll_totp(user)
        browser = Client()
        browser.force_login(user)
        return browser

    return sign_in
