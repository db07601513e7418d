"""Exporting and erasing a person of the demo installation: everything about them comes out, and
erasure pseudonymises them while the figures stay."""

import json

from django.core.management import call_command

from institutions.models import AuditEvent, Membership, RoleAssignment, User


def test_export_writes_everything_about_a_demo_person_as_json(demo, tmp_path, capsys):
    learner = User.objects.get(email="learner@example.org")
    out = tmp_path / "export.json"
    call_command("export_person", "learner@example.org", output=str(out))
    data = json.loads(out.read_text())
    assert data["person"] == learner.pk
    assert data["data"]["institutions.User"][0]["full_name"] == learner.full_name
    assert "password" not in data["data"]["institutions.User"][0]
    assert (
        data["data"]["institutions.Membership"][0]["institution"]
        == learner.memberships.get().institution_id
    )
    assert AuditEvent.objects.filter(action="data_exported", object_id=str(learner.pk)).exists()


def test_export_leaves_out_secrets(demo, capsys):
    call_command("export_person", "manager@example.org")
    text = capsys.readouterr().out
    data = json.loads(text)
    assert "mfa.Authenticator" in data["data"]
    assert "data" not in data["data"]["mfa.Authenticator"][0]


def test_erase_pseudonymises_a_demo_person_and_keeps_the_figures(demo, client):
    learner = User.objects.get(email="learner@example.org")
    institution_id = learner.memberships.get().institution_id
    staff_before = Membership.objects.filter(institution_id=institution_id).count()
    call_command("erase_person", "learner@example.org", yes=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
    learner.refresh_from_db()
    assert learner.email is None
    assert learner.full_name == f"Erased person {learner.pk}"
    assert learner.username == f"erased-{learner.pk}"
    assert not learner.is_active
    assert not learner.has_usable_password()
    assert not RoleAssignment.objects.filter(user=learner).exists()
    assert Membership.objects.filter(institution_id=institution_id).count() == staff_before
    assert AuditEvent.objects.filter(action="person_erased", object_id=str(learner.pk)).exists()
    response = client.post(
        "/accounts/login/", {"login": "learner@example.org", "password": "passerelle-demo"}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200


def test_erase_ends_the_persons_sessions(demo, client):
    client.post("/accounts/login/", {"login": "learner@example.org", "password": "passerelle-demo"})
    assert "_auth_user_id" in client.session
    call_command("erase_person", "learner@example.org", yes=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert client.get("/profile/").status_code == 302
