"""The courses part of `seed_demo`: the catalogue in French and English, five courses, two
curricula, Mali's training requirements, and learners at varied stages, produced through the
services at past dates. Idempotent: what exists is left as it is."""

from __future__ import annotations

import json
import random
import uuid
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from courses.catalog.models import (
    CourseIndexPage,
    CoursePage,
    CurriculumCourse,
    CurriculumPage,
    ModulePage,
)
from courses.compliance.models import TrainingRequirement
from courses.compliance.services import sync_requirement
from courses.enrollment.models import Enrollment
from courses.enrollment.selectors import current_enrollment
from courses.enrollment.services import (
    assign_course,
    assign_course_to_position,
    enroll_learner,
    save_reflection,
)
from courses.learning.services import complete_module
from institutions.models import Institution, Membership, Ministry, User

from .content import COURSES, CURRICULA

BLOCK_NAMESPACE = uuid.UUID("6f1d8a52-5b8e-4f0e-9d7c-2b2f4c1e9a10")

INDEX_TITLES = {"fr": "Formations", "en": "Courses"}
INDEX_INTROS = {
    "fr": "<p>Les formations de Passerelle, à suivre à votre rythme, sur téléphone ou "
    "ordinateur.</p>",
    "en": "<p>Passerelle's courses, to take at your own pace on a phone or a computer.</p>",
}

# Mali's requirements: (position, course key, days to complete); effective 150 days ago.
REQUIREMENTS = [
    ("prison_officer", "psychology", 120),
    ("prison_officer", "trust", 240),
    ("psychologist", "risk", 180),
    ("social_worker", "release", 365),
]


def build(*, accounts: dict[str, User], stdout) -> None:
    # seed_demo runs every step in one transaction.
    first_run = not Enrollment.objects.exists()
    english = Locale.objects.get_or_create(language_code="en")[0]
    french = Locale.objects.get_or_create(language_code="fr")[0]
    indexes = _catalogues(french, english)
    courses = {spec["key"]: _course(spec, indexes, english) for spec in COURSES}
    for spec in COURSES:
        _prerequisites(courses[spec["key"]], spec, courses)
    for spec in CURRICULA:
        _curriculum(spec, indexes, courses, english)
    if first_run:
        _progress(courses, accounts)
    _requirements(courses)
    stdout.write(
        f"Courses: {CoursePage.objects.count()} pages "
        f"({len(COURSES)} courses in French and English), "
        f"{Enrollment.objects.count()} enrollments."
    )


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _catalogues(french: Locale, english: Locale) -> dict[str, CourseIndexPage]:
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if home.locale_id != french.pk:
        home.locale = french
        home.save()
    home_en = home.get_translation_or_none(english)
    if home_en is None:
        home_en = home.copy_for_translation(english)
        home_en.title = "Passerelle"
        _publish(home_en)
    index = CourseIndexPage.objects.filter(locale=french).first()
    if index is None:
        index = CourseIndexPage(
            title=INDEX_TITLES["fr"], slug="courses", intro=INDEX_INTROS["fr"], locale=french
        )
        home.add_child(instance=index)
        _publish(index)
    index_en = index.get_translation_or_none(english)
    if index_en is None:
        index_en = index.copy_for_translation(english)
        index_en.title = INDEX_TITLES["en"]
        index_en.intro = INDEX_INTROS["en"]
        _publish(index_en)
    return {"fr": index, "en": index_en.specific}


