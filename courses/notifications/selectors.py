"""Reads for notifications: the unread count in every page's header, and a notification's text
and link in a language."""

from __future__ import annotations

import uuid
from datetime import date

from django.core.cache import cache
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses.catalog.language import in_reader_language
from courses.catalog.models import CoursePage
from institutions.models import User

from .models import Notification

UNREAD_CACHE_SECONDS = 600


def unread_cache_key(user_id: int) -> str:
    return f"courses:unread-notifications:{user_id}"


def unread_notifications(*, user: User) -> int:
    """The unread count in every page's header. Cached, since every page shows it: notifying
    someone and reading the list forget it, and it expires after ten minutes in any case.
    Queries: 0 when cached, else 1."""
    key = unread_cache_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        cache.set(key, count, UNREAD_CACHE_SECONDS)
    return count


def forget_unread_notifications(user_id: int) -> None:
    cache.delete(unread_cache_key(user_id))


def course_titles(notifications, language: str) -> dict:
    """The courses the notifications name, in the reader's language, by translation key.
    Queries: 1 (none when they name no course)."""
    keys = {n.params.get("course_key") for n in notifications if n.params.get("course_key")}
    return in_reader_language(CoursePage.objects.all(), language=language, keys=keys)


def render(notification: Notification, *, language: str, courses: dict | None = None):
    """The notification's text and link, in a language (from its kind and parameters)."""
    params = notification.params
    if courses is None:
        courses = course_titles([notification], language)
    key = params.get("course_key")
    course = courses.get(uuid.UUID(key)) if key else None
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


def recent_notifications(*, user: User, language: str, limit: int = 100):
    """The person's latest notifications with their text and link. Queries: 2."""
    notifications = list(Notification.objects.filter(recipient=user)[:limit])
    courses = course_titles(notifications, language)
    return [(n, *render(n, language=language, courses=courses)) for n in notifications]
