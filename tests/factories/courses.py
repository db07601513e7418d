"""Courses for tests: page factories (wagtail-factories) and the one course builder.

`make_catalogues()` builds the French site root with its English translation, each with a course
catalogue (/fr/courses/ and /en/courses/). `build_course(catalogues, ...)` builds a live course in
French and, unless told otherwise, English, whose modules share translation keys and block ids
across languages, as wagtail-localize's translations do. The `catalogues`, `build_course` and
`course` fixtures (tests/conftest.py) call them."""

from __future__ import annotations

import html
import json
import re
import uuid

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from courses.models import CourseIndexPage, CoursePage, ModulePage

BLOCK_NAMESPACE = uuid.UUID("0b6c3a0e-3f43-4a55-b2a1-6f0e3c9d1e77")
PROMPTS = {
    "fr": "Qu'avez-vous observé dans votre établissement ?",
    "en": "What have you seen in your institution?",
}
TEXTS = {
    "fr": "<p>Le lien de confiance se construit jour après jour.</p>",
    "en": "<p>Trust is built day after day.</p>",
}


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Formations"
    slug = "courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Formation {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "Construire une relation professionnelle avec les personnes détenues."
    learning_outcomes = "<ul><li>Reconnaître les signes de défiance.</li></ul>"
    target_positions = factory.LazyFunction(lambda: ["prison_officer"])


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    body = factory.LazyFunction(lambda: body(("text", TEXTS["fr"])))


def body(*blocks: tuple[str, object], ids: tuple[str, ...] = ()) -> str:
    """A module body's JSON from (block type, value) pairs; ids are random unless given."""
    return json.dumps(
        [
            {"type": kind, "value": value, "id": ids[i] if i < len(ids) else str(uuid.uuid4())}
            for i, (kind, value) in enumerate(blocks)
        ]
    )


def publish(page: Page) -> Page:
    """Publish the page through a revision, as the admin does."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def reflection_id(course_slug: str, position: int) -> str:
    """The id of module `position`'s reflection block: the same in both languages."""
    return str(uuid.uuid5(BLOCK_NAMESPACE, f"{course_slug}/{position}/reflection"))


def _module_body(course_slug: str, position: int, language: str, *, required: bool) -> str:
    return body(
        ("text", TEXTS[language]),
        ("reflection", {"prompt": PROMPTS[language], "required": required}),
        ids=(
            str(uuid.uuid5(BLOCK_NAMESPACE, f"{course_slug}/{position}/text")),
            reflection_id(course_slug, position),
        ),
    )


def _translate(page: Page, parent: Page, **fields) -> Page:
    """The translation of `page` into `parent`'s language, live, under `parent`."""
    translation = type(page)(
        **fields,
        slug=page.slug,
        locale=parent.locale,
        translation_key=page.translation_key,
    )
    parent.add_child(instance=translation)
    return translation


def make_catalogues() -> dict[str, CourseIndexPage]:
    """The French site root with its English translation, each with a course catalogue at
    /fr/courses/ and /en/courses/."""
    french = Locale.objects.get_or_create(language_code="fr")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    if home.locale_id != french.pk:
        home.locale = french
        home.save()
    home_en = Page(
        title="Passerelle", slug="home-en", locale=english, translation_key=home.translation_key
    )
    home.get_parent().add_child(instance=home_en)
    index = CourseIndexPageFactory(parent=home, locale=french)
    index_en = _translate(index, home_en, title="Courses")
    return {"fr": index, "en": index_en}


def build_course(
    catalogues: dict[str, CourseIndexPage],
    slug: str = "trust",
    *,
    modules: int = 3,
    title: str = "La confiance en détention",
    title_en: str = "Trust in detention",
    summary: str = "Construire une relation professionnelle avec les personnes détenues.",
    summary_en: str = "Building a professional relationship with people in detention.",
    outcomes: str = "<ul><li>Reconnaître les signes de défiance.</li></ul>",
    outcomes_en: str = "<ul><li>Recognise the signs of distrust.</li></ul>",
    target_positions: tuple[str, ...] = ("prison_officer",),
    is_open: bool = True,
    in_order: bool = False,
    prerequisites: tuple[CoursePage, ...] = (),
    required: tuple[int, ...] = (),
    english: bool = True,
    validity_months: int | None = None,
    revisions: bool = False,
) -> CoursePage:
    """A live course in French and (unless english=False) English, with `modules` modules each
    holding a text and a reflection prompt, required in the modules whose positions (from 0)
    are in `required`. With `revisions`, the French pages are published through revisions, as
    authors' pages are (the admin's history, the review workflow). Returns the French course."""
    common = {
        "target_positions": list(target_positions),
        "is_open_for_self_enrollment": is_open,
        "modules_in_order": in_order,
        "certificate_validity_months": validity_months,
    }
    course = CoursePageFactory(
        parent=catalogues["fr"],
        title=title,
        slug=slug,
        summary=summary,
        learning_outcomes=outcomes,
        **common,
    )
    if revisions:
        publish(course)
    course_en = None
    if english:
        course_en = _translate(
            course,
            catalogues["en"],
            title=title_en,
            summary=summary_en,
            learning_outcomes=outcomes_en,
            **common,
        )
    if prerequisites:
        course.prerequisites.set(prerequisites)
        course.save()
        if course_en is not None:
            course_en.prerequisites.set(
                [p.get_translation(course_en.locale) for p in prerequisites]
            )
            course_en.save()
    for position in range(modules):
        module = add_module(course, position, required=position in required)
        if revisions:
            publish(module)
    return course


def add_module(course: CoursePage, position: int, *, required: bool = False) -> ModulePage:
    """Module `position` (from 0) of the course, in French and, if the course has an English
    translation, in English ("Unit n"). Returns the French module."""
    module = ModulePageFactory(
        parent=course,
        title=f"Module {position + 1}",
        slug=f"module-{position + 1}",
        body=_module_body(course.slug, position, "fr", required=required),
    )
    course_en = course.get_translation_or_none(Locale.objects.get(language_code="en"))
    if course_en is not None:
        _translate(
            module,
            course_en,
            title=f"Unit {position + 1}",
            body=_module_body(course.slug, position, "en", required=required),
        )
    return module


def english(page: Page) -> Page:
    return page.get_translation(Locale.objects.get(language_code="en")).specific


def modules_of(course: CoursePage) -> list[ModulePage]:
    return list(ModulePage.objects.live().child_of(course).order_by("path"))


def text(response) -> str:
    """The response's HTML as a reader sees the words: entities decoded, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(response.content.decode()))
