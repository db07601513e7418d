"""`seed_demo` builds the demo installation once, the same way every time."""

import io
import time

import pytest
from django.apps import apps
from django.core.management import call_command

from institutions.models import Institution, Membership, Ministry, User

DEMO_ACCOUNTS = [
    "learner@example.org",
    "trainer@example.org",
    "trainer2@example.org",
    "manager@example.org",
    "ministry@example.org",
    "ministry-ne@example.org",
    "admin@example.org",
]


def counts() -> dict[str, int]:
    labels = ("institutions", "courses", "wagtailcore", "mfa", "auth")
    return {
        model._meta.label: model._default_manager.count()
        for label in labels
        for model in apps.get_app_config(label).get_models()
    }


@pytest.fixture
def seeded(demo):
    """What seed_demo printed when it built the demo (see conftest)."""
    return demo


def test_a_second_run_gives_the_same_counts(seeded):
    first = counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == first


def test_the_demo_installation_is_the_one_described_and_the_same_everywhere(seeded):
    assert set(Ministry.objects.values_list("country_code", flat=True)) == {"ML", "NE"}
    mali = Institution.objects.filter(ministry__country_code="ML")
    assert "ML-BKO-MCA" in set(mali.values_list("code", flat=True))
    assert mali.count() == 7
    assert Institution.objects.filter(ministry__country_code="NE").count() == 2
    assert 280 <= Membership.objects.filter(institution__in=mali).current().count() <= 320
    assert User.objects.filter(username__startswith="ml-bko-mca-").count() == 90
    assert User.objects.filter(username__startswith="ne-nia-pc-").count() == 25
    # Generated from a fixed seed: every machine builds the same people.
    first = User.objects.get(username="ml-bko-mca-001")
    assert first.full_name == "Salimata Sylla"
    assert first.memberships.get().position == "manager"

    for email in DEMO_ACCOUNTS:
        user = User.objects.get(email=email)
        assert user.check_password("passerelle-demo"), email
        line = next(line for line in seeded.splitlines() if email in line)
        assert "passerelle-demo" in line
    manager_line = next(line for line in seeded.splitlines() if "manager@example.org" in line)
    learner_line = next(line for line in seeded.splitlines() if "learner@example.org" in line)
    assert "TOTP" in manager_line
    assert "TOTP" not in learner_line


def test_each_demo_account_signs_in_and_lands_on_its_home(seeded, client):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
    from django.utils.html import escape

    from institutions.management.commands.seed_demo import demo_totp_secret

    expected = {
        "learner@example.org": ("/", "Maison Centrale d'Arrêt de Bamako"),
        "manager@example.org": ("/", "Maison Centrale d'Arrêt de Bamako"),
        "ministry@example.org": ("/", "Maison d'Arrêt de Kayes"),
        "ministry-ne@example.org": ("/", "Prison civile de Niamey"),
        "admin@example.org": ("/", "/admin/"),
        "trainer@example.org": ("/admin/", "wagtail"),
        "trainer2@example.org": ("/admin/", "wagtail"),
    }
    for email, (landing, text) in expected.items():
        client.logout()
        response = client.post("/accounts/login/", {"login": email, "password": "passerelle-demo"})
        if response["Location"] == "/accounts/2fa/authenticate/":
            code = format_hotp_value(hotp_value(demo_totp_secret(email), int(time.time()) // 30))
            response = client.post("/accounts/2fa/authenticate/", {"code": code})
        assert response.status_code == 302, email
        assert response["Location"] == landing, email
        page = client.get(landing)
        assert page.status_code == 200, email
        assert escape(text) in page.content.decode(), email
        if email == "ministry-ne@example.org":
            assert "Bamako" not in page.content.decode()  # the wall between ministries
