"""Reads for the learner's screens: the course page, the module page, "My learning", the catalogue.
Each states its query budget; tests hold them at two data sizes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db.models import Q

from institutions.models import User

from .models import (
    CourseIndexPage,
    CoursePage,
    CurriculumCourse,
    CurriculumPage,
    Enrollment,
    ModulePage,
    ModuleProgress,
    Notification,
)

FAR_FUTURE = datetime.max.replace(tzinfo=UTC)


@dataclass
class ModuleState:
    module: ModulePage
    is_opened: bool = False
    is_completed: bool = False
    is_locked: bool = False


@dataclass
class CourseProgress:
    course: CoursePage
    enrollment: Enrollment | None
    modules: list[ModuleState]
    completed: int = 0
    next_module: ModulePage | None = None

    @property
    def total(self) -> int:
        return len(self.modules)

    @property
    def percent(self) -> int:
        if self.enrollment is not None and self.enrollment.completed_at is not None:
            return 100
        return round(100 * self.completed / self.total) if self.total else 0


def course_modules(course: CoursePage) -> list[ModulePage]:
    """The live modules of a course, in order, with only what lists need. Queries: 1."""
    return list(
        ModulePage.objects.live()
        .filter(path__startswith=course.path, depth=course.depth + 1)
        .order_by("path")
        .only(
            "id",
            "title",
            "slug",
            "url_path",
            "path",
            "depth",
            "translation_key",
            "locale_id",
            "estimated_minutes",
        )
    )


def course_progress(*, course: CoursePage, enrollment: Enrollment | None) -> CourseProgress:
    """Each module's state for a learner and where to continue. Queries: 2."""
    modules = course_modules(course)
    progress = {}
    if enrollment is not None:
        progress = {
            p.module_key: p
            for p in ModuleProgress.objects.filter(enrollment=enrollment).only(
                "module_key", "completed_at", "opened_at"
            )
        }
    states = []
    next_module = None
    previous_done = True
    for module in modules:
        row = progress.get(module.translation_key)
        state = ModuleState(
            module=module,
            is_opened=row is not None,
            is_completed=row is not None and row.completed_at is not None,
            is_locked=course.modules_in_order and not previous_done,
        )
        if next_module is None and not state.is_completed:
            next_module = module
        previous_done = previous_done and state.is_completed
        states.append(state)
    completed = sum(state.is_completed for state in states)
    return CourseProgress(course, enrollment, states, completed, next_module)


def first_incomplete_before(
    *, course: CoursePage, module: ModulePage, enrollment: Enrollment | None
):
    """For courses taken in order: the first module before this one not yet complete, if any."""
    if not course.modules_in_order:
        return None
    done = set()
    if enrollment is not None:
        done = set(
            ModuleProgress.objects.filter(
                enrollment=enrollment, completed_at__isnull=False
            ).values_list("module_key", flat=True)
        )
    for sibling in course_modules(course):
        if sibling.pk == module.pk:
            return None
        if sibling.translation_key not in done:
            return sibling
    return None


@dataclass
class LearningItem:
    enrollment: Enrollment
    course: CoursePage | None
    total: int = 0
    completed: int = 0

    @property
    def percent(self) -> int:
        if self.enrollment.completed_at:
            return 100
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def is_overdue(self) -> bool:
        return self.enrollment.is_overdue


@dataclass
class CurriculumItem:
    curriculum: CurriculumPage
    courses: list[CoursePage] = field(default_factory=list)
    completed: int = 0
    enrollments: dict = field(default_factory=dict)

    @property
    def percent(self) -> int:
        return round(100 * self.completed / len(self.courses)) if self.courses else 0


@dataclass
class MyLearning:
    in_progress: list[LearningItem]
    completed: list[LearningItem]
    curricula: list[CurriculumItem]


def pages_in_language(model, keys, language: str):
    """Live pages of the given translation keys, one per key, in the language when translated.
    Queries: 1."""
    chosen = {}
    for page in model.objects.live().filter(translation_key__in=keys).select_related("locale"):
        if page.translation_key not in chosen or page.locale.language_code == language:
            chosen[page.translation_key] = page
    return chosen


def my_learning(*, learner: User, language: str) -> MyLearning:
    """The learner's courses with progress, due dates and curricula.
    Queries: 6, whatever the number of enrollments."""
    enrollments = list(Enrollment.objects.filter(learner=learner).order_by("course_key", "-cycle"))
    latest: dict = {}
    for enrollment in enrollments:
        latest.setdefault(enrollment.course_key, enrollment)
    courses = pages_in_language(CoursePage, list(latest), language)
    module_counts: dict[str, int] = {}
    if courses:
        condition = Q()
        for course in courses.values():
            condition |= Q(path__startswith=course.path, depth=course.depth + 1)
        for path in ModulePage.objects.live().filter(condition).values_list("path", flat=True):
            parent_path = path[: -ModulePage.steplen]
            module_counts[parent_path] = module_counts.get(parent_path, 0) + 1
    completed_counts: dict = {}
    for enrollment_id in ModuleProgress.objects.filter(
        enrollment__in=list(latest.values()), completed_at__isnull=False
    ).values_list("enrollment_id", flat=True):
        completed_counts[enrollment_id] = completed_counts.get(enrollment_id, 0) + 1
    items = []
    for key, enrollment in latest.items():
        course = courses.get(key)
        items.append(
            LearningItem(
                enrollment=enrollment,
                course=course,
                total=module_counts.get(course.path, 0) if course else 0,
                completed=completed_counts.get(enrollment.pk, 0),
            )
        )
    in_progress = sorted(
        (i for i in items if i.enrollment.completed_at is None and i.course is not None),
        key=lambda i: (i.enrollment.due_at or FAR_FUTURE, i.course.title),
    )
    completed = sorted(
        (i for i in items if i.enrollment.completed_at is not None and i.course is not None),
        key=lambda i: i.enrollment.completed_at,
        reverse=True,
    )
    return MyLearning(
        in_progress, completed, my_curricula(learner=learner, language=language, latest=latest)
    )


