"""Reads about learners' enrollments: their current cycle of a course, why they may not enroll,
and their progress module by module. Each states its query budget; tests hold them at two data
sizes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from django.db.models import F, OuterRef, Q, Subquery
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.catalog.models import CoursePage, ModulePage
from courses.catalog.selectors import (
    MODULE_LIST_FIELDS,
    course_modules_queryset,
    course_path_of,
    one_list,
    translated_modules,
)
from institutions.models import User

from .models import Enrollment, ModuleProgress

FAR_FUTURE = datetime.max.replace(tzinfo=UTC)


@dataclass
class ModuleState:
    module: ModulePage
    is_opened: bool = False
    is_completed: bool = False
    is_locked: bool = False
    # The learner's progress row in the module (read with the module list), once opened.
    progress: ModuleProgress | None = None


@dataclass
class CourseProgress:
    course: CoursePage
    enrollment: Enrollment | None
    modules: list[ModuleState]
    completed: int = 0
    next_module: ModulePage | None = None
    enrollment_id: int | None = None

    @property
    def total(self) -> int:
        return len(self.modules)

    @property
    def percent(self) -> int:
        if self.enrollment is not None and self.enrollment.completed_at is not None:
            return 100
        return round(100 * self.completed / self.total) if self.total else 0

    def state_of(self, module: ModulePage) -> ModuleState | None:
        return next((state for state in self.modules if state.module.pk == module.pk), None)

    def first_incomplete_before(self, module: ModulePage) -> ModulePage | None:
        """For courses taken in order: the first module before this one not yet complete."""
        if not self.course.modules_in_order:
            return None
        for state in self.modules:
            if state.module.pk == module.pk:
                return None
            if not state.is_completed:
                return state.module
        return None


def _with_progress(pages, enrollment):
    """Annotate module pages with the learner's progress row in `enrollment` (an id, or a
    subquery giving one): one indexed lookup per module, inside the same query."""
    progress = ModuleProgress.objects.filter(
        enrollment=enrollment, module_key=OuterRef("translation_key")
    )
    return pages.annotate(
        progress_id=Subquery(progress.values("pk")[:1]),
        progress_opened_at=Subquery(progress.values("opened_at")[:1]),
        progress_completed_at=Subquery(progress.values("completed_at")[:1]),
    )


def _states(pages, *, enrollment_id, in_order: bool) -> tuple[list[ModuleState], int, object]:
    states = []
    next_module = None
    previous_done = True
    for page in pages:
        progress = None
        if getattr(page, "progress_id", None) is not None:
            # A real row, read in the module list's query; other fields load if ever asked for.
            progress = ModuleProgress.from_db(
                "default",
                ["id", "enrollment_id", "module_key", "opened_at", "completed_at"],
                [
                    page.progress_id,
                    enrollment_id,
                    page.translation_key,
                    page.progress_opened_at,
                    page.progress_completed_at,
                ],
            )
        state = ModuleState(
            module=page,
            is_opened=progress is not None,
            is_completed=progress is not None and progress.completed_at is not None,
            is_locked=in_order and not previous_done,
            progress=progress,
        )
        if next_module is None and not state.is_completed:
            next_module = page
        previous_done = previous_done and state.is_completed
        states.append(state)
    return states, sum(state.is_completed for state in states), next_module


def course_progress(*, course: CoursePage, enrollment: Enrollment | None) -> CourseProgress:
    """Each module's state for a learner and where to continue, over the course's one list of
    modules whatever the language. Queries: 1."""
    modules = course_modules_queryset(course)
    if enrollment is not None:
        modules = _with_progress(modules, enrollment.pk)
    states, completed, next_module = _states(
        one_list(modules, locale_id=course.locale_id),
        enrollment_id=enrollment.pk if enrollment else None,
        in_order=course.modules_in_order,
    )
    return CourseProgress(
        course, enrollment, states, completed, next_module, enrollment.pk if enrollment else None
    )


def module_outline(*, module: ModulePage, learner: User) -> CourseProgress:
    """For the module page: the module's course and the course's one list of live modules
    (every language's, see `one_list`), with the learner's current enrollment (its id) and
    progress in each module.

    The course and the modules are read in one query as plain pages (enough for titles and
    links; `course.specific` gives the whole course when needed); the course's one rule read
    here, `modules_in_order`, comes with it. Queries: 1."""
    course_path = course_path_of(module)
    course_key = Page.objects.filter(path=course_path).values("translation_key")[:1]
    enrollment = (
        Enrollment.objects.filter(learner=learner, course_key=Subquery(course_key))
        .order_by("-cycle")
        .values("pk")[:1]
    )
    modules = translated_modules(Page.objects, course_keys=course_key, depth=module.depth)
    pages = list(
        _with_progress(
            Page.objects.filter(Q(path=course_path) | Q(pk__in=modules.values("pk"))),
            Subquery(enrollment),
        )
        .annotate(
            enrollment_id=Subquery(enrollment),
            modules_in_order=F("coursepage__modules_in_order"),
            language_code=F("locale__language_code"),
        )
        .only(*MODULE_LIST_FIELDS, "locale_id", "live")
        .order_by("path")
    )
    course = next(page for page in pages if page.path == course_path)
    modules = [page for page in pages if page.path != course_path]
    states, completed, next_module = _states(
        one_list(modules, locale_id=course.locale_id),
        enrollment_id=course.enrollment_id,
        in_order=course.modules_in_order,
    )
    return CourseProgress(course, None, states, completed, next_module, course.enrollment_id)


def first_incomplete_before(
    *, course: CoursePage, module: ModulePage, enrollment: Enrollment | None
):
    """For courses taken in order: the first module before this one not yet complete, if any.
    Queries: 0 for courses in any order, else 1."""
    if not course.modules_in_order:
        return None
    return course_progress(course=course, enrollment=enrollment).first_incomplete_before(module)


def remaining_modules(*, enrollment: Enrollment, module: ModulePage):
    """The live modules of the module's course, in any language (its one list: see
    `one_list`), that the enrollment has not completed: a queryset (`.exists()` costs one
    query)."""
    completed = ModuleProgress.objects.filter(
        enrollment=enrollment, completed_at__isnull=False
    ).values("module_key")
    return translated_modules(
        ModulePage.objects, course_keys=[enrollment.course_key], depth=module.depth
    ).exclude(translation_key__in=completed)


# --- enrolling -----------------------------------------------------------------------------------


def current_enrollment(*, learner: User, course_key) -> Enrollment | None:
    """The learner's latest cycle of a course, completed or not. Queries: 1."""
    return (
        Enrollment.objects.filter(learner=learner, course_key=course_key).order_by("-cycle").first()
    )