def _outcomes(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _course(spec: dict, indexes: dict, english: Locale) -> CoursePage:
    index = indexes["fr"]
    course = CoursePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    fields = {
        "target_positions": spec["target_positions"],
        "level": spec["level"],
        "is_open_for_self_enrollment": spec["open_for_self_enrollment"],
        "certificate_validity_months": spec["certificate_validity_months"],
        "modules_in_order": spec["modules_in_order"],
        "estimated_minutes": sum(m["estimated_minutes"] for m in spec["modules"]),
    }
    if course is None:
        course = CoursePage(
            slug=spec["slug"],
            title=spec["fr"]["title"],
            summary=spec["fr"]["summary"],
            learning_outcomes=_outcomes(spec["fr"]["learning_outcomes"]),
            **fields,
        )
        index.add_child(instance=course)
        _publish(course)
    if course.get_translation_or_none(english) is None:
        course_en = course.copy_for_translation(english)
        course_en.title = spec["en"]["title"]
        course_en.summary = spec["en"]["summary"]
        course_en.learning_outcomes = _outcomes(spec["en"]["learning_outcomes"])
        _publish(course_en)
    for module_spec in spec["modules"]:
        _module(course, spec["key"], module_spec, english)
    return course


def _stream(key: str, module_slug: str, blocks: list) -> str:
    data = []
    for position, (block_type, value) in enumerate(blocks):
        block_id = str(uuid.uuid5(BLOCK_NAMESPACE, f"{key}/{module_slug}/{position}"))
        data.append({"type": block_type, "value": value, "id": block_id})
    return json.dumps(data)


def _module(course: CoursePage, course_key: str, spec: dict, english: Locale) -> ModulePage:
    module = ModulePage.objects.child_of(course).filter(slug=spec["slug"]).first()
    if module is None:
        module = ModulePage(
            slug=spec["slug"],
            title=spec["fr"]["title"],
            estimated_minutes=spec["estimated_minutes"],
            body=_stream(course_key, spec["slug"], spec["fr"]["body"]),
        )
        course.add_child(instance=module)
        _publish(module)
    if module.get_translation_or_none(english) is None:
        module_en = module.copy_for_translation(english)
        module_en.title = spec["en"]["title"]
        # The same block ids in both languages: a learner's notes follow them across languages.
        module_en.body = _stream(course_key, spec["slug"], spec["en"]["body"])
        _publish(module_en)
    return module


def _prerequisites(course: CoursePage, spec: dict, courses: dict) -> None:
    wanted = [courses[key] for key in spec["prerequisites"]]
    if set(course.prerequisites.all()) != set(wanted):
        course.prerequisites.set(wanted)
        _publish(course)
        for translation in course.get_translations():
            translation = translation.specific
            translation.prerequisites.set([p.get_translation(translation.locale) for p in wanted])
            _publish(translation)


def _curriculum(spec: dict, indexes: dict, courses: dict, english: Locale) -> None:
    for language in ("fr", "en"):
        index = indexes[language]
        if CurriculumPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            continue
        curriculum = CurriculumPage(
            slug=spec["slug"],
            title=spec[language]["title"],
            summary=spec[language]["summary"],
            target_positions=spec["target_positions"],
            locale=index.locale,
        )
        if language == "en":
            source = CurriculumPage.objects.child_of(indexes["fr"]).get(slug=spec["slug"])
            curriculum.translation_key = source.translation_key
        curriculum.curriculum_courses = [
            CurriculumCourse(
                course=courses[key].get_translation(index.locale).specific, sort_order=i
            )
            for i, key in enumerate(spec["courses"])
        ]
        index.add_child(instance=curriculum)
        _publish(curriculum)


def _requirements(courses: dict) -> None:
    mali = Ministry.objects.get(country_code="ML")
    effective = timezone.localdate() - timedelta(days=150)
    for position, key, days in REQUIREMENTS:
        requirement, created = TrainingRequirement.objects.get_or_create(
            ministry=mali,
            position=position,
            institution_kind=Institution.Kind.PRISON,
            course_key=courses[key].translation_key,
            defaults={
                "course": courses[key],
                "days_to_complete": days,
                "effective_from": effective,
            },
        )
        if created:
            sync_requirement(requirement=requirement)


def _progress(courses: dict, accounts: dict[str, User]) -> None:
    """Learners' history, written by the services at past dates (time moved)."""
    import time_machine

    today = timezone.now().replace(hour=9, minute=0, second=0, microsecond=0)
    manager = accounts["manager@example.org"]
    learner = accounts["learner@example.org"]
    bamako = Institution.objects.get(code="ML-BKO-MCA")

    def take(person: User, course: CoursePage, *, days_ago: int, modules: int | None = None):
        modules_to_do = list(ModulePage.objects.live().child_of(course).order_by("path"))
        if modules is not None:
            modules_to_do = modules_to_do[:modules]
        with time_machine.travel(today - timedelta(days=days_ago), tick=False) as traveller:
            enrollment = current_enrollment(
                learner=person, course_key=course.translation_key
            ) or enroll_learner(learner=person, course=course, source=Enrollment.Source.SELF)
            for module in modules_to_do:
                for child in module.body:
                    if child.block_type == "reflection" and child.value.get("required"):
                        save_reflection(
                            enrollment=enrollment,
                            module=module,
                            block_key=child.id,
                            text="Note de réflexion personnelle.",
                        )
                complete_module(enrollment=enrollment, module=module)
                traveller.shift(timedelta(days=2))

    # The demo learner: one course done, one under way, one assigned with a due date.
    take(learner, courses["psychology"], days_ago=60)
    take(learner, courses["trust"], days_ago=20, modules=2)
    with time_machine.travel(today - timedelta(days=5), tick=False):
        assign_course(
            course=courses["risk"],
            learners=[learner],
            assigned_by=manager,
            due_on=(today + timedelta(days=14)).date(),
        )

    # Bamako's officers and specialists at every stage, from a fixed seed.
    rng = random.Random("passerelle-demo-progress")
    staff = list(
        User.objects.posted(institution=bamako).filter(username__isnull=False).order_by("username")
    )
    positions = dict(
        Membership.objects.current().filter(user__in=staff).values_list("user_id", "position")
    )
    for person in staff:
        position = positions.get(person.pk)
        roll = rng.random()
        if position == "prison_officer":
            if roll < 0.30:
                take(person, courses["psychology"], days_ago=rng.randint(20, 140))
            elif roll < 0.40:
                # completed long ago: certificates expiring soon, or expired
                take(person, courses["psychology"], days_ago=rng.choice([700, 710, 760, 790]))
            elif roll < 0.60:
                take(
                    person,
                    courses["psychology"],
                    days_ago=rng.randint(5, 60),
                    modules=rng.randint(1, 2),
                )
            if rng.random() < 0.25:
                take(person, courses["trust"], days_ago=rng.randint(10, 90))
        elif position in ("psychologist", "social_worker", "religious_counsellor", "educator"):
            if roll < 0.5:
                take(person, courses["psychology"], days_ago=rng.randint(30, 200))
            if roll < 0.3 and position == "psychologist":
                take(person, courses["risk"], days_ago=rng.randint(5, 25))

    # The manager assigned the trust course to every officer a month ago, due in two months.
    with time_machine.travel(today - timedelta(days=30), tick=False):
        assign_course_to_position(
            course=courses["trust"],
            institution=bamako,
            position="prison_officer",
            assigned_by=manager,
            due_on=(today + timedelta(days=60)).date(),
        )
