"""Managers end memberships, transfer people within their ministry and deactivate accounts; the
history is kept, and nobody acts on another prison's people."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from institutions import services
from institutions.models import Invitation, Membership, Position, SetupCode
from institutions.services import PersonDetails
from tests.factories import InstitutionFactory

from .conftest import NEW_PASSWORD, signs_in

# --- transfer ----------------------------------------------------------------------------------


def test_a_transfer_keeps_the_old_membership_and_creates_the_new_one(
    client, sign_in, manager, learner, bamako, koulikoro
):
    sign_in(manager)
    old = learner.memberships.get()

    response = client.post(reverse("transfer", args=[learner.pk]), {"institution": koulikoro.pk})

    assert response.status_code == 302
    old.refresh_from_db()
    new = learner.memberships.current().get()
    assert old.institution == bamako
    assert old.ended_at is not None
    assert new.institution == koulikoro
    assert new.position == old.position
    assert new.started_at == old.ended_at
    assert learner.memberships.count() == 2


def test_a_transfer_may_change_the_position(client, sign_in, manager, learner, koulikoro):
    sign_in(manager)

    client.post(
        reverse("transfer", args=[learner.pk]),
        {"institution": koulikoro.pk, "position": Position.EDUCATOR},
    )

    assert learner.memberships.current().get().position == Position.EDUCATOR


def test_a_transferred_person_appears_among_the_former_staff(
    client, sign_in, manager, learner, bamako, koulikoro
):
    services.transfer_person(user=learner, to_institution=koulikoro, moved_by=manager)
    sign_in(manager)

    response = client.get(reverse("institution_detail", args=[bamako.pk]))

    assert [m.user for m in response.context["former_staff"]] == [learner]
    assert learner not in [m.user for m in response.context["staff"]]


def test_a_transfer_to_another_ministrys_institution_is_refused(
    client, sign_in, manager, learner, bamako, niamey
):
    sign_in(manager)

    response = client.post(reverse("transfer", args=[learner.pk]), {"institution": niamey.pk})

    assert response.status_code == 200
    assert response.context["form"].errors["institution"]
    assert learner.memberships.current().get().institution == bamako
    assert learner.memberships.count() == 1


def test_the_transfer_service_refuses_another_ministry_even_for_a_platform_admin(
    platform_admin, learner, bamako, niamey
):
    with pytest.raises(ValidationError):
        services.transfer_person(user=learner, to_institution=niamey, moved_by=platform_admin)

    assert learner.memberships.current().get().institution == bamako


@pytest.mark.parametrize("where", ["the same institution", "a closed institution"])
def test_a_transfer_to_the_same_or_a_closed_institution_is_refused(
    manager, learner, bamako, mali, where
):
    target = (
        bamako
        if where == "the same institution"
        else InstitutionFactory(ministry=mali, is_active=False)
    )

    with pytest.raises(ValidationError):
        services.transfer_person(user=learner, to_institution=target, moved_by=manager)

    assert learner.memberships.current().get().institution == bamako
    assert learner.memberships.count() == 1


# --- end membership ----------------------------------------------------------------------------


def test_ending_a_membership_keeps_the_record_and_leaves_the_person_without_an_institution(
    client, sign_in, manager, learner, bamako
):
    sign_in(manager)

    response = client.post(reverse("end_membership", args=[learner.pk]))

    assert response.status_code == 302
    membership = Membership.objects.get(user=learner)
    assert membership.ended_at is not None
    assert not learner.memberships.current().exists()
    detail = client.get(reverse("institution_detail", args=[bamako.pk]))
    assert [m.user for m in detail.context["former_staff"]] == [learner]
    assert signs_in("learner")  # leaving a prison does not close the account


def test_the_end_membership_page_asks_before_acting(client, sign_in, manager, learner):
    sign_in(manager)

    response = client.get(reverse("end_membership", args=[learner.pk]))

    assert response.status_code == 200
    assert learner.full_name in response.content.decode()
    assert learner.memberships.current().exists()


def test_a_membership_that_has_ended_cannot_be_ended_again(client, sign_in, manager, learner):
    services.end_membership(user=learner, ended_by=manager)
    sign_in(manager)

    response = client.post(reverse("end_membership", args=[learner.pk]))

    assert response.status_code == 404
    with pytest.raises(ValidationError):
        services.end_membership(user=learner, ended_by=manager)
    assert learner.memberships.count() == 1


# --- deactivation ------------------------------------------------------------------------------


def test_a_deactivated_person_can_no_longer_sign_in(client, sign_in, manager, learner):
    assert signs_in("learner")
    sign_in(manager)

    response = client.post(reverse("deactivate", args=[learner.pk]))

    assert response.status_code == 302
    learner.refresh_from_db()
    assert not learner.is_active
    assert not signs_in("learner")
    assert not signs_in("learner@example.org")


def test_deactivation_ends_the_persons_open_session(manager, learner):
    learners_browser = Client()
    learners_browser.force_login(learner)
    assert learners_browser.get(reverse("profile")).status_code == 200

    services.deactivate_person(user=learner, deactivated_by=manager)

    response = learners_browser.get(reverse("profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_deactivation_keeps_the_membership_and_revokes_pending_links_and_codes(
    manager, bamako, person_without_email, invite_person
):
    invited, token = invite_person()
    services.issue_setup_codes(users=[person_without_email], created_by=manager)

    for person in (invited, person_without_email):
        services.deactivate_person(user=person, deactivated_by=manager)

    assert not Invitation.objects.filter(user=invited, revoked_at__isnull=True).exists()
    assert not SetupCode.objects.filter(user=person_without_email, revoked_at__isnull=True).exists()
    assert invited.memberships.current().get().institution == bamako
    with pytest.raises(services.InvalidSecret):
        services.accept_invitation(token=token, password=NEW_PASSWORD)


def test_a_manager_cannot_deactivate_themselves(client, sign_in, manager):
    sign_in(manager)

    client.post(reverse("deactivate", args=[manager.pk]))

    manager.refresh_from_db()
    assert manager.is_active


# --- another prison's people -------------------------------------------------------------------


@pytest.mark.parametrize("action", ["end_membership", "transfer", "deactivate"])
def test_a_manager_cannot_act_on_another_prisons_people(
    client, sign_in, manager, other_learner, koulikoro, bamako, action
):
    sign_in(manager)
    url = reverse(action, args=[other_learner.pk])

    assert client.get(url).status_code == 404
    assert client.post(url, {"institution": bamako.pk}).status_code == 404
    other_learner.refresh_from_db()
    assert other_learner.is_active
    assert other_learner.memberships.current().get().institution == koulikoro


def test_a_manager_cannot_act_on_someone_who_moved_away(
    client, sign_in, manager, learner, koulikoro
):
    services.transfer_person(user=learner, to_institution=koulikoro, moved_by=manager)
    sign_in(manager)

    assert client.post(reverse("deactivate", args=[learner.pk])).status_code == 404
    assert client.post(reverse("end_membership", args=[learner.pk])).status_code == 404
    learner.refresh_from_db()
    assert learner.is_active


@pytest.mark.parametrize(
    "act",
    [
        lambda person, actor, target: services.end_membership(user=person, ended_by=actor),
        lambda person, actor, target: services.deactivate_person(user=person, deactivated_by=actor),
        lambda person, actor, target: services.transfer_person(
            user=person, to_institution=target, moved_by=actor
        ),
        lambda person, actor, target: (
            services.add_person(
                details=PersonDetails(full_name="X", position="other", username="x-1"),
                institution=person.memberships.get().institution,
                created_by=actor,
            ).user
        ),
    ],
    ids=["end membership", "deactivate", "transfer", "create"],
)
def test_the_services_refuse_a_manager_of_another_prison(
    manager_elsewhere, learner, bamako, mali, act
):
    target = InstitutionFactory(ministry=mali)

    with pytest.raises(PermissionDenied):
        act(learner, manager_elsewhere, target)

    learner.refresh_from_db()
    assert learner.is_active
    assert learner.memberships.current().get().institution == bamako


def test_a_reviewer_or_a_learner_cannot_act_on_staff(
    client, sign_in, manager, ministry_reviewer, learner, bamako
):
    colleague = services.add_person(
        details=PersonDetails(full_name="Awa Diallo", position="other", username="awa"),
        institution=bamako,
        created_by=manager,
    ).user

    for actor in (ministry_reviewer, learner):
        sign_in(actor)
        assert client.post(reverse("deactivate", args=[colleague.pk])).status_code == 404

    colleague.refresh_from_db()
    assert colleague.is_active
