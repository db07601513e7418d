"""`seed_demo` builds the demo installation once, the same way every time."""

import io

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
def seeded(db):
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


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
