"""Reads for the screens of managers and ministry reviewers: their staff's training, one person's
progress and time spent, the courses they may assign, the ministry's requirements with compliance
counts, and the home page's summary. Each states its query budget; tests hold them at two sizes.

Everything about people is read per course `translation_key`, and the latest cycle of each
enrollment is the one that counts (earlier cycles are history)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.catalog.language import in_reader_language
from courses.catalog.models import CoursePage, ModulePage
from courses.catalog.selectors import modules_by_course
from courses.compliance.models import ComplianceRecord, TrainingRequirement
from courses.enrollment.models import Enrollment, ModuleProgress
from courses.enrollment.selectors import FAR_FUTURE
from institutions.aggregates import Figure, ProtectedTable, protect_counts
from institutions.models import Institution, Membership, Ministry, User
from institutions.scoping import can_view_staff_records, scope_of, visible_institutions


class TrainingStatus(models.TextChoices):
    """What the training page filters on; a person-course row matches one or more of these."""

    OVERDUE = "overdue", _("Overdue")
    DUE = "due", _("Due, not yet overdue")
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    EXPIRING = "expiring", _("Certificate expiring soon")
    EXPIRED = "expired", _("Certificate expired")


class Standing(models.TextChoices):
    """Where one person stands overall: the home page counts people by it."""

    OVERDUE = "overdue", _("Overdue")
    DUE = "due", _("Due")
    COMPLIANT = "compliant", _("Compliant")


# A lapsed certificate is as late as a course never taken; one about to lapse is due.
LATE_COMPLIANCE = {ComplianceRecord.Status.OVERDUE, ComplianceRecord.Status.EXPIRED}
PENDING_COMPLIANCE = {ComplianceRecord.Status.DUE, ComplianceRecord.Status.EXPIRING}


@dataclass
class CourseRow:
    """One person and one course they are enrolled in or required to take."""

    course_key: uuid.UUID
    enrollment: Enrollment | None = None
    compliance_status: str | None = None
    compliance_due_on: date | None = None
    course: CoursePage | None = None
    modules_total: int = 0
    modules_opened: int = 0
    modules_completed: int = 0
    seconds_spent: int = 0

    @property
    def is_completed(self) -> bool:
        return self.enrollment is not None and self.enrollment.completed_at is not None

    @property
    def status(self) -> str:
        if self.is_completed:
            return TrainingStatus.COMPLETED
        if self.modules_opened:
            return TrainingStatus.IN_PROGRESS
        return TrainingStatus.NOT_STARTED

    @property
    def status_label(self) -> str:
        return TrainingStatus(self.status).label

    @property
    def compliance_label(self) -> str:
        if self.compliance_status is None:
            return ""
        return ComplianceRecord.Status(self.compliance_status).label

    @property
    def due_on(self) -> date | None:
        """The date the open enrollment is due, or else the requirement's due date."""
        if self.is_completed:
            return None
        if self.enrollment is not None and self.enrollment.due_at is not None:
            return timezone.localtime(self.enrollment.due_at).date()
        return self.compliance_due_on

    @property
    def is_overdue(self) -> bool:
        if self.compliance_status in LATE_COMPLIANCE:
            return True
        return self.enrollment is not None and self.enrollment.is_overdue

    @property
    def is_due(self) -> bool:
        if self.is_overdue:
            return False
        if self.compliance_status in PENDING_COMPLIANCE:
            return True
        return not self.is_completed and self.due_on is not None

    @property
    def modules_done(self) -> int:
        # Progress in modules since removed from the course does not count.
        return min(self.modules_completed, self.modules_total)

    @property
    def minutes_spent(self) -> int:
        return (self.seconds_spent + 30) // 60

    def matches(self, status: str) -> bool:
        if status == TrainingStatus.OVERDUE:
            return self.is_overdue
        if status == TrainingStatus.DUE:
            return self.is_due
        if status in (TrainingStatus.EXPIRING, TrainingStatus.EXPIRED):
            return self.compliance_status == status
        return self.status == status

    def sort_key(self):
        return (not self.is_overdue, self.due_on or FAR_FUTURE.date(), self.title)

    @property
    def title(self) -> str:
        return self.course.title if self.course is not None else ""


def standing_of(rows: list[CourseRow]) -> str:
    if any(row.is_overdue for row in rows):
        return Standing.OVERDUE
    if any(row.is_due for row in rows):
        return Standing.DUE
    return Standing.COMPLIANT


