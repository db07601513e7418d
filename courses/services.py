"""Writes for courses: enrollment, progress, completion, requirements and compliance.

Views, commands, tasks and tests call these; nothing else writes progress. The chain
enrollment → progress → completion → compliance calls services explicitly, top to bottom."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from institutions.models import Institution, Membership, User
from institutions.scoping import can_manage, managed_people

from . import notifications, selectors
from .completion import unmet_requirements
from .models import (
    ComplianceRecord,
    CoursePage,
    Enrollment,
    ModulePage,
    ModuleProgress,
    Notification,
    Reflection,
    TrainingRequirement,
)

HEARTBEAT_INTERVAL = timedelta(seconds=60)
# A heartbeat a little early (timers drift) still counts; more than once a minute never does.
HEARTBEAT_TOLERANCE = timedelta(seconds=5)


class EnrollmentRefused(Exception):
    """The learner may not take this course (yet); the message says why."""


class ModuleIncomplete(Exception):
    """The module's requirements are not all met."""

    def __init__(self, unmet):
        super().__init__(_("Some parts of this module still need your answer."))
        self.unmet = unmet


# --- enrollment ------------------------------------------------------------------------------


def current_enrollment(*, learner: User, course_key) -> Enrollment | None:
    """The learner's latest cycle of a course, completed or not."""
    return (
        Enrollment.objects.filter(learner=learner, course_key=course_key).order_by("-cycle").first()
    )


def missing_prerequisites(*, learner: User, course: CoursePage) -> list[CoursePage]:
    prerequisites = list(course.prerequisites.all())
    if not prerequisites:
        return []
    done = set(
        Enrollment.objects.completed()
        .filter(learner=learner, course_key__in=[p.translation_key for p in prerequisites])
        .values_list("course_key", flat=True)
    )
    return [p for p in prerequisites if p.translation_key not in done]


@transaction.atomic
def enroll_learner(
    *,
    learner: User,
    course: CoursePage,
    source: str = Enrollment.Source.SELF,
    assigned_by: User | None = None,
    due_at: datetime | None = None,
) -> Enrollment:
    """Enroll a learner, or return their current enrollment. Idempotent under double clicks and
    concurrent requests (a unique constraint decides).

    Learners may enroll themselves only in open courses whose prerequisites they completed;
    managers and requirements may enroll anyone they are responsible for."""
    existing = current_enrollment(learner=learner, course_key=course.translation_key)
    if existing is not None:
        tightens_due_date = existing.due_at is None or (due_at and due_at < existing.due_at)
        if due_at is not None and existing.completed_at is None and tightens_due_date:
            existing.due_at = due_at
            existing.save(update_fields=["due_at"])
        return existing
    if source == Enrollment.Source.SELF:
        if not course.is_open_for_self_enrollment:
            raise EnrollmentRefused(
                _("This course is taken on assignment only. Ask your manager if you need it.")
            )
        missing = missing_prerequisites(learner=learner, course=course)
        if missing:
            raise EnrollmentRefused(
                _("Complete these courses first: %(courses)s.")
                % {"courses": ", ".join(p.title for p in missing)}
            )
    return _create_enrollment(
        learner=learner,
        course_key=course.translation_key,
        cycle=1,
        source=source,
        assigned_by=assigned_by,
        due_at=due_at,
    )


def ensure_enrollment(*, learner: User, course: CoursePage) -> Enrollment:
    """The learner's enrollment, enrolling them on the spot in an open course whose prerequisites
    they completed. Raises EnrollmentRefused, saying why, otherwise."""
    existing = current_enrollment(learner=learner, course_key=course.translation_key)
    if existing is not None:
        return existing
    return enroll_learner(learner=learner, course=course, source=Enrollment.Source.SELF)


def _create_enrollment(**fields) -> Enrollment:
    try:
        with transaction.atomic():
            return Enrollment.objects.create(**fields)
    except IntegrityError:
        # Another request enrolled the same learner in the same cycle a moment earlier.
        return Enrollment.objects.get(
            learner=fields["learner"], course_key=fields["course_key"], cycle=fields["cycle"]
        )


def start_new_cycle(*, enrollment: Enrollment, source: str, due_at: datetime | None) -> Enrollment:
    """Renewal: a new cycle of a completed course; the completed one stays as history."""
    return _create_enrollment(
        learner=enrollment.learner,
        course_key=enrollment.course_key,
        cycle=enrollment.cycle + 1,
        source=source,
        due_at=due_at,
    )


# --- progress --------------------------------------------------------------------------------


def open_module(*, enrollment: Enrollment, module: ModulePage) -> ModuleProgress:
    """Record that the learner opened the module (the first requirement of every module)."""
    progress, _created = ModuleProgress.objects.get_or_create(
        enrollment=enrollment, module_key=module.translation_key
    )
    return progress


