"""A learner's path through a course: enrolling, working through the modules, leaving and coming
back, switching language, and every wrong turn (closed course, missing prerequisite, out of order,
double clicks, missing or oversized notes), with the catalogue's search and filters."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from courses.enrollment import services as enrollment_services
from courses.learning import services as learning_services
from courses.models import Enrollment, ModuleProgress, Reflection
from tests.conftest import signed_in
from tests.factories.courses import add_module, english, modules_of, reflection_id, text

pytestmark = pytest.mark.django_db


def course_of_module(module):
    return module.get_parent().specific


def complete(browser, module, **kwargs):
    return browser.post(reverse("complete_module", args=[module.pk]), **kwargs)


def write_note(browser, module, block_key, note, **kwargs):
    return browser.post(
        reverse("save_reflection", args=[module.pk, block_key]), {"text": note}, **kwargs
    )


# --- working through a course ----------------------------------------------------------------


def test_a_learner_enrolls_works_through_a_course_and_sees_it_complete(build_course, learner):
    course = english(build_course(modules=3, required=(1,)))
    first, second, third = modules_of(course)
    browser = signed_in(learner)

    page = text(browser.get(course.url))
    assert "Enroll in this course" in page
    response = browser.post(reverse("enroll", args=[course.pk]), follow=True)
    assert "You are enrolled. Start with the first module." in text(response)
    assert f'href="{first.url}"' in response.content.decode()
    assert "Start: Unit 1" in text(response)

    response = complete(browser, first, follow=True)
    assert response.redirect_chain[-1][0] == second.url
    assert "Module complete." in text(response)
    write_note(browser, second, reflection_id("trust", 1), "Les fouilles abîment la confiance.")
    complete(browser, second)
    response = complete(browser, third, follow=True)

    assert response.redirect_chain[-1][0] == course.url
    page = text(response)
    assert "Course complete. Well done!" in page
    assert "Completed on" in page
    enrollment = Enrollment.objects.get(learner=learner)
    assert enrollment.completed_at is not None
    assert enrollment.source == Enrollment.Source.SELF
    assert (
        ModuleProgress.objects.filter(enrollment=enrollment, completed_at__isnull=False).count()
        == 3
    )
    assert set(
        ModuleProgress.objects.filter(enrollment=enrollment).values_list("module_key", flat=True)
    ) == {m.translation_key for m in (first, second, third)}


def test_a_learner_who_leaves_and_comes_back_is_offered_to_continue_with_the_next_module(
    build_course, learner
):
    course = english(build_course(modules=4))
    modules = modules_of(course)
    browser = signed_in(learner)
    browser.get(modules[0].url)
    complete(browser, modules[0])
    complete(browser, modules[1])
    browser.get(modules[3].url)  # a look ahead, not completed

    later = signed_in(learner)  # another day, another browser
    response = later.get(course.url)

    page = text(response)
    assert "Continue: Unit 3" in page
    assert f'<a class="button" href="{modules[2].url}">' in response.content.decode()
    assert "2 of 4 modules complete." in page


def test_switching_to_english_shows_the_same_module_with_the_same_progress_and_note(
    build_course, learner
):
    course = build_course(modules=3, required=(0,))
    first = modules_of(course)[0]
    browser = signed_in(learner, language="fr")
    browser.get(first.url)
    write_note(browser, first, reflection_id("trust", 0), "Écouter avant de répondre.")
    complete(browser, first)
    assert "Écouter avant de répondre." in text(browser.get(first.url))

    response = browser.post(
        reverse("set_language"), {"language": "en", "next": first.url}, follow=True
    )

    assert response.redirect_chain[-1][0] == "/en/courses/trust/module-1/"
    page = text(response)
    assert "Unit 1" in page and "What have you seen in your institution?" in page
    assert "Écouter avant de répondre." in page
    assert "You have completed this module." in page
    course_page = text(browser.get(english(course).url))
    assert "1 of 3 modules complete." in course_page
    assert "Continue: Unit 2" in course_page
    assert Enrollment.objects.filter(learner=learner).count() == 1
    assert ModuleProgress.objects.count() == 1


def test_a_completed_enrollment_never_reopens_when_a_module_is_added_later(build_course, learner):
    course = build_course(modules=2)
    enrollment = enrollment_services.enroll_learner(learner=learner, course=course)
    for module in modules_of(course):
        learning_services.complete_module(enrollment=enrollment, module=module)
    enrollment.refresh_from_db()
    completed_at = enrollment.completed_at
    assert completed_at is not None

    added = english(add_module(course, 2))
    browser = signed_in(learner)
    assert browser.get(added.url).status_code == 200
    complete(browser, added)

    enrollment.refresh_from_db()
    assert enrollment.completed_at == completed_at
    assert Enrollment.objects.filter(learner=learner).count() == 1
    page = text(browser.get(english(course).url))
    assert "Completed on" in page
    assert "modules complete" not in page
    home = text(browser.get("/"))
    assert "You have no course in progress." in home


# --- a module of a course one is not enrolled in ---------------------------------------------


def test_opening_a_module_of_an_open_course_offers_to_enroll_and_writes_nothing(
    build_course, learner
):
    course = build_course(modules=2)
    module = english(modules_of(course)[1])
    browser = signed_in(learner)

    response = browser.get(module.url)

    assert response.status_code == 200
    page = text(response)
    assert "Enroll to take this module" in page
    assert f'action="{reverse("enroll", args=[english(course).pk])}"' in response.content.decode()
    assert not Enrollment.objects.exists()
    assert not ModuleProgress.objects.exists()

    enrolled = browser.post(
        reverse("enroll", args=[english(course).pk]), {"next": module.url}, follow=True
    )
    assert enrolled.redirect_chain == [(module.url, 302)]
    assert "Mark this module complete" in text(enrolled)
    enrollment = Enrollment.objects.get(learner=learner, course_key=course.translation_key)
    assert enrollment.source == Enrollment.Source.SELF
    assert not ModuleProgress.objects.exists()  # reading the module writes nothing

    opened = browser.post(reverse("heartbeat", args=[module.pk]), {"opened": "1"})
    assert opened.json() == {"counted": False}
    progress = ModuleProgress.objects.get(enrollment=enrollment)
    assert progress.module_key == module.translation_key
    assert progress.seconds_spent == 0


def test_enrolling_refuses_a_next_address_on_another_site(build_course, learner):
    course = english(build_course(modules=1))

    response = signed_in(learner).post(
        reverse("enroll", args=[course.pk]), {"next": "https://evil.example/"}
    )

    assert response.status_code == 302 and response.url == course.url


def test_a_module_of_a_course_taken_on_assignment_only_answers_403_saying_why(
    build_course, learner
):
    course = build_course(is_open=False)
    module = english(modules_of(course)[0])
    browser = signed_in(learner)

    response = browser.get(module.url)

    assert response.status_code == 403
    page = text(response)
    assert "You cannot open this module yet" in page
    assert "This course is taken on assignment only. Ask your manager if you need it." in page
    assert complete(browser, module).status_code == 403
    assert not Enrollment.objects.exists()
    assert not ModuleProgress.objects.exists()


def test_a_module_whose_course_needs_another_first_answers_403_naming_the_missing_course(
    build_course, learner
):
    basics = build_course("basics", title="Les bases", title_en="The basics", modules=1)
    course = build_course(prerequisites=(basics,))
    module = english(modules_of(course)[0])
    browser = signed_in(learner)

    response = browser.get(module.url)

    assert response.status_code == 403
    assert "Complete these courses first: The basics." in text(response)
    assert not Enrollment.objects.filter(course_key=course.translation_key).exists()

    enrollment = enrollment_services.enroll_learner(learner=learner, course=basics)
    learning_services.complete_module(enrollment=enrollment, module=modules_of(basics)[0])
    response = browser.get(module.url)
    assert response.status_code == 200
    assert "Enroll to take this module" in text(response)
    assert not Enrollment.objects.filter(course_key=course.translation_key).exists()
    browser.post(reverse("enroll", args=[english(course).pk]))
    assert Enrollment.objects.filter(course_key=course.translation_key, learner=learner).exists()


def test_a_module_taken_out_of_order_sends_the_learner_to_the_first_incomplete_one(
    build_course, learner
):
    course = english(build_course(modules=3, in_order=True))
    first, second, third = modules_of(course)
    browser = signed_in(learner)
    complete(browser, first)

    response = browser.get(third.url, follow=True)

    assert response.redirect_chain == [(second.url, 302)]
    assert "This course is taken in order: continue with this module first." in text(response)
    response = complete(browser, third)
    assert response.status_code == 302 and response.url == second.url
    assert not ModuleProgress.objects.filter(module_key=third.translation_key).exists()
    page = text(browser.get(course.url))
    assert "after the previous module" in page


# --- bad input -------------------------------------------------------------------------------


def test_a_double_clicked_completion_keeps_one_progress_row_and_one_course_completion(
    build_course, learner
):
    course = english(build_course(modules=1))
    module = modules_of(course)[0]
    browser = signed_in(learner)

    with time_machine.travel(timezone.now(), tick=False) as traveller:
        first = complete(browser, module)
        completed_at = Enrollment.objects.get().completed_at
        traveller.shift(timedelta(seconds=1))
        second = complete(browser, module)

    assert first.status_code == 302 and second.status_code == 302
    assert ModuleProgress.objects.count() == 1
    assert Enrollment.objects.count() == 1
    assert Enrollment.objects.get().completed_at == completed_at


def test_replayed_or_malformed_completion_requests_never_answer_500(build_course, learner):
    course = build_course(modules=1)
    module = modules_of(course)[0]
    browser = signed_in(learner)
    complete(browser, module)

    assert complete(browser, module).status_code == 302
    assert browser.get(reverse("complete_module", args=[module.pk])).status_code == 405
    assert browser.post(reverse("complete_module", args=[999_999])).status_code == 404
    assert write_note(browser, module, "no-such-prompt", "x", follow=True).status_code == 200
    assert ModuleProgress.objects.count() == 1


def test_a_required_reflection_blocks_completion_with_a_clear_message(build_course, learner):
    module = english(modules_of(build_course(modules=1, required=(0,)))[0])
    browser = signed_in(learner)

    response = complete(browser, module, follow=True)

    assert response.redirect_chain[-1][0] == module.url + "#requirements"
    page = text(response)
    assert "Some parts of this module still need your answer." in page
    assert "write your note for “What have you seen in your institution?”" in page
    assert ModuleProgress.objects.get().completed_at is None
    assert Enrollment.objects.get().completed_at is None

    write_note(browser, module, reflection_id("trust", 0), "Un détenu m'a demandé de l'aide.")
    complete(browser, module)
    assert ModuleProgress.objects.get().completed_at is not None


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ("", "Write your note before saving."),
        ("   \n ", "Write your note before saving."),
        ("x" * 10_001, "Keep your note under 10,000 characters."),
    ],
    ids=["empty", "blank", "too-long"],
)
def test_an_empty_or_too_long_note_gets_a_clear_message_and_keeps_the_old_one(
    build_course, learner, note, message
):
    module = english(modules_of(build_course(modules=1, required=(0,)))[0])
    block_key = reflection_id("trust", 0)
    browser = signed_in(learner)
    write_note(browser, module, block_key, "Ma première note.")

    response = write_note(browser, module, block_key, note, follow=True)

    assert response.status_code == 200
    assert message in text(response)
    assert Reflection.objects.get().text == "Ma première note."


def test_a_note_for_a_prompt_the_module_no_longer_has_gets_a_clear_message(build_course, learner):
    module = english(modules_of(build_course(modules=1))[0])

    response = write_note(signed_in(learner), module, "removed-prompt", "Une note.", follow=True)

    assert "This reflection prompt no longer exists in the module." in text(response)
    assert not Reflection.objects.exists()


def test_heartbeats_count_at_most_one_minute_per_minute(build_course, learner):
    module = english(modules_of(build_course(modules=1))[0])
    browser = signed_in(learner)
    url = reverse("heartbeat", args=[module.pk])
    refused = browser.post(url)
    assert refused.status_code == 409  # not enrolled yet: nothing to count
    assert refused.json()["error"] == "enrollment"
    browser.post(reverse("enroll", args=[english(course_of_module(module)).pk]))

    with time_machine.travel(timezone.now(), tick=False) as traveller:
        browser.get(module.url)
        assert not ModuleProgress.objects.exists()  # reading writes nothing
        counted = [browser.post(url).json()["counted"]]
        for seconds in (10, 20, 30):  # three more reports within the same minute
            traveller.shift(timedelta(seconds=seconds))
            counted.append(browser.post(url).json()["counted"])
        traveller.shift(timedelta(seconds=60))
        counted.append(browser.post(url).json()["counted"])

    assert counted == [True, False, False, True, True]
    assert ModuleProgress.objects.get().seconds_spent == 3 * 60


def test_a_heartbeat_for_an_unknown_module_answers_404_in_json(learner, catalogues):
    response = signed_in(learner).post(reverse("heartbeat", args=[999_999]))

    assert response.status_code == 404
    assert response.json()["error"] == "module"


def test_anonymous_visitors_are_sent_to_sign_in(build_course, client):
    course = build_course(modules=1)
    module = modules_of(course)[0]
    login = reverse("account_login")

    for response in [
        client.get("/fr/courses/"),
        client.get(course.url),
        client.get(module.url),
        client.post(reverse("enroll", args=[course.pk])),
        complete(client, module),
        write_note(client, module, reflection_id("trust", 0), "x"),
        client.post(reverse("heartbeat", args=[module.pk])),
        client.get(reverse("notifications")),
    ]:
        assert response.status_code == 302
        assert response.url.startswith(login)
    assert not Enrollment.objects.exists()


# --- the catalogue ---------------------------------------------------------------------------


@pytest.fixture
def two_courses(build_course):
    trust = build_course(modules=1)
    risk = build_course(
        "risk",
        modules=1,
        title="Indicateurs de risque et de besoins",
        summary="Repérer les facteurs de protection sans stigmatiser.",
        outcomes="<ul><li>Remplir une grille d'évaluation structurée.</li></ul>",
        target_positions=("psychologist",),
        english=False,
    )
    return trust, risk


def titles(response) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', text(response))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/fr/courses/", ["Indicateurs de risque et de besoins", "La confiance en détention"]),
        ("/fr/courses/?q=détention", ["La confiance en détention"]),  # title
        ("/fr/courses/?q=stigmatiser", ["Indicateurs de risque et de besoins"]),  # summary
        ("/fr/courses/?q=défiance", ["La confiance en détention"]),  # outcomes
        ("/fr/courses/?q=grille+évaluation", ["Indicateurs de risque et de besoins"]),
        ("/fr/courses/?q=distrust", []),  # an English word in the French catalogue
        ("/en/courses/?q=detention", ["Trust in detention"]),
        ("/en/courses/?q=distrust", ["Trust in detention"]),
        ("/en/courses/?q=relationship", ["Trust in detention"]),
        ("/en/courses/?q=défiance", []),
        ("/fr/courses/?position=psychologist", ["Indicateurs de risque et de besoins"]),
        ("/fr/courses/?position=prison_officer", ["La confiance en détention"]),
        ("/fr/courses/?language=en", ["Trust in detention"]),  # the English pages
        (
            "/fr/courses/?language=fr",
            ["Indicateurs de risque et de besoins", "La confiance en détention"],
        ),
        ("/fr/courses/?position=psychologist&language=en", []),
        (
            "/fr/courses/?position=nonsense&language=xx",
            ["Indicateurs de risque et de besoins", "La confiance en détention"],
        ),
    ],
)
def test_the_catalogue_searches_titles_summaries_and_outcomes_and_filters_by_position_and_language(
    two_courses, learner, url, expected
):
    response = signed_in(learner).get(url)

    assert response.status_code == 200
    assert titles(response) == expected
    if not expected and url.startswith("/en/"):
        assert "No course matches your search." in text(response)


def test_available_in_english_on_the_french_catalogue_links_to_the_english_pages(
    two_courses, learner
):
    trust, _risk = two_courses

    page = signed_in(learner).get("/fr/courses/", {"language": "en"}).content.decode()

    assert '<li class="card course-card" lang="en">' in page
    assert f'href="/en/courses/{trust.slug}/"' in page
    assert f'href="/fr/courses/{trust.slug}/"' not in page


def test_the_catalogue_search_box_is_labelled_and_takes_a_phrase(two_courses, learner):
    page = signed_in(learner, language="fr").get("/fr/courses/").content.decode()

    assert 'type="search" id="catalogue-q" name="q"' in page
    assert '<label for="catalogue-q">' in page
