"""Query budgets of the learner's pages (issue "Courses", Performance), each at two data sizes to
prove the count does not grow, and the weight of a module page. Timings are in bench/."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.compliance import services as compliance_services
from courses.demo.build import _stream
from courses.demo.content import COURSES
from courses.enrollment import services as enrollment_services
from courses.learning import services as learning_services
from courses.models import (
    CurriculumCourse,
    CurriculumPage,
    Enrollment,
    ModulePage,
    TrainingRequirement,
)
from institutions.models import Institution
from tests.conftest import signed_in
from tests.factories.courses import english, modules_of, reflection_id

pytestmark = pytest.mark.django_db

PAGE_BUDGET = 12
COMPLETION_BUDGET = 15


def queries(browser, url: str) -> int:
    """The number of queries a page costs, once the site's caches are warm."""
    browser.get(url)  # warm-up: Wagtail's site root paths, the session's activity stamp
    with CaptureQueriesContext(connection) as captured:
        response = browser.get(url)
    assert response.status_code == 200, response
    return len(captured)


@pytest.fixture
def half_done(build_course, learner):
    """half_done(n): a course of n modules (each with a required reflection) in which the
    learner completed the first half, writing their notes."""

    def make(n: int):
        course = build_course(f"course-{n}", modules=n, required=tuple(range(n)))
        enrollment = enrollment_services.enroll_learner(learner=learner, course=course)
        modules = modules_of(course)
        for position, module in enumerate(modules):
            enrollment_services.save_reflection(
                enrollment=enrollment,
                module=module,
                block_key=reflection_id(course.slug, position),
                text="Une note.",
            )
            if position < n // 2:
                learning_services.complete_module(enrollment=enrollment, module=module)
        return course, modules

    return make


# Pages hold the budget in both languages (an English page costs Wagtail one lookup more, for the
# translated site root, than a French one).
LANGUAGES = pytest.mark.parametrize(
    ("language", "budget"), [("fr", PAGE_BUDGET), ("en", PAGE_BUDGET)], ids=["fr", "en"]
)


def in_language(page, language: str):
    return english(page) if language == "en" else page


@LANGUAGES
def test_the_course_page_costs_at_most_12_queries_whatever_the_number_of_modules(
    half_done, learner, django_assert_max_num_queries, language, budget
):
    browser = signed_in(learner, language=language)
    counts = {}
    for n, percent in ((1, 0), (50, 50)):
        course, _modules = half_done(n)
        url = in_language(course, language).url
        browser.get(url)
        with django_assert_max_num_queries(budget) as captured:
            response = browser.get(url)
        assert response.status_code == 200
        assert f'<progress max="100" value="{percent}"' in response.content.decode()
        counts[n] = len(captured)

    assert counts[1] == counts[50], counts


@LANGUAGES
def test_the_module_page_costs_at_most_12_queries_whatever_the_number_of_modules(
    half_done, learner, django_assert_max_num_queries, language, budget
):
    browser = signed_in(learner, language=language)
    counts = {}
    for n in (1, 50):
        _course, modules = half_done(n)
        url = in_language(modules[-1], language).url  # opened, with a note, not complete
        browser.get(url)
        with django_assert_max_num_queries(budget) as captured:
            response = browser.get(url)
        assert response.status_code == 200
        assert "Une note." in response.content.decode()
        assert f"/{language}/courses/course-{n}/module-{n}/" in url
        counts[n] = len(captured)

    assert counts[1] == counts[50], counts


def test_completing_the_last_module_of_a_50_module_course_costs_at_most_15_queries(
    half_done, learner, mali, django_assert_max_num_queries
):
    course, modules = half_done(50)
    enrollment = Enrollment.objects.get(learner=learner)
    for module in modules[25:-1]:
        learning_services.complete_module(enrollment=enrollment, module=module)
    requirement = TrainingRequirement.objects.create(
        ministry=mali,
        position="prison_officer",
        institution_kind=Institution.Kind.PRISON,
        course=course,
    )
    compliance_services.sync_requirement(
        requirement=requirement
    )  # the completion updates this record
    browser = signed_in(learner)
    browser.get("/")

    with django_assert_max_num_queries(COMPLETION_BUDGET):
        response = browser.post(reverse("complete_module", args=[modules[-1].pk]))

    assert response.status_code == 302 and response.url == course.url
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    assert requirement.records.get().completed_at == enrollment.completed_at


def test_my_learning_costs_the_same_number_of_queries_for_2_and_40_enrollments(
    build_course, learner, other_learner, catalogues
):
    courses = [build_course(f"c{i}", modules=2, english=False) for i in range(40)]
    curriculum = CurriculumPage(
        title="Tronc commun",
        slug="core",
        summary="Pour les agents.",
        target_positions=["prison_officer"],
    )
    curriculum.curriculum_courses = [
        CurriculumCourse(course=course, sort_order=i) for i, course in enumerate(courses[:3])
    ]
    catalogues["fr"].add_child(instance=curriculum)

    def enroll(person, chosen):
        for i, course in enumerate(chosen):
            enrollment = enrollment_services.enroll_learner(learner=person, course=course)
            if i % 2:
                learning_services.complete_module(
                    enrollment=enrollment, module=modules_of(course)[0]
                )
            if i % 4 == 3:
                learning_services.complete_module(
                    enrollment=enrollment, module=modules_of(course)[1]
                )

    enroll(learner, courses[:2])
    enroll(other_learner, courses)
    few, many = signed_in(learner), signed_in(other_learner)

    counts = {2: queries(few, "/"), 40: queries(many, "/")}

    assert counts[2] == counts[40], counts
    assert len(re.findall(r'<progress max="100"', many.get("/").content.decode())) >= 30


