"""A trainer's course report in the Wagtail admin: learners per module, drop-off and median time,
figures only, through the small-group rule, within the trainer's ministry, in a fixed number of
queries."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.enrollment import services as enrollment_services
from courses.learning import services as learning_services
from courses.models import ModulePage
from institutions import scoping
from institutions import services as institution_services
from institutions.models import Role
from reports.course_report.selectors import course_report, course_report_index
from tests.conftest import enroll_totp
from tests.conftest import signed_in as admin_client
from tests.factories import UserFactory


def modules_of(course) -> list[ModulePage]:
    return list(ModulePage.objects.live().child_of(course).order_by("path"))


def spend(progress, minutes: int) -> None:
    """Heartbeats, one a minute, as the module page sends them while it is open."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        for _ in range(minutes):
            assert enrollment_services.record_heartbeat(progress=progress)
            traveller.shift(timedelta(minutes=1))


def take(learner, course, steps: list[int | None]) -> None:
    """The learner enrolls and works through the modules in order: a number is the minutes spent
    in a module before completing it; None opens the module and stops there."""
    enrollment = enrollment_services.enroll_learner(learner=learner, course=course)
    for module, minutes in zip(modules_of(course), steps, strict=False):
        progress = enrollment_services.open_module(enrollment=enrollment, module=module)
        if minutes is None:
            return
        spend(progress, minutes)
        learning_services.complete_module(enrollment=enrollment, module=module)


# Twelve learners of one course of three modules:
#   module 1: 10 opened, 8 completed in 3, 4, 5, 6, 7, 8, 9 and 20 minutes (median 6.5)
#   module 2: 7 opened, 6 completed in 2, 2, 3, 5, 8 and 10 minutes (median 4)
#   module 3: 3 opened, 2 completed in 4 and 6 minutes
#   2 enrolled and never opened anything.
PATHS = [
    [3, 2, 4],
    [4, 2, 6],
    [5, 3, None],
    [6, 5],
    [7, 8],
    [8, 10],
    [9, None],
    [20],
    [None],
    [None],
    [],
    [],
]


@pytest.fixture
def trust_course(build_course):
    return build_course("confiance", modules=3, title="La confiance", english=False, revisions=True)


@pytest.fixture
def worked_course(trust_course, bamako, staff_of):
    for learner, path in zip(staff_of(bamako, len(PATHS)), PATHS, strict=True):
        take(learner, trust_course, path)
    return trust_course


@pytest.fixture
def mali_trainer(mali):
    user = UserFactory(username="trainer-ml", full_name="Mariam Keïta")
    institution_services.assign_role(user=user, role=Role.TRAINER, ministry=mali)
    return enroll_totp(user)


def fresh(user):
    scoping.forget_scope(user)
    return user


def test_opened_completed_drop_off_and_median_per_module(worked_course, trainer):
    report = course_report(user=fresh(trainer), course=worked_course)
    assert str(report.learners) == "12"
    first, second, third = report.modules

    assert (str(first.opened), str(first.completed)) == ("10", "8")
    assert first.drop_off_percent == 33  # 4 of the 12 enrolled did not complete it
    assert first.median_minutes == 6.5

    assert (str(second.opened), str(second.completed)) == ("7", "6")
    assert second.drop_off_percent == 40  # 4 of the 10 who opened module 1
    assert second.median_minutes == 4.0

    # Three opened and two completed module 3: small groups.
    assert (str(third.opened), str(third.completed)) == ("<5", "<5")
    assert third.median_minutes is None
    # 5 of the 7 who opened module 2 did not complete it, but the rate would give the hidden
    # number of completions away.
    assert third.drop_off_percent is None


def test_platform_admins_see_small_groups_too(worked_course, platform_admin):
    third = course_report(user=fresh(platform_admin), course=worked_course).modules[2]
    assert (str(third.opened), str(third.completed)) == ("3", "2")
    assert third.drop_off_percent == 71
    assert third.median_minutes == 5.0


def test_the_course_list_counts_learners_and_completions(worked_course, build_course, trainer):
    build_course("autre", modules=1, title="Autre", english=False, revisions=True)
    lines = {
        line.course.slug: line for line in course_report_index(user=fresh(trainer), language="fr")
    }
    assert set(lines) == {"confiance", "autre"}
    assert str(lines["confiance"].learners) == "12"
    assert str(lines["confiance"].completed) == "<5"  # two learners completed the course
    assert str(lines["autre"].learners) == "0"


