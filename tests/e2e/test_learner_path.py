"""The learner's path through a real browser on a phone screen: from the home page to the
catalogue, a course, a module with a required note, the progress, and the same progress in
English after switching language."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from courses.demo.content import COURSES
from institutions.validators import DEMO_PASSWORD

pytestmark = pytest.mark.e2e

TRUST = next(course for course in COURSES if course["key"] == "trust")
COURSE_URL = f"/fr/courses/{TRUST['slug']}/"
THIRD, FOURTH = (f"{COURSE_URL}{module['slug']}/" for module in TRUST["modules"][2:4])
NOTE = "Je préviens un collègue avant un entretien seul avec un détenu."


def progress(page: Page):
    return page.locator("section[aria-labelledby='section-progress'] progress")


# The live server answers from another thread: what the test writes must be committed (a
# transactional test). The rows migrations made (Wagtail's root page and site) come back before
# the test, and after it for the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_demo_learner_takes_a_module_and_keeps_their_progress_in_english(page: Page):
    call_command("seed_demo", stdout=io.StringIO())

    page.goto("/accounts/login/")
    page.fill("input[name='login']", "learner@example.org")
    page.fill("input[name='password']", DEMO_PASSWORD)
    page.locator("form:has(input[name='login']) button[type='submit']").click()
    expect(page).to_have_url("/")

    # The catalogue from the home page, then the course half done (2 of 4 modules).
    page.locator("#main a[href='/fr/courses/']").click()
    expect(page).to_have_url("/fr/courses/")
    page.get_by_role("link", name=TRUST["fr"]["title"]).click()
    expect(page).to_have_url(COURSE_URL)
    expect(progress(page)).to_have_attribute("value", "50")

    # Continue: the third module, marked complete, leads to the fourth.
    page.locator("section[aria-labelledby='section-progress'] a.button").click()
    expect(page).to_have_url(THIRD)
    page.locator("#requirements form button[type='submit']").click()
    expect(page).to_have_url(FOURTH)

    # The fourth asks for a note before it can be completed.
    page.locator("#requirements form button[type='submit']").click()
    expect(page).to_have_url(f"{FOURTH}#requirements")
    expect(page.locator("section.reflection.is-unmet")).to_have_count(1)
    page.locator("section.reflection textarea").fill(NOTE)
    page.locator("section.reflection button[type='submit']").click()
    expect(page.locator("section.reflection textarea")).to_have_value(NOTE)
    page.locator("#requirements form button[type='submit']").click()

    # Back on the course page: complete.
    expect(page).to_have_url(COURSE_URL)
    expect(progress(page)).to_have_attribute("value", "100")
    expect(page.locator(".module-list__item.is-done")).to_have_count(4)

    # The language switcher: the same course in English, with the same progress and note.
    page.locator("#language-select").select_option("en")
    page.locator("form.language-switch button[type='submit']").click()
    expect(page).to_have_url(COURSE_URL.replace("/fr/", "/en/"))
    expect(page.locator("h1")).to_have_text(TRUST["en"]["title"])
    expect(page.locator("#main")).to_contain_text("Completed on")
    expect(progress(page)).to_have_attribute("value", "100")
    expect(page.locator(".module-list__item.is-done")).to_have_count(4)
    page.goto(FOURTH.replace("/fr/", "/en/"))
    expect(page.locator("section.reflection textarea")).to_have_value(NOTE)
