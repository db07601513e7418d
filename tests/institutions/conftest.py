"""Helpers for the institutions tests: people created the way a manager creates them, and clients
that read English so that messages can be checked whatever the French catalogue holds."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from institutions import services
from institutions.models import Position
from institutions.services import PersonDetails
from tests.conftest import PASSWORD

NEW_PASSWORD = "a-long-new-passphrase-42"


@pytest.fixture
def english_client(client):
    """An anonymous visitor whose browser asks for English."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def signs_in(login: str, password: str = PASSWORD) -> bool:
    """Whether a fresh browser gets a session by typing `login` and `password` on the login page
    (people without a staff role, who need no second factor)."""
    browser = Client()
    browser.post(reverse("account_login"), {"login": login, "password": password})
    return "_auth_user_id" in browser.session


def token_from_email(message) -> str:
    match = re.search(r"/invitations/([^/\s]+)/", message.body)
    assert match, message.body
    return match.group(1)


@pytest.fixture
def invite_person(manager, bamako, django_capture_on_commit_callbacks):
    """invite_person(email=...): a person added by the Bamako manager; returns (user, token)."""

    def invite(*, email="awa.diallo@example.org", full_name="Awa Diallo"):
        with django_capture_on_commit_callbacks(execute=True):
            user = services.add_person(
                details=PersonDetails(full_name=full_name, position=Position.EDUCATOR, email=email),
                institution=bamako,
                created_by=manager,
            ).user
        sent = [m for m in mail.outbox if m.to == [email]]
        assert sent, "no invitation was sent"
        return user, token_from_email(sent[-1])

    return invite


@pytest.fixture
def person_without_email(manager, bamako):
    """A prison officer added by the Bamako manager with a staff number and no email."""
    return services.add_person(
        details=PersonDetails(
            full_name="Boubacar Touré", position=Position.PRISON_OFFICER, username="BT-0042"
        ),
        institution=bamako,
        created_by=manager,
    ).user
