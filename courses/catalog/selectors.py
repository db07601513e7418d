"""Reads of the page tree: a course's modules, the modules of several courses, the catalogue.
Each states its query budget; tests hold them at two data sizes."""

from __future__ import annotations

import copy

from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from .language import default_language, in_language_label
from .models import CourseIndexPage, CoursePage, ModulePage

# What module lists need (titles and links), and nothing of the body.
MODULE_LIST_FIELDS = ("id", "title", "slug", "url_path", "path", "depth", "translation_key")


def course_path_of(module) -> str:
    """The tree path of a module's course (its parent), read from the module's own path."""
    return module.path[: -module.steplen]


def course_key_of_parent():
    """The translation key of a page's parent (a module's course), for annotating a module
    queryset: `course_key=course_key_of_parent()`."""
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    return Subquery(Page.objects.filter(path=parent_path).values("translation_key")[:1])


def translated_modules(pages, *, course_keys, depth: int):
    """The live pages at `depth` under any translation of the courses with these keys: every
    language's modules of those courses, each with its course's key (`course_key`) and its
    language (`language_code`). `pages` is `ModulePage.objects` or `Page.objects`; `course_keys`
    a list or a subquery. Not yet run; costs one query."""
    return (
        pages.filter(live=True, depth=depth)
        .annotate(course_key=course_key_of_parent(), language_code=F("locale__language_code"))
        .filter(
            course_key__in=course_keys if isinstance(course_keys, QuerySet) else list(course_keys)
        )
        .order_by("path")
    )


def one_list(modules, *, locale_id: int) -> list:
    """One list of a course's modules whatever the language, from the modules of all its
    translations (see `translated_modules`): each module once (by translation key), in the
    course's language (`locale_id`) when translated, else in the platform's default language,
    else in its first translation, marked `is_in_other_language`. In the order of the course's own
    tree; a module missing from it comes after the module that precedes it in the next tree. So a
    course counts the same modules in every language. Queries: 0."""
    default = default_language()

    def rank(module) -> tuple:
        return (
            0 if module.locale_id == locale_id else 1 if module.language_code == default else 2,
            module.path,
        )

    chosen: dict = {}
    trees: dict[int, list] = {}
    tree_ranks: dict[int, tuple] = {}
    for module in modules:
        trees.setdefault(module.locale_id, []).append(module.translation_key)
        tree_ranks.setdefault(module.locale_id, rank(module))
        current = chosen.get(module.translation_key)
        if current is None or rank(module) < rank(current):
            chosen[module.translation_key] = module
    order: list = []
    placed: set = set()
    for tree_locale in sorted(trees, key=lambda tree: tree_ranks[tree]):
        keys = trees[tree_locale]
        for index, key in enumerate(keys):
            if key in placed:
                continue
            before = next((k for k in reversed(keys[:index]) if k in placed), None)
            order.insert(order.index(before) + 1 if before is not None else 0, key)
            placed.add(key)
    result = []
    for key in order:
        # A copy: the same page may sit in the lists of two translations of one course.
        module = copy.copy(chosen[key])
        module.is_in_other_language = module.locale_id != locale_id
        module.language_label = in_language_label(module.language_code)
        result.append(module)
    return result


def course_modules_queryset(course: CoursePage):
    """The live modules of every translation of a course, with only what lists need (not yet
    run; `one_list` makes the course's one list of them)."""
    return translated_modules(
        ModulePage.objects, course_keys=[course.translation_key], depth=course.depth + 1
    ).only(*MODULE_LIST_FIELDS, "locale_id", "estimated_minutes")


def course_modules(course: CoursePage) -> list[ModulePage]:
    """The course's one list of live modules, in order, whatever the language (see
    `one_list`). Queries: 1."""
    return one_list(course_modules_queryset(course), locale_id=course.locale_id)


def modules_by_course(courses, *, fields=("path", "translation_key")) -> dict[str, list]:
    """Each course's one list of live modules (see `one_list`), by the course's tree path.
    Queries: 1 (none without courses)."""
    courses = list(courses)
    if not courses:
        return {}
    by_key: dict = {}
    for course in courses:
        by_key.setdefault(course.translation_key, []).append(course)
    found: dict = {}
    for depth in {course.depth for course in courses}:
        for module in translated_modules(
            ModulePage.objects, course_keys=by_key, depth=depth + 1
        ).only(*fields, "path", "translation_key", "locale_id"):
            found.setdefault(module.course_key, []).append(module)
    return {
        course.path: one_list(found.get(course.translation_key, []), locale_id=course.locale_id)
        for course in courses
    }


def course_of(module: ModulePage) -> CoursePage:
    """The module's course. Queries: 1."""
    return CoursePage.objects.get(path=course_path_of(module))


def next_module_after(*, course: CoursePage, module: ModulePage) -> ModulePage | None:
    """Queries: 1."""
    siblings = course_modules(course)
    for index, sibling in enumerate(siblings):
        if sibling.pk == module.pk:
            return siblings[index + 1] if index + 1 < len(siblings) else None
    return None


def catalogue(*, index: CourseIndexPage, query: str = "", position: str = "", language: str = ""):
    """Live courses of the catalogue, searched in title, summary and outcomes (in the catalogue's
    language) and filtered by target position. With `language`, the courses that exist in that
    language, as their pages in it: "available in English" on /fr/courses/ lists the English
    pages. Queries: 1; 3 with a language (the catalogue's own, then the translations)."""
    courses = CoursePage.objects.live().child_of(index).order_by("title")
    if query:
        words = query.split()
        for word in words[:8]:
            courses = courses.filter(
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(learning_outcomes__icontains=word)
            )
    courses = list(courses.select_related("cover_image", "locale"))
    if position:
        courses = [c for c in courses if position in (c.target_positions or [])]
    if language and language != index.locale.language_code:
        translations = {
            page.translation_key: page
            for page in CoursePage.objects.live()
            .filter(
                translation_key__in=[c.translation_key for c in courses],
                locale__language_code=language,
            )
            .select_related("cover_image", "locale")
        }
        courses = sorted(
            (translations[c.translation_key] for c in courses if c.translation_key in translations),
            key=lambda page: page.title,
        )
    return courses