@transaction.atomic
def save_reflection(
    *, enrollment: Enrollment, module: ModulePage, block_key: str, text: str
) -> Reflection:
    """Save the learner's private note for a reflection prompt of the module."""
    if not any(child.block_type == "reflection" and child.id == block_key for child in module.body):
        raise ValueError("This module has no such reflection prompt.")
    progress = open_module(enrollment=enrollment, module=module)
    reflection, _created = Reflection.objects.update_or_create(
        progress=progress, block_key=block_key, defaults={"text": text.strip()}
    )
    return reflection


@transaction.atomic
def complete_module(*, enrollment: Enrollment, module: ModulePage) -> ModuleProgress:
    """Mark a module complete once its requirements are met; the last one completes the course.
    Idempotent: a second call changes nothing."""
    progress = open_module(enrollment=enrollment, module=module)
    if progress.completed_at is not None:
        return progress
    unmet = unmet_requirements(module=module, progress=progress)
    if unmet:
        raise ModuleIncomplete(unmet)
    now = timezone.now()
    # The enrollment's row lock first: completions in one enrollment take turns, so the last of
    # two modules completed at once (two tabs) sees the other one and completes the course.
    Enrollment.objects.filter(pk=enrollment.pk).update(last_activity_at=now)
    updated = ModuleProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    progress.completed_at = now
    if updated:
        finish_course(enrollment=enrollment, completed_at=now, unless_remaining_after=module)
    return progress


def finish_course(
    *,
    enrollment: Enrollment,
    completed_at: datetime | None = None,
    unless_remaining_after: ModulePage | None = None,
) -> Enrollment:
    """Complete the enrollment (never reopened when modules are added later) and bring the
    learner's compliance up to date. Given a module just completed, only if no live module of
    its course remains to complete (checked in the same statement)."""
    completed_at = completed_at or timezone.now()
    enrollments = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True)
    if unless_remaining_after is not None:
        remaining = selectors.remaining_modules(
            enrollment=enrollment, module=unless_remaining_after
        )
        enrollments = enrollments.filter(~Exists(remaining))
    updated = enrollments.update(completed_at=completed_at, last_activity_at=completed_at)
    if updated:
        enrollment.completed_at = completed_at
        record_completion(enrollment=enrollment)
    return enrollment


def record_heartbeat(*, progress: ModuleProgress) -> bool:
    """Add a minute at most to the time spent in a module. Concurrent or early heartbeats are
    ignored by a conditional update, so time is never counted twice."""
    now = timezone.now()
    threshold = now - HEARTBEAT_INTERVAL + HEARTBEAT_TOLERANCE
    counted = ModuleProgress.objects.filter(
        Q(last_heartbeat_at__isnull=True) | Q(last_heartbeat_at__lte=threshold), pk=progress.pk
    ).update(
        seconds_spent=F("seconds_spent") + int(HEARTBEAT_INTERVAL.total_seconds()),
        last_heartbeat_at=now,
    )
    return bool(counted)


# --- assignment ------------------------------------------------------------------------------


def _end_of_day(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(23, 59)))


@transaction.atomic
def assign_course(
    *, course: CoursePage, learners: Iterable[User], assigned_by: User, due_on: date | None
) -> list[Enrollment]:
    """A manager assigns a course to people they manage, with an optional due date; each is
    notified. Refuses anyone outside the manager's institutions."""
    learners = list(learners)
    allowed = set(
        managed_people(assigned_by)
        .filter(pk__in=[u.pk for u in learners])
        .values_list("pk", flat=True)
    )
    outside = [u for u in learners if u.pk not in allowed]
    if outside:
        raise EnrollmentRefused(
            _("You can only assign courses to staff of your institution: %(names)s.")
            % {"names": ", ".join(str(u) for u in outside)}
        )
    if due_on is not None and due_on < timezone.localdate():
        raise EnrollmentRefused(_("The due date is in the past."))
    due_at = _end_of_day(due_on) if due_on else None
    enrollments = []
    for learner in learners:
        enrollment = enroll_learner(
            learner=learner,
            course=course,
            source=Enrollment.Source.MANAGER,
            assigned_by=assigned_by,
            due_at=due_at,
        )
        notifications.notify(
            recipient=learner,
            kind=Notification.Kind.ASSIGNED,
            key=f"{enrollment.pk}",
            params={
                "course_key": str(course.translation_key),
                "due_on": due_on.isoformat() if due_on else None,
            },
        )
        enrollments.append(enrollment)
    return enrollments


