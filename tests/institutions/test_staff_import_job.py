"""A staff import as a new user meets it: columns it does not know are refused by name, first and
last name columns are accepted, the institution code may be left out on the institution's own
page, and a good file runs as a background job (one record for every long job: owner, kind,
status, progress, a private result file behind a permission check, an expiry, in the privacy
registry) whose page shows a progress bar; numbers are written as the reader's language does."""

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from institutions import jobs
from institutions.models import AuditEvent, BackgroundJob, Membership, User
from institutions.privacy import erase_person
from institutions.staff_import import check_file, import_staff
from tests.conftest import signed_in

from .test_staff_import import csv_bytes, row_errors

NBSP = "\u00a0"


@pytest.fixture
def post_file(manager, bamako, django_capture_on_commit_callbacks):
    """post_file(data, browser=None, run=True): the Bamako manager posts a file; with `run`, the
    job runs as the request commits."""
    browser = signed_in(manager)

    def post(data: bytes, *, run: bool = True, language: str = "en"):
        signed_in(manager, language=language, client=browser)
        with django_capture_on_commit_callbacks(execute=run):
            return browser.post(
                reverse("staff_import", args=[bamako.pk]),
                {"file": SimpleUploadedFile("staff.csv", data)},
            )

    post.browser = browser
    return post


def file_error(response) -> list[str]:
    return response.context["form"].errors.get("file", [])


# --- columns -------------------------------------------------------------------------------------


def test_a_french_file_headed_nom_prenom_courriel_creates_full_names(post_file, bamako):
    data = csv_bytes(
        [["Diallo", "Awa", "awa.diallo@example.org", "Éducateur"]],
        header=["Nom", "Prénom", "Courriel", "Poste"],
    )

    response = post_file(data)

    assert response.status_code == 302
    awa = User.objects.get(email="awa.diallo@example.org")
    assert awa.full_name == "Awa Diallo"
    assert awa.memberships.current().get().institution == bamako


def test_an_unknown_column_is_refused_by_name_and_nothing_is_created(post_file):
    data = csv_bytes(
        [["Diallo", "awa.diallo@example.org", "educator", "70 00 00 00"]],
        header=["Nom", "Courriel", "Poste", "Téléphone"],
    )

    response = post_file(data)

    assert file_error(response) == [
        "Unknown columns: “Téléphone”. Rename or remove them; expected: email, username, "
        "full_name (or first_name and last_name), position, preferred_language, institution_code."
    ]
    assert not User.objects.filter(email="awa.diallo@example.org").exists()
    assert mail.outbox == []


def test_a_column_with_values_but_no_header_is_refused_and_an_empty_one_ignored(manager, bamako):
    with_values = csv_bytes(
        [["a@example.org", "Awa", "educator", "x"]], header=["email", "name", "position", ""]
    )
    empty = csv_bytes(
        [["a@example.org", "Awa", "educator", ""]], header=["email", "name", "position", ""]
    )

    from institutions.staff_import import ImportFileError

    with pytest.raises(ImportFileError, match="column 4 \\(no header\\)"):
        check_file(data=with_values, actor=manager, institution=bamako)
    assert check_file(data=empty, actor=manager, institution=bamako).errors == []


def test_a_full_name_beside_first_and_last_names_is_refused(post_file):
    data = csv_bytes(
        [["Awa Diallo", "Awa", "Diallo", "a@example.org", "educator"]],
        header=["full_name", "first_name", "last_name", "email", "position"],
    )

    assert file_error(post_file(data)) == [
        "Give either a full name column or first and last name columns, not both."
    ]


def test_rows_without_an_institution_code_join_the_institution_of_the_page(
    post_file, bamako, koulikoro, manager
):
    from institutions import services
    from institutions.models import Role

    services.assign_role(user=manager, role=Role.INSTITUTION_MANAGER, institution=koulikoro)
    data = csv_bytes(
        [
            ["a@example.org", "", "Awa Diallo", "educator", "fr", ""],
            ["b@example.org", "", "Binta Sow", "educator", "fr", "ML-KKR-PRI"],
        ]
    )

    post_file(data)

    assert User.objects.get(email="a@example.org").memberships.get().institution == bamako
    assert User.objects.get(email="b@example.org").memberships.get().institution == koulikoro


