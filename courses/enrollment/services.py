"""Writes for enrollments: enrolling (by the learner, a manager or a requirement), renewal cycles,
opening a module, reflections, time spent, and the due-date reminders.

Views, commands, tasks and tests call these; nothing else writes enrollments or progress."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.catalog.models import CoursePage, ModulePage
from courses.notifications.models import Notification
from courses.notifications.services import notify
from institutions.models import Institution, Role, RoleAssignment, User
from institutions.scoping import can_manage, managed_people

from .models import Enrollment, ModuleProgress, Reflection
from .selectors import current_enrollment, enrollment_refusal

HEARTBEAT_INTERVAL = timedelta(seconds=60)
# A heartbeat a little early (timers drift) still counts; more than once a minute never does.
HEARTBEAT_TOLERANCE = timedelta(seconds=5)
# Learners hear of a course due within this window, once.
DUE_SOON = timedelta(days=7)


class EnrollmentRefused(Exception):
    """The learner may not take this course (yet); the message says why."""


# --- enrolling -----------------------------------------------------------------------------------


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

    Learners may enroll themselves only when `enrollment_refusal` finds no reason against it;
    managers and requirements may enroll anyone they are responsible for."""
    existing = current_enrollment(learner=learner, course_key=course.translation_key)
    if existing is not None:
        tightens_due_date = existing.due_at is None or (due_at and due_at < existing.due_at)
        if due_at is not None and existing.completed_at is None and tightens_due_date:
            existing.due_at = due_at
            existing.save(update_fields=["due_at"])
        return existing
    if source == Enrollment.Source.SELF:
        refusal = enrollment_refusal(learner=learner, course=course)
        if refusal:
            raise EnrollmentRefused(refusal)
    return create_enrollment(
        learner=learner,
        course_key=course.translation_key,
        cycle=1,
        source=source,
        assigned_by=assigned_by,
        due_at=due_at,
    )


def ensure_enrollment(*, learner: User, course: CoursePage) -> Enrollment:
    """The learner's enrollment, enrolling them on the spot in a course they may take. Raises
    EnrollmentRefused, saying why, otherwise. For POSTs only: a GET never enrolls."""
    existing = current_enrollment(learner=learner, course_key=course.translation_key)
    if existing is not None:
        return existing
    return enroll_learner(learner=learner, course=course, source=Enrollment.Source.SELF)


def create_enrollment(**fields) -> Enrollment:
    """One cycle of one course for one learner; a concurrent twin returns the row it made."""
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
    return create_enrollment(
        learner=enrollment.learner,
        course_key=enrollment.course_key,
        cycle=enrollment.cycle + 1,
        source=source,
        due_at=due_at,
    )


# --- progress ------------------------------------------------------------------------------------


def open_module(*, enrollment: Enrollment, module: ModulePage) -> ModuleProgress:
    """Record that the learner opened the module: from the page's first heartbeat, a note or
    the completion (never from reading the page, which writes nothing)."""
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


# --- assignment ----------------------------------------------------------------------------------


def end_of_day(day: date) -> datetime:
    """When something due on `day` becomes late: the end of that day, in the current zone."""
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
    due_at = end_of_day(due_on) if due_on else None
    enrollments = []
    for learner in learners:
        enrollment = enroll_learner(
            learner=learner,
            course=course,
            source=Enrollment.Source.MANAGER,
            assigned_by=assigned_by,
            due_at=due_at,
        )
        notify(
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
    """Assign a course to everyone currently posted at the institution in the position."""
    if not can_manage(assigned_by, institution):
        raise EnrollmentRefused(_("You do not manage this institution."))
    learners = User.objects.posted(institution=institution, position=position)
    return assign_course(course=course, learners=learners, assigned_by=assigned_by, due_on=due_on)


# --- reminders -----------------------------------------------------------------------------------


def send_due_reminders(*, now=None) -> int:
    """Daily: learners whose course is due within DUE_SOON, or overdue, are told once each."""
    now = now or timezone.now()
    sent = 0
    open_enrollments = (
        Enrollment.objects.in_progress()
        .filter(due_at__isnull=False, learner__is_active=True)
        .select_related("learner")
    )
    for enrollment in open_enrollments.filter(due_at__gte=now, due_at__lte=now + DUE_SOON):
        sent += bool(
            notify(
                recipient=enrollment.learner,
                kind=Notification.Kind.DUE_SOON,
                key=f"{enrollment.pk}",
                params=_due_params(enrollment),
            )
        )
    for enrollment in open_enrollments.filter(due_at__lt=now):
        sent += bool(
            notify(
                recipient=enrollment.learner,
                kind=Notification.Kind.OVERDUE,
                key=f"{enrollment.pk}",
                params=_due_params(enrollment),
            )
        )
    return sent


def _due_params(enrollment: Enrollment) -> dict:
    return {
        "course_key": str(enrollment.course_key),
        "due_on": timezone.localtime(enrollment.due_at).date().isoformat(),
    }


def send_overdue_summaries(*, now=None) -> int:
    """Weekly: each institution manager hears how many of their staff have overdue training."""
    now = now or timezone.now()
    year, week, _day = timezone.localtime(now).isocalendar()
    sent = 0
    assignments = RoleAssignment.objects.filter(
        role=Role.INSTITUTION_MANAGER, user__is_active=True
    ).select_related("user", "institution")
    for assignment in assignments:
        institution = assignment.institution
        overdue = (
            Enrollment.objects.in_progress()
            .filter(due_at__lt=now, learner__in=User.objects.posted(institution=institution))
            .values("learner")
            .distinct()
            .count()
        )
        if not overdue:
            continue
        sent += bool(
            notify(
                recipient=assignment.user,
                kind=Notification.Kind.OVERDUE_SUMMARY,
                key=f"{institution.pk}:{year}-W{week:02d}",
                params={
                    "count": overdue,
                    "institution": institution.name,
                    "institution_id": institution.pk,
                },
            )
        )
    return sent
