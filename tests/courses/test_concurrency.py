"""Concurrent requests from one learner (double clicks, two tabs, heartbeats of two tabs) against
PostgreSQL, where requests really run side by side: one progress row, one completion, time
counted once, one enrollment. Threads each use their own database connection, closed at the end.

SQLite serialises writers, so these run in CI's PostgreSQL pass only (marked `postgres`)."""

import contextlib
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from courses.compliance import services as compliance_services
from courses.enrollment import services as enrollment_services
from courses.models import ComplianceRecord, Enrollment, ModuleProgress, TrainingRequirement
from institutions.models import Institution
from tests.factories.courses import modules_of, reflection_id

if connection.vendor != "postgresql":
    pytest.skip(
        "concurrency needs PostgreSQL (SQLite serialises writers); CI's PostgreSQL pass runs it",
        allow_module_level=True,
    )

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 8


def at_once(*requests):
    """Send the requests from as many threads, released together; return the responses."""
    barrier = threading.Barrier(len(requests))
    responses = [None] * len(requests)
    errors = []

    def run(index, request):
        try:
            barrier.wait(timeout=30)
            responses[index] = request()
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return responses


def browsers(user, n=THREADS):
    """n browsers of the same person (tabs, or a replaying client)."""
    result = []
    for _ in range(n):
        browser = Client(raise_request_exception=False)
        browser.force_login(user)
        result.append(browser)
    return result


def test_a_module_completed_many_times_at_once_has_one_progress_row_and_one_completion(
    build_course, learner, mali
):
    course = build_course(modules=1, required=(0,), validity_months=12)
    TrainingRequirement.objects.create(
        ministry=mali,
        position="prison_officer",
        institution_kind=Institution.Kind.PRISON,
        course=course,
    )
    compliance_services.sync_person_requirements(person=learner)
    [module] = modules_of(course)
    enrollment = Enrollment.objects.get(learner=learner)
    enrollment_services.save_reflection(
        enrollment=enrollment, module=module, block_key=reflection_id("trust", 0), text="Note."
    )
    url = reverse("complete_module", args=[module.pk])

    responses = at_once(*[lambda b=b: b.post(url) for b in browsers(learner)])

    assert [r.status_code for r in responses] == [302] * THREADS
    progress = ModuleProgress.objects.get()
    enrollment.refresh_from_db()
    assert enrollment.completed_at == progress.completed_at is not None
    assert Enrollment.objects.count() == 1
    record = ComplianceRecord.objects.get()
    assert record.completed_at == enrollment.completed_at


def test_the_last_two_modules_completed_at_once_complete_the_course(build_course, learner):
    course = build_course(modules=2)
    enrollment = enrollment_services.enroll_learner(learner=learner, course=course)
    first, second = modules_of(course)
    tab1, tab2 = browsers(learner, 2)
    # Where the race lies: each request, once it has marked its module complete, waits (a
    # little) for the other to have done so too, before checking whether any module remains.
    both_marked = threading.Barrier(2)

    def held_after_marking(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.startswith('UPDATE "courses_moduleprogress" SET "completed_at"'):
            # Broken when the other request waits for this one's lock: nothing to race with.
            with contextlib.suppress(threading.BrokenBarrierError):
                both_marked.wait(timeout=3)
        return result

    def complete(browser, module):
        with connection.execute_wrapper(held_after_marking):
            return browser.post(reverse("complete_module", args=[module.pk]))

    responses = at_once(lambda: complete(tab1, first), lambda: complete(tab2, second))

    assert [r.status_code for r in responses] == [302, 302]
    assert ModuleProgress.objects.filter(completed_at__isnull=False).count() == 2
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None


def test_concurrent_heartbeats_count_one_minute_once(build_course, learner):
    course = build_course(modules=1)
    [module] = modules_of(course)
    enrollment = enrollment_services.enroll_learner(learner=learner, course=course)
    enrollment_services.open_module(enrollment=enrollment, module=module)
    url = reverse("heartbeat", args=[module.pk])

    responses = at_once(*[lambda b=b: b.post(url) for b in browsers(learner)])

    assert [r.status_code for r in responses] == [200] * THREADS
    assert sum(r.json()["counted"] for r in responses) == 1
    progress = ModuleProgress.objects.get()
    assert progress.seconds_spent == 60


def test_concurrent_self_enrollment_creates_one_enrollment(build_course, learner):
    course = build_course(modules=2)
    url = reverse("enroll", args=[course.pk])

    responses = at_once(*[lambda b=b: b.post(url) for b in browsers(learner)])

    assert [r.status_code for r in responses] == [302] * THREADS
    assert Enrollment.objects.count() == 1


def test_a_module_opened_in_many_tabs_at_once_writes_nothing_and_is_opened_once(
    build_course, learner
):
    course = build_course(modules=2)
    module = modules_of(course)[1]
    enrollment_services.enroll_learner(learner=learner, course=course)
    url = reverse("heartbeat", args=[module.pk])

    pages = at_once(*[lambda b=b: b.get(module.url) for b in browsers(learner)])
    assert [r.status_code for r in pages] == [200] * THREADS
    assert not ModuleProgress.objects.exists()  # reading writes nothing
    opened = at_once(*[lambda b=b: b.post(url, {"opened": "1"}) for b in browsers(learner)])

    assert [r.status_code for r in opened] == [200] * THREADS
    assert Enrollment.objects.count() == 1
    assert ModuleProgress.objects.count() == 1
