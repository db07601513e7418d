"""Reads for a trainer's course report in the Wagtail admin: how many learners enrolled in and
completed each course, and per module who opened it, who completed it, where learners stopped and
how long it took.

Trainers see figures only, never names, and every count goes through the small-group rule
(institutions.aggregates). Whose figures a person may count is scoping's answer
(`figure_people`): a trainer of a ministry counts the staff currently posted in that ministry;
platform-wide trainers and platform admins count everyone.

Each learner counts once per course, whatever the number of cycles (renewals): a module counts as
opened, or completed, when it was in any cycle."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from courses.catalog.language import in_reader_language
from courses.catalog.models import CoursePage, ModulePage
from courses.catalog.selectors import course_modules
from courses.enrollment.models import Enrollment
from institutions.aggregates import Figure, protect_counts
from institutions.models import User
from institutions.scoping import figure_people, reveals_all_figures

# How each column of the module table is worked out; the report page shows these words.
DEFINITIONS = {
    "opened": _("Learners who opened the module at least once."),
    "completed": _("Learners who completed the module."),
    "drop_off": _(
        "Of the learners who opened the previous module (for the first module: of the learners "
        "enrolled in the course), the share who have not completed this one, learners still "
        "working on it included."
    ),
    "median": _(
        "The middle value of the time spent in the module by the learners who completed it, in "
        "minutes (time is counted at most once a minute while the module is open)."
    ),
    "small_groups": _(
        "A group of 1 to 4 learners is shown as “<5”, and a rate or a time is hidden when its "
        "group is, or when it would give a hidden figure away."
    ),
}


def _enrollments_in_scope(user: User):
    """Enrollments of the learners whose figures the person may count (see scoping)."""
    return Enrollment.objects.filter(learner__in=figure_people(user))


@dataclass(frozen=True)
class CourseLine:
    course: CoursePage
    learners: Figure
    completed: Figure


def course_report_index(*, user: User, language: str) -> list[CourseLine]:
    """Every live course, in the language when translated, with how many learners in the person's
    scope enrolled and completed it. Queries: 2, plus 1 to read the person's roles unless already
    read, whatever the number of courses and learners."""
    courses = in_reader_language(CoursePage.objects.all(), language=language)
    counts = {
        row["course_key"]: row
        for row in _enrollments_in_scope(user)
        .values("course_key")
        .annotate(
            learners=Count("learner", distinct=True),
            completed=Count("learner", distinct=True, filter=Q(completed_at__isnull=False)),
        )
    }
    reveal = reveals_all_figures(user)
    empty = {"learners": 0, "completed": 0}
    learners = protect_counts(
        {key: counts.get(key, empty)["learners"] for key in courses}, reveal=reveal
    )
    completed = protect_counts(
        {key: counts.get(key, empty)["completed"] for key in courses}, reveal=reveal
    )
    lines = [
        CourseLine(course, learners.cells[key], completed.cells[key])
        for key, course in courses.items()
    ]
    return sorted(lines, key=lambda line: line.course.title.casefold())


@dataclass(frozen=True)
class ModuleLine:
    module: ModulePage
    opened: Figure
    completed: Figure
    # people: those who reached the module (opened the previous one); reached: those who dropped.
    drop_off: Figure
    median_minutes: float | None

    @property
    def drop_off_percent(self) -> int | None:
        return self.drop_off.rate_percent


@dataclass(frozen=True)
class CourseReport:
    course: CoursePage
    learners: Figure
    modules: list[ModuleLine]


def course_report(*, user: User, course: CoursePage) -> CourseReport:
    """Per module of the course: learners who opened it, who completed it, the drop-off and the
    median time spent by those who completed it (see DEFINITIONS). Counts learners in the
    person's scope only.

    Queries: 2 (the modules; one row per enrollment and module progress, medians worked out in
    Python so that it runs on SQLite as on PostgreSQL), plus 1 to read the person's roles unless
    already read, whatever the number of modules and learners."""
    modules = course_modules(course)
    rows = (
        _enrollments_in_scope(user)
        .filter(course_key=course.translation_key)
        .values_list(
            "learner_id",
            "cycle",
            "progress__module_key",
            "progress__completed_at",
            "progress__seconds_spent",
        )
    )
    enrolled: set[int] = set()
    opened: dict = {}  # module key -> learner ids
    completed: dict = {}  # module key -> {learner id: (cycle, seconds)} of the latest completion
    for learner_id, cycle, module_key, completed_at, seconds in rows:
        enrolled.add(learner_id)
        if module_key is None:  # an enrollment without progress (left join)
            continue
        opened.setdefault(module_key, set()).add(learner_id)
        if completed_at is not None:
            done = completed.setdefault(module_key, {})
            if learner_id not in done or done[learner_id][0] < cycle:
                done[learner_id] = (cycle, seconds)

    reveal = reveals_all_figures(user)
    keys = [module.translation_key for module in modules]
    reached: dict = {}
    dropped: dict = {}
    previous = enrolled
    for key in keys:
        finished = completed.get(key, {})
        reached[key] = len(previous)
        dropped[key] = len(previous - set(finished))
        previous = opened.get(key, set())

    opened_table = protect_counts({key: len(opened.get(key, ())) for key in keys}, reveal=reveal)
    completed_table = protect_counts(
        {key: len(completed.get(key, {})) for key in keys}, reveal=reveal
    )
    drop_off_table = protect_counts(reached, reached=dropped, reveal=reveal)
    learners = protect_counts({"all": len(enrolled)}, reveal=reveal).cells["all"]

    lines = []
    for module in modules:
        key = module.translation_key
        completed_figure = completed_table.cells[key]
        drop_off = drop_off_table.cells[key]
        median = None
        if not completed_figure.is_hidden and completed_figure.people:
            seconds = [spent for _cycle, spent in completed[key].values()]
            median = round(statistics.median(seconds) / 60, 1)
        if completed_figure.is_hidden and not drop_off.is_hidden:
            # The rate times its group would give the hidden number of completions away.
            drop_off = Figure(drop_off.people)
        lines.append(
            ModuleLine(module, opened_table.cells[key], completed_figure, drop_off, median)
        )
    return CourseReport(course, learners, lines)
