"""Training requirements: due dates, every compliance status with time frozen, completions that
follow a person across a transfer, idempotent auto-assignment and renewal cycles."""

from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from courses.compliance import services as compliance_services
from courses.compliance import tasks as compliance_tasks
from courses.enrollment import services as enrollment_services
from courses.learning import services as learning_services
from courses.models import ComplianceRecord, Enrollment, TrainingRequirement
from institutions import services as institution_services
from institutions.models import Institution
from tests.factories import InstitutionFactory, MembershipFactory
from tests.factories.courses import modules_of

pytestmark = pytest.mark.django_db


def at(day: date, hour: int = 9) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour))


@pytest.fixture
def course(build_course):
    """A two-module course whose certificate is valid 24 months."""
    return build_course(modules=2, validity_months=24, english=False)


@pytest.fixture
def requirement(course, mali):
    """Mali's prison officers must hold the course within 90 days, from 1 January 2026."""
    return TrainingRequirement.objects.create(
        ministry=mali,
        position="prison_officer",
        institution_kind=Institution.Kind.PRISON,
        course=course,
        days_to_complete=90,
        effective_from=date(2026, 1, 1),
    )


def officer(institution, started: date, position: str = "prison_officer"):
    return MembershipFactory(
        institution=institution, position=position, started_at=at(started)
    ).user


def take(person, course):
    """The person completes the course through the services, now."""
    enrollment = enrollment_services.enroll_learner(
        learner=person, course=course, source=Enrollment.Source.REQUIREMENT
    )
    for module in modules_of(course):
        learning_services.complete_module(enrollment=enrollment, module=module)
    enrollment.refresh_from_db()
    return enrollment


def status_on(person, requirement, day: date) -> str:
    with time_machine.travel(at(day), tick=False):
        return (
            ComplianceRecord.objects.with_status()
            .get(person=person, requirement=requirement)
            .status
        )


# --- due dates -------------------------------------------------------------------------------


def test_the_due_date_counts_from_the_effective_date_for_staff_posted_before_it(
    requirement, bamako
):
    person = officer(bamako, date(2025, 6, 1))

    with time_machine.travel(at(date(2026, 1, 5)), tick=False):
        compliance_services.sync_requirement(requirement=requirement)

    record = ComplianceRecord.objects.get(person=person)
    assert record.due_on == date(2026, 4, 1)  # 1 January + 90 days
    enrollment = Enrollment.objects.get(learner=person)
    assert enrollment.source == Enrollment.Source.REQUIREMENT
    assert timezone.localtime(enrollment.due_at).date() == date(2026, 4, 1)


def test_the_due_date_counts_from_the_posting_for_staff_who_arrive_after_the_effective_date(
    requirement, bamako
):
    person = officer(bamako, date(2026, 3, 10))

    with time_machine.travel(at(date(2026, 3, 10)), tick=False):
        compliance_services.sync_requirement(requirement=requirement)

    assert ComplianceRecord.objects.get(person=person).due_on == date(2026, 6, 8)  # + 90 days


def test_a_requirement_concerns_only_its_position_kind_of_institution_and_ministry(
    requirement, bamako, niamey, mali
):
    academy = InstitutionFactory(ministry=mali, kind=Institution.Kind.ACADEMY)
    concerned = officer(bamako, date(2026, 1, 2))
    officer(bamako, date(2026, 1, 2), position="psychologist")
    officer(academy, date(2026, 1, 2))
    officer(niamey, date(2026, 1, 2))

    compliance_services.sync_requirement(requirement=requirement)

    assert list(ComplianceRecord.objects.values_list("person", flat=True)) == [concerned.pk]
    assert list(Enrollment.objects.values_list("learner", flat=True)) == [concerned.pk]


# --- every status, with time frozen ----------------------------------------------------------


