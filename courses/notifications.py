"""Notifications to learners and managers: a row shown in the app, and an email in the recipient's
language. Each is idempotent by (recipient, kind, key): a retried task sends nothing twice."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from institutions.emails import send_to_person
from institutions.models import Role, RoleAssignment, User

from . import selectors
from .models import CoursePage, Enrollment, Notification


def notify(
    *, recipient: User, kind: str, key: str, params: dict, email: bool = True
) -> Notification | None:
    """Create the notification unless it exists; email it once the transaction commits."""
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient, kind=kind, key=key, params=params
            )
    except IntegrityError:
        return None
    # The header's unread count: forget it now, and again once the row is visible to others.
    selectors.forget_unread_notifications(recipient.pk)
    transaction.on_commit(lambda: selectors.forget_unread_notifications(recipient.pk))
    if email and recipient.email and recipient.is_active:
        transaction.on_commit(lambda: send_notification_email(notification=notification))
    return notification


def course_titles(keys, language: str) -> dict[str, CoursePage]:
    """Live course pages by translation key, in the language when translated. Queries: 1."""
    pages = CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale")
    chosen: dict[str, CoursePage] = {}
    for page in pages:
        key = str(page.translation_key)
        if key not in chosen or page.locale.language_code == language:
            chosen[key] = page
    return chosen


def render(
    notification: Notification, *, language: str, courses: dict | None = None
) -> tuple[str, str]:
    """The notification's text and link, in a language (from its kind and parameters)."""
    params = notification.params
    courses = (
        courses
        if courses is not None
        else course_titles([params["course_key"]] if params.get("course_key") else [], language)
    )
    course = courses.get(params.get("course_key") or "")
    title = course.title if course else _("a course")
    url = course.url if course else reverse("home")
    due = params.get("due_on")
    due_text = date_format(date.fromisoformat(due), "DATE_FORMAT") if due else ""
    kind = notification.kind
    if kind == Notification.Kind.ASSIGNED:
        text = (
            _("You have a new course to take: %(course)s, due %(due)s.")
            % {"course": title, "due": due_text}
            if due
            else _("You have a new course to take: %(course)s.") % {"course": title}
        )
    elif kind == Notification.Kind.DUE_SOON:
        text = _("%(course)s is due on %(due)s.") % {"course": title, "due": due_text}
    elif kind == Notification.Kind.OVERDUE:
        text = _("%(course)s is overdue since %(due)s.") % {"course": title, "due": due_text}
    else:
        text = _("%(count)s people at %(institution)s have overdue training.") % {
            "count": params.get("count", 0),
            "institution": params.get("institution", ""),
        }
        url = reverse("institution_training", kwargs={"pk": params.get("institution_id", 0)})
    return text, url


def send_notification_email(*, notification: Notification) -> None:
    recipient = notification.recipient
    with translation.override(recipient.preferred_language):
        text, url = render(notification, language=recipient.preferred_language)
        subject = str(notification.get_kind_display())
    # The email templates are plain text with autoescaping off: names keep their apostrophes.
    send_to_person(
        user=recipient,
        template="courses/email/notification",
        context={"text": text, "link": url, "subject": subject},
    )


def send_due_reminders(*, now=None) -> int:
    """Daily: learners whose course is due within 7 days, or overdue, are told once each."""
    now = now or timezone.now()
    sent = 0
    open_enrollments = (
        Enrollment.objects.in_progress()
        .filter(due_at__isnull=False, learner__is_active=True)
        .select_related("learner")
    )
    for enrollment in open_enrollments.filter(due_at__gte=now, due_at__lte=now + timedelta(days=7)):
        sent += bool(
            notify(
                recipient=enrollment.learner,
                kind=Notification.Kind.DUE_SOON,
                key=f"{enrollment.pk}",
                params=_params(enrollment),
            )
        )
    for enrollment in open_enrollments.filter(due_at__lt=now):
        sent += bool(
            notify(
                recipient=enrollment.learner,
                kind=Notification.Kind.OVERDUE,
                key=f"{enrollment.pk}",
                params=_params(enrollment),
            )
        )
    return sent


def _params(enrollment: Enrollment) -> dict:
    return {
        "course_key": str(enrollment.course_key),
        "due_on": timezone.localtime(enrollment.due_at).date().isoformat(),
    }


def send_overdue_summaries(*, now=None) -> int:
    """Weekly: each institution manager hears how many of their staff have overdue training."""
    now = now or timezone.now()
    year, week, _day = timezone.localtime(now).isocalendar()
    sent = 0
    assignments = RoleAssignment.objects.filter(
        role=Role.INSTITUTION_MANAGER, user__is_active=True
    ).select_related("user", "institution")
    for assignment in assignments:
        institution = assignment.institution
        overdue = (
            Enrollment.objects.in_progress()
            .filter(
                due_at__lt=now,
                learner__is_active=True,
                learner__memberships__institution=institution,
                learner__memberships__ended_at__isnull=True,
            )
            .values("learner")
            .distinct()
            .count()
        )
        if not overdue:
            continue
        sent += bool(
            notify(
                recipient=assignment.user,
                kind=Notification.Kind.OVERDUE_SUMMARY,
                key=f"{institution.pk}:{year}-W{week:02d}",
                params={
                    "count": overdue,
                    "institution": institution.name,
                    "institution_id": institution.pk,
                },
            )
        )
    return sent
