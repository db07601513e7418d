"""Authoring in the Wagtail admin, as the issue's "Done when" walks it: a trainer writes a course
and a module and submits them; the same trainer can neither approve nor publish; a second trainer
approves and the pages go live; the course is translated into English with wagtail-localize and
is live in both languages. Then training requirements, which only platform admins author.

Everything goes through the admin's HTTP views, posting what a browser posts: the form as the page
renders it, plus the StreamField data that Wagtail's JavaScript would add."""

from urllib.parse import urlencode

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, Translation

from content.blocks import ModuleBodyBlock
from courses.models import (
    ComplianceRecord,
    CoursePage,
    Enrollment,
    ModulePage,
    PeerReviewTask,
    TrainingRequirement,
)
from institutions.models import Institution
from tests.conftest import signed_in as admin_client
from tests.factories.courses import publish

from .admin_forms import add_page_url, edit_page_url, form_data

APPROVE_BUTTON = 'data-workflow-action-name="approve"'

MODULE_BODY = streamfield(
    [
        ("heading", "Pourquoi la confiance compte"),
        ("text", rich_text("<p>La confiance se construit jour après jour.</p>")),
        ("key_point", rich_text("<p>Une relation professionnelle n'est pas une amitié.</p>")),
        (
            "reflection",
            {"prompt": "Qu'avez-vous observé dans votre établissement ?", "required": "on"},
        ),
    ]
)


def create_course(browser, index, *, slug="confiance", action=None) -> CoursePage:
    url = add_page_url(CoursePage, index)
    data = form_data(browser, url)
    data.update(
        {
            "title": "La confiance en détention",
            "slug": slug,
            "summary": "Construire une relation professionnelle avec les personnes détenues.",
            "learning_outcomes": rich_text("<ul><li>Reconnaître les signes de défiance.</li></ul>"),
            "is_open_for_self_enrollment": "on",
        }
    )
    data.setlist("target_positions", ["prison_officer"])
    if action:
        data[action] = "1"
    response = browser.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return CoursePage.objects.get(slug=slug, locale__language_code="fr")


def create_module(browser, course, *, action=None) -> ModulePage:
    url = add_page_url(ModulePage, course)
    data = form_data(browser, url)
    data.update(
        {"title": "Construire la confiance", "slug": "construire", "estimated_minutes": "20"}
    )
    data.update(nested_form_data({"body": MODULE_BODY}))
    if action:
        data[action] = "1"
    response = browser.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return ModulePage.objects.get(slug="construire", locale__language_code="fr")


def post_edit(browser, page, action: str, **extra):
    """Post the page's edit form unchanged, with the button `action` pressed."""
    page = page.specific
    data = form_data(browser, edit_page_url(page))
    if isinstance(page, ModulePage):
        data.update(nested_form_data({"body": MODULE_BODY}))
    data.update({action: "1", **extra})
    return browser.post(edit_page_url(page), data)


def approve_url(page) -> str:
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))


def reload(page):
    return type(page.specific).objects.get(pk=page.pk)


@pytest.fixture
def catalogue(catalogues):
    """The French course catalogue, with its English translation."""
    return catalogues["fr"]