def assign_course_to_position(
    *,
    course: CoursePage,
    institution: Institution,
    position: str,
    assigned_by: User,
    due_on: date | None,
) -> list[Enrollment]:
    """Assign a course to every current, active member of the institution in the position."""
    if not can_manage(assigned_by, institution):
        raise EnrollmentRefused(_("You do not manage this institution."))
    learners = User.objects.filter(
        is_active=True,
        memberships__institution=institution,
        memberships__ended_at__isnull=True,
        memberships__position=position,
    )
    return assign_course(course=course, learners=learners, assigned_by=assigned_by, due_on=due_on)


# --- requirements and compliance -------------------------------------------------------------


def _valid_until(completed_at: datetime, validity_months: int | None) -> date | None:
    if not validity_months:
        return None
    return (timezone.localtime(completed_at) + relativedelta(months=validity_months)).date()


def _requirements_for(membership: Membership | None):
    if membership is None or not membership.user.is_active:
        return TrainingRequirement.objects.none()
    institution = membership.institution
    return TrainingRequirement.objects.filter(
        ministry_id=institution.ministry_id,
        position=membership.position,
        institution_kind=institution.kind,
        is_active=True,
    ).select_related("course")


@transaction.atomic
def sync_person_requirements(*, person: User) -> list[ComplianceRecord]:
    """Bring one person's compliance records and required enrollments up to date with their
    current membership. Idempotent; completions follow the person across transfers."""
    membership = (
        Membership.objects.current()
        .select_related("institution", "user")
        .filter(user=person)
        .first()
    )
    requirements = list(_requirements_for(membership))
    ComplianceRecord.objects.filter(person=person).exclude(requirement__in=requirements).delete()
    records = []
    for requirement in requirements:
        start = max(timezone.localtime(membership.started_at).date(), requirement.effective_from)
        due_on = start + timedelta(days=requirement.days_to_complete)
        latest = (
            Enrollment.objects.completed()
            .filter(learner=person, course_key=requirement.course_key)
            .order_by("-completed_at")
            .first()
        )
        completed_at = latest.completed_at if latest else None
        valid_until = (
            _valid_until(completed_at, requirement.course.certificate_validity_months)
            if completed_at
            else None
        )
        record, _created = ComplianceRecord.objects.update_or_create(
            person=person,
            requirement=requirement,
            defaults={"due_on": due_on, "completed_at": completed_at, "valid_until": valid_until},
        )
        records.append(record)
        _ensure_required_enrollment(person=person, requirement=requirement, record=record)
    return records


def _ensure_required_enrollment(
    *, person: User, requirement: TrainingRequirement, record: ComplianceRecord
) -> None:
    current = current_enrollment(learner=person, course_key=requirement.course_key)
    due_at = _end_of_day(record.due_on)
    if current is None:
        _create_enrollment(
            learner=person,
            course_key=requirement.course_key,
            cycle=1,
            source=Enrollment.Source.REQUIREMENT,
            due_at=due_at,
        )
    elif current.completed_at is None:
        # The record's due date is the first deadline; once completed, the cycle under way is a
        # renewal, due when the certificate lapses (set when the cycle started).
        if record.completed_at is None and (current.due_at is None or due_at < current.due_at):
            Enrollment.objects.filter(pk=current.pk).update(due_at=due_at)
    elif record.valid_until is not None and record.valid_until <= timezone.localdate() + timedelta(
        days=60
    ):
        # Expiring or expired: a renewal cycle, due when the current certificate lapses.
        start_new_cycle(
            enrollment=current,
            source=Enrollment.Source.REQUIREMENT,
            due_at=_end_of_day(max(record.valid_until, timezone.localdate())),
        )


def record_completion(*, enrollment: Enrollment) -> None:
    """A completed course updates every compliance record of the learner that asks for it."""
    records = ComplianceRecord.objects.filter(
        person_id=enrollment.learner_id, requirement__course_key=enrollment.course_key
    ).select_related("requirement__course")
    for record in records:
        record.completed_at = enrollment.completed_at
        record.valid_until = _valid_until(
            enrollment.completed_at, record.requirement.course.certificate_validity_months
        )
        record.save(update_fields=["completed_at", "valid_until"])


def sync_requirement(*, requirement: TrainingRequirement) -> int:
    """Apply one requirement to everyone it concerns (after it is created or changed)."""
    people = User.objects.filter(
        is_active=True,
        memberships__ended_at__isnull=True,
        memberships__position=requirement.position,
        memberships__institution__ministry_id=requirement.ministry_id,
        memberships__institution__kind=requirement.institution_kind,
    ) | User.objects.filter(compliance_records__requirement=requirement)
    count = 0
    for person in people.distinct():
        sync_person_requirements(person=person)
        count += 1
    return count


def sync_all_requirements() -> int:
    """The daily pass: every person with a current membership or a compliance record."""
    people = User.objects.filter(
        Q(memberships__ended_at__isnull=True) | Q(compliance_records__isnull=False)
    ).distinct()
    count = 0
    for person in people.iterator():
        sync_person_requirements(person=person)
        count += 1
    return count
