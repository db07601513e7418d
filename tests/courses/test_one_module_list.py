"""One course has one list of modules whatever the language: a module not yet translated appears
in its source language, marked as such, and counts the same, on the course page, the module page,
"My learning", the managers' and trainers' figures and the completion rule."""

import re

import pytest
from django.urls import reverse

from courses.catalog.selectors import course_modules, modules_by_course
from courses.enrollment import services as enrollment_services
from courses.enrollment.models import Enrollment
from courses.learning import services as learning_services
from courses.learning.selectors import my_learning
from tests.conftest import signed_in
from tests.factories.courses import ModulePageFactory, english, modules_of, publish, text


@pytest.fixture
def half_translated(build_course):
    """Trust in detention: modules 1 to 3 in French, only 1 and 3 translated into English."""
    course = build_course(modules=3, is_open=True)
    second = modules_of(course)[1]
    english(second).unpublish()
    return course


def module_titles(response) -> list[str]:
    return [
        " ".join(item.split())
        for item in re.findall(
            r'<li class="module-list__item[^"]*">\s*<a [^>]*>([^<]+)</a>', response.content.decode()
        )
    ]


def test_the_english_course_page_lists_the_untranslated_module_in_french_marked_as_such(
    half_translated, learner
):
    response = signed_in(learner).get(english(half_translated).url)

    assert module_titles(response) == ["Unit 1", "Module 2", "Unit 3"]
    page = response.content.decode()
    french_second = modules_of(half_translated)[1]
    assert f'<a href="{french_second.url}" lang="fr">Module 2</a>' in page
    assert page.count('<span class="badge badge--muted">in French</span>') == 1


def test_the_french_course_page_lists_the_same_three_modules_unmarked(half_translated, learner):
    response = signed_in(learner, language="fr").get(half_translated.url)

    assert module_titles(response) == ["Module 1", "Module 2", "Module 3"]
    assert "badge--muted" not in response.content.decode()


def test_a_learner_counts_three_modules_in_both_languages(half_translated, learner):
    browser = signed_in(learner)
    browser.post(reverse("enroll", args=[half_translated.pk]))

    assert "Modules terminés : 0 sur 3." in text(browser.get(half_translated.url))
    assert "0 of 3 modules complete." in text(browser.get(english(half_translated).url))
    for language in ("fr", "en"):
        [item] = my_learning(learner=learner, language=language).in_progress
        assert item.total == 3


def test_the_english_module_page_counts_the_untranslated_module_too(half_translated, learner):
    browser = signed_in(learner)
    browser.post(reverse("enroll", args=[half_translated.pk]))
    first, second, third = modules_of(half_translated)

    page = text(browser.get(english(first).url))

    assert "Module 1 of 3" in page
    assert f'<a href="{second.url}" lang="fr">Module 2 →</a>' in page
    assert "Module 3 of 3" in text(browser.get(english(third).url))


def test_completing_the_english_modules_only_leaves_the_untranslated_one_to_do(
    half_translated, learner
):
    enrollment = enrollment_services.enroll_learner(learner=learner, course=half_translated)
    first, second, third = modules_of(half_translated)

    for module in (english(first), english(third)):
        learning_services.complete_module(enrollment=enrollment, module=module)
    assert Enrollment.objects.get(pk=enrollment.pk).completed_at is None

    learning_services.complete_module(enrollment=enrollment, module=second)
    assert Enrollment.objects.get(pk=enrollment.pk).completed_at is not None


def test_a_module_written_in_english_only_appears_in_the_french_list_after_its_predecessor(
    half_translated,
):
    course_en = english(half_translated)
    extra = ModulePageFactory(parent=course_en, title="Unit 4", slug="unit-4")
    publish(extra)
    english_first = modules_of(course_en)[0]
    # Moved right after the first module in the English tree.
    extra.move(english_first, pos="right")

    french = course_modules(half_translated)

    assert [m.title for m in french] == ["Module 1", "Unit 4", "Module 2", "Module 3"]
    assert [m.is_in_other_language for m in french] == [False, True, False, False]
    assert french[1].language_label == "in English"


@pytest.mark.parametrize("modules", [2, 30])
def test_managers_and_trainers_figures_count_one_list_per_course(
    build_course, modules, django_assert_num_queries
):
    course = build_course(modules=modules)
    english(modules_of(course)[0]).unpublish()
    pages = [course, english(course)]

    with django_assert_num_queries(1):
        lists = modules_by_course(pages)

    assert [len(lists[page.path]) for page in pages] == [modules, modules]