def test_a_person_who_has_not_completed_is_due_until_the_due_date_then_overdue(requirement, bamako):
    person = officer(bamako, date(2026, 1, 10))
    compliance_services.sync_requirement(requirement=requirement)  # due 10 April 2026

    assert status_on(person, requirement, date(2026, 2, 1)) == ComplianceRecord.Status.DUE
    assert status_on(person, requirement, date(2026, 4, 10)) == ComplianceRecord.Status.DUE
    assert status_on(person, requirement, date(2026, 4, 11)) == ComplianceRecord.Status.OVERDUE


def test_a_completion_is_compliant_then_expiring_within_60_days_then_expired(
    requirement, course, bamako
):
    person = officer(bamako, date(2026, 1, 10))
    compliance_services.sync_requirement(requirement=requirement)
    with time_machine.travel(at(date(2026, 2, 1)), tick=False):
        take(person, course)

    record = ComplianceRecord.objects.get(person=person)
    assert record.valid_until == date(2028, 2, 1)
    assert status_on(person, requirement, date(2026, 2, 1)) == ComplianceRecord.Status.COMPLIANT
    assert status_on(person, requirement, date(2027, 12, 2)) == ComplianceRecord.Status.COMPLIANT
    assert status_on(person, requirement, date(2027, 12, 3)) == ComplianceRecord.Status.EXPIRING
    assert status_on(person, requirement, date(2028, 2, 1)) == ComplianceRecord.Status.EXPIRING
    assert status_on(person, requirement, date(2028, 2, 2)) == ComplianceRecord.Status.EXPIRED


def test_a_completion_late_is_compliant_and_a_certificate_without_expiry_never_expires(
    requirement, course, bamako
):
    course.certificate_validity_months = None
    course.save()
    person = officer(bamako, date(2026, 1, 10))
    compliance_services.sync_requirement(requirement=requirement)
    assert status_on(person, requirement, date(2026, 5, 1)) == ComplianceRecord.Status.OVERDUE

    with time_machine.travel(at(date(2026, 5, 2)), tick=False):
        take(person, course)

    assert ComplianceRecord.objects.get(person=person).valid_until is None
    assert status_on(person, requirement, date(2026, 5, 2)) == ComplianceRecord.Status.COMPLIANT
    assert status_on(person, requirement, date(2040, 1, 1)) == ComplianceRecord.Status.COMPLIANT


# --- transfers -------------------------------------------------------------------------------


