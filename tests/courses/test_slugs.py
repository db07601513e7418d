"""Page URLs are ASCII: a title with accents gives `/gerer-la-defiance/`, never `/g%C3%A9rer-…/`,
in the admin as in code."""

import pytest
from wagtail.test.utils.form_data import rich_text

from courses.models import CoursePage
from tests.conftest import signed_in

from .admin_forms import add_page_url, form_data

TITLE = "Gérer la défiance à l'accueil"


def course_form(browser, index, **fields):
    url = add_page_url(CoursePage, index)
    data = form_data(browser, url)
    data.update(
        {
            "title": TITLE,
            "summary": "Accueillir une personne détenue qui refuse tout contact.",
            "learning_outcomes": rich_text("<ul><li>Désamorcer un refus.</li></ul>"),
            **fields,
        }
    )
    return url, data


def test_the_admin_slug_field_writes_ascii_slugs_as_the_title_is_typed(catalogues, trainer):
    page = signed_in(trainer).get(add_page_url(CoursePage, catalogues["fr"])).content.decode()

    # Wagtail's slug field drops the attribute when Unicode slugs are off: ASCII is its default.
    assert 'data-controller="w-slug"' in page
    assert "data-w-slug-allow-unicode-value" not in page


def test_an_accented_slug_typed_in_the_admin_is_saved_without_accents(catalogues, trainer):
    browser = signed_in(trainer)
    url, data = course_form(browser, catalogues["fr"], slug="gérer-la-défiance")

    response = browser.post(url, data)

    assert response.status_code == 302
    course = CoursePage.objects.get(title=TITLE)
    assert course.slug == "gerer-la-defiance"
    assert course.url.isascii()


def test_a_slug_with_no_latin_letter_is_a_field_error(catalogues, trainer):
    browser = signed_in(trainer)
    url, data = course_form(browser, catalogues["fr"], slug="ثقة")

    response = browser.post(url, data)

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert not CoursePage.objects.filter(title=TITLE).exists()


@pytest.mark.django_db
def test_a_page_created_in_code_without_a_slug_gets_an_ascii_one(catalogues):
    course = CoursePage(title=TITLE, summary="…", learning_outcomes="<ul><li>…</li></ul>")

    catalogues["fr"].add_child(instance=course)

    assert course.slug == "gerer-la-defiance-a-laccueil"
    assert course.url.isascii()
