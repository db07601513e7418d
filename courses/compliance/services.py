"""Writes for training requirements and compliance: apply a requirement to the people it
concerns, follow people across postings, and record completions against their records.

The daily pass and the changes of postings call these through tasks; a completed course calls
`record_completion` (see the learning applet's chain)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from courses.enrollment.models import Enrollment
from courses.enrollment.selectors import current_enrollment
from courses.enrollment.services import create_enrollment, end_of_day, start_new_cycle
from institutions.models import Membership, User

from .models import EXPIRING_SOON, ComplianceRecord, TrainingRequirement


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
    due_at = end_of_day(record.due_on)
    if current is None:
        create_enrollment(
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
    elif (
        record.valid_until is not None
        and record.valid_until <= timezone.localdate() + EXPIRING_SOON
    ):
        # Expiring or expired: a renewal cycle, due when the current certificate lapses.
        start_new_cycle(
            enrollment=current,
            source=Enrollment.Source.REQUIREMENT,
            due_at=end_of_day(max(record.valid_until, timezone.localdate())),
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
    people = User.objects.posted(
        position=requirement.position,
        institution__ministry_id=requirement.ministry_id,
        institution__kind=requirement.institution_kind,
    ) | User.objects.filter(compliance_records__requirement=requirement)
    count = 0
    for person in people.distinct():
        sync_person_requirements(person=person)
        count += 1
    return count


def sync_all_requirements() -> int:
    """The daily pass: every person with a current membership or a compliance record."""
    # Deactivated people too: their records are removed.
    people = User.objects.filter(
        Q(pk__in=Membership.objects.current().values("user_id"))
        | Q(compliance_records__isnull=False)
    ).distinct()
    count = 0
    for person in people.iterator():
        sync_person_requirements(person=person)
        count += 1
    return count
