"""Idle and absolute session limits; sessions end on password change and deactivation."""

import time_machine
from django.test import Client
from django.utils import timezone

from institutions import services
from tests.conftest import PASSWORD


def signed_in_client(user) -> Client:
    client = Client()
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
    return client


def test_a_learner_idle_for_more_than_two_hours_signs_in_again(learner):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client = signed_in_client(learner)
        assert client.get("/profile/").status_code == 200
        traveller.shift(60 * 119)
        assert client.get("/profile/").status_code == 200
        traveller.shift(60 * 121)
        response = client.get("/profile/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_a_staff_role_idle_for_more_than_thirty_minutes_signs_in_again(client, manager, bamako):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client.force_login(manager)
        assert client.get("/").status_code == 200
        traveller.shift(60 * 31)
        response = client.get("/")
        # "/" answers anonymously with the welcome page: the person is no longer signed in
        assert "_auth_user_id" not in client.session
        assert response.status_code in (200, 302)


def test_activity_keeps_a_session_alive_until_twelve_hours(learner):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client = signed_in_client(learner)
        for _ in range(11):
            traveller.shift(3600)
            assert client.get("/profile/").status_code == 200
        traveller.shift(3601)
        assert client.get("/profile/").status_code == 302


def test_the_activity_stamp_is_written_at_most_once_a_minute(learner):
    from institutions.middleware import SESSION_LAST_SEEN_AT

    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client = signed_in_client(learner)
        client.get("/profile/")
        first = client.session[SESSION_LAST_SEEN_AT]
        traveller.shift(30)
        client.get("/profile/")
        assert client.session[SESSION_LAST_SEEN_AT] == first
        traveller.shift(31)
        client.get("/profile/")
        assert client.session[SESSION_LAST_SEEN_AT] > first


def test_a_password_change_ends_the_other_sessions(learner):
    first = signed_in_client(learner)
    second = signed_in_client(learner)
    response = second.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "a-new-long-passphrase",
            "password2": "a-new-long-passphrase",
        },
    )
    assert response.status_code == 302
    assert second.get("/profile/").status_code == 200
    assert first.get("/profile/").status_code == 302


def test_a_password_change_sends_a_notification_email(learner, mailoutbox):
    client = signed_in_client(learner)
    client.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "a-new-long-passphrase",
            "password2": "a-new-long-passphrase",
        },
    )
    assert any(learner.email in message.to for message in mailoutbox)


def test_deactivation_ends_the_persons_sessions(learner, manager):
    client = signed_in_client(learner)
    services.deactivate_person(user=learner, deactivated_by=manager)
    assert client.get("/profile/").status_code == 302