@dataclass
class PersonTraining:
    membership: Membership
    rows: list[CourseRow]
    # From every row, whatever the filter shows: the person is late or not.
    standing: str = Standing.COMPLIANT

    @property
    def person(self) -> User:
        return self.membership.user

    @property
    def is_overdue(self) -> bool:
        return self.standing == Standing.OVERDUE

    @property
    def overdue_rows(self) -> list[CourseRow]:
        return [row for row in self.rows if row.is_overdue]


@dataclass
class InstitutionTraining:
    institution: Institution
    people: list[PersonTraining]

    @property
    def overdue(self) -> list[PersonTraining]:
        return [person for person in self.people if person.is_overdue and person.overdue_rows]


# --- shared reads --------------------------------------------------------------------------------


def _current_staff(*, institution_ids, position: str = "", person_id: int | None = None):
    """Current memberships of active people at the institutions (a queryset, not yet run)."""
    staff = Membership.objects.posted().filter(institution_id__in=institution_ids)
    if position:
        staff = staff.filter(position=position)
    if person_id is not None:
        staff = staff.filter(user_id=person_id)
    return staff


def _rows_by_person(staff, *, today: date | None = None) -> dict[int, dict[uuid.UUID, CourseRow]]:
    """Each person's courses: the latest cycle of each enrollment, joined with the compliance
    record of the requirement that asks for the course, if any. Queries: 2."""
    people = staff.values("user_id")
    rows: dict[int, dict[uuid.UUID, CourseRow]] = {}
    enrollments = (
        Enrollment.objects.filter(learner_id__in=people)
        .order_by("learner_id", "course_key", "-cycle")
        .only("id", "learner_id", "course_key", "cycle", "source", "due_at", "completed_at")
    )
    for enrollment in enrollments:
        courses = rows.setdefault(enrollment.learner_id, {})
        if enrollment.course_key not in courses:  # the first is the latest cycle
            courses[enrollment.course_key] = CourseRow(enrollment.course_key, enrollment)
    records = (
        ComplianceRecord.objects.with_status(today)
        .filter(person_id__in=people, requirement__is_active=True)
        .values_list("person_id", "requirement__course_key", "status", "due_on")
    )
    for person_id, course_key, status, due_on in records:
        row = rows.setdefault(person_id, {}).setdefault(course_key, CourseRow(course_key))
        row.compliance_status = status
        row.compliance_due_on = due_on
    return rows


def _courses_in_language(*, language: str, keys=None) -> dict[uuid.UUID, CoursePage]:
    """Live course pages by translation_key (all of them, or those of `keys`) in the reader's
    language. Queries: 1 (none for no keys)."""
    return in_reader_language(CoursePage.objects.all(), language=language, keys=keys)


# --- the training page ---------------------------------------------------------------------------


def institution_training(
    *,
    institution: Institution,
    language: str,
    position: str = "",
    status: str = "",
    today: date | None = None,
) -> InstitutionTraining:
    """Current staff of the institution with each course they are enrolled in or required to
    take: status, modules done, due date, compliance and time spent; overdue people first.
    `position` and `status` filter (already validated). Queries: 6, whatever the number of staff,
    courses and enrollments (staff, enrollments, compliance, course pages, modules, progress)."""
    staff = _current_staff(institution_ids=[institution.pk], position=position)
    memberships = list(staff.select_related("user").order_by("user__full_name", "user_id"))
    by_person = _rows_by_person(staff, today=today)
    keys = {key for courses in by_person.values() for key in courses}
    pages = _courses_in_language(language=language, keys=keys)
    modules = modules_by_course(pages.values())
    progress: dict[int, dict] = {}
    if keys:
        progress = {
            row["enrollment_id"]: row
            for row in ModuleProgress.objects.filter(
                enrollment__learner_id__in=staff.values("user_id")
            )
            .values("enrollment_id")
            .annotate(
                opened=Count("id"),
                completed=Count("id", filter=Q(completed_at__isnull=False)),
                seconds=Sum("seconds_spent"),
            )
        }
    people = []
    for membership in memberships:
        rows = list(by_person.get(membership.user_id, {}).values())
        for row in rows:
            row.course = pages.get(row.course_key)
            if row.course is not None:
                row.modules_total = len(modules.get(row.course.path, []))
            if row.enrollment is not None and row.enrollment.pk in progress:
                counts = progress[row.enrollment.pk]
                row.modules_opened = counts["opened"]
                row.modules_completed = counts["completed"]
                row.seconds_spent = counts["seconds"] or 0
        standing = standing_of(rows)
        if status:
            rows = [row for row in rows if row.matches(status)]
            if not rows:
                continue
        rows.sort(key=CourseRow.sort_key)
        people.append(PersonTraining(membership, rows, standing))
    people.sort(key=lambda person: not person.is_overdue)  # stable: names stay in order
    return InstitutionTraining(institution, people)


