"""Reads for the learner's screens: "My learning", a curriculum, and the module page's state (its
blocks with the learner's state in each, what is left to do, where it sits in the course). Each
states its query budget; tests hold them at two data sizes."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count

from content.blocks import completion_requirements
from courses.catalog.language import in_reader_language
from courses.catalog.models import CoursePage, CurriculumCourse, CurriculumPage, ModulePage
from courses.catalog.selectors import course_modules, modules_by_course
from courses.enrollment.completion import learner_states, unmet_requirements
from courses.enrollment.models import Enrollment, ModuleProgress
from courses.enrollment.selectors import FAR_FUTURE, CourseProgress, latest_enrollments
from institutions.models import Membership, User


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


def my_learning(*, learner: User, language: str) -> MyLearning:
    """The learner's courses with progress, due dates and curricula.
    Queries: 6, whatever the number of enrollments."""
    latest = latest_enrollments(learner=learner)
    courses = in_reader_language(CoursePage.objects.all(), language=language, keys=list(latest))
    module_counts = {
        path: len(modules) for path, modules in modules_by_course(courses.values()).items()
    }
    completed_counts = dict(
        ModuleProgress.objects.filter(
            enrollment__in=list(latest.values()), completed_at__isnull=False
        )
        .values("enrollment_id")
        .annotate(n=Count("id"))
        .values_list("enrollment_id", "n")
    )
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
        Membership.objects.current().filter(user=learner).values_list("position", flat=True).first()
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


def curriculum_progress(*, curriculum: CurriculumPage, learner: User) -> CurriculumItem:
    """The curriculum's courses, each with the learner's enrollment. Queries: 2."""
    courses = [
        link.course
        for link in curriculum.curriculum_courses.select_related("course").order_by("sort_order")
    ]
    latest = latest_enrollments(learner=learner, course_keys=[c.translation_key for c in courses])
    completed = sum(
        1 for c in courses if c.translation_key in latest and latest[c.translation_key].completed_at
    )
    return CurriculumItem(
        curriculum=curriculum, courses=courses, completed=completed, enrollments=latest
    )


# --- the module page ---------------------------------------------------------------------------


@dataclass
class BodyItem:
    """One block of the module's body, with the learner's state for it (a note, a quiz's
    attempts, ...: whatever its kind keeps) and whether it still asks something of them."""

    block: object
    state: object = None
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


def _placed(module: ModulePage, siblings: list) -> dict:
    index = next((i for i, m in enumerate(siblings) if m.pk == module.pk), len(siblings))
    return {
        "position": index + 1,
        "total": max(len(siblings), index + 1),
        "previous": siblings[index - 1] if 0 < index <= len(siblings) else None,
        "next": siblings[index + 1] if index + 1 < len(siblings) else None,
    }


def module_state(
    *, module: ModulePage, outline: CourseProgress, progress: ModuleProgress | None
) -> ModuleView:
    """What the module page shows: each block with the learner's state in it, what is still
    required, and where the module sits in the course (from the outline). Queries: 1 per kind of
    block with learner state present in the module (the notes of its reflections, ...), none
    before the learner opened it."""
    states = learner_states(module=module, progress=progress)
    unmet = unmet_requirements(module=module, progress=progress, states=states)
    unmet_keys = {requirement.key for requirement in unmet}
    return ModuleView(
        items=[
            BodyItem(block=child, state=states.get(child.id), is_unmet=child.id in unmet_keys)
            for child in module.body
        ],
        unmet=unmet,
        is_completed=progress is not None and progress.completed_at is not None,
        **_placed(module, [state.module for state in outline.modules]),
    )


def preview_module_state(*, module: ModulePage, course: CoursePage) -> ModuleView:
    """The module page as a newcomer sees it, for an author's preview (the module may not be
    live yet). Queries: 1."""
    requirements = completion_requirements(module.body)
    keys = {requirement.key for requirement in requirements}
    return ModuleView(
        items=[BodyItem(block=child, is_unmet=child.id in keys) for child in module.body],
        unmet=requirements,
        is_completed=False,
        **_placed(module, course_modules(course)),
    )