@pytest.mark.parametrize("rows", [5, 300])
def test_checking_a_file_costs_the_same_queries_at_5_and_300_rows(
    manager, bamako, rows, django_assert_max_num_queries
):
    data = csv_bytes(
        [[f"p{n}@example.org", "", f"Agent {n}", "educator", "fr", ""] for n in range(rows)]
    )
    check_file(data=data, actor=manager, institution=bamako)  # roles read and cached

    with django_assert_max_num_queries(4):
        check = check_file(data=data, actor=manager, institution=bamako)

    assert len(check.rows) == rows


# --- the job -------------------------------------------------------------------------------


def test_a_good_file_goes_to_its_jobs_page_with_a_progress_bar_while_it_waits(post_file):
    response = post_file(
        csv_bytes([["a@example.org", "", "Awa Diallo", "educator", "fr", ""]]), run=False
    )

    job = BackgroundJob.objects.get()
    assert response.url == reverse("background_job", args=[job.pk])
    page = post_file.browser.get(response.url).content.decode()
    assert "Waiting to start" in page
    assert '<progress max="100" value="0"' in page
    assert "job-progress.js" in page
    assert f'data-job-progress-url="{reverse("background_job_progress", args=[job.pk])}"' in page
    assert not User.objects.filter(email="a@example.org").exists()  # not before the job runs


def test_a_finished_import_shows_what_it_did_and_offers_its_report(post_file, bamako):
    rows = [
        ["awa.diallo@example.org", "", "Awa Diallo", "educator", "fr", ""],
        ["", "BT-0042", "=HYPERLINK(1)", "Prison officer", "en", ""],
    ]

    response = post_file(csv_bytes(rows))

    job = BackgroundJob.objects.get()
    assert (job.status, job.progress_done, job.progress_total) == ("succeeded", 3, 3)
    assert job.payload == {}  # the input is not kept
    page = post_file.browser.get(response.url).content.decode()
    assert "2 people were added." in page
    assert "1 person with an email address was sent an invitation." in page
    assert "1 person has no email address and needs a printed setup code." in page
    report = post_file.browser.get(reverse("background_job_result", args=[job.pk]))
    assert report["Content-Disposition"].startswith("attachment")
    assert report["Cache-Control"] == "private, no-store"
    lines = list(csv.reader(io.StringIO(b"".join(report.streaming_content).decode("utf-8-sig"))))
    assert lines[0] == ["Line", "Full name", "Sign-in", "Position", "Institution", "Result"]
    assert lines[1] == [
        "2",
        "Awa Diallo",
        "awa.diallo@example.org",
        "Educator",
        "ML-BKO-MCA",
        "added",
    ]
    assert lines[2][1] == "'=HYPERLINK(1)"  # never a formula in a spreadsheet
    assert [m.to for m in mail.outbox] == [["awa.diallo@example.org"]]
    assert AuditEvent.objects.filter(action=AuditEvent.Action.STAFF_IMPORTED).count() == 1


def test_the_result_file_is_private_and_only_its_owner_gets_it(
    post_file, manager_elsewhere, platform_admin, learner, client
):
    post_file(csv_bytes([["a@example.org", "", "Awa Diallo", "educator", "fr", ""]]))
    job = BackgroundJob.objects.get()

    stored = Path(job.result_file.path)
    assert Path(settings.PRIVATE_MEDIA_ROOT) in stored.parents
    assert Path(settings.MEDIA_ROOT) not in stored.parents
    for person in (manager_elsewhere, platform_admin, learner):
        browser = signed_in(person)
        for name in ("background_job", "background_job_progress", "background_job_result"):
            assert browser.get(reverse(name, args=[job.pk])).status_code == 404
    anonymous = client.get(reverse("background_job_result", args=[job.pk]))
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous.url


def test_a_manager_who_no_longer_manages_the_institution_loses_the_jobs_page(
    post_file, manager, bamako
):
    from institutions import services

    post_file(csv_bytes([["a@example.org", "", "Awa Diallo", "educator", "fr", ""]]))
    job = BackgroundJob.objects.get()
    services.revoke_role(
        assignment=manager.role_assignments.get(role="institution_manager"), revoked_by=None
    )

    assert post_file.browser.get(reverse("background_job", args=[job.pk])).status_code == 404


def test_an_expired_job_is_gone_and_the_daily_purge_deletes_it_with_its_file(post_file):
    post_file(csv_bytes([["a@example.org", "", "Awa Diallo", "educator", "fr", ""]]))
    job = BackgroundJob.objects.get()
    stored = Path(job.result_file.path)
    BackgroundJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - timedelta(seconds=1))

    assert post_file.browser.get(reverse("background_job", args=[job.pk])).status_code == 404
    from institutions.tasks import purge_expired_jobs

    assert purge_expired_jobs.delay().get() == 1
    assert not BackgroundJob.objects.exists()
    assert not stored.exists()


