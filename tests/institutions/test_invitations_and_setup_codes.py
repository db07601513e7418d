"""Invitation links and printed setup codes: each works once, for 7 days, for its own person; every
other use gets a clear answer and changes no account."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from institutions import services
from institutions.models import Invitation, Position, SetupCode
from institutions.services import PersonDetails

from .conftest import NEW_PASSWORD, signs_in, token_from_email

OTHER_PASSWORD = "another-long-passphrase-7"


def accept(client, token, password=NEW_PASSWORD):
    return client.post(
        reverse("accept_invitation", args=[token]), {"password1": password, "password2": password}
    )


def redeem(client, username, code, password=NEW_PASSWORD):
    return client.post(
        reverse("redeem_setup_code"),
        {"username": username, "code": code, "password1": password, "password2": password},
    )


def form_errors(response, field) -> list[str]:
    assert response.status_code == 200
    return response.context["form"].errors.get(field, [])


def unchanged(user) -> bool:
    user.refresh_from_db()
    return not user.has_usable_password()


# --- invitations -------------------------------------------------------------------------------


def test_a_valid_invitation_sets_the_password_and_the_person_signs_in_with_their_email(
    english_client, invite_person
):
    user, token = invite_person()

    page = english_client.get(reverse("accept_invitation", args=[token]))
    response = accept(english_client, token)

    assert page.status_code == 200
    assert "Awa Diallo" in page.content.decode()
    assert "awa.diallo@example.org" in page.content.decode()
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login")
    assert signs_in("awa.diallo@example.org", NEW_PASSWORD)
    assert Invitation.objects.get(user=user).used_at is not None


def test_the_invitation_email_links_to_this_site_and_says_how_to_sign_in(invite_person):
    _user, token = invite_person()

    (message,) = mail.outbox
    assert message.to == ["awa.diallo@example.org"]
    assert f"http://127.0.0.1:8000/invitations/{token}/" in message.body
    assert "awa.diallo@example.org" in message.body


def test_an_invitation_is_still_valid_after_six_days(english_client, invite_person):
    _user, token = invite_person()

    with time_machine.travel(timezone.now() + timedelta(days=6, hours=23)):
        response = accept(english_client, token)

    assert response.status_code == 302
    assert signs_in("awa.diallo@example.org", NEW_PASSWORD)


def test_an_expired_invitation_shows_a_clear_page_and_changes_nothing(
    english_client, invite_person
):
    user, token = invite_person()

    with time_machine.travel(timezone.now() + timedelta(days=8)):
        page = english_client.get(reverse("accept_invitation", args=[token]))
        response = accept(english_client, token)

    assert page.status_code == response.status_code == 410
    assert "This link has expired" in page.content.decode()
    assert "This link has expired" in response.content.decode()
    assert unchanged(user)
    assert not signs_in("awa.diallo@example.org", NEW_PASSWORD)


def test_a_used_invitation_cannot_be_used_again(english_client, invite_person):
    _user, token = invite_person()
    accept(english_client, token)

    page = english_client.get(reverse("accept_invitation", args=[token]))
    response = accept(english_client, token, OTHER_PASSWORD)

    assert page.status_code == response.status_code == 410
    assert "This link has already been used" in response.content.decode()
    assert signs_in("awa.diallo@example.org", NEW_PASSWORD)
    assert not signs_in("awa.diallo@example.org", OTHER_PASSWORD)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token[:20],
        lambda token: token + "x",
        lambda token: "x" * 300,
    ],
    ids=["one character changed", "cut short", "one character added", "made up"],
)
def test_a_tampered_invitation_link_shows_a_clear_page_and_changes_nothing(
    english_client, invite_person, tamper
):
    user, token = invite_person()

    page = english_client.get(reverse("accept_invitation", args=[tamper(token)]))
    response = accept(english_client, tamper(token))

    assert page.status_code == response.status_code == 404
    assert "This link is not valid" in response.content.decode()
    assert unchanged(user)
    assert Invitation.objects.get(user=user).used_at is None


def test_a_new_invitation_replaces_the_earlier_link(
    english_client, invite_person, manager, django_capture_on_commit_callbacks
):
    user, first = invite_person()
    with django_capture_on_commit_callbacks(execute=True):
        services.send_invitation(user=user, created_by=manager)
    second = token_from_email(mail.outbox[-1])

    assert accept(english_client, first).status_code == 410
    assert unchanged(user)
    assert accept(english_client, second).status_code == 302


def test_a_deactivated_persons_invitation_no_longer_works(english_client, invite_person, manager):
    user, token = invite_person()
    services.deactivate_person(user=user, deactivated_by=manager)

    response = accept(english_client, token)

    assert response.status_code == 404
    assert unchanged(user)


def test_a_weak_password_is_refused_and_the_link_keeps_working(english_client, invite_person):
    user, token = invite_person()

    refused = accept(english_client, token, "short")
    mismatched = english_client.post(
        reverse("accept_invitation", args=[token]),
        {"password1": NEW_PASSWORD, "password2": OTHER_PASSWORD},
    )

    assert form_errors(refused, "password1")
    assert form_errors(mismatched, "password2") == ["The two passwords differ."]
    assert unchanged(user)
    assert accept(english_client, token).status_code == 302


def test_the_invitation_page_is_not_cached_and_sends_no_referrer(english_client, invite_person):
    _user, token = invite_person()

    response = english_client.get(reverse("accept_invitation", args=[token]))

    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"


def test_a_manager_invites_someone_by_email_through_the_page(
    client, sign_in, manager, bamako, django_capture_on_commit_callbacks
):
    sign_in(manager)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("invite", args=[bamako.pk]),
            {
                "full_name": "Awa Diallo",
                "email": "Awa.Diallo@example.org",
                "position": Position.EDUCATOR,
                "preferred_language": "fr",
            },
        )

    assert response.status_code == 302
    membership = bamako.memberships.current().get(user__email="awa.diallo@example.org")
    assert membership.position == Position.EDUCATOR
    assert [message.to for message in mail.outbox] == [["awa.diallo@example.org"]]


def test_inviting_the_email_of_a_current_colleague_says_they_already_work_here(
    client, sign_in, manager, bamako, learner
):
    sign_in(manager)

    response = client.post(
        reverse("invite", args=[bamako.pk]),
        {
            "full_name": "Awa Diallo",
            "email": "LEARNER@example.org",
            "position": Position.EDUCATOR,
            "preferred_language": "fr",
        },
    )

    assert form_errors(response, "email") == ["Aminata Traoré already works at your institution."]
    assert not bamako.memberships.filter(user__full_name="Awa Diallo").exists()


def test_adding_the_username_of_a_current_colleague_says_they_already_work_here(
    client, sign_in, manager, bamako, learner
):
    sign_in(manager)

    response = client.post(
        reverse("add_without_email", args=[bamako.pk]),
        {
            "full_name": "Awa Diallo",
            "username": "Learner",
            "position": Position.EDUCATOR,
            "preferred_language": "fr",
        },
    )

    assert form_errors(response, "username") == [
        "Aminata Traoré already works at your institution."
    ]
    assert not bamako.memberships.filter(user__full_name="Awa Diallo").exists()


# --- setup codes -------------------------------------------------------------------------------


def issue_code(user, manager) -> str:
    ((_, code),) = services.issue_setup_codes(users=[user], created_by=manager)
    return code


def test_a_manager_prints_a_setup_code_and_the_person_chooses_a_password_with_it(
    client, sign_in, english_client, manager, bamako, person_without_email
):
    sign_in(manager)

    printed = client.post(
        reverse("setup_codes", args=[bamako.pk]), {"people": [person_without_email.pk]}
    )
    code = re.search(r'<code class="code">([A-Z0-9-]+)</code>', printed.content.decode()).group(1)
    client.logout()
    response = redeem(english_client, "BT-0042", code)

    assert printed["Cache-Control"] == "no-store"
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert response.status_code == 302
    assert signs_in("BT-0042", NEW_PASSWORD)
    assert signs_in("bt-0042", NEW_PASSWORD)


def test_a_setup_code_may_be_typed_in_lower_case_without_dashes(
    english_client, manager, person_without_email
):
    code = issue_code(person_without_email, manager)

    response = redeem(english_client, "bt-0042", code.replace("-", " ").lower())

    assert response.status_code == 302
    assert signs_in("BT-0042", NEW_PASSWORD)


def test_an_expired_setup_code_is_refused_and_changes_nothing(
    english_client, manager, person_without_email
):
    code = issue_code(person_without_email, manager)

    with time_machine.travel(timezone.now() + timedelta(days=8)):
        response = redeem(english_client, "BT-0042", code)

    assert form_errors(response, "code") == [
        "This code has expired. Ask your manager for a new one."
    ]
    assert unchanged(person_without_email)


def test_a_used_setup_code_is_refused(english_client, manager, person_without_email):
    code = issue_code(person_without_email, manager)
    redeem(english_client, "BT-0042", code)

    response = redeem(english_client, "BT-0042", code, OTHER_PASSWORD)

    assert form_errors(response, "code") == [
        "This code has already been used. Ask your manager for a new one."
    ]
    assert signs_in("BT-0042", NEW_PASSWORD)
    assert not signs_in("BT-0042", OTHER_PASSWORD)


@pytest.mark.parametrize("username", ["AK-001", "nobody", ""])
def test_a_setup_code_with_the_wrong_username_is_refused(
    english_client, manager, bamako, person_without_email, username
):
    colleague = services.add_person(
        details=PersonDetails(full_name="Aïssata Keïta", position="educator", username="AK-001"),
        institution=bamako,
        created_by=manager,
    ).user
    code = issue_code(person_without_email, manager)

    response = redeem(english_client, username, code)

    assert response.status_code == 200
    if username:
        assert form_errors(response, "code") == ["This code does not match this username."]
    assert unchanged(person_without_email)
    assert unchanged(colleague)


def test_a_new_setup_code_replaces_the_old_one(english_client, manager, person_without_email):
    old = issue_code(person_without_email, manager)
    new = issue_code(person_without_email, manager)

    refused = redeem(english_client, "BT-0042", old)
    accepted = redeem(english_client, "BT-0042", new)

    assert form_errors(refused, "code")
    assert accepted.status_code == 302
    assert SetupCode.objects.filter(user=person_without_email).count() == 2


def test_setup_code_attempts_are_rate_limited_per_username(
    english_client, manager, person_without_email
):
    code = issue_code(person_without_email, manager)
    for _ in range(5):
        redeem(english_client, "BT-0042", "AAAA-AAAA-AAAA")

    response = redeem(english_client, "BT-0042", code)

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Too many attempts. Wait a few minutes and try again."
    ]
    assert unchanged(person_without_email)


def test_the_setup_code_limit_holds_whatever_the_case_of_the_username(
    english_client, manager, person_without_email
):
    code = issue_code(person_without_email, manager)
    for username in ["BT-0042", "bt-0042", "Bt-0042", "bT-0042", "BT-0042"]:
        redeem(english_client, username, "AAAA-AAAA-AAAA")

    response = redeem(english_client, "bt-0042", code)

    assert response.status_code == 200
    assert unchanged(person_without_email)


def test_setup_code_attempts_are_rate_limited_per_address(
    english_client, manager, person_without_email
):
    code = issue_code(person_without_email, manager)
    for n in range(20):
        redeem(english_client, f"guess-{n}", "AAAA-AAAA-AAAA")

    response = redeem(english_client, "BT-0042", code)

    assert response.status_code == 200
    assert unchanged(person_without_email)


def test_setup_codes_are_offered_only_for_people_without_email_or_password(
    client, sign_in, manager, bamako, learner, person_without_email, english_client
):
    colleague = services.add_person(
        details=PersonDetails(full_name="Aïssata Keïta", position="educator", username="AK-001"),
        institution=bamako,
        created_by=manager,
    ).user
    redeem(english_client, "AK-001", issue_code(colleague, manager))
    sign_in(manager)

    page = client.get(reverse("setup_codes", args=[bamako.pk])).content.decode()

    assert f'value="{person_without_email.pk}"' in page
    assert f'value="{colleague.pk}"' not in page
    assert f'value="{learner.pk}"' not in page


def test_a_manager_cannot_print_a_setup_code_for_another_prisons_person(
    client, sign_in, manager, bamako, koulikoro, manager_elsewhere
):
    stranger = services.add_person(
        details=PersonDetails(full_name="Moussa Diarra", position="educator", username="MD-7"),
        institution=koulikoro,
        created_by=manager_elsewhere,
    ).user
    sign_in(manager)

    response = client.post(reverse("setup_codes", args=[bamako.pk]), {"people": [stranger.pk]})

    assert form_errors(response, "people")
    assert not SetupCode.objects.filter(user=stranger).exists()
    with pytest.raises(services.PermissionDenied):
        services.issue_setup_codes(users=[stranger], created_by=manager)
