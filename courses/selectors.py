"""Reads for the learner's screens: the course page, the module page, "My learning", the catalogue.
Each states its query budget; tests hold them at two data sizes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.core.cache import cache
from django.db.models import F, OuterRef, Q, Subquery, prefetch_related_objects
from wagtail.models import Page

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


MODULE_LIST_FIELDS = ("id", "title", "slug", "url_path", "path", "depth", "translation_key")


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


def course_modules(course: CoursePage, *, enrollment: Enrollment | None = None):
    """The live modules of a course, in order, with only what lists need, and the learner's
    progress in each when an enrollment is given. Queries: 1."""
    modules = (
        ModulePage.objects.live()
        .filter(path__startswith=course.path, depth=course.depth + 1)
        .order_by("path")
        .only(*MODULE_LIST_FIELDS, "locale_id", "estimated_minutes")
    )
    if enrollment is not None:
        modules = _with_progress(modules, enrollment.pk)
    return list(modules)


def course_progress(*, course: CoursePage, enrollment: Enrollment | None) -> CourseProgress:
    """Each module's state for a learner and where to continue. Queries: 1."""
    states, completed, next_module = _states(
        course_modules(course, enrollment=enrollment),
        enrollment_id=enrollment.pk if enrollment else None,
        in_order=course.modules_in_order,
    )
    return CourseProgress(
        course, enrollment, states, completed, next_module, enrollment.pk if enrollment else None
    )


def module_outline(*, module: ModulePage, learner: User) -> CourseProgress:
    """For the module page: the module's course and the course's live modules, with the learner's
    current enrollment (its id) and progress in each module.

    The course and its modules are one subtree of the page tree, read in one query as plain pages
    (enough for titles and links; `course.specific` gives the whole course when needed); the
    course's one rule read here, `modules_in_order`, comes with it. Queries: 1."""
    course_path = module.path[: -module.steplen]
    course_key = Page.objects.filter(path=course_path).values("translation_key")[:1]
    enrollment = (
        Enrollment.objects.filter(learner=learner, course_key=Subquery(course_key))
        .order_by("-cycle")
        .values("pk")[:1]
    )
    pages = list(
        _with_progress(
            Page.objects.filter(
                Q(path=course_path) | Q(path__startswith=course_path, depth=module.depth, live=True)
            ),
            Subquery(enrollment),
        )
        .annotate(
            enrollment_id=Subquery(enrollment),
            modules_in_order=F("coursepage__modules_in_order"),
        )
        .only(*MODULE_LIST_FIELDS, "locale_id", "live")
        .order_by("path")
    )
    course, modules = pages[0], pages[1:]
    states, completed, next_module = _states(
        modules, enrollment_id=course.enrollment_id, in_order=course.modules_in_order
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
    """The live modules of the module's course that the enrollment has not completed: a queryset
    (`.exists()` costs one query)."""
    course_path = module.path[: -module.steplen]
    completed = ModuleProgress.objects.filter(
        enrollment=enrollment, completed_at__isnull=False
    ).values("module_key")
    return (
        ModulePage.objects.live()
        .filter(path__startswith=course_path, depth=module.depth)
        .exclude(translation_key__in=completed)
    )


def course_of(module: ModulePage) -> CoursePage:
    """The module's course. Queries: 1."""
    return CoursePage.objects.get(path=module.path[: -module.steplen])


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


UNREAD_CACHE_SECONDS = 600


def unread_cache_key(user_id: int) -> str:
    return f"courses:unread-notifications:{user_id}"


def unread_notifications(*, user: User) -> int:
    """The unread count in every page's header. Cached, since every page shows it: notifying
    someone and reading the list forget it, and it expires after ten minutes in any case.
    Queries: 0 when cached, else 1."""
    key = unread_cache_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        cache.set(key, count, UNREAD_CACHE_SECONDS)
    return count


def forget_unread_notifications(user_id: int) -> None:
    cache.delete(unread_cache_key(user_id))


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


def module_state(
    *, module: ModulePage, outline: CourseProgress, progress: ModuleProgress
) -> ModuleView:
    """What the module page shows: the body with the learner's notes, what is still required,
    and where the module sits in the course (from the outline). Queries: 1 (the notes), none
    when the module has no reflection prompt."""
    from .completion import unmet_requirements

    notes = {}
    if any(child.block_type == "reflection" for child in module.body):
        # The completion rule reads the same prefetched notes.
        prefetch_related_objects([progress], "reflections")
        notes = {r.block_key: r.text for r in progress.reflections.all()}
    unmet = unmet_requirements(module=module, progress=progress)
    unmet_keys = {requirement.key for requirement in unmet}
    items = [
        BodyItem(block=child, note=notes.get(child.id, ""), is_unmet=child.id in unmet_keys)
        for child in module.body
    ]
    siblings = [state.module for state in outline.modules]
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