@pytest.fixture
def submitted(catalogue, trainer, django_capture_on_commit_callbacks):
    """A course saved as a draft then submitted from its edit page, and a module submitted as it
    is created, both by `trainer` through the admin."""
    browser = admin_client(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        course = create_course(browser, catalogue)
        module = create_module(browser, course, action="action-submit")
        response = post_edit(browser, course, "action-submit")
    assert response.status_code == 302
    return reload(course), reload(module)


# --- writing and submitting ------------------------------------------------------------------


def test_a_trainer_writes_a_course_and_a_module_and_submits_them(submitted, trainer):
    course, module = submitted
    for page in (course, module):
        assert not page.live
        assert page.workflow_in_progress
        assert page.current_workflow_state.requested_by == trainer
        assert page.current_workflow_task.specific_class is PeerReviewTask
    assert course.target_positions == ["prison_officer"]
    assert module.get_parent().pk == course.pk
    blocks = [(child.block_type, child.value) for child in module.body]
    assert [kind for kind, _value in blocks] == ["heading", "text", "key_point", "reflection"]
    assert blocks[3][1]["required"] is True


def test_trainers_reach_the_admin_and_learners_and_ministry_reviewers_do_not(
    trainer, ministry_reviewer, learner
):
    assert admin_client(trainer).get(reverse("wagtailadmin_home")).status_code == 200
    for person in (ministry_reviewer, learner):
        assert admin_client(person).get(reverse("wagtailadmin_home")).status_code == 403


# --- the same trainer cannot approve; nobody publishes without review ------------------------


def test_the_trainer_who_submitted_is_offered_no_approval(submitted, trainer, other_trainer):
    course, _module = submitted
    own_page = admin_client(trainer).get(edit_page_url(course)).content.decode()
    peer_page = admin_client(other_trainer).get(edit_page_url(course)).content.decode()
    assert APPROVE_BUTTON not in own_page
    assert APPROVE_BUTTON in peer_page
    # Nor is it on the submitter's "awaiting your review" list.
    task = course.current_workflow_task.specific
    assert not task.get_task_states_user_can_moderate(trainer).exists()
    assert task.get_task_states_user_can_moderate(other_trainer).count() == 2


def test_a_forged_approval_by_the_submitter_is_refused(
    submitted, trainer, django_capture_on_commit_callbacks
):
    course, _module = submitted
    browser = admin_client(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(approve_url(course))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert "permission" in " ".join(str(m) for m in get_messages(response.wsgi_request))
    # The edit form's workflow button, forged, only saves a draft.
    with django_capture_on_commit_callbacks(execute=True):
        post_edit(browser, course, "action-workflow-action", **{"workflow-action-name": "approve"})
    course = reload(course)
    assert not course.live
    assert course.current_workflow_task_state.status == "in_progress"


def test_a_trainer_cannot_publish_directly(
    catalogue, submitted, trainer, django_capture_on_commit_callbacks
):
    course, module = submitted
    browser = admin_client(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        post_edit(browser, course, "action-publish")
        post_edit(browser, module, "action-publish")
        new_course = create_course(browser, catalogue, slug="autre", action="action-publish")
    for page in (course, module, new_course):
        page = reload(page)
        assert not page.live
        assert page.live_revision is None
    assert not PageLogEntry.objects.filter(action="wagtail.publish", user=trainer).exists()


def test_a_second_trainer_approves_and_the_pages_go_live(
    submitted, trainer, other_trainer, django_capture_on_commit_callbacks
):
    """The course from the review dialog's URL, the module with the edit page's "Approve and
    publish" button."""
    course, module = submitted
    browser = admin_client(other_trainer)
    with django_capture_on_commit_callbacks(execute=True):
        by_dialog = browser.post(approve_url(course))
        by_button = post_edit(
            browser, module, "action-workflow-action", **{"workflow-action-name": "approve"}
        )
    for response in (by_dialog, by_button):
        assert response.status_code == 302
        assert response["Location"] != reverse("wagtailadmin_home")
    for page in (course, module):
        page = reload(page)
        assert page.live
        assert not page.workflow_in_progress
        published = PageLogEntry.objects.get(page=page, action="wagtail.publish")
        assert published.user == other_trainer
    assert (
        PageLogEntry.objects.filter(action="wagtail.workflow.approve", user=other_trainer).count()
        == 2
    )


# --- translation ------------------------------------------------------------------------------


def approved(submitted, other_trainer, capture):
    browser = admin_client(other_trainer)
    with capture(execute=True):
        for page in submitted:
            browser.post(approve_url(page))
    return [reload(page) for page in submitted]


def submit_for_translation(browser, course, capture):
    english = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=(course.pk,))
    with capture(execute=True):
        response = browser.post(url, {"locales": [english.pk], "include_subtree": "on"})
    assert response.status_code == 302
    return english


def translate_strings(browser, page, english) -> Translation:
    """Type an English version of every string, as the translation editor sends them."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=english
    )
    english_text = {
        "La confiance en détention": "Trust in detention",
        "Construire la confiance": "Building trust",
    }
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        source_text = segment.string.data
        url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
        response = browser.put(
            url,
            urlencode({"value": english_text.get(source_text, f"[en] {source_text}")}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content
    return translation


def test_the_course_is_translated_into_english_and_live_in_both_languages(
    submitted, trainer, other_trainer, platform_admin, django_capture_on_commit_callbacks
):
    """What we do: the trainer submits the approved course, with its module, for translation with
    wagtail-localize and types the English strings in its editor. The editor's only way out is
    "Publish", which needs the publish permission: the trainer's is refused, and a platform admin
    publishes the translation (wagtail-localize's editor has no review workflow)."""
    capture = django_capture_on_commit_callbacks
    course, module = approved(submitted, other_trainer, capture)
    browser = admin_client(trainer)
    english = submit_for_translation(browser, course, capture)
    course_en = course.get_translation(english).specific
    module_en = module.get_translation(english).specific
    translations = [translate_strings(browser, page, english) for page in (course, module)]

    with capture(execute=True):
        response = browser.post(edit_page_url(course_en), {"action": "publish"})
    assert response["Location"] == reverse("wagtailadmin_home")  # refused
    assert reload(course_en).title == "La confiance en détention"

    admin = admin_client(platform_admin)
    with capture(execute=True):
        for page in (course_en, module_en):
            response = admin.post(edit_page_url(page), {"action": "publish"})
            assert response.status_code == 302
            assert response["Location"] != reverse("wagtailadmin_home")

    for french, translated, title in (
        (course, course_en, "Trust in detention"),
        (module, module_en, "Building trust"),
    ):
        french, translated = reload(french), reload(translated)
        assert french.live and translated.live
        assert translated.title == title
        assert translated.translation_key == french.translation_key
    module_en = reload(module_en)
    assert module_en.body[0].value == "[en] Pourquoi la confiance compte"
    # The blocks keep their ids, so learners' notes follow them across languages.
    assert [child.id for child in module_en.body] == [child.id for child in reload(module).body]
    assert all(t.enabled for t in translations)


def test_a_translation_submitted_by_a_trainer_is_not_live_before_review(
    submitted, trainer, other_trainer, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    course, _module = approved(submitted, other_trainer, capture)
    english = submit_for_translation(admin_client(trainer), course, capture)
    assert not course.get_translation(english).live


def test_a_trainer_cannot_publish_translated_strings_through_update_translations(
    submitted, trainer, other_trainer, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    course, _module = approved(submitted, other_trainer, capture)
    browser = admin_client(trainer)
    english = submit_for_translation(browser, course, capture)
    translation = translate_strings(browser, course, english)
    url = reverse("wagtail_localize:update_translations", args=(translation.source.pk,))
    with capture(execute=True):
        browser.post(url, {"publish_translations": "on"})
    course_en = course.get_translation(english)
    # Wagtail serves a live page's own row: the unreviewed English must not be on it.
    assert not (course_en.live and course_en.title == "Trust in detention")


# --- blocks -----------------------------------------------------------------------------------


BLOCK_NAMES = list(ModuleBodyBlock().child_blocks)


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_every_module_block_has_an_icon_a_description_and_a_template(name):
    block = ModuleBodyBlock().child_blocks[name]
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert block.get_description()
    assert block.meta.template


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_every_module_block_has_a_preview_in_the_block_picker(name, trainer):
    block = ModuleBodyBlock().child_blocks[name]
    assert block.is_previewable
    response = admin_client(trainer).get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200


# --- training requirements --------------------------------------------------------------------

REQUIREMENTS_URL = "/admin/training-requirements/"


@pytest.fixture
def live_course(build_course):
    return build_course(
        "psychologie", modules=2, title="Psychologie", english=False, revisions=True
    )


def requirement_data(course, ministry, **overrides):
    return {
        "ministry": ministry.pk,
        "position": "prison_officer",
        "institution_kind": Institution.Kind.PRISON,
        "course": course.pk,
        "days_to_complete": "90",
        "effective_from": "2026-01-01",
        "is_active": "on",
        **overrides,
    }


def test_a_platform_admin_creates_a_requirement_applied_once_the_transaction_commits(
    platform_admin, live_course, mali, bamako, staff_of, django_capture_on_commit_callbacks
):
    officers = staff_of(bamako, 2)
    browser = admin_client(platform_admin)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = browser.post(f"{REQUIREMENTS_URL}new/", requirement_data(live_course, mali))
    assert response.status_code == 302
    requirement = TrainingRequirement.objects.get()
    assert requirement.course_key == live_course.translation_key
    assert len(callbacks) == 1
    assert not ComplianceRecord.objects.exists()  # nothing before the commit

    callbacks[0]()  # the commit: the task runs (eagerly in tests)
    assert ComplianceRecord.objects.filter(requirement=requirement).count() == 2
    assert (
        Enrollment.objects.filter(
            learner__in=officers, course_key=live_course.translation_key, source="requirement"
        ).count()
        == 2
    )


def test_editing_a_requirement_applies_it_again(
    platform_admin, live_course, mali, bamako, staff_of, django_capture_on_commit_callbacks
):
    requirement = TrainingRequirement.objects.create(
        ministry=mali, position="psychologist", institution_kind="prison", course=live_course
    )
    psychologists = staff_of(bamako, 1, position="psychologist")
    browser = admin_client(platform_admin)
    url = f"{REQUIREMENTS_URL}edit/{requirement.pk}/"
    data = requirement_data(live_course, mali, position="psychologist", days_to_complete="30")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = browser.post(url, data)
    assert response.status_code == 302
    assert len(callbacks) == 1
    record = ComplianceRecord.objects.get(person=psychologists[0])
    assert record.requirement.days_to_complete == 30


def test_a_copied_requirement_is_applied_too(
    platform_admin, live_course, mali, django_capture_on_commit_callbacks
):
    original = TrainingRequirement.objects.create(
        ministry=mali, position="prison_officer", institution_kind="prison", course=live_course
    )
    data = requirement_data(live_course, mali, position="educator")
    with django_capture_on_commit_callbacks() as callbacks:
        response = admin_client(platform_admin).post(f"{REQUIREMENTS_URL}copy/{original.pk}/", data)
    assert response.status_code == 302
    assert TrainingRequirement.objects.filter(position="educator").exists()
    assert len(callbacks) == 1


def test_a_requirement_names_a_live_course_of_the_default_language(
    platform_admin, live_course, mali
):
    english = Locale.objects.get(language_code="en")
    course_en = live_course.copy_for_translation(english, copy_parents=True)
    publish(course_en)
    draft = CoursePage(
        title="Brouillon", slug="brouillon", summary="s", learning_outcomes="<p>x</p>", live=False
    )
    live_course.get_parent().add_child(instance=draft)
    browser = admin_client(platform_admin)
    for course in (course_en, draft):
        response = browser.post(f"{REQUIREMENTS_URL}new/", requirement_data(course, mali))
        assert response.status_code == 200
        assert response.context["form"].errors["course"]
    assert not TrainingRequirement.objects.exists()

    chooser = browser.get(reverse("course_chooser:choose")).json()["html"]
    assert f"/admin/course_chooser/chosen/{live_course.pk}/" in chooser
    assert "Brouillon" not in chooser
    assert f"/admin/course_chooser/chosen/{course_en.pk}/" not in chooser
    found = browser.get(reverse("course_chooser:choose_results"), {"q": "psychologie"})
    assert found.status_code == 200
    assert f"/admin/course_chooser/chosen/{live_course.pk}/" in found.content.decode()


def test_a_duplicate_requirement_is_a_form_error_not_a_server_error(
    platform_admin, live_course, mali
):
    TrainingRequirement.objects.create(
        ministry=mali, position="prison_officer", institution_kind="prison", course=live_course
    )
    response = admin_client(platform_admin).post(
        f"{REQUIREMENTS_URL}new/", requirement_data(live_course, mali)
    )
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert TrainingRequirement.objects.count() == 1


def test_only_platform_admins_manage_requirements(
    trainer, platform_admin, ministry_reviewer, live_course, mali
):
    admin_home = admin_client(platform_admin).get(reverse("wagtailadmin_home")).content.decode()
    assert REQUIREMENTS_URL in admin_home
    browser = admin_client(trainer)
    assert REQUIREMENTS_URL not in browser.get(reverse("wagtailadmin_home")).content.decode()
    for url in (REQUIREMENTS_URL, f"{REQUIREMENTS_URL}new/"):
        response = browser.get(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    browser.post(f"{REQUIREMENTS_URL}new/", requirement_data(live_course, mali))
    assert not TrainingRequirement.objects.exists()
    assert admin_client(ministry_reviewer).get(REQUIREMENTS_URL).status_code == 403


def test_a_translation_goes_through_the_same_peer_review_as_the_french_course(
    submitted, trainer, other_trainer, django_capture_on_commit_callbacks
):
    """The trainer types the English strings (saved as drafts), stops the synchronised translation
    so the English pages become ordinary pages, and submits them; the other trainer approves."""
    capture = django_capture_on_commit_callbacks
    course, module = approved(submitted, other_trainer, capture)
    browser = admin_client(trainer)
    english = submit_for_translation(browser, course, capture)
    for page in (course, module):
        translation = translate_strings(browser, page, english)
        with capture(execute=True):
            browser.post(
                reverse("wagtail_localize:update_translations", args=(translation.source.pk,)),
                {"publish_translations": "on"},
            )
        translation.refresh_from_db()
        stop = reverse("wagtail_localize:stop_translation", args=(translation.pk,))
        assert browser.post(stop).status_code == 302
    course_en = reload(course.get_translation(english))
    module_en = reload(module.get_translation(english))
    assert not course_en.live and not module_en.live
    with capture(execute=True):
        for page in (course_en, module_en):
            assert post_edit(browser, page, "action-submit").status_code == 302
    # The submitter is offered no approval; the other trainer approves, and English is live.
    assert approve_url(reload(course_en))
    with capture(execute=True):
        admin_client(trainer).post(approve_url(reload(course_en)))
    assert not reload(course_en).live
    approved([reload(course_en), reload(module_en)], other_trainer, capture)
    course_en, module_en = reload(course_en), reload(module_en)
    assert course_en.live and module_en.live
    assert course_en.title == "Trust in detention"
    assert course_en.translation_key == course.translation_key
