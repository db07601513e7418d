"""The audit trail records each security-relevant event, and nobody can change it."""

import pytest
from django.test import Client

from institutions import services
from institutions.models import AuditEvent, Role, User
from institutions.privacy import export_person
from institutions.services import PersonDetails
from institutions.staff_import import import_staff
from tests.conftest import PASSWORD


def actions() -> list[str]:
    return list(AuditEvent.objects.order_by("id").values_list("action", flat=True))


def test_a_scripted_walk_leaves_every_event_in_the_trail(
    learner, manager, koulikoro, platform_admin, django_capture_on_commit_callbacks
):
    client = Client(REMOTE_ADDR="198.51.100.7")
    client.post("/accounts/login/", {"login": learner.email, "password": "wrong-password-1"})
    client.post("/accounts/login/", {"login": learner.email, "password": PASSWORD})

    assignment = services.assign_role(user=learner, role=Role.TRAINER, assigned_by=platform_admin)
    services.revoke_role(assignment=assignment, revoked_by=platform_admin)

    csv = (
        "email,username,full_name,position,institution_code\n"
        ",ml-0001,Kadiatou Sylla,educator,ML-BKO-MCA\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        import_staff(data=csv.encode(), actor=manager)
    imported = User.objects.get(username="ml-0001")
    services.issue_setup_codes(users=[imported], created_by=manager)
    with django_capture_on_commit_callbacks(execute=True):
        invited = services.add_person(
            details=PersonDetails(
                full_name="Hawa Diarra", position="psychologist", email="hawa@example.org"
            ),
            institution=manager.memberships.get().institution,
            created_by=manager,
        ).user
    services.transfer_person(user=imported, to_institution=koulikoro, moved_by=manager)
    services.end_membership(user=invited, ended_by=manager)
    services.deactivate_person(user=learner, deactivated_by=manager)
    export_person(user=learner, exported_by=platform_admin)

    recorded = set(actions())
    for action in [
        "login_failed",
        "login_succeeded",
        "role_assigned",
        "role_revoked",
        "staff_imported",
        "setup_codes_issued",
        "account_created",
        "invitation_sent",
        "person_transferred",
        "membership_ended",
        "person_deactivated",
        "data_exported",
    ]:
        assert action in recorded, action

    failed = AuditEvent.objects.get(action="login_failed")
    assert failed.ip_address == "198.51.100.7"
    assert failed.details == {"login": learner.email}
    assert "password" not in str(failed.details)


def test_events_name_the_actor_and_the_object(manager, learner, koulikoro):
    services.transfer_person(user=learner, to_institution=koulikoro, moved_by=manager)
    event = AuditEvent.objects.get(action="person_transferred")
    assert event.actor == manager
    assert event.object_id == str(learner.pk)
    assert event.details == {"from": "ML-BKO-MCA", "to": koulikoro.code}


def test_the_trail_cannot_be_changed_or_deleted(learner):
    event = AuditEvent.objects.create(action="login_succeeded", actor=learner)
    event.action = "login_failed"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().update(action="x")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()


def test_a_secret_cannot_be_written_into_the_trail(learner):
    from institutions import audit

    with pytest.raises(ValueError):
        audit.record(action="login_failed", details={"password": "hunter2"})


def test_platform_admins_browse_and_filter_the_trail_read_only(client, platform_admin, learner):
    AuditEvent.objects.create(action="login_failed", details={"login": "someone"})
    AuditEvent.objects.create(action="person_deactivated", actor=platform_admin)
    client.force_login(platform_admin)
    response = client.get("/admin/audit/", {"action": "login_failed"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sign-in failed" in html or "Échec de connexion" in html or "login_failed" in html
    before = AuditEvent.objects.count()
    response = client.post("/admin/audit/new/", {"action": "login_succeeded"})
    assert response.status_code in (302, 403, 404)
    assert AuditEvent.objects.count() == before


def test_other_roles_cannot_read_the_trail(client, trainer, manager):
    client.force_login(trainer)
    assert client.get("/admin/audit/").status_code in (302, 403)
