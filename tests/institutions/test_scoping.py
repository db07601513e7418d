"""Who sees which institutions and people: the wall between ministries, between prisons for their
managers, and named lists only for those who hold the staff-records right."""

import re

import pytest
from django.urls import reverse

from institutions import scoping, selectors, services
from institutions.models import Position, Role
from tests.factories import InstitutionFactory, MembershipFactory

STAFF_ACTIONS = ["invite", "add_without_email", "staff_import", "setup_codes"]


def cell_after(html: str, row_label: str) -> str:
    """The text of the figure cell in the table row headed `row_label`."""
    match = re.search(
        rf"<th scope=\"row\">(?:<a [^>]*>)?{re.escape(row_label)}(?:</a>)?</th>.*?"
        r"<td class=\"num\">([^<]*)</td>",
        html,
        re.S,
    )
    assert match, f"no row {row_label!r}"
    return match.group(1).strip()


def total_cell(html: str) -> str:
    match = re.search(r"<tfoot>.*?<td class=\"num\">([^<]*)</td>", html, re.S)
    assert match
    return match.group(1).strip()


# --- between ministries ------------------------------------------------------------------------


def test_the_niger_reviewer_gets_404_on_a_mali_institution_page(
    client, sign_in, reviewer_other_ministry, bamako
):
    sign_in(reviewer_other_ministry)

    response = client.get(reverse("institution_detail", args=[bamako.pk]))

    assert response.status_code == 404


def test_the_niger_reviewer_never_sees_a_mali_institution_listed_on_their_home(
    client, sign_in, reviewer_other_ministry, bamako, koulikoro, niamey, staff_of
):
    staff_of(bamako, 6)
    staff_of(niamey, 6)
    sign_in(reviewer_other_ministry)

    html = client.get("/").content.decode()

    assert niamey.name in html
    for institution in (bamako, koulikoro):
        assert institution.name not in html
        assert institution.code not in html
        assert reverse("institution_detail", args=[institution.pk]) not in html
    assert "Ministère de la Justice du Mali" not in html


def test_a_mali_reviewer_gets_404_on_every_staff_action_of_a_niger_institution(
    client, sign_in, ministry_reviewer, niamey
):
    sign_in(ministry_reviewer)

    for name in ["institution_detail", *STAFF_ACTIONS]:
        assert client.get(reverse(name, args=[niamey.pk])).status_code == 404, name


def test_a_reviewer_with_staff_records_access_sees_no_other_ministrys_people(
    mali, niamey, staff_of
):
    hadiza = staff_of(niamey, 1)[0]
    reviewer = MembershipFactory(institution=InstitutionFactory(ministry=mali)).user
    services.assign_role(
        user=reviewer, role=Role.MINISTRY_REVIEWER, ministry=mali, has_staff_records_access=True
    )

    assert hadiza not in scoping.visible_people(reviewer)
    assert niamey not in scoping.visible_institutions(reviewer)
    assert not scoping.can_view_staff_records(reviewer, niamey)


# --- between prisons, for their managers -------------------------------------------------------


def test_a_manager_gets_404_on_another_prisons_page(client, sign_in, manager, koulikoro):
    sign_in(manager)

    response = client.get(reverse("institution_detail", args=[koulikoro.pk]))

    assert response.status_code == 404


@pytest.mark.parametrize("action", STAFF_ACTIONS)
def test_a_manager_gets_404_on_another_prisons_staff_actions(
    client, sign_in, manager, koulikoro, action
):
    sign_in(manager)
    url = reverse(action, args=[koulikoro.pk])

    assert client.get(url).status_code == 404
    assert client.post(url, {}).status_code == 404


# Acting on another prison's people (404) is in test_staff_changes.py.


def test_a_manager_cannot_see_another_prisons_staff_names(
    client, sign_in, manager, learner, other_learner, manager_elsewhere, bamako
):
    sign_in(manager)

    pages = [
        client.get("/").content.decode(),
        client.get(reverse("institution_detail", args=[bamako.pk])).content.decode(),
        client.get(reverse("transfer", args=[learner.pk])).content.decode(),
        client.get(reverse("setup_codes", args=[bamako.pk])).content.decode(),
    ]

    assert learner.full_name in pages[1]
    for html in pages:
        assert other_learner.full_name not in html
        assert manager_elsewhere.full_name not in html
    assert other_learner not in scoping.visible_people(manager)
    assert other_learner not in scoping.managed_people(manager)


def test_a_manager_sees_the_ministrys_other_institutions_only_as_transfer_targets(
    client, sign_in, manager, learner, koulikoro, niamey
):
    sign_in(manager)

    transfer_page = client.get(reverse("transfer", args=[learner.pk])).content.decode()
    home = client.get("/").content.decode()

    assert f"{koulikoro.name} ({koulikoro.code})" in transfer_page
    assert niamey.name not in transfer_page
    assert koulikoro.name not in home
    assert koulikoro not in scoping.visible_institutions(manager)


def test_transfer_targets_are_only_active_institutions_of_the_same_ministry(
    manager, bamako, koulikoro, niamey, mali
):
    closed = InstitutionFactory(ministry=mali, name="Ancienne prison", is_active=False)

    targets = list(scoping.transfer_targets(manager, bamako))

    assert targets == [koulikoro]
    assert closed not in targets
    assert niamey not in targets