def test_a_job_keeps_for_the_configured_days(post_file):
    post_file(csv_bytes([["a@example.org", "", "Awa Diallo", "educator", "fr", ""]]))
    job = BackgroundJob.objects.get()

    assert job.expires_at - job.created_at == timedelta(days=settings.BACKGROUND_JOB_KEEP_DAYS)


def test_a_retried_job_creates_and_invites_nobody_twice(post_file, manager):
    post_file(csv_bytes([["a@example.org", "", "Awa Diallo", "educator", "fr", ""]]))
    job = BackgroundJob.objects.get()

    jobs.run_job(job.pk)  # a retried task after success
    BackgroundJob.objects.filter(pk=job.pk).update(status="running")  # a worker lost mid-way
    jobs.run_job(job.pk)

    assert User.objects.filter(email="a@example.org").count() == 1
    assert Membership.objects.filter(user__email="a@example.org").count() == 1
    assert len(mail.outbox) == 1


def test_someone_taking_an_address_meanwhile_fails_the_job_whole(post_file, bamako):
    from tests.factories import UserFactory

    post_file(
        csv_bytes(
            [
                ["a@example.org", "", "Awa Diallo", "educator", "fr", ""],
                ["b@example.org", "", "Binta Sow", "educator", "fr", ""],
            ]
        ),
        run=False,
    )
    UserFactory(email="b@example.org")  # between the check and the job
    job = BackgroundJob.objects.get()

    jobs.run_job(job.pk)

    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error.startswith("Someone else added or moved one of these people")
    assert not User.objects.filter(email="a@example.org").exists()
    page = post_file.browser.get(reverse("background_job", args=[job.pk])).content.decode()
    assert "Someone else added or moved one of these people" in page


def test_erasing_a_person_deletes_their_jobs_and_files(post_file, manager):
    post_file(csv_bytes([["a@example.org", "", "Awa Diallo", "educator", "fr", ""]]))
    stored = Path(BackgroundJob.objects.get().result_file.path)

    erase_person(user=manager)

    assert not BackgroundJob.objects.exists()
    assert not stored.exists()


# --- numbers in the reader's language -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "2,500 of 10,000 steps"), ("fr", f"2{NBSP}500 étapes sur 10{NBSP}000")],
)
def test_the_progress_is_written_with_the_readers_numbers(post_file, language, expected):
    post_file(csv_bytes([["a@example.org", "", "Awa Diallo", "educator", "fr", ""]]), run=False)
    job = BackgroundJob.objects.get()
    BackgroundJob.objects.filter(pk=job.pk).update(
        status="running", progress_done=2500, progress_total=10_000
    )
    browser = signed_in(job.owner, language=language, client=post_file.browser)

    progress = browser.get(reverse("background_job_progress", args=[job.pk])).json()

    assert progress == {
        "status": "running",
        "done": 2500,
        "total": 10_000,
        "percent": 25,
        "text": expected,
    }


def test_the_import_page_writes_its_limits_in_french_numbers(manager, bamako):
    page = signed_in(manager, language="fr").get(reverse("staff_import", args=[bamako.pk]))

    assert f"Au plus 5 Mo et 10{NBSP}000 lignes." in page.content.decode()


@override_settings(STAFF_IMPORT_MAX_ROWS=10_000)
def test_the_row_limit_error_writes_ten_thousand_in_french(post_file):
    rows = [[f"p{n}@example.org", "", "Awa", "educator", "fr", ""] for n in range(10_001)]

    response = post_file(csv_bytes(rows), language="fr")

    [error] = file_error(response)
    assert error.startswith(f"Le fichier comporte plus de 10{NBSP}000 lignes")


def test_every_model_with_personal_data_lists_background_jobs(db):
    from institutions.privacy import REGISTRY

    entry = REGISTRY["institutions.backgroundjob"]
    assert entry.on_erase == "delete" and "payload" in entry.exclude


def test_import_staff_refuses_rows_before_starting_any_job(manager, bamako):
    data = csv_bytes([["not-an-email", "", "Awa", "educator", "fr", ""]])

    check = import_staff(data=data, actor=manager, institution=bamako)

    assert check.job is None and row_errors  # nothing queued
    assert not BackgroundJob.objects.exists()
