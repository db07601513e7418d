"""Reads of the page tree: a course's modules, the modules of several courses, the catalogue.
Each states its query budget; tests hold them at two data sizes."""

from __future__ import annotations

from django.db.models import Q

from .models import CourseIndexPage, CoursePage, ModulePage

# What module lists need (titles and links), and nothing of the body.
MODULE_LIST_FIELDS = ("id", "title", "slug", "url_path", "path", "depth", "translation_key")


def course_path_of(module) -> str:
    """The tree path of a module's course (its parent), read from the module's own path."""
    return module.path[: -module.steplen]


def course_modules_queryset(course: CoursePage):
    """The live modules of a course, in order, with only what lists need (not yet run)."""
    return (
        ModulePage.objects.live()
        .filter(path__startswith=course.path, depth=course.depth + 1)
        .order_by("path")
        .only(*MODULE_LIST_FIELDS, "locale_id", "estimated_minutes")
    )


def course_modules(course: CoursePage) -> list[ModulePage]:
    """The live modules of a course, in order, with only what lists need. Queries: 1."""
    return list(course_modules_queryset(course))


def modules_by_course(courses, *, fields=("path", "translation_key")) -> dict[str, list]:
    """Live modules of the given course pages, in order, by the course's tree path. Queries: 1
    (none without courses)."""
    courses = list(courses)
    if not courses:
        return {}
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth=course.depth + 1)
    by_course: dict[str, list] = {}
    for module in ModulePage.objects.live().filter(condition).order_by("path").only(*fields):
        by_course.setdefault(course_path_of(module), []).append(module)
    return by_course


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