# --- page weight -----------------------------------------------------------------------------


@pytest.fixture
def longest_demo_module(build_course):
    """The longest module body the demo has (text only, no media), as a live module page."""
    course = build_course(modules=0, english=False)
    spec, module_spec = max(
        ((spec, module) for spec in COURSES for module in spec["modules"]),
        key=lambda pair: len(json.dumps(pair[1]["fr"]["body"])),
    )
    module = ModulePage(
        title=module_spec["fr"]["title"],
        slug=module_spec["slug"],
        body=_stream(spec["key"], module_spec["slug"], module_spec["fr"]["body"]),
    )
    course.add_child(instance=module)
    return module


def test_a_module_page_without_media_weighs_under_150_kb_and_20_kb_with_static_files_cached(
    longest_demo_module, learner
):
    course = longest_demo_module.get_parent().specific
    enrollment_services.enroll_learner(learner=learner, course=course)
    browser = signed_in(learner, language="fr")
    response = browser.get(longest_demo_module.url)
    assert response.status_code == 200
    assert "Marquer ce module comme terminé" in response.content.decode()  # the module itself
    html = response.content

    assets = re.findall(rb'<(?:link|script)[^>]+(?:href|src)="(/static/[^"]+)"', html)
    assert assets, "no stylesheet or script found"
    sizes = {}
    for url in {a.decode() for a in assets}:
        asset = browser.get(url)
        assert asset.status_code == 200, url
        sizes[url] = len(b"".join(asset.streaming_content))

    first_visit = len(html) + sum(sizes.values())
    assert first_visit <= 150 * 1024, (len(html), sizes)
    assert len(html) <= 20 * 1024, len(html)


# --- a module holding every kind of block ----------------------------------------------------


def every_kind_of_block(copies: int, *, image, video, document) -> list[tuple[str, object]]:
    """`copies` of each block of a module body (reflections required)."""
    blocks = []
    for n in range(copies):
        blocks += [
            ("heading", f"Partie {n}"),
            ("text", f"<p>Texte {n}.</p>"),
            ("image", {"image": image.pk, "alt_text": "La cour", "caption": ""}),
            ("video", {"video": video.pk, "poster": image.pk, "transcript": "<p>Dit.</p>"}),
            ("document", {"document": document.pk, "description": "À imprimer."}),
            ("key_point", "<p>À retenir.</p>"),
            ("warning", "<p>Attention.</p>"),
            ("case_study", {"title": "Un cas", "scenario": "<p>Un cas.</p>", "questions": ["?"]}),
            ("reflection", {"prompt": f"Question {n} ?", "required": True}),
        ]
    return blocks


def test_a_module_holding_every_kind_of_block_costs_12_queries_plus_one_per_kind_that_reads(
    build_course, learner, settings, tmp_path, django_assert_max_num_queries
):
    from django.core.files.base import ContentFile

    from courses.enrollment.completion import block_kind
    from tests.factories.content import DocumentFactory, LibraryImageFactory
    from tests.factories.courses import body

    settings.MEDIA_ROOT = tmp_path
    image = LibraryImageFactory()
    video = DocumentFactory(file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="entretien.mp4"))
    document = DocumentFactory()
    browser = signed_in(learner, language="fr")
    counts = {}
    for copies in (1, 5):
        course = build_course(f"every-{copies}", modules=1, english=False)
        module = modules_of(course)[0]
        module.body = body(
            *every_kind_of_block(copies, image=image, video=video, document=document)
        )
        module.save_revision().publish()
        enrollment = enrollment_services.enroll_learner(learner=learner, course=course)
        enrollment_services.save_reflection(
            enrollment=enrollment,
            module=module,
            block_key=next(c.id for c in module.body if c.block_type == "reflection"),
            text="Ma note.",
        )
        present = {c.block_type for c in module.body}
        assert {c.block_type for c in module.body if block_kind(c.block_type)} == {"reflection"}
        # Kinds that read the database: the learner's state (notes), or the media they show
        # (images, videos, documents), each for all its blocks at once.
        reading = present & {"reflection", "image", "video", "document"}
        assert len(present) == 9 and len(reading) == 4
        browser.get(module.url)  # renditions made, caches warm
        with django_assert_max_num_queries(PAGE_BUDGET + len(reading)) as captured:
            response = browser.get(module.url)
        page = response.content.decode()
        assert response.status_code == 200
        assert "Ma note." in page
        assert "À retenir." in page
        assert "entretien.mp4" in page
        counts[copies] = len(captured)

    assert counts[1] == counts[5], counts
