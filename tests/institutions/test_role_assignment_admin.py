"""The platform admin gives roles in the Wagtail admin: the person is picked with a searchable
chooser that tells namesakes apart (login, institution, position), a scope that does not fit the
role is one error on the field to correct, and the banners are whole French sentences."""

import html
import json
import re

import pytest
from django.urls import reverse

from institutions.models import RoleAssignment
from tests.conftest import signed_in
from tests.factories import MembershipFactory, UserFactory


def text(response) -> str:
    page = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.fixture
def namesakes(bamako, koulikoro):
    """Two people called Awa Traoré, at two prisons."""
    first = MembershipFactory(
        user=UserFactory(username="awa-bko", full_name="Awa Traoré"), institution=bamako
    ).user
    second = MembershipFactory(
        user=UserFactory(username="awa-kkr", email=None, full_name="Awa Traoré"),
        institution=koulikoro,
        position="psychologist",
    ).user
    return first, second


def test_a_wrong_scope_is_one_error_naming_its_field(platform_admin, learner, mali):
    browser = signed_in(platform_admin, language="fr")

    response = browser.post(
        reverse("roleassignment:add"),
        {"user": learner.pk, "role": "institution_manager", "ministry": mali.pk},
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors == {
        "ministry": [
            "Un responsable d'établissement gère un seul établissement"
            "\u00a0: laissez le ministère vide."
        ],
        "institution": ["Choisissez l'établissement que cette personne gère."],
    }
    page = text(response)
    assert page.count("laissez le ministère vide") == 1
    assert "Le(la)" not in page and "créé(e)" not in page
    assert "Le rôle n'a pas pu être attribué. Corrigez les champs signalés ci-dessous." in page
    assert not RoleAssignment.objects.filter(user=learner, role="institution_manager").exists()


@pytest.mark.parametrize(
    ("role", "scopes", "field"),
    [
        ("learner", ["ministry"], "ministry"),
        ("platform_admin", ["institution"], "institution"),
        ("trainer", ["institution"], "institution"),
        ("ministry_reviewer", ["ministry", "institution"], "institution"),
        ("ministry_reviewer", [], "ministry"),
        ("institution_manager", [], "institution"),
    ],
)
def test_every_scope_that_does_not_fit_the_role_is_an_error_on_one_field(
    platform_admin, learner, mali, bamako, role, scopes, field
):
    data = {"user": learner.pk, "role": role}
    for scope in scopes:
        data[scope] = {"ministry": mali, "institution": bamako}[scope].pk

    response = signed_in(platform_admin).post(reverse("roleassignment:add"), data)

    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert len(errors[field]) == 1
    assert "__all__" not in errors


def test_a_role_given_through_the_chooser_says_so_in_a_whole_sentence(
    platform_admin, learner, bamako
):
    browser = signed_in(platform_admin, language="fr")

    response = browser.post(
        reverse("roleassignment:add"),
        {"user": learner.pk, "role": "institution_manager", "institution": bamako.pk},
        follow=True,
    )

    assert RoleAssignment.objects.filter(user=learner, institution=bamako).exists()
    assert "Rôle attribué\u00a0: Aminata Traoré" in html.unescape(response.content.decode())


def test_the_person_field_is_a_chooser_not_a_list_of_everyone(platform_admin, namesakes):
    page = signed_in(platform_admin).get(reverse("roleassignment:add")).content.decode()

    assert "Choose a person" in page
    assert 'name="user"' in page
    assert "Awa Traoré" not in page  # nobody is listed before searching


def test_the_chooser_finds_people_by_name_and_tells_namesakes_apart(platform_admin, namesakes):
    response = signed_in(platform_admin).get(
        reverse("person_chooser:choose_results"), {"q": "awa traoré"}
    )

    page = text(response)
    assert page.count("Awa Traoré") == 2
    assert "awa-bko@example.org" in page and "ML-BKO-MCA" in page and "Prison officer" in page
    assert "awa-kkr" in page and "ML-KKR-PRI" in page and "Psychologist" in page


@pytest.mark.parametrize("query", ["awa-kkr", "AWA-BKO@EXAMPLE.ORG"])
def test_the_chooser_finds_people_by_login(platform_admin, namesakes, query):
    page = text(
        signed_in(platform_admin).get(reverse("person_chooser:choose_results"), {"q": query})
    )

    assert page.count("Awa Traoré") == 1


def test_the_chosen_person_is_shown_with_their_login_and_posting(platform_admin, namesakes):
    _first, second = namesakes

    response = signed_in(platform_admin).get(reverse("person_chooser:chosen", args=[second.pk]))

    chosen = json.loads(response.content)["result"]
    assert chosen["title"] == "Awa Traoré · awa-kkr · ML-KKR-PRI, Psychologist"


@pytest.mark.parametrize("people", [5, 60])
def test_the_chooser_reads_a_page_of_people_in_constant_queries(
    platform_admin, bamako, people, django_assert_max_num_queries
):
    for _ in range(people):
        MembershipFactory(institution=bamako)
    browser = signed_in(platform_admin)
    browser.get(reverse("person_chooser:choose"))

    with django_assert_max_num_queries(12):
        response = browser.get(reverse("person_chooser:choose"))

    assert response.status_code == 200


def test_people_without_admin_access_cannot_open_the_chooser(learner, manager):
    for person in (learner, manager):
        assert signed_in(person).get(reverse("person_chooser:choose")).status_code == 403
