"""Emails to people, each written in the recipient's preferred language."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import User


def send_to_person(*, user: User, template: str, context: dict) -> None:
    """Render `template`_subject.txt and _body.txt in the person's language and send them."""
    if not user.email:
        return
    with translation.override(user.preferred_language):
        context = {"user": user, "site_url": settings.SITE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    send_mail(subject, body, None, [user.email])


def send_invitation_email(*, user: User, token: str) -> None:
    link = settings.SITE_URL + reverse("accept_invitation", kwargs={"token": token})
    send_to_person(
        user=user,
        template="institutions/email/invitation",
        context={"link": link, "valid_days": settings.INVITATION_VALID_DAYS},
    )
