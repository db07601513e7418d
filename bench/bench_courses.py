"""Server time of the learner's pages: the course page and a module page of a 50-module course, and
completing its last module (course completion included), against a static file served by the same
stack (WhiteNoise) as the floor. Django's test client, so no network; median and p95 over 30 runs
after 3 warm-ups, with each request's query count and its budget.

Builds its own data in a throwaway test database: SQLite in memory by default, or PostgreSQL when
DATABASE_URL points at one (a `test_<name>` database is created and dropped). Never touches
db.sqlite3. About a minute, most of it running the migrations.

    .venv/bin/python bench/bench_courses.py        (or `make bench`)
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)
from django.urls import reverse  # noqa: E402

MODULES = 50
WARM_UPS = 3
RUNS = 30


def build():
    """A course of 50 modules (each with a required reflection) in French and English, and a
    learner of the Bamako prison who completed 49 of them and wrote the last one's note."""
    from courses.enrollment import services as enrollment_services
    from courses.learning import services as learning_services
    from courses.models import ModulePage
    from institutions import services as institution_services
    from institutions.models import Institution, Membership, Ministry, Role, User
    from tests.factories.courses import build_course, make_catalogues, reflection_id

    course = build_course(
        make_catalogues(), "bench", modules=MODULES, required=tuple(range(MODULES))
    )
    mali = Ministry.objects.create(name="Ministère de la Justice du Mali", country_code="ML")
    bamako = Institution.objects.create(
        ministry=mali, name="Maison Centrale d'Arrêt de Bamako", code="ML-BKO-MCA"
    )
    learner = User.objects.create_user(
        username="learner", email="learner@example.org", full_name="Aminata Traoré"
    )
    Membership.objects.create(user=learner, institution=bamako, position="prison_officer")
    institution_services.assign_role(user=learner, role=Role.LEARNER)
    enrollment = enrollment_services.enroll_learner(learner=learner, course=course)
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    for position, module in enumerate(modules):
        enrollment_services.save_reflection(
            enrollment=enrollment,
            module=module,
            block_key=reflection_id(course.slug, position),
            text="Une note.",
        )
        if position < MODULES - 1:
            learning_services.complete_module(enrollment=enrollment, module=module)
    return course, modules[-1], enrollment, learner


def reopen(enrollment, module):
    """Put the last module (and so the course) back to not completed, outside the timing."""
    from courses.models import ComplianceRecord, Enrollment, ModuleProgress

    ModuleProgress.objects.filter(enrollment=enrollment, module_key=module.translation_key).update(
        completed_at=None
    )
    Enrollment.objects.filter(pk=enrollment.pk).update(completed_at=None)
    ComplianceRecord.objects.filter(person_id=enrollment.learner_id).update(completed_at=None)


def measure(request, *, before=None) -> tuple[float, float, int]:
    """Median and p95 in milliseconds over RUNS runs after WARM_UPS, and the queries of one."""
    timings = []
    for run in range(WARM_UPS + RUNS):
        if before:
            before()
        start = time.perf_counter()
        request()
        elapsed = time.perf_counter() - start
        if run >= WARM_UPS:
            timings.append(elapsed * 1000)
    if before:
        before()
    with CaptureQueriesContext(connection) as captured:
        request()
    timings.sort()
    p95 = timings[math.ceil(0.95 * len(timings)) - 1]
    return statistics.median(timings), p95, len(captured)


def ok(response, status: int = 200):
    if response.status_code != status:
        raise SystemExit(f"unexpected {response.status_code} for {response.request['PATH_INFO']}")
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)  # a static file is read to the end
    return response


def main() -> None:
    setup_test_environment()
    creation = connection.creation
    old_name = connection.settings_dict["NAME"]
    creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        course, last, enrollment, learner = build()
        browser = Client()
        browser.force_login(learner)
        complete_url = reverse("complete_module", args=[last.pk])
        rows = [
            ("static file (WhiteNoise)", "/static/css/site.css", None, ok, None),
            ("course page", course.url, 12, ok, None),
            ("module page", last.url, 12, ok, None),
            (
                "completing the last module",
                complete_url,
                15,
                lambda r: ok(r, 302),
                lambda: reopen(enrollment, last),
            ),
        ]
        results = []
        for label, url, budget, check, before in rows:
            if url == complete_url:

                def request(url=url, check=check):
                    return check(browser.post(url))

            else:

                def request(url=url, check=check):
                    return check(browser.get(url))

            results.append((label, budget, *measure(request, before=before)))
    finally:
        creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()

    floor = results[0][2]
    print(
        f"Courses: {MODULES}-module course, one learner; {connection.vendor}; "
        f"Django test client; {RUNS} runs after {WARM_UPS} warm-ups"
    )
    header = (
        f"{'what':<28} {'runs':>4} {'median ms':>10} {'p95 ms':>8} {'x static':>9} "
        f"{'queries':>7} {'budget':>6}"
    )
    print(header)
    print("-" * len(header))
    for label, budget, median, p95, queries in results:
        print(
            f"{label:<28} {RUNS:>4} {median:>10.2f} {p95:>8.2f} {median / floor:>9.1f} "
            f"{queries:>7} {budget if budget is not None else '—':>6}"
        )


if __name__ == "__main__":
    main()
