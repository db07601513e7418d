"""Writes for notifications: a row shown in the app, and an email in the recipient's language.
Each is idempotent by (recipient, kind, key): a retried task sends nothing twice."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from institutions.emails import send_to_person
from institutions.models import User

from .models import Notification
from .selectors import forget_unread_notifications, render


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
    forget_unread_notifications(recipient.pk)
    transaction.on_commit(lambda: forget_unread_notifications(recipient.pk))
    if email and recipient.email and recipient.is_active:
        transaction.on_commit(lambda: send_notification_email(notification=notification))
    return notification


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


def mark_all_read(*, user: User) -> None:
    """The person read their notifications."""
    Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())
    forget_unread_notifications(user.pk)
