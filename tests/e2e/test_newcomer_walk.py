"""What a newcomer met, walked again in Chromium: the public home in each language, a manager's
staff import with its progress bar, the catalogue's search and language filter, and a course whose
module is not yet translated. French at 360 px, English at 1280 px; axe-core checks every page
(see conftest). Screenshots go to $PASSERELLE_SCREENS (default: passerelle-screens in the temporary
folder; pytest-playwright empties test-results/ at each run) for a person to look at."""

import os
import tempfile
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from institutions.models import BackgroundJob
from tests.conftest import signed_in
from tests.factories.courses import english, modules_of

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCREENS = Path(
    os.environ.get("PASSERELLE_SCREENS", Path(tempfile.gettempdir(), "passerelle-screens"))
)
WIDE = {"viewport": {"width": 1280, "height": 900}}
NBSP = "\u00a0"


def screenshot(page: Page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def sign_in_browser(page: Page, live_server, person, language: str) -> None:
    """The browser shares the session of a Django test client signed in as `person`."""
    client = signed_in(person, language=language)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_the_french_home_on_a_phone_says_what_passerelle_is_and_how_to_sign_in(page: Page):
    page.goto("/fr/")

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_contain_text("Formation du personnel pénitentiaire")
    expect(page.locator("#main a.button")).to_have_text("Se connecter")
    expect(page.locator(".welcome-points li")).to_have_count(3)
    screenshot(page, "home-fr-360")
    page.locator("#main a.button").click()
    expect(page).to_have_url("/accounts/login/")


@pytest.mark.browser_context_args(**WIDE)
def test_the_english_home_on_a_wide_screen(page: Page):
    page.goto("/en/")

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_contain_text("Training for prison staff")
    assert "Wagtail" not in page.content()
    screenshot(page, "home-en-1280")


def test_a_manager_imports_a_french_file_and_follows_its_progress(
    page: Page, live_server, manager, bamako
):
    sign_in_browser(page, live_server, manager, "fr")
    csv_file = SCREENS.parent / "personnel.csv"
    SCREENS.mkdir(parents=True, exist_ok=True)
    csv_file.write_text("Nom,Prénom,Courriel,Poste\nDiallo,Awa,awa.diallo@example.org,Éducateur\n")

    page.goto(reverse("staff_import", args=[bamako.pk]))
    expect(page.locator("#main")).to_contain_text(f"Au plus 5 Mo et 10{NBSP}000 lignes.")
    screenshot(page, "import-fr-360")
    page.set_input_files("input[type=file]", str(csv_file))
    page.locator("#main form button[type=submit]").click()

    expect(page.locator("h1")).to_have_text("Import du personnel")
    expect(page.locator("#main")).to_contain_text("1 personne a été ajoutée.")
    screenshot(page, "import-done-fr-360")


def test_the_jobs_progress_bar_moves_and_the_page_shows_the_result_when_done(
    page: Page, live_server, manager, bamako
):
    from datetime import timedelta

    from django.utils import timezone

    # A job a worker is running (none runs here: the row is written as the worker would).
    job = BackgroundJob.objects.create(
        owner=manager,
        kind="staff_import",
        status="running",
        progress_done=1200,
        progress_total=10_000,
        result={"institution_id": bamako.pk},
        expires_at=timezone.now() + timedelta(days=7),
    )
    sign_in_browser(page, live_server, manager, "fr")

    page.goto(reverse("background_job", args=[job.pk]))
    expect(page.locator("[data-job-text]")).to_have_text(f"1{NBSP}200 étapes sur 10{NBSP}000")
    screenshot(page, "job-running-fr-360")
    BackgroundJob.objects.filter(pk=job.pk).update(progress_done=5000)
    expect(page.locator("[data-job-text]")).to_have_text(
        f"5{NBSP}000 étapes sur 10{NBSP}000", timeout=10_000
    )
    expect(page.locator("progress")).to_have_attribute("value", "50")
    BackgroundJob.objects.filter(pk=job.pk).update(
        status="succeeded",
        result={"institution_id": bamako.pk, "added": 10_000, "rehired": 0, "invited": 0},
    )
    expect(page.locator("#main")).to_contain_text(
        f"10{NBSP}000 personnes ont été ajoutées.", timeout=10_000
    )


def test_the_catalogue_searches_and_lists_the_english_pages_on_a_phone(
    page: Page, live_server, learner, build_course
):
    build_course(modules=1)
    sign_in_browser(page, live_server, learner, "fr")

    page.goto("/fr/courses/")
    search = page.locator("#catalogue-q")
    assert search.bounding_box()["width"] > 250
    search.fill("confiance")
    page.locator("#catalogue-language").select_option("en")
    page.locator("form.filters button[type=submit]").click()

    expect(page.locator(".course-card h2 a")).to_have_text(["Trust in detention"])
    expect(page.locator(".course-card h2 a")).to_have_attribute("href", "/en/courses/trust/")
    screenshot(page, "catalogue-fr-360")


@pytest.mark.browser_context_args(**WIDE)
def test_an_untranslated_module_appears_in_french_in_the_english_course(
    page: Page, live_server, learner, build_course
):
    course = build_course(modules=3)
    english(modules_of(course)[1]).unpublish()
    sign_in_browser(page, live_server, learner, "en")

    page.goto(english(course).url)

    expect(page.locator(".module-list__item")).to_have_count(3)
    expect(page.locator(".module-list__item").nth(1)).to_contain_text("Module 2")
    expect(page.locator(".module-list__item").nth(1)).to_contain_text("in French")
    screenshot(page, "course-untranslated-en-1280")