# --- one person ----------------------------------------------------------------------------------


@dataclass
class ModuleLine:
    module: ModulePage
    opened_at: datetime | None = None
    completed_at: datetime | None = None
    seconds_spent: int = 0

    @property
    def minutes_spent(self) -> int:
        return (self.seconds_spent + 30) // 60


@dataclass
class CourseDetail:
    row: CourseRow
    modules: list[ModuleLine] = field(default_factory=list)


@dataclass
class PersonDetail:
    membership: Membership
    courses: list[CourseDetail]
    standing: str

    @property
    def person(self) -> User:
        return self.membership.user


def person_training(
    *, institution: Institution, person_id: int, language: str, today: date | None = None
) -> PersonDetail | None:
    """One current member of staff's courses, each with its modules: opened, completed and
    minutes spent. None when the person is not current staff of the institution.
    Queries: 6 at most, whatever the number of courses and modules."""
    staff = _current_staff(institution_ids=[institution.pk], person_id=person_id)
    membership = staff.select_related("user").first()
    if membership is None:
        return None
    rows = list(_rows_by_person(staff, today=today).get(person_id, {}).values())
    pages = _courses_in_language(language=language, keys={row.course_key for row in rows})
    modules = modules_by_course(
        pages.values(), fields=("title", "path", "depth", "translation_key")
    )
    enrollment_ids = [row.enrollment.pk for row in rows if row.enrollment is not None]
    progress: dict[tuple[int, uuid.UUID], ModuleProgress] = {}
    if enrollment_ids:
        progress = {
            (p.enrollment_id, p.module_key): p
            for p in ModuleProgress.objects.filter(enrollment_id__in=enrollment_ids).only(
                "enrollment_id", "module_key", "opened_at", "completed_at", "seconds_spent"
            )
        }
    details = []
    for row in rows:
        row.course = pages.get(row.course_key)
        enrollment_id = row.enrollment.pk if row.enrollment is not None else None
        lines = []
        for module in modules.get(row.course.path, []) if row.course is not None else []:
            done = progress.get((enrollment_id, module.translation_key))
            lines.append(
                ModuleLine(
                    module,
                    opened_at=done.opened_at if done else None,
                    completed_at=done.completed_at if done else None,
                    seconds_spent=done.seconds_spent if done else 0,
                )
            )
        mine = [p for (e, _key), p in progress.items() if e == enrollment_id]
        row.modules_total = len(lines)
        row.modules_opened = len(mine)
        row.modules_completed = sum(1 for p in mine if p.completed_at is not None)
        row.seconds_spent = sum(p.seconds_spent for p in mine)
        details.append(CourseDetail(row, lines))
    details.sort(key=lambda detail: detail.row.sort_key())
    return PersonDetail(membership, details, standing_of([d.row for d in details]))


# --- assigning -----------------------------------------------------------------------------------


def assignable_courses(*, language: str) -> list[CoursePage]:
    """Live courses, one per translation_key (see `_courses_in_language`), sorted by title.
    Queries: 1."""
    courses = _courses_in_language(language=language)
    return sorted(courses.values(), key=lambda page: page.title.casefold())


def current_staff_choices(*, institution: Institution):
    """The people a manager may tick on the assign form: current, active staff, with their
    position (a queryset: the form runs it once)."""
    return (
        User.objects.posted(institution=institution)
        .annotate(
            position=Subquery(
                Membership.objects.current().filter(user=OuterRef("pk")).values("position")[:1]
            )
        )
        .order_by("full_name", "pk")
    )


# --- the ministry's requirements -----------------------------------------------------------------

