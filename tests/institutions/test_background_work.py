"""Background work through a real Celery worker and Redis broker (not the eager mode of the rest
of the suite): the invitations of an import are sent by the worker once the import commits."""

import os
import time

import pytest
from django.core import mail

from institutions.services import PersonDetails, create_people
from institutions.staff_import import import_staff
from tests.conftest import require_service

# Its own Redis database; TEST_REDIS_URL lets two checkouts run their suites side by side.
BROKER = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_available() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(BROKER, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def real_worker():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip(
            "the worker thread writes while the test reads: SQLite's shared in-memory test "
            "database locks tables, so this runs in the PostgreSQL pass"
        )
    require_service("Redis", redis_available(), "start redis-server on 127.0.0.1:6379")
    from celery.contrib.testing.worker import start_worker

    from lms.celery import app

    keys = ("broker_url", "result_backend", "task_always_eager")
    previous = {key: app.conf[key] for key in keys}
    app.conf.update(broker_url=BROKER, result_backend=BROKER, task_always_eager=False)
    _forget_broker_connections(app)
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            yield app
    finally:
        app.conf.update(previous)
        _forget_broker_connections(app)


def _forget_broker_connections(app):
    # The app keeps the connection pools of the first broker it used; the rest of the suite runs
    # eagerly against "memory://localhost/", so drop them for the Redis broker (and back again).
    app._pool = None
    app.amqp._producer_pool = None


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_the_import_job_and_sends_its_invitations(real_worker, manager):
    mail.outbox = []
    data = (
        "email,full_name,position,institution_code\n"
        "awa.traore@example.org,Awa Traoré,prison_officer,ML-BKO-MCA\n"
        "issa.cisse@example.org,Issa Cissé,educator,ML-BKO-MCA\n"
    ).encode()
    from institutions.models import BackgroundJob

    check = import_staff(data=data, actor=manager)
    assert check.errors == [] and check.job is not None
    deadline = time.monotonic() + 30
    while (
        BackgroundJob.objects.get(pk=check.job.pk).status != BackgroundJob.Status.SUCCEEDED
        and time.monotonic() < deadline
    ):
        time.sleep(0.2)
    deadline = time.monotonic() + 30
    while len(mail.outbox) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "awa.traore@example.org",
        "issa.cisse@example.org",
    ]
    assert all("/invitations/" in message.body for message in mail.outbox)


@pytest.mark.django_db(transaction=True)
def test_a_retried_invitation_task_sends_nothing_to_people_who_set_a_password(real_worker, manager):
    from institutions.tasks import send_invitations

    details = PersonDetails(full_name="Nana Kanta", position="educator", email="nana@example.org")
    institution = manager.memberships.get().institution
    [person] = create_people(people=[(details, institution)], created_by=manager, invite=False)
    person.set_password("a-long-enough-passphrase")
    person.save()
    mail.outbox = []
    from celery.backends.redis import RedisBackend

    sent = send_invitations.delay(user_ids=[person.pk], created_by_id=manager.pk)
    # The calling thread may hold the eager suite's disabled result backend: read Redis directly.
    result = real_worker.AsyncResult(sent.id, backend=RedisBackend(app=real_worker, url=BROKER))
    assert result.get(timeout=30) == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_task_run_in_the_calling_process_logs_no_warning_about_a_broker_host(caplog):
    from institutions.tasks import send_invitations

    with caplog.at_level("WARNING"):
        send_invitations.delay(user_ids=[], created_by_id=None)

    assert [record.getMessage() for record in caplog.records] == []
