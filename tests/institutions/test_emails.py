"""E-mails speak in the platform's name: allauth's (password reset, account changes) are signed
"Passerelle" with its public address, never with the host a request came through."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from tests.factories import UserFactory


@pytest.fixture
def person(db):
    return UserFactory(email="awa.diallo@example.org", preferred_language="fr")


@override_settings(SITE_URL="https://passerelle.example.org")
def test_a_password_reset_asked_through_a_bare_address_is_signed_by_the_platform(client, person):
    client.post(
        reverse("account_reset_password"),
        {"email": person.email},
        HTTP_HOST="127.0.0.1",
        HTTP_ACCEPT_LANGUAGE="fr",
    )

    [message] = mail.outbox
    assert message.subject.startswith("[Passerelle] ")
    assert "Bonjour, c'est Passerelle !" in message.body
    assert "Merci d'utiliser Passerelle !\npasserelle.example.org" in message.body
    assert "c'est 127.0.0.1" not in message.body
    assert "[127.0.0.1]" not in message.subject