COMPLIANCE_COLUMNS = [
    ComplianceRecord.Status.COMPLIANT,
    ComplianceRecord.Status.EXPIRING,
    ComplianceRecord.Status.DUE,
    ComplianceRecord.Status.OVERDUE,
    ComplianceRecord.Status.EXPIRED,
]
VALID = {ComplianceRecord.Status.COMPLIANT, ComplianceRecord.Status.EXPIRING}


@dataclass
class RequirementRow:
    requirement: TrainingRequirement
    course: CoursePage | None
    counts: ProtectedTable

    @property
    def cells(self) -> list[Figure]:
        return [self.counts.cells[status] for status in COMPLIANCE_COLUMNS]


def ministry_requirements(
    *, ministry: Ministry, language: str, reveal: bool, today: date | None = None
) -> list[RequirementRow]:
    """The ministry's training requirements, each with its staff counted by compliance status
    across the ministry's institutions, under the small-group rule unless `reveal` (the viewer
    holds staff-records access for the whole ministry). Queries: 3."""
    requirements = list(
        TrainingRequirement.objects.filter(ministry=ministry).order_by(
            "-is_active", "position", "institution_kind", "effective_from"
        )
    )
    counts: dict[int, dict[str, int]] = {
        r.pk: dict.fromkeys(COMPLIANCE_COLUMNS, 0) for r in requirements
    }
    if requirements:
        # Only people currently posted in the ministry: a record left behind by a transfer that is
        # still being synchronised must not count here.
        records = (
            ComplianceRecord.objects.with_status(today)
            .filter(
                requirement__ministry=ministry,
                person__in=User.objects.posted(institution__ministry=ministry),
            )
            .values("requirement_id", "status")
            .annotate(n=Count("id"))
            .values_list("requirement_id", "status", "n")
        )
        for requirement_id, status, n in records:
            counts[requirement_id][status] = n
    pages = _courses_in_language(language=language, keys={r.course_key for r in requirements})
    return [
        RequirementRow(
            requirement,
            pages.get(requirement.course_key),
            protect_counts(
                counts[requirement.pk],
                reveal=reveal,
                reached={s: n for s, n in counts[requirement.pk].items() if s in VALID},
            ),
        )
        for requirement in requirements
    ]


# --- the home page -------------------------------------------------------------------------------


@dataclass
class InstitutionSummary:
    institution: Institution
    counts: ProtectedTable

    @property
    def cells(self) -> list[tuple[str, str, Figure]]:
        return [(s.value, s.label, self.counts.cells[s.value]) for s in Standing]


def managed_training_summary(*, user: User, today: date | None = None) -> list[InstitutionSummary]:
    """For each institution the person manages: current staff counted by standing (overdue, due,
    compliant), under the small-group rule for anyone without staff-records access.
    Queries: 4 (institutions, staff, enrollments, compliance) plus the person's roles, whatever
    the number of institutions and staff."""
    managed_ids = scope_of(user).managed_institution_ids
    if not managed_ids:
        return []
    institutions = list(visible_institutions(user).filter(pk__in=managed_ids).order_by("name"))
    staff = _current_staff(institution_ids=[i.pk for i in institutions])
    posted_at = dict(staff.values_list("user_id", "institution_id"))
    by_person = _rows_by_person(staff, today=today)
    counts = {i.pk: dict.fromkeys(Standing.values, 0) for i in institutions}
    for person_id, institution_id in posted_at.items():
        standing = standing_of(list(by_person.get(person_id, {}).values()))
        counts[institution_id][standing] += 1
    return [
        InstitutionSummary(
            institution,
            protect_counts(
                counts[institution.pk], reveal=can_view_staff_records(user, institution)
            ),
        )
        for institution in institutions
    ]


def reviewed_ministries(*, user: User) -> list[Ministry]:
    """Ministries whose requirements the person reviews. Queries: 1 (plus roles)."""
    scope = scope_of(user)
    if not scope.reviewer_ministry_ids:
        return []
    return list(Ministry.objects.filter(pk__in=scope.reviewer_ministry_ids))


__all__ = [
    "CourseRow",
    "InstitutionSummary",
    "InstitutionTraining",
    "PersonDetail",
    "PersonTraining",
    "RequirementRow",
    "Standing",
    "TrainingStatus",
    "assignable_courses",
    "current_staff_choices",
    "institution_training",
    "managed_training_summary",
    "ministry_requirements",
    "person_training",
    "reviewed_ministries",
]
