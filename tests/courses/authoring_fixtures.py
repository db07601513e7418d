"""Course trees and admin helpers for the authoring and report tests: the French catalogue with its
English translation, courses built directly (for reports) and clients that post Wagtail's admin
forms as a browser does. Test modules import the fixtures they use from here."""

from __future__ import annotations

import json
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import querydict_from_html

from courses.models import CourseIndexPage, CoursePage, ModulePage
from institutions import scoping
from institutions import services as institution_services


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture(name="catalogue")
def catalogue_fixture(db) -> CourseIndexPage:
    """The French site's course catalogue, live, with its live English translation (and the home
    page's), as the demo builds them. Returns the French catalogue."""
    french = Locale.objects.get_or_create(language_code="fr")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    home = Site.objects.get(is_default_site=True).root_page.specific
    if home.locale_id != french.pk:
        home.locale = french
        home.save()
    publish(home.copy_for_translation(english))
    index = CourseIndexPage(title="Formations", slug="courses", locale=french)
    home.add_child(instance=index)
    publish(index)
    english_index = index.copy_for_translation(english)
    english_index.title = "Courses"
    publish(english_index)
    return index


def body(*blocks: tuple[str, object]) -> str:
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]
    )


def published_course(
    index: CourseIndexPage, *, slug: str, modules: int, title: str = ""
) -> CoursePage:
    """A live course of `modules` live modules, built directly (report tests need no review)."""
    course = CoursePage(
        title=title or slug.replace("-", " ").capitalize(),
        slug=slug,
        summary="Résumé.",
        learning_outcomes="<ul><li>Savoir faire.</li></ul>",
    )
    index.add_child(instance=course)
    publish(course)
    for position in range(modules):
        module = ModulePage(
            title=f"Module {position + 1}",
            slug=f"module-{position + 1}",
            body=body(("text", "<p>Texte.</p>")),
        )
        course.add_child(instance=module)
        publish(module)
    return course


def admin_client(user, *, language: str = "en") -> Client:
    """A fresh browser signed in as `user` (staff personas already hold a second factor),
    reading the admin in `language`."""
    if user.preferred_language != language:
        institution_services.update_profile(
            user=user,
            full_name=user.full_name,
            preferred_language=language,
            time_zone=user.time_zone,
        )
    scoping.forget_scope(user)
    browser = Client()
    browser.force_login(user)
    return browser


def form_data(browser: Client, url: str, form_id: str = "page-edit-form"):
    """What a browser would post from the admin form at `url`, before the person changes it
    (StreamFields, drawn by JavaScript, are added by the caller)."""
    response = browser.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return querydict_from_html(response.content.decode(), form_id=form_id)


def add_page_url(model, parent: Page) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def edit_page_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))