def test_someone_who_does_not_manage_the_institution_has_no_transfer_targets(
    learner, ministry_reviewer, bamako, koulikoro
):
    assert not scoping.transfer_targets(learner, bamako).exists()
    assert not scoping.transfer_targets(ministry_reviewer, bamako).exists()


# --- counts and names --------------------------------------------------------------------------


def test_a_ministry_reviewer_sees_counts_but_no_names(
    client, sign_in, ministry_reviewer, bamako, staff_of
):
    officers = staff_of(bamako, 7)
    psychologists = staff_of(bamako, 2, position=Position.PSYCHOLOGIST)
    educators = staff_of(bamako, 3, position=Position.EDUCATOR)
    sign_in(ministry_reviewer)

    response = client.get(reverse("institution_detail", args=[bamako.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert cell_after(html, "Prison officer") == "7"
    assert cell_after(html, "Psychologist") == "&lt;5"
    assert cell_after(html, "Educator") == "&lt;5"
    assert cell_after(html, "Social worker") == "0"
    for person in officers + psychologists + educators:
        assert person.full_name not in html
        assert person.get_login() not in html
    assert reverse("transfer", args=[officers[0].pk]) not in html


def test_a_ministry_reviewers_home_shows_small_institutions_as_fewer_than_five(
    client, sign_in, ministry_reviewer, bamako, koulikoro, staff_of
):
    staff_of(bamako, 12)
    staff_of(koulikoro, 3)
    sign_in(ministry_reviewer)

    html = client.get("/").content.decode()

    assert cell_after(html, bamako.name.replace("'", "&#x27;")) == "12"
    assert cell_after(html, koulikoro.name) == "&lt;5"
    # 15 would give Koulikoro's 3 away; "<5" would be untrue.
    assert total_cell(html) == "hidden"


def test_a_ministry_reviewer_with_staff_records_access_sees_names_and_exact_counts(
    client, sign_in, mali, bamako, koulikoro, staff_of
):
    reviewer = staff_of(InstitutionFactory(ministry=mali), 1)[0]
    services.assign_role(
        user=reviewer, role=Role.MINISTRY_REVIEWER, ministry=mali, has_staff_records_access=True
    )
    psychologists = staff_of(bamako, 2, position=Position.PSYCHOLOGIST)
    staff_of(koulikoro, 3)
    sign_in(reviewer)

    detail = client.get(reverse("institution_detail", args=[bamako.pk])).content.decode()
    home = client.get("/").content.decode()

    assert cell_after(detail, "Psychologist") == "2"
    for person in psychologists:
        assert person.full_name in detail
    assert cell_after(home, koulikoro.name) == "3"
    # Seeing names does not make the reviewer a manager.
    assert client.get(reverse("invite", args=[bamako.pk])).status_code == 403


def test_a_learner_sees_their_institution_without_colleagues_names(
    client, sign_in, learner, bamako, staff_of
):
    colleagues = staff_of(bamako, 6)
    sign_in(learner)

    html = client.get(reverse("institution_detail", args=[bamako.pk])).content.decode()

    assert bamako.name.replace("'", "&#x27;") in html
    for colleague in colleagues:
        assert colleague.full_name not in html


def test_staff_counts_leave_out_deactivated_people_and_those_who_left(
    ministry_reviewer, manager, bamako, koulikoro, staff_of
):
    staff = staff_of(bamako, 8)
    services.deactivate_person(user=staff[0], deactivated_by=manager)
    services.end_membership(user=staff[1], ended_by=manager)
    services.transfer_person(user=staff[2], to_institution=koulikoro, moved_by=manager)

    (overview,) = selectors.ministry_overviews(user=ministry_reviewer)

    counts = {institution: str(figure) for institution, figure in overview.rows}
    assert counts[bamako] == "6"  # 5 left of the 8, plus the manager
    assert counts[koulikoro] == "<5"


def test_a_reviewers_own_membership_does_not_change_the_counts(mali, bamako, staff_of):
    reviewer = staff_of(bamako, 1)[0]
    services.assign_role(user=reviewer, role=Role.MINISTRY_REVIEWER, ministry=mali)
    staff_of(bamako, 6)

    (overview,) = selectors.ministry_overviews(user=reviewer)

    assert [str(figure) for _, figure in overview.rows] == ["7"]


@pytest.mark.parametrize("institutions", [2, 8])
def test_the_ministry_overview_needs_the_same_queries_whatever_the_size(
    ministry_reviewer, mali, staff_of, django_assert_max_num_queries, institutions
):
    for _ in range(institutions):
        staff_of(InstitutionFactory(ministry=mali), 3)
    scoping.forget_scope(ministry_reviewer)

    with django_assert_max_num_queries(3):
        selectors.ministry_overviews(user=ministry_reviewer)


def test_a_reviewer_cannot_work_out_a_hidden_position_count_from_their_home(
    client, sign_in, ministry_reviewer, bamako, staff_of
):
    staff_of(bamako, 7)
    staff_of(bamako, 2, position=Position.PSYCHOLOGIST)
    sign_in(ministry_reviewer)

    home = client.get("/").content.decode()
    detail = client.get(reverse("institution_detail", args=[bamako.pk])).content.decode()

    institution_total = cell_after(home, bamako.name.replace("'", "&#x27;"))
    officers = cell_after(detail, "Prison officer")
    assert cell_after(detail, "Psychologist") == "&lt;5"
    assert not (institution_total.isdigit() and officers.isdigit()), (
        f"{institution_total} - {officers} gives the psychologists away"
    )
