"""The managers' and reviewers' screens: staff training with filters and time spent, assigning a
course, the ministry's requirements under the small-group rule, the home section, the tenancy
walls, and query budgets that hold whatever the number of staff."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from courses.compliance import services as compliance_services
from courses.enrollment import selectors as enrollment_selectors
from courses.enrollment import services as enrollment_services
from courses.learning import services as learning_services
from courses.models import (
    ComplianceRecord,
    Enrollment,
    ModulePage,
    ModuleProgress,
    Notification,
    TrainingRequirement,
)
from institutions import services as institution_services
from institutions.models import Institution, Role
from reports.training import selectors as manager_selectors
from tests.conftest import signed_in
from tests.factories import MembershipFactory, UserFactory

# --- helpers -------------------------------------------------------------------------------------


@pytest.fixture
def make_course(build_course):
    """make_course(title, modules=3, english_title=None): a live course taken on assignment only,
    in French and, given an English title, in English."""
    made = []

    def make(
        title: str = "Psychologie de l'extrémisme violent en détention",
        *,
        modules: int = 3,
        english_title: str | None = None,
    ):
        made.append(title)
        return build_course(
            f"course-{len(made) + 1}",
            title=title,
            title_en=english_title or "",
            english=english_title is not None,
            modules=modules,
            summary="Comprendre les trajectoires d'engagement.",
            outcomes="<ul><li>Reconnaître les signes.</li></ul>",
            is_open=False,
            revisions=True,
        )

    return make


def training_url(institution, **query) -> str:
    url = reverse("institution_training", kwargs={"pk": institution.pk})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def assign_url(institution) -> str:
    return reverse("assign_course", kwargs={"pk": institution.pk})


def person_url(institution, person) -> str:
    return reverse("person_training", kwargs={"pk": institution.pk, "person_pk": person.pk})


def requirements_url(ministry) -> str:
    return reverse("ministry_requirements", kwargs={"pk": ministry.pk})


def section(html: str, heading_id: str) -> str:
    """The HTML of the <section> labelled by the heading with this id."""
    match = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, flags=re.S
    )
    assert match, f"no section {heading_id}"
    return match.group(0)


def people_rows(page: str) -> list[str]:
    """The names in the staff table, in order."""
    table = section(page, "section-staff-training")
    names = re.findall(r'<th scope="row(?:group)?"[^>]*>\s*<a [^>]*>([^<]+)</a>', table)
    return [unescape(name) for name in names]


def modules_of(course) -> list[ModulePage]:
    return list(ModulePage.objects.live().child_of(course).order_by("path"))


def complete_course(person, course):
    enrollment = enrollment_selectors.current_enrollment(
        learner=person, course_key=course.translation_key
    )
    for module in modules_of(course):
        learning_services.complete_module(enrollment=enrollment, module=module)
    return enrollment


def require(course, ministry, *, position="prison_officer", days=30, effective_days_ago=0):
    requirement = TrainingRequirement.objects.create(
        ministry=ministry,
        position=position,
        institution_kind=Institution.Kind.PRISON,
        course=course,
        days_to_complete=days,
        effective_from=timezone.localdate() - timedelta(days=effective_days_ago),
    )
    compliance_services.sync_requirement(requirement=requirement)
    return requirement


@pytest.fixture
def officers(bamako, staff_of):
    return staff_of(bamako, 3, "prison_officer")


@pytest.fixture
def records_reviewer(mali):
    user = UserFactory(username="reviewer-ml-records", full_name="Kadiatou Keïta")
    institution_services.assign_role(
        user=user, role=Role.MINISTRY_REVIEWER, ministry=mali, has_staff_records_access=True
    )
    return user


# --- assigning and seeing who is overdue ---------------------------------------------------------


def test_a_manager_assigns_a_course_to_bamakos_officers_and_sees_who_is_overdue(
    sign_in, manager, bamako, officers, learner, course
):
    browser = sign_in(manager)
    due_on = timezone.localdate() + timedelta(days=14)

    response = browser.post(
        assign_url(bamako),
        {"course": course.pk, "position": "prison_officer", "due_on": due_on.isoformat()},
    )

    assert response.status_code == 302
    assert response["Location"] == training_url(bamako)
    officers_and_learner = [*officers, learner]  # the learner persona is an officer too
    assert Enrollment.objects.filter(
        course_key=course.translation_key, source=Enrollment.Source.MANAGER
    ).count() == len(officers_and_learner)
    on_time = officers[0]
    complete_course(on_time, course)

    with time_machine.travel(timezone.now() + timedelta(days=15)):
        page = sign_in(manager).get(training_url(bamako)).content.decode()

    overdue = section(page, "section-overdue")
    for person in [*officers[1:], learner]:
        assert escape(person.full_name) in overdue
    assert escape(on_time.full_name) not in overdue
    assert escape(manager.full_name) not in overdue
    names = people_rows(page)
    assert set(names[:3]) == {officers[1].full_name, officers[2].full_name, learner.full_name}
    assert on_time.full_name in names[3:]


def test_each_officer_is_notified_of_the_assignment_and_nobody_else(
    sign_in, manager, bamako, officers, staff_of, course
):
    psychologist = staff_of(bamako, 1, "psychologist")[0]

    sign_in(manager).post(
        assign_url(bamako),
        {"course": course.pk, "position": "prison_officer", "due_on": ""},
    )

    notified = set(
        Notification.objects.filter(kind=Notification.Kind.ASSIGNED).values_list(
            "recipient_id", flat=True
        )
    )
    assert {officer.pk for officer in officers} <= notified
    assert psychologist.pk not in notified
    assert manager.pk not in notified


def test_a_manager_assigns_a_course_to_people_chosen_by_name(
    sign_in, manager, bamako, officers, course
):
    response = sign_in(manager).post(
        assign_url(bamako), {"course": course.pk, "people": [officers[0].pk, officers[2].pk]}
    )

    assert response.status_code == 302
    assigned = set(Enrollment.objects.values_list("learner_id", flat=True))
    assert assigned == {officers[0].pk, officers[2].pk}
    assert Notification.objects.filter(recipient=officers[0]).exists()


def test_assigning_someone_outside_the_institution_is_refused_and_writes_nothing(
    sign_in, manager, bamako, officers, other_learner, course
):
    response = sign_in(manager).post(
        assign_url(bamako), {"course": course.pk, "people": [officers[0].pk, other_learner.pk]}
    )

    assert response.status_code == 200
    assert "is not current staff of this institution. Nobody was assigned." in (
        response.content.decode()
    )
    assert not Enrollment.objects.exists()
    assert not Notification.objects.exists()


def test_the_assign_service_refuses_someone_outside_the_managers_institution(
    manager, other_learner, course
):
    with pytest.raises(enrollment_services.EnrollmentRefused):
        enrollment_services.assign_course(
            course=course, learners=[other_learner], assigned_by=manager, due_on=None
        )

    assert not Enrollment.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"people": ["OFFICER"]}, "Choose a course."),
        ({"course": "COURSE"}, "Choose who takes the course: a position, or people by name."),
        (
            {"course": "COURSE", "people": ["OFFICER"], "due_on": "PAST"},
            "The due date cannot be in the past.",
        ),
        (
            {"course": "COURSE", "people": ["OFFICER"], "due_on": "2030-02-31"},
            "Enter a valid date.",
        ),
        (
            {"course": "COURSE", "people": ["OFFICER"], "due_on": "9999-12-31"},
            "Choose a due date within the next five years.",
        ),
        (
            {"course": "COURSE", "people": ["OFFICER"], "position": "prison_officer"},
            "Choose either a position or people by name, not both.",
        ),
        (
            {"course": "COURSE", "position": "psychologist"},
            "Nobody holds this position at the institution at the moment.",
        ),
        ({"course": "COURSE", "position": "astronaut"}, "Select a valid choice."),
        (
            {"course": "999999", "people": ["OFFICER"]},
            "This course cannot be assigned. Choose one from the list.",
        ),
        ({"course": "COURSE", "people": ["abc"]}, "The list of people is not valid."),
    ],
)
def test_bad_input_on_the_assign_form_gets_a_clear_message_and_writes_nothing(
    sign_in, manager, bamako, officers, course, data, message
):
    past = (timezone.localdate() - timedelta(days=1)).isoformat()
    replace = {"COURSE": str(course.pk), "OFFICER": str(officers[0].pk), "PAST": past}
    data = {
        key: [replace.get(v, v) for v in value]
        if isinstance(value, list)
        else replace.get(value, value)
        for key, value in data.items()
    }

    response = sign_in(manager).post(assign_url(bamako), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Enrollment.objects.exists()
    assert not Notification.objects.exists()


def test_a_draft_course_cannot_be_assigned(sign_in, manager, bamako, officers, course):
    course.unpublish()

    response = sign_in(manager).post(
        assign_url(bamako), {"course": course.pk, "people": [officers[0].pk]}
    )

    assert "This course cannot be assigned." in response.content.decode()
    assert not Enrollment.objects.exists()


def test_the_assign_form_offers_courses_in_the_managers_language_and_the_institutions_staff(
    sign_in, manager, bamako, officers, other_learner, make_course
):
    make_course("La confiance en détention", english_title="Trust in detention")
    make_course("Préparer la sortie")  # not translated: offered in French

    html = sign_in(manager).get(assign_url(bamako)).content.decode()

    assert "Trust in detention" in html
    assert "La confiance en détention" not in html
    assert "Préparer la sortie" in html
    assert escape(f"{officers[0].full_name} (Prison officer)") in html
    assert escape(other_learner.full_name) not in html


# --- who may see what ----------------------------------------------------------------------------


def test_a_manager_of_koulikoro_gets_404_on_bamakos_training_pages(
    sign_in, manager_elsewhere, bamako, learner
):
    browser = sign_in(manager_elsewhere)

    assert browser.get(training_url(bamako)).status_code == 404
    assert browser.get(person_url(bamako, learner)).status_code == 404
    assert browser.get(assign_url(bamako)).status_code == 404
    assert browser.post(assign_url(bamako), {}).status_code == 404


def test_the_niger_reviewer_gets_404_on_bamakos_training_page(
    sign_in, reviewer_other_ministry, bamako
):
    assert sign_in(reviewer_other_ministry).get(training_url(bamako)).status_code == 404


def test_a_learner_and_a_reviewer_without_staff_records_get_403_on_the_training_page(
    sign_in, learner, ministry_reviewer, bamako
):
    assert sign_in(learner).get(training_url(bamako)).status_code == 403
    assert sign_in(ministry_reviewer).get(training_url(bamako)).status_code == 403


def test_a_reviewer_with_staff_records_access_sees_the_training_page_but_cannot_assign(
    sign_in, records_reviewer, bamako, learner
):
    browser = sign_in(records_reviewer)

    response = browser.get(training_url(bamako))
    assert response.status_code == 200
    assert escape(learner.full_name) in response.content.decode()
    assert assign_url(bamako) not in response.content.decode()
    assert browser.get(assign_url(bamako)).status_code == 403


def test_the_person_page_answers_404_for_someone_not_on_the_institutions_staff(
    sign_in, manager, bamako, other_learner
):
    assert sign_in(manager).get(person_url(bamako, other_learner)).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login_page(client, bamako, mali):
    for url in (training_url(bamako), assign_url(bamako), requirements_url(mali)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


# --- the training page ---------------------------------------------------------------------------


@pytest.fixture
def mixed_staff(manager, bamako, staff_of, course):
    """Three officers (one done, one started, one not started, all due in 10 days) and a
    psychologist with nothing to do."""
    done, started, idle = staff_of(bamako, 3, "prison_officer")
    psychologist = staff_of(bamako, 1, "psychologist")[0]
    enrollment_services.assign_course(
        course=course,
        learners=[done, started, idle],
        assigned_by=manager,
        due_on=timezone.localdate() + timedelta(days=10),
    )
    complete_course(done, course)
    enrollment = enrollment_selectors.current_enrollment(
        learner=started, course_key=course.translation_key
    )
    learning_services.complete_module(enrollment=enrollment, module=modules_of(course)[0])
    return {"done": done, "started": started, "idle": idle, "psychologist": psychologist}


def test_the_training_page_shows_each_persons_status_modules_and_due_date(
    sign_in, manager, bamako, mixed_staff, course
):
    html = sign_in(manager).get(training_url(bamako)).content.decode()

    table = section(html, "section-staff-training")
    assert "Completed on" in table
    assert "In progress" in table
    assert "1 of 3" in table
    assert "Not started" in table
    assert escape(course.title) in table
    assert "No course assigned or required." in table  # the psychologist


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ({"position": "psychologist"}, ["psychologist"], ["done", "started", "idle"]),
        ({"status": "completed"}, ["done"], ["started", "idle", "psychologist"]),
        ({"status": "in_progress"}, ["started"], ["done", "idle", "psychologist"]),
        ({"status": "not_started"}, ["idle"], ["done", "started", "psychologist"]),
        ({"status": "due"}, ["started", "idle"], ["done", "psychologist"]),
        (
            {"position": "prison_officer", "status": "not_started"},
            ["idle"],
            ["done", "started", "psychologist"],
        ),
    ],
)
def test_the_training_page_filters_by_position_and_status(
    sign_in, manager, bamako, mixed_staff, query, shown, hidden
):
    html = sign_in(manager).get(training_url(bamako, **query)).content.decode()

    names = people_rows(html)
    for key in shown:
        assert mixed_staff[key].full_name in names
    for key in hidden:
        assert mixed_staff[key].full_name not in names


@pytest.mark.parametrize(
    "query",
    [
        "position=astronaut",
        "status=lost",
        "status=overdue&status=done",
        "position=%00",
        "position[]=x",
        "status=" + "x" * 5000,
    ],
)
def test_unknown_filter_values_are_ignored(sign_in, manager, bamako, mixed_staff, query):
    response = sign_in(manager).get(training_url(bamako) + "?" + query)

    assert response.status_code == 200
    names = people_rows(response.content.decode())
    assert mixed_staff["psychologist"].full_name in names
    assert mixed_staff["done"].full_name in names


def test_the_training_page_shows_the_compliance_status_of_each_requirement(
    sign_in, manager, bamako, mali, officers, course
):
    require(course, mali, days=30)
    complete_course(officers[0], course)

    with time_machine.travel(timezone.now() + timedelta(days=31)):
        html = sign_in(manager).get(training_url(bamako)).content.decode()

    table = section(html, "section-staff-training")
    assert "Compliant" in table
    assert "Overdue" in table
    assert set(people_rows(html)[:2]) == {officers[1].full_name, officers[2].full_name}


def test_time_spent_per_module_shows_on_the_persons_page(
    sign_in, manager, bamako, officers, course
):
    officer = officers[0]
    [enrollment] = enrollment_services.assign_course(
        course=course, learners=[officer], assigned_by=manager, due_on=None
    )
    first, second, _third = modules_of(course)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for module, heartbeats in ((first, 3), (second, 1)):
            progress = enrollment_services.open_module(enrollment=enrollment, module=module)
            for _ in range(heartbeats):
                enrollment_services.record_heartbeat(progress=progress)
                clock.shift(timedelta(minutes=1))
    browser = sign_in(manager)

    person = browser.get(person_url(bamako, officer)).content.decode()
    table = browser.get(training_url(bamako)).content.decode()

    rows = re.findall(r"<tr>\s*<th scope=\"row\">(Module \d)</th>.*?(\d+) min</td>", person, re.S)
    assert rows == [("Module 1", "3"), ("Module 2", "1"), ("Module 3", "0")]
    assert "4 min" in section(table, "section-staff-training")


# --- query budgets -------------------------------------------------------------------------------


def _staff_with_training(bamako, manager, mali, staff_of, make_course, size: int):
    first, second = make_course(modules=4), make_course("La confiance", modules=2)
    people = staff_of(bamako, size, "prison_officer") + staff_of(bamako, 2, "psychologist")
    enrollment_services.assign_course_to_position(
        course=first,
        institution=bamako,
        position="prison_officer",
        assigned_by=manager,
        due_on=timezone.localdate() + timedelta(days=5),
    )
    require(second, mali, effective_days_ago=100)
    for person in people[: size // 2]:
        enrollment = enrollment_selectors.current_enrollment(
            learner=person, course_key=first.translation_key
        )
        progress = enrollment_services.open_module(
            enrollment=enrollment, module=modules_of(first)[0]
        )
        enrollment_services.record_heartbeat(progress=progress)
    return people


@pytest.mark.parametrize("size", [3, 30])
def test_the_training_selector_needs_six_queries_whatever_the_number_of_staff(
    manager, bamako, mali, staff_of, make_course, django_assert_max_num_queries, size
):
    _staff_with_training(bamako, manager, mali, staff_of, make_course, size)

    with django_assert_max_num_queries(6):
        training = manager_selectors.institution_training(institution=bamako, language="fr")

    assert len(training.people) == size + 2 + 1  # officers, psychologists, the manager
    assert ModuleProgress.objects.exists()


@pytest.mark.parametrize("size", [3, 30])
def test_the_person_page_selector_needs_six_queries(
    manager, bamako, mali, staff_of, make_course, django_assert_max_num_queries, size
):
    people = _staff_with_training(bamako, manager, mali, staff_of, make_course, size)

    with django_assert_max_num_queries(6):
        detail = manager_selectors.person_training(
            institution=bamako, person_id=people[0].pk, language="fr"
        )

    assert len(detail.courses) == 2


def test_the_training_page_needs_the_same_queries_for_3_and_30_staff(
    sign_in, mali, staff_of, make_course
):
    counts = []
    for size in (3, 30):
        institution = Institution.objects.create(
            ministry=mali, name=f"Prison {size}", code=f"ML-TST-{size}"
        )
        head = MembershipFactory(institution=institution, position="manager").user
        institution_services.assign_role(
            user=head, role=Role.INSTITUTION_MANAGER, institution=institution
        )
        _staff_with_training(institution, head, mali, staff_of, make_course, size)
        browser = sign_in(head)
        browser.get(training_url(institution))  # session and caches warm
        with CaptureQueriesContext(connection) as queries:
            response = browser.get(training_url(institution))
        assert response.status_code == 200
        counts.append(len(queries))

    assert counts[0] == counts[1], counts


@pytest.mark.parametrize("size", [3, 30])
def test_the_home_summary_needs_the_same_queries_whatever_the_number_of_staff(
    manager, bamako, mali, staff_of, make_course, django_assert_max_num_queries, size
):
    _staff_with_training(bamako, manager, mali, staff_of, make_course, size)

    with django_assert_max_num_queries(5):
        [summary] = manager_selectors.managed_training_summary(user=manager)

    assert summary.counts.total.people == size + 2 + 1


@pytest.mark.parametrize("size", [3, 30])
def test_the_requirements_selector_needs_three_queries_whatever_the_number_of_staff(
    manager, bamako, mali, staff_of, make_course, django_assert_max_num_queries, size
):
    _staff_with_training(bamako, manager, mali, staff_of, make_course, size)

    with django_assert_max_num_queries(3):
        [row] = manager_selectors.ministry_requirements(ministry=mali, language="fr", reveal=True)

    assert row.counts.total.people == size


# --- the ministry's requirements -----------------------------------------------------------------


def test_a_reviewer_sees_the_ministrys_requirements_with_small_groups_shown_as_fewer_than_five(
    sign_in, ministry_reviewer, mali, bamako, officers, staff_of, course
):
    more = staff_of(bamako, 4, "prison_officer")
    require(course, mali, days=30)
    for person in (*officers, *more[:3]):  # 6 compliant, 1 due
        enrollment_services.enroll_learner(
            learner=person, course=course, source=Enrollment.Source.REQUIREMENT
        )
        complete_course(person, course)

    response = sign_in(ministry_reviewer).get(requirements_url(mali))

    assert response.status_code == 200
    html = response.content.decode()
    row = re.search(r"<tbody>.*?</tbody>", html, re.S).group(0)
    assert "Prison officer" in row
    cells = re.findall(r'<td class="num">([^<]*)</td>', row)
    # days, compliant, expiring, due, overdue, expired, staff concerned, valid share
    assert cells[0] == "30"
    assert cells[1] == "6"
    assert cells[2] == "0"
    assert cells[3] == "&lt;5"
    assert cells[4:6] == ["0", "0"]
    # The total and the share would give the hidden group away by subtraction.
    assert cells[6] == "hidden"
    assert cells[7] == "—"
    assert "Groups of fewer than five people" in html


def test_a_reviewer_with_staff_records_access_sees_exact_requirement_counts(
    sign_in, records_reviewer, mali, officers, course
):
    require(course, mali, days=30)
    complete_course(officers[0], course)

    html = sign_in(records_reviewer).get(requirements_url(mali)).content.decode()

    row = re.search(r"<tbody>.*?</tbody>", html, re.S).group(0)
    cells = re.findall(r'<td class="num">([^<]*)</td>', row)
    assert cells[1] == "1"
    assert cells[3] == "2"
    assert "&lt;5" not in row


def test_the_niger_reviewer_gets_404_on_malis_requirements_page(
    sign_in, reviewer_other_ministry, ministry_reviewer, mali, niger
):
    assert sign_in(reviewer_other_ministry).get(requirements_url(mali)).status_code == 404
    assert sign_in(reviewer_other_ministry).get(requirements_url(niger)).status_code == 200


def test_managers_and_learners_get_404_on_the_requirements_page(sign_in, manager, learner, mali):
    assert sign_in(manager).get(requirements_url(mali)).status_code == 404
    assert sign_in(learner).get(requirements_url(mali)).status_code == 404


def test_another_ministrys_compliance_never_counts_on_the_requirements_page(
    sign_in, records_reviewer, mali, niger, niamey, officers, staff_of, make_course
):
    course = make_course()
    require(course, mali, days=30)
    nigeriens = staff_of(niamey, 6, "prison_officer")
    TrainingRequirement.objects.create(
        ministry=niger,
        position="prison_officer",
        institution_kind=Institution.Kind.PRISON,
        course=course,
    )
    for requirement in TrainingRequirement.objects.filter(ministry=niger):
        compliance_services.sync_requirement(requirement=requirement)
    assert ComplianceRecord.objects.filter(person__in=nigeriens).count() == 6

    html = sign_in(records_reviewer).get(requirements_url(mali)).content.decode()

    cells = re.findall(
        r'<td class="num">([^<]*)</td>', re.search(r"<tbody>.*?</tbody>", html, re.S).group(0)
    )
    assert cells[6] == "3"


# --- the home page -------------------------------------------------------------------------------


def test_the_managers_home_counts_staff_overdue_due_and_compliant_with_links(
    sign_in, manager, bamako, mixed_staff, course
):
    enrollment_services.assign_course(
        course=course,
        learners=[mixed_staff["psychologist"]],
        assigned_by=manager,
        due_on=timezone.localdate(),
    )
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        html = sign_in(manager).get(reverse("home")).content.decode()

    home = section(html, f"section-training-{bamako.pk}")
    counts = dict(
        re.findall(r'<th scope="row">([^<]+)</th>\s*<td class="num">(?:<a [^>]*>)?([^<]+)', home)
    )
    assert counts == {"Overdue": "1", "Due": "2", "Compliant": "2", "Total": "5"}
    assert training_url(bamako) in home
    assert assign_url(bamako) in home


def test_the_reviewers_home_links_to_the_requirements_page(sign_in, ministry_reviewer, mali):
    html = sign_in(ministry_reviewer).get(reverse("home")).content.decode()

    assert requirements_url(mali) in section(html, "section-requirements")


def test_a_learners_home_has_no_training_section(sign_in, learner):
    html = sign_in(learner).get(reverse("home")).content.decode()

    assert "section-training-" not in html
    assert "section-requirements" not in html


def test_every_page_answers_in_french(
    manager, ministry_reviewer, bamako, mali, mixed_staff, course
):
    require(course, mali)
    manager_browser = signed_in(manager, language="fr")
    reviewer_browser = signed_in(ministry_reviewer, language="fr")

    for browser, url in [
        (manager_browser, training_url(bamako)),
        (manager_browser, person_url(bamako, mixed_staff["started"])),
        (manager_browser, assign_url(bamako)),
        (manager_browser, reverse("home")),
        (reviewer_browser, requirements_url(mali)),
        (reviewer_browser, reverse("home")),
    ]:
        response = browser.get(url)
        assert response.status_code == 200, url
        assert '<html lang="fr"' in response.content.decode()