def test_a_completion_follows_the_person_to_another_prison(
    requirement, course, learner, manager, koulikoro, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        compliance_services.sync_requirement(requirement=requirement)
    enrollment = take(learner, course)
    assert status_on(learner, requirement, timezone.localdate()) == "compliant"

    moved_on = timezone.localdate() + timedelta(days=30)

    with (
        time_machine.travel(at(moved_on), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        institution_services.transfer_person(
            user=learner, to_institution=koulikoro, moved_by=manager
        )

    record = ComplianceRecord.objects.get(person=learner, requirement=requirement)
    assert record.due_on == moved_on + timedelta(days=90)  # recomputed for the new posting
    assert record.completed_at == enrollment.completed_at
    assert status_on(learner, requirement, moved_on) == "compliant"
    assert list(Enrollment.objects.filter(learner=learner)) == [enrollment]


def test_progress_under_way_follows_the_person_and_the_due_date_never_moves_later(
    requirement, course, learner, manager, koulikoro, django_capture_on_commit_callbacks
):
    compliance_services.sync_requirement(requirement=requirement)
    enrollment = Enrollment.objects.get(learner=learner)
    learning_services.complete_module(enrollment=enrollment, module=modules_of(course)[0])
    due_at = enrollment.due_at

    moved_on = timezone.localdate() + timedelta(days=30)

    with (
        time_machine.travel(at(moved_on), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        institution_services.transfer_person(
            user=learner, to_institution=koulikoro, moved_by=manager
        )

    assert ComplianceRecord.objects.get(person=learner).due_on == moved_on + timedelta(days=90)
    assert list(Enrollment.objects.filter(learner=learner)) == [enrollment]
    enrollment.refresh_from_db()
    assert enrollment.due_at == due_at
    assert enrollment.progress.filter(completed_at__isnull=False).count() == 1
    assert ComplianceRecord.objects.filter(person=learner).count() == 1


def test_a_transfer_to_a_post_without_the_requirement_drops_the_record_but_keeps_the_history(
    requirement, course, learner, manager, mali, django_capture_on_commit_callbacks
):
    probation = InstitutionFactory(ministry=mali, kind=Institution.Kind.PROBATION)
    compliance_services.sync_requirement(requirement=requirement)
    enrollment = take(learner, course)

    with django_capture_on_commit_callbacks(execute=True):
        institution_services.transfer_person(
            user=learner, to_institution=probation, moved_by=manager
        )

    assert not ComplianceRecord.objects.filter(person=learner).exists()
    assert list(Enrollment.objects.filter(learner=learner)) == [enrollment]


# --- idempotent auto-assignment --------------------------------------------------------------


def test_running_the_requirement_sync_twice_creates_no_duplicate_enrollment_or_record(
    requirement, bamako, staff_of
):
    staff_of(bamako, 3)

    compliance_services.sync_requirement(requirement=requirement)
    first = (
        list(Enrollment.objects.values_list("pk", "learner", "cycle", "due_at").order_by("pk")),
        list(ComplianceRecord.objects.values_list("pk", "person", "due_on").order_by("pk")),
    )
    compliance_services.sync_requirement(requirement=requirement)
    compliance_tasks.daily_requirements_pass()
    compliance_tasks.sync_requirement(requirement_id=requirement.pk)

    second = (
        list(Enrollment.objects.values_list("pk", "learner", "cycle", "due_at").order_by("pk")),
        list(ComplianceRecord.objects.values_list("pk", "person", "due_on").order_by("pk")),
    )
    assert len(first[0]) == 3 and len(first[1]) == 3
    assert second == first


def test_a_person_already_enrolled_by_choice_is_not_enrolled_twice(requirement, course, learner):
    chosen = enrollment_services.enroll_learner(learner=learner, course=course)

    compliance_services.sync_requirement(requirement=requirement)
    compliance_services.sync_person_requirements(person=learner)

    assert list(Enrollment.objects.filter(learner=learner)) == [chosen]
    chosen.refresh_from_db()
    assert chosen.due_at is not None  # the requirement gave it a due date


# --- renewal ---------------------------------------------------------------------------------


def test_an_expiring_certificate_starts_a_renewal_cycle_and_keeps_the_old_enrollment(
    requirement, course, bamako
):
    person = officer(bamako, date(2026, 1, 10))
    compliance_services.sync_requirement(requirement=requirement)
    with time_machine.travel(at(date(2026, 2, 1)), tick=False):
        first = take(person, course)  # valid until 1 February 2028

    with time_machine.travel(at(date(2027, 11, 1)), tick=False):
        compliance_services.sync_person_requirements(person=person)
    assert Enrollment.objects.filter(learner=person).count() == 1  # not expiring yet

    with time_machine.travel(at(date(2027, 12, 15)), tick=False):
        compliance_services.sync_person_requirements(person=person)
        compliance_services.sync_person_requirements(person=person)

    cycles = list(Enrollment.objects.filter(learner=person).order_by("cycle"))
    assert [e.cycle for e in cycles] == [1, 2]
    assert cycles[0].pk == first.pk and cycles[0].completed_at == first.completed_at
    renewal = cycles[1]
    assert renewal.completed_at is None
    assert renewal.source == Enrollment.Source.REQUIREMENT
    assert timezone.localtime(renewal.due_at).date() == date(2028, 2, 1)

    with time_machine.travel(at(date(2028, 1, 10)), tick=False):
        for module in modules_of(course):
            learning_services.complete_module(enrollment=renewal, module=module)
    assert ComplianceRecord.objects.get(person=person).valid_until == date(2030, 1, 10)
    assert status_on(person, requirement, date(2028, 3, 1)) == ComplianceRecord.Status.COMPLIANT
    assert Enrollment.objects.filter(learner=person).count() == 2