def test_a_ministry_trainer_counts_only_learners_of_their_ministry(
    worked_course, niamey, staff_of, mali_trainer, trainer
):
    for learner in staff_of(niamey, 6):
        take(learner, worked_course, [5, 5])

    mali_report = course_report(user=fresh(mali_trainer), course=worked_course)
    assert str(mali_report.learners) == "12"
    assert str(mali_report.modules[0].opened) == "10"
    assert str(mali_report.modules[1].completed) == "6"
    mali_line = course_report_index(user=fresh(mali_trainer), language="fr")[0]
    assert str(mali_line.learners) == "12"

    platform_report = course_report(user=fresh(trainer), course=worked_course)
    assert str(platform_report.learners) == "18"
    assert str(platform_report.modules[1].completed) == "12"


def test_a_learner_who_left_the_ministry_no_longer_counts_for_its_trainers(
    worked_course, bamako, manager, mali_trainer, trainer
):
    leaver = bamako.memberships.filter(user__enrollments__isnull=False).first().user
    institution_services.end_membership(user=leaver, ended_by=manager)
    assert str(course_report(user=fresh(mali_trainer), course=worked_course).learners) == "11"
    assert str(course_report(user=fresh(trainer), course=worked_course).learners) == "12"


# --- the pages ---------------------------------------------------------------------------------


def test_trainers_see_figures_never_names(worked_course, trainer, bamako):
    browser = admin_client(trainer)
    index = browser.get(reverse("course_report:index"))
    assert index.status_code == 200
    assert reverse("course_report:course", args=(worked_course.pk,)) in index.content.decode()

    page = browser.get(reverse("course_report:course", args=(worked_course.pk,)))
    assert page.status_code == 200
    html = page.content.decode()
    assert "33%" in html and "40%" in html and "6.5" in html
    assert '<td data-figure="opened">&lt;5</td>' in html
    assert "the share who have not completed this one" in html  # the drop-off definition
    for member in bamako.memberships.select_related("user"):
        assert member.user.full_name not in html
        assert member.user.username not in html


def test_the_report_is_in_the_trainers_admin_menu(trainer, platform_admin, catalogues):
    url = reverse("course_report:index")
    for person in (trainer, platform_admin):
        home = admin_client(person).get(reverse("wagtailadmin_home")).content.decode()
        assert url in home


def test_people_without_a_trainer_or_admin_role_are_refused(
    trust_course, manager, ministry_reviewer, learner
):
    url = reverse("course_report:course", args=(trust_course.pk,))
    for person in (manager, ministry_reviewer, learner):
        assert admin_client(person).get(url).status_code == 403


def test_an_unknown_course_is_a_404(trainer, catalogues):
    response = admin_client(trainer).get(reverse("course_report:course", args=(999_999,)))
    assert response.status_code == 404


# --- query budget -----------------------------------------------------------------------------


@pytest.mark.parametrize("learners", [3, 25])
def test_the_report_takes_the_same_queries_whatever_the_number_of_learners(
    learners, trust_course, bamako, staff_of, trainer, django_assert_num_queries
):
    course = trust_course
    for index, learner in enumerate(staff_of(bamako, learners)):
        take(learner, course, [1, 1, None] if index % 2 else [1, None])
    with django_assert_num_queries(3):  # roles, modules, progress
        report = course_report(user=fresh(trainer), course=course)
        assert all(str(line.opened) for line in report.modules)
    with django_assert_num_queries(3):  # roles, courses, counts
        course_report_index(user=fresh(trainer), language="fr")


def test_the_report_pages_take_the_same_queries_at_two_sizes(
    trust_course, bamako, staff_of, trainer
):
    course = trust_course
    browser = admin_client(trainer)
    urls = [reverse("course_report:index"), reverse("course_report:course", args=(course.pk,))]
    counts = []
    for learners in (2, 20):
        for learner in staff_of(bamako, learners):
            take(learner, course, [1, None])
        for url in urls:
            browser.get(url)  # warm the per-process caches (content types, site)
        with CaptureQueriesContext(connection) as queries:
            for url in urls:
                assert browser.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
