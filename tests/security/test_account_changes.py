"""Changing email, password or second factor asks to re-authenticate and sends a notification."""

import re

import pytest
from django.test import Client

from tests.conftest import PASSWORD


def signed_in(user) -> Client:
    client = Client()
    client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" in client.session
    return client


def test_changing_the_email_address_asks_to_re_authenticate_after_a_while(learner):
    import time_machine
    from django.utils import timezone

    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client = signed_in(learner)
        traveller.shift(600)  # past allauth's 5-minute window
        response = client.post("/accounts/email/", {"action_add": "", "email": "new@example.org"})
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/reauthenticate/")


@pytest.mark.django_db(transaction=True)
def test_setting_up_a_second_factor_asks_for_the_password_and_sends_a_notification(
    learner, mailoutbox
):
    from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY

    from tests.conftest import totp_code

    client = signed_in(learner)
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    assert re.search(secret, page.content.decode())
    mailoutbox.clear()
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert any(learner.email in message.to for message in mailoutbox)
