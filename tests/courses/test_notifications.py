"""Notifications in the app and by email, each in the recipient's language: a new assignment, due in
7 days, overdue (to the learner, and weekly to their manager); reminders never sent twice; the
unread count in the header; the list marks them read."""

import re
from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.enrollment import services as enrollment_services
from courses.enrollment import tasks as enrollment_tasks
from courses.learning import services as learning_services
from courses.models import Enrollment, Notification
from institutions import services as institution_services
from tests.conftest import signed_in
from tests.factories import MembershipFactory, UserFactory
from tests.factories.courses import text

pytestmark = pytest.mark.django_db

TODAY = date(2027, 3, 1)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(timezone.make_aware(datetime(2027, 3, 1, 9)), tick=False) as t:
        yield t


def speaking(user, language: str):
    return institution_services.update_profile(
        user=user, full_name=user.full_name, preferred_language=language, time_zone=user.time_zone
    )


@pytest.fixture
def english_officer(bamako):
    user = UserFactory(full_name="John Smith", preferred_language="en")
    MembershipFactory(user=user, institution=bamako)
    return user


def mail_to(user):
    sent = [message for message in mail.outbox if message.to == [user.email]]
    assert len(sent) == 1, [m.subject for m in mail.outbox]
    return sent[0]


def assign(course, learners, manager, due_on, callbacks):
    with callbacks(execute=True):
        return enrollment_services.assign_course(
            course=course, learners=learners, assigned_by=manager, due_on=due_on
        )


# --- a new assignment ------------------------------------------------------------------------


def test_an_assignment_is_notified_in_the_app_and_by_email_in_each_recipients_language(
    build_course, learner, english_officer, manager, django_capture_on_commit_callbacks
):
    course = build_course()
    assign(
        course,
        [learner, english_officer],
        manager,
        date(2027, 4, 15),
        django_capture_on_commit_callbacks,
    )

    assert Notification.objects.filter(kind=Notification.Kind.ASSIGNED).count() == 2
    english = mail_to(english_officer)
    assert "You have a new course to take: Trust in detention, due 15 April 2027." in english.body
    assert "/en/courses/trust/" in english.body
    assert english.subject == "New assignment · Passerelle"

    french = mail_to(learner)
    with translation.override("fr"):
        sentence = gettext("You have a new course to take: %(course)s, due %(due)s.") % {
            "course": "La confiance en détention",
            "due": "15 avril 2027",
        }
    assert sentence in french.body
    assert "/fr/courses/trust/" in french.body
    assert "Trust in detention" not in french.body

    page = text(signed_in(english_officer).get("/notifications/"))
    assert "You have a new course to take: Trust in detention, due 15 April 2027." in page


def test_assigning_the_same_course_again_notifies_nobody_twice(
    build_course, learner, manager, django_capture_on_commit_callbacks
):
    course = build_course()
    for _ in range(2):
        assign(course, [learner], manager, date(2027, 4, 15), django_capture_on_commit_callbacks)

    assert Notification.objects.filter(recipient=learner).count() == 1
    assert len(mail.outbox) == 1


# --- reminders -------------------------------------------------------------------------------


@pytest.fixture
def due_in(build_course, manager):
    """due_in(person, days): an assignment of the course due in `days` days (negative: overdue),
    made by the Bamako manager without telling anyone (only the reminders are under test)."""
    course = build_course()

    def make(person, days: int) -> Enrollment:
        return enrollment_services.enroll_learner(
            learner=person,
            course=course,
            source=Enrollment.Source.MANAGER,
            assigned_by=manager,
            due_at=timezone.now() + timedelta(days=days),
        )

    return make


def test_a_learner_hears_once_that_a_course_is_due_within_7_days(
    due_in, learner, english_officer, staff_of, bamako, django_capture_on_commit_callbacks
):
    speaking(learner, "en")
    due_in(learner, 6)
    due_in(english_officer, 9)  # not yet

    with django_capture_on_commit_callbacks(execute=True):
        assert enrollment_tasks.send_due_reminders() == 1

    notification = Notification.objects.get()
    assert (notification.recipient, notification.kind) == (learner, Notification.Kind.DUE_SOON)
    assert "Trust in detention is due on 7 March 2027." in mail_to(learner).body