def latest_enrollments(*, learner: User, course_keys=None) -> dict:
    """The learner's latest cycle of each course (earlier cycles are history), by course key.
    Queries: 1."""
    enrollments = Enrollment.objects.filter(learner=learner).order_by("course_key", "-cycle")
    if course_keys is not None:
        enrollments = enrollments.filter(course_key__in=list(course_keys))
    latest: dict = {}
    for enrollment in enrollments:
        latest.setdefault(enrollment.course_key, enrollment)
    return latest


def missing_prerequisites(*, learner: User, course: CoursePage) -> list[CoursePage]:
    """The course's prerequisites the learner has not completed. Queries: 2 at most."""
    prerequisites = list(course.prerequisites.all())
    if not prerequisites:
        return []
    done = set(
        Enrollment.objects.completed()
        .filter(learner=learner, course_key__in=[p.translation_key for p in prerequisites])
        .values_list("course_key", flat=True)
    )
    return [p for p in prerequisites if p.translation_key not in done]


def enrollment_refusal(*, learner: User, course: CoursePage) -> str | None:
    """Why the learner may not enroll themselves in the course, or None when they may. The one
    home of these rules and their messages: the enrolling service refuses with them, and the
    course and module pages show them. Queries: none for a course taken on assignment only,
    else 2 at most."""
    if not course.is_open_for_self_enrollment:
        return _("This course is taken on assignment only. Ask your manager if you need it.")
    missing = missing_prerequisites(learner=learner, course=course)
    if missing:
        return _("Complete these courses first: %(courses)s.") % {
            "courses": ", ".join(p.title for p in missing)
        }
    return None


def progress_for(*, learner: User, module: ModulePage) -> ModuleProgress | None:
    """The learner's progress row for a module in their latest enrollment of its course.
    Queries: 1."""
    return (
        ModuleProgress.objects.filter(
            enrollment__learner=learner, module_key=module.translation_key
        )
        .order_by("-enrollment__cycle")
        .first()
    )


def enrollment_for_module(*, learner: User, module: ModulePage) -> Enrollment | None:
    """The learner's latest cycle of the module's course. Queries: 1."""
    course_key = Page.objects.filter(path=course_path_of(module)).values("translation_key")[:1]
    return (
        Enrollment.objects.filter(learner=learner, course_key=Subquery(course_key))
        .order_by("-cycle")
        .first()
    )