def my_curricula(*, learner: User, language: str, latest: dict) -> list[CurriculumItem]:
    """Curricula for the learner's position (or in which they have a course). Queries: 2."""
    position = (
        learner.memberships.current().values_list("position", flat=True).first()
        if learner.is_authenticated
        else None
    )
    links = list(
        CurriculumCourse.objects.filter(curriculum__live=True)
        .select_related("curriculum__locale", "course")
        .order_by("curriculum_id", "sort_order")
    )
    by_key: dict = {}
    for link in links:
        curriculum = link.curriculum
        entry = by_key.get(curriculum.translation_key)
        if entry is None or (
            entry.curriculum.pk != curriculum.pk and curriculum.locale.language_code == language
        ):
            entry = by_key[curriculum.translation_key] = CurriculumItem(curriculum=curriculum)
        if entry.curriculum.pk == curriculum.pk:
            entry.courses.append(link.course)
    result = []
    for item in by_key.values():
        relevant = position in (item.curriculum.target_positions or []) or any(
            c.translation_key in latest for c in item.courses
        )
        if not relevant:
            continue
        item.completed = sum(
            1
            for c in item.courses
            if c.translation_key in latest and latest[c.translation_key].completed_at
        )
        result.append(item)
    return result


def unread_notifications(*, user: User) -> int:
    """Queries: 1."""
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def catalogue(*, index: CourseIndexPage, query: str = "", position: str = "", language: str = ""):
    """Live courses of the catalogue's language, searched in title, summary and outcomes, and
    filtered by target position and by the languages they exist in. Queries: 2."""
    courses = (
        CoursePage.objects.live().child_of(index).select_related("cover_image").order_by("title")
    )
    if query:
        words = query.split()
        for word in words[:8]:
            courses = courses.filter(
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(learning_outcomes__icontains=word)
            )
    courses = list(courses)
    if position:
        courses = [c for c in courses if position in (c.target_positions or [])]
    if language:
        available = set(
            CoursePage.objects.live()
            .filter(
                translation_key__in=[c.translation_key for c in courses],
                locale__language_code=language,
            )
            .values_list("translation_key", flat=True)
        )
        courses = [c for c in courses if c.translation_key in available]
    return courses


@dataclass
class BodyItem:
    block: object
    note: str = ""
    is_unmet: bool = False


@dataclass
class ModuleView:
    items: list[BodyItem]
    unmet: list
    is_completed: bool
    position: int
    total: int
    previous: ModulePage | None
    next: ModulePage | None


def module_state(*, module: ModulePage, course: CoursePage, progress: ModuleProgress) -> ModuleView:
    """What the module page shows: the body with the learner's notes, what is still required,
    and where the module sits in the course. Queries: 3."""
    from .completion import unmet_requirements
    from .models import Reflection

    notes = dict(Reflection.objects.filter(progress=progress).values_list("block_key", "text"))
    unmet = unmet_requirements(module=module, progress=progress)
    unmet_keys = {requirement.key for requirement in unmet}
    items = [
        BodyItem(block=child, note=notes.get(child.id, ""), is_unmet=child.id in unmet_keys)
        for child in module.body
    ]
    siblings = course_modules(course)
    index = next((i for i, m in enumerate(siblings) if m.pk == module.pk), 0)
    return ModuleView(
        items=items,
        unmet=unmet,
        is_completed=progress.completed_at is not None,
        position=index + 1,
        total=len(siblings),
        previous=siblings[index - 1] if index > 0 else None,
        next=siblings[index + 1] if index + 1 < len(siblings) else None,
    )


def next_module_after(*, course: CoursePage, module: ModulePage) -> ModulePage | None:
    """Queries: 1."""
    siblings = course_modules(course)
    for index, sibling in enumerate(siblings):
        if sibling.pk == module.pk:
            return siblings[index + 1] if index + 1 < len(siblings) else None
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


def curriculum_progress(*, curriculum: CurriculumPage, learner: User) -> CurriculumItem:
    """The curriculum's courses, each with the learner's enrollment. Queries: 2."""
    courses = [
        link.course
        for link in curriculum.curriculum_courses.select_related("course").order_by("sort_order")
    ]
    latest = {}
    for enrollment in Enrollment.objects.filter(
        learner=learner, course_key__in=[c.translation_key for c in courses]
    ).order_by("-cycle"):
        latest.setdefault(enrollment.course_key, enrollment)
    completed = sum(
        1 for c in courses if c.translation_key in latest and latest[c.translation_key].completed_at
    )
    return CurriculumItem(
        curriculum=curriculum, courses=courses, completed=completed, enrollments=latest
    )
