"""The pages everyone meets: the home and login pages in French by default, the language switch, the
profile, each persona's home and the health check."""

import re

import pytest
from django.db import OperationalError, connection, connections
from django.test import Client
from django.urls import reverse

from institutions import services


def html_lang(response) -> str:
    match = re.search(r'<html lang="([^"]+)"', response.content.decode())
    assert match, "no lang attribute on <html>"
    return match.group(1)


# --- language ----------------------------------------------------------------------------------


def test_the_home_page_is_french_by_default(client, db):
    response = client.get("/")

    assert response.status_code == 200
    assert html_lang(response) == "fr"
    assert f'href="{reverse("account_login")}"' in response.content.decode()


def test_the_login_page_is_french_by_default_and_shows_the_login_form(client, db):
    response = client.get(reverse("account_login"))

    html = response.content.decode()
    assert response.status_code == 200
    assert html_lang(response) == "fr"
    assert re.search(r'<form[^>]*method="post"[^>]*action="/accounts/login/"', html, re.S)
    assert 'name="login"' in html
    assert 'name="password"' in html


def test_a_browser_that_asks_for_english_gets_english(english_client, db):
    assert html_lang(english_client.get("/")) == "en"
    assert html_lang(english_client.get(reverse("account_login"))) == "en"


def test_a_signed_in_persons_language_wins_over_the_browsers(english_client, learner):
    english_client.force_login(learner)

    assert html_lang(english_client.get("/")) == "fr"


def test_the_language_switch_remembers_the_choice_for_a_signed_in_person(client, learner):
    client.force_login(learner)

    response = client.post(reverse("set_language"), {"language": "en", "next": "/profile/"})

    assert response.status_code == 302
    assert response["Location"] == "/profile/"
    learner.refresh_from_db()
    assert learner.preferred_language == "en"
    another_browser = Client()
    another_browser.force_login(learner)
    assert html_lang(another_browser.get("/")) == "en"


def test_the_language_switch_ignores_an_unknown_language(client, learner):
    client.force_login(learner)

    client.post(reverse("set_language"), {"language": "xx", "next": "/"})

    learner.refresh_from_db()
    assert learner.preferred_language == "fr"
    assert html_lang(client.get("/")) == "fr"


def test_the_language_switch_works_for_a_visitor(client, db):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    assert html_lang(client.get("/")) == "en"


def test_the_language_switch_does_not_redirect_to_another_site(client, db):
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "https://evil.example/"}
    )

    assert "evil.example" not in response.get("Location", "")


# --- profile -----------------------------------------------------------------------------------


def test_the_profile_page_saves_name_language_and_time_zone(client, sign_in, learner):
    sign_in(learner)

    response = client.post(
        reverse("profile"),
        {
            "full_name": "  Aminata   Traoré-Keïta ",
            "preferred_language": "fr",
            "time_zone": "Africa/Niamey",
        },
    )

    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.full_name == "Aminata Traoré-Keïta"
    assert learner.preferred_language == "fr"
    assert learner.time_zone == "Africa/Niamey"
    assert html_lang(client.get(reverse("profile"))) == "fr"


def test_the_profile_page_rejects_an_unknown_time_zone(client, sign_in, learner):
    sign_in(learner)

    response = client.post(
        reverse("profile"),
        {"full_name": "Someone Else", "preferred_language": "en", "time_zone": "Mars/Olympus"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["time_zone"]
    learner.refresh_from_db()
    assert learner.full_name == "Aminata Traoré"
    assert learner.time_zone == "Africa/Bamako"


def test_the_profile_page_keeps_a_utc_time_zone(client, sign_in, trainer):
    services.update_profile(
        user=trainer, full_name=trainer.full_name, preferred_language="en", time_zone="UTC"
    )
    sign_in(trainer)

    response = client.post(
        reverse("profile"),
        {"full_name": "Claire Martin-Dupont", "preferred_language": "en", "time_zone": "UTC"},
    )

    assert response.status_code == 302
    trainer.refresh_from_db()
    assert (trainer.full_name, trainer.time_zone) == ("Claire Martin-Dupont", "UTC")


def test_the_profile_page_needs_a_signed_in_person(client, db):
    response = client.get(reverse("profile"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- homes -------------------------------------------------------------------------------------

SECTIONS = {"section-learning", "section-manager", "section-ministry", "section-authoring"}


def sections_of(html: str) -> set[str]:
    found = set(re.findall(r'<section class="card" aria-labelledby="(section-[a-z]+)', html))
    return found & SECTIONS


@pytest.mark.parametrize(
    ("persona", "sections", "shows"),
    [
        ("learner", {"section-learning"}, ["Maison Centrale d", "Prison officer"]),
        ("manager", {"section-learning", "section-manager"}, ["ML-BKO-MCA", "/institutions/"]),
        ("ministry_reviewer", {"section-ministry"}, ["Prison de Koulikoro", "Maison Centrale d"]),
        ("trainer", {"section-authoring"}, ["Authoring", 'href="/admin/"']),
        ("platform_admin", {"section-authoring"}, ["Administration", 'href="/admin/"']),
    ],
)
def test_each_persona_sees_their_own_section_on_their_home(
    request, client, sign_in, bamako, koulikoro, persona, sections, shows
):
    sign_in(request.getfixturevalue(persona))

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert sections_of(html) == sections
    for text in shows:
        assert text in html


def test_a_visitor_sees_the_welcome_page_and_no_section(client, db):
    html = client.get("/").content.decode()

    assert sections_of(html) == set()
    assert f'href="{reverse("redeem_setup_code")}"' in html


def test_public_sign_up_is_closed(client, db):
    response = client.get("/accounts/signup/")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_login")


# --- health ------------------------------------------------------------------------------------


def test_health_answers_200_with_json_when_healthy(client, db):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "migrations": "ok"}


@pytest.mark.parametrize("which", ["the latest", "an earlier"])
def test_health_answers_503_when_a_migration_is_not_applied(client, db, which):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM django_migrations WHERE app = 'institutions' ORDER BY id")
        ids = [row_id for (row_id,) in cursor.fetchall()]
        cursor.execute(
            "DELETE FROM django_migrations WHERE id = %s",
            [ids[-1] if which == "the latest" else ids[0]],
        )

    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "migrations": "pending"}


def test_health_answers_503_when_the_database_is_unreachable(client, db, monkeypatch):
    def unreachable():
        raise OperationalError("connection refused")

    # Undone before pytest-django rolls the test's transaction back.
    with monkeypatch.context() as patch:
        patch.setattr(connections["default"], "ensure_connection", unreachable)
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {
        "status": "error",
        "database": "unreachable",
        "migrations": "unknown",
    }
