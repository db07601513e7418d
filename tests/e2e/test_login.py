"""Signing in through a real browser."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from institutions.validators import DEMO_PASSWORD

pytestmark = pytest.mark.e2e


# The live server (behind `page`) answers from another thread, so what the test writes must be
# committed: a transactional test.
@pytest.mark.django_db(transaction=True)
def test_demo_learner_signs_in_on_a_phone_and_sees_their_institution(page: Page):
    call_command("seed_demo", stdout=io.StringIO())

    page.goto("/accounts/login/")
    page.fill("input[name='login']", "learner@example.org")
    page.fill("input[name='password']", DEMO_PASSWORD)
    page.locator("form:has(input[name='login']) button[type='submit']").click()

    expect(page).to_have_url("/")
    expect(page.locator("main")).to_contain_text("Maison Centrale d'Arrêt de Bamako")