def test_a_learner_hears_once_that_a_course_is_overdue(
    due_in, learner, django_capture_on_commit_callbacks
):
    speaking(learner, "en")
    due_in(learner, -2)

    with django_capture_on_commit_callbacks(execute=True):
        enrollment_tasks.send_due_reminders()

    notification = Notification.objects.get(recipient=learner)
    assert notification.kind == Notification.Kind.OVERDUE
    assert "Trust in detention is overdue since 27 February 2027." in mail_to(learner).body


def test_a_completed_course_past_its_due_date_sends_no_reminder(due_in, learner, build_course):
    enrollment = due_in(learner, -2)
    learning_services.finish_course(enrollment=enrollment)

    assert enrollment_tasks.send_due_reminders() == 0
    assert not Notification.objects.exists()


def test_managers_get_a_weekly_summary_of_their_overdue_staff_and_no_one_elses(
    due_in,
    learner,
    english_officer,
    manager,
    manager_elsewhere,
    other_learner,
    django_capture_on_commit_callbacks,
):
    speaking(manager, "en")
    due_in(learner, -1)
    due_in(english_officer, -10)
    due_in(other_learner, 3)  # at Koulikoro, not overdue

    with django_capture_on_commit_callbacks(execute=True):
        assert enrollment_tasks.send_overdue_summaries() == 1

    summary = Notification.objects.get(kind=Notification.Kind.OVERDUE_SUMMARY)
    assert summary.recipient == manager
    body = mail_to(manager).body
    assert "2 people at Maison Centrale d'Arrêt de Bamako have overdue training." in body
    assert not Notification.objects.filter(recipient=manager_elsewhere).exists()


def test_running_the_reminder_tasks_twice_sends_nothing_twice(
    due_in, learner, english_officer, manager, frozen, django_capture_on_commit_callbacks
):
    due_in(learner, 5)
    due_in(english_officer, -5)

    with django_capture_on_commit_callbacks(execute=True):
        first = (enrollment_tasks.send_due_reminders(), enrollment_tasks.send_overdue_summaries())
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        second = (enrollment_tasks.send_due_reminders(), enrollment_tasks.send_overdue_summaries())
    frozen.shift(timedelta(days=1))  # the next daily run, the same week
    with django_capture_on_commit_callbacks(execute=True):
        third = (enrollment_tasks.send_due_reminders(), enrollment_tasks.send_overdue_summaries())

    assert first == (2, 1)
    assert second == third == (0, 0)
    assert len(mail.outbox) == sent == 3
    assert Notification.objects.count() == 3

    # A week later the course due soon is overdue (another message, once) and a new week brings
    # a new summary; the day after, nothing again.
    frozen.shift(timedelta(days=7))
    assert (enrollment_tasks.send_due_reminders(), enrollment_tasks.send_overdue_summaries()) == (
        1,
        1,
    )
    frozen.shift(timedelta(days=1))
    assert (enrollment_tasks.send_due_reminders(), enrollment_tasks.send_overdue_summaries()) == (
        0,
        0,
    )


# --- in the app ------------------------------------------------------------------------------


def unread_badge(response) -> int | None:
    match = re.search(r'class="badge" aria-label="(\d+) unread">', response.content.decode())
    return int(match.group(1)) if match else None


def test_the_header_shows_the_unread_count_and_the_list_marks_them_read(
    build_course, learner, manager, django_capture_on_commit_callbacks
):
    trust = build_course()
    risk = build_course("risk", title="Risques", title_en="Risk and needs")
    browser = signed_in(learner)
    assert unread_badge(browser.get("/")) is None

    assign(trust, [learner], manager, None, django_capture_on_commit_callbacks)
    assert unread_badge(browser.get("/")) == 1
    assign(risk, [learner], manager, date(2027, 5, 1), django_capture_on_commit_callbacks)
    assert unread_badge(browser.get("/")) == 2

    response = browser.get("/notifications/")
    page = text(response)
    assert page.count('<strong class="badge">New</strong>') == 2
    assert "You have a new course to take: Trust in detention." in page
    assert "You have a new course to take: Risk and needs, due 1 May 2027." in page
    assert not Notification.objects.filter(recipient=learner, read_at__isnull=True).exists()

    assert unread_badge(browser.get("/")) is None
    assert "New</strong>" not in text(browser.get("/notifications/"))


def test_the_notifications_list_shows_only_the_readers_own(
    build_course, learner, english_officer, manager, django_capture_on_commit_callbacks
):
    assign(build_course(), [english_officer], manager, None, django_capture_on_commit_callbacks)

    page = text(signed_in(learner).get("/notifications/"))

    assert "No notifications." in page
    assert Notification.objects.get().read_at is None
