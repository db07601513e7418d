"""Adding someone who already has an account: a former staff member of the manager's own
institution is rehired (a new membership, their history kept); anyone else (another ministry,
another prison, a trainer) gets one neutral answer, and the platform admins are told in the audit
trail. Invitations are limited per manager; a staff import counts as one."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from courses.enrollment import services as enrollment_services
from courses.enrollment.models import Enrollment
from institutions import services
from institutions.models import AuditEvent, Membership, Position, Role
from institutions.services import PersonDetails
from tests.factories import MembershipFactory, UserFactory

from .test_staff_import import csv_bytes, row_errors

NEUTRAL = (
    "This person cannot be added from here. The platform administrators have been asked to "
    "check and, if it is right, move them to your institution."
)


def invite_form(email: str, full_name: str = "Awa Diallo") -> dict:
    return {
        "full_name": full_name,
        "email": email,
        "position": Position.EDUCATOR,
        "preferred_language": "en",
    }


def form_errors(response, field: str) -> list[str]:
    return response.context["form"].errors.get(field, [])


@pytest.fixture
def former_colleague(manager, learner, build_course):
    """The learner, who left Bamako after starting a course."""
    course = build_course(modules=2)
    enrollment_services.enroll_learner(learner=learner, course=course)
    services.end_membership(user=learner, ended_by=manager)
    return learner


# --- rehiring ----------------------------------------------------------------------------------


def test_inviting_a_former_staff_member_again_rehires_them_with_their_history(
    sign_in, client, manager, former_colleague, bamako, django_capture_on_commit_callbacks
):
    sign_in(manager)
    old = former_colleague.memberships.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("invite", args=[bamako.pk]), invite_form(former_colleague.email), follow=True
        )

    assert "Aminata Traoré rejoins Maison Centrale" in response.content.decode()
    memberships = list(former_colleague.memberships.order_by("started_at"))
    assert memberships[0].pk == old.pk
    assert memberships[0].ended_at is not None
    assert memberships[1].is_current and memberships[1].position == Position.EDUCATOR
    assert Enrollment.objects.filter(learner=former_colleague).count() == 1
    assert mail.outbox == []  # they have a password: they sign in as before
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.PERSON_REHIRED, object_id=str(former_colleague.pk)
    ).exists()


def test_a_deactivated_former_staff_member_is_active_again_once_rehired(
    manager, former_colleague, bamako
):
    former_colleague.is_active = False
    former_colleague.save(update_fields=["is_active"])

    added = services.add_person(
        details=PersonDetails(
            full_name="Aminata Traoré", position="educator", username=former_colleague.username
        ),
        institution=bamako,
        created_by=manager,
    )

    former_colleague.refresh_from_db()
    assert added.rehired and added.user == former_colleague
    assert former_colleague.is_active
    assert former_colleague.role_assignments.filter(role=Role.LEARNER).exists()


def test_a_staff_import_rehires_the_former_staff_it_names(
    manager, former_colleague, bamako, sign_in, client, django_capture_on_commit_callbacks
):
    sign_in(manager)
    data = csv_bytes(
        [
            [former_colleague.email, "", "Aminata Traoré", "educator", "fr", ""],
            ["awa.diallo@example.org", "", "Awa Diallo", "educator", "fr", ""],
        ]
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("staff_import", args=[bamako.pk]), {"file": SimpleUploadedFile("s.csv", data)}
        )
    page = client.get(response.url).content.decode()

    assert "1 person was added." in page
    assert "1 former staff member rejoined; their training history is kept." in page
    assert former_colleague.memberships.current().get().institution == bamako
    assert former_colleague.memberships.count() == 2


# --- people outside the manager's scope --------------------------------------------------------


@pytest.fixture
def outsiders(niamey, koulikoro, trainer):
    """An officer of another ministry, an officer of another Mali prison, and a trainer."""
    niger_officer = MembershipFactory(
        user=UserFactory(email="issa@example.org"), institution=niamey
    ).user
    koulikoro_officer = MembershipFactory(
        user=UserFactory(email="moussa@example.org"), institution=koulikoro
    ).user
    trainer.email = "claire@example.org"
    trainer.save(update_fields=["email"])
    return [niger_officer, koulikoro_officer, trainer]


def test_every_login_held_outside_the_managers_scope_gets_the_same_answer(
    sign_in, client, manager, bamako, outsiders
):
    sign_in(manager)
    answers = set()
    for person in outsiders:
        response = client.post(reverse("invite", args=[bamako.pk]), invite_form(person.email))
        answers.add(tuple(form_errors(response, "email")))

    assert answers == {(NEUTRAL,)}
    page = response.content.decode()
    for person in outsiders:
        assert person.full_name not in page
    assert "Niamey" not in page and "Koulikoro" not in page
    assert not Membership.objects.filter(institution=bamako, user__in=outsiders).exists()
    assert mail.outbox == []


def test_the_platform_admins_find_a_request_to_move_each_person_in_the_audit_trail(
    sign_in, client, manager, bamako, outsiders
):
    sign_in(manager)
    for person in outsiders + outsiders:  # asked twice: one request each a day
        client.post(reverse("invite", args=[bamako.pk]), invite_form(person.email))

    requests = AuditEvent.objects.filter(action=AuditEvent.Action.MOVE_REQUESTED)
    assert sorted(int(event.object_id) for event in requests) == sorted(p.pk for p in outsiders)
    assert {event.actor_id for event in requests} == {manager.pk}
    assert {event.details["to_institution"] for event in requests} == {"ML-BKO-MCA"}


def test_a_former_member_of_another_prison_is_not_rehired_by_this_manager(
    sign_in, client, manager, bamako, koulikoro
):
    left_koulikoro = MembershipFactory(
        user=UserFactory(email="fanta@example.org"), institution=koulikoro
    )
    left_koulikoro.ended_at = left_koulikoro.started_at
    left_koulikoro.save()
    sign_in(manager)

    response = client.post(reverse("invite", args=[bamako.pk]), invite_form("fanta@example.org"))

    assert form_errors(response, "email") == [NEUTRAL]
    assert left_koulikoro.user.memberships.count() == 1


def test_an_import_names_outsiders_and_other_ministries_codes_without_telling_them_apart(
    sign_in, client, manager, bamako, niamey, outsiders, django_capture_on_commit_callbacks
):
    sign_in(manager)
    data = csv_bytes(
        [
            ["issa@example.org", "", "Issa", "educator", "fr", "ML-BKO-MCA"],
            ["new.one@example.org", "", "New One", "educator", "fr", "NE-NIA-PC"],
            ["new.two@example.org", "", "New Two", "educator", "fr", "NE-XXX-00"],
        ]
    )

    response = client.post(
        reverse("staff_import", args=[bamako.pk]), {"file": SimpleUploadedFile("s.csv", data)}
    )

    assert row_errors(response) == {
        2: NEUTRAL,
        3: "“NE-NIA-PC” is not the code of an institution you manage",
        4: "“NE-XXX-00” is not the code of an institution you manage",
    }
    refused = AuditEvent.objects.get(action=AuditEvent.Action.OUT_OF_SCOPE_REFUSED)
    assert refused.details == {"institutions": ["NE-NIA-PC"]}
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.MOVE_REQUESTED, object_id=str(outsiders[0].pk)
    ).exists()


# --- the invitation limit ------------------------------------------------------------------------


@override_settings(INVITATION_RATE_LIMIT=(3, 3600))
def test_a_manager_who_sent_many_invitations_is_asked_to_wait_and_nothing_is_created(
    sign_in, client, manager, bamako, manager_elsewhere, koulikoro
):
    sign_in(manager)
    for n in range(3):
        response = client.post(
            reverse("invite", args=[bamako.pk]), invite_form(f"p{n}@example.org")
        )
        assert response.status_code == 302

    response = client.post(reverse("invite", args=[bamako.pk]), invite_form("p3@example.org"))

    [error] = form_errors(response, "__all__")
    assert error.startswith("You have sent many invitations in a short time. Try again in ")
    assert not Membership.objects.filter(user__email="p3@example.org").exists()
    # The limit is the manager's own.
    sign_in(manager_elsewhere)
    response = client.post(
        reverse("invite", args=[koulikoro.pk]), invite_form("elsewhere@example.org")
    )
    assert response.status_code == 302


@override_settings(INVITATION_RATE_LIMIT=(2, 3600))
def test_a_staff_import_of_many_rows_counts_as_one_invitation_action(
    sign_in, client, manager, bamako, django_capture_on_commit_callbacks
):
    sign_in(manager)
    client.post(reverse("invite", args=[bamako.pk]), invite_form("first@example.org"))
    rows = [[f"staff{n}@example.org", "", f"Agent {n}", "educator", "fr", ""] for n in range(40)]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("staff_import", args=[bamako.pk]),
            {"file": SimpleUploadedFile("s.csv", csv_bytes(rows))},
        )

    assert response.status_code == 302
    assert len([m for m in mail.outbox if m.to[0].startswith("staff")]) == 40
    # The allowance is now spent: the next import waits, and creates nobody.
    more = [["late@example.org", "", "Late", "educator", "fr", ""]]
    response = client.post(
        reverse("staff_import", args=[bamako.pk]),
        {"file": SimpleUploadedFile("s.csv", csv_bytes(more))},
    )
    assert (
        response.context["form"]
        .errors["file"][0]
        .startswith("You have sent many invitations in a short time.")
    )
    assert not Membership.objects.filter(user__email="late@example.org").exists()
