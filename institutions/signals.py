"""Reactions to authentication events (Django's and allauth's signals): the audit trail and the
session's sign-in stamp. Nothing in the training chain uses signals."""

import time

from allauth.account.signals import password_changed, password_reset, password_set
from allauth.mfa.signals import authenticator_added, authenticator_removed
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from . import audit
from .middleware import SESSION_LAST_SEEN_AT, SESSION_STARTED_AT
from .models import AuditEvent, User


@receiver(user_logged_in)
def on_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SESSION_STARTED_AT] = now
        request.session[SESSION_LAST_SEEN_AT] = now
    audit.record(action=AuditEvent.Action.LOGIN_SUCCEEDED, actor=user, target=user)


@receiver(user_login_failed)
def on_login_failed(sender, credentials, request=None, **kwargs):
    # Record what was typed as the login (never the password), and the account if one matches.
    typed = str(
        credentials.get("email") or credentials.get("username") or credentials.get("login") or ""
    )
    target = None
    if typed:
        target = (
            User.objects.filter(email__iexact=typed).first()
            or User.objects.filter(username__iexact=typed).first()
        )
    audit.record(
        action=AuditEvent.Action.LOGIN_FAILED,
        target=target,
        details={"login": typed[:150]},
    )


@receiver(password_changed)
@receiver(password_set)
@receiver(password_reset)
def on_password_changed(sender, request, user, **kwargs):
    audit.record(action=AuditEvent.Action.PASSWORD_CHANGED, actor=user, target=user)


@receiver(authenticator_added)
@receiver(authenticator_removed)
def on_authenticator_changed(sender, request, user, authenticator, **kwargs):
    audit.record(
        action=AuditEvent.Action.SECOND_FACTOR_CHANGED,
        actor=user,
        target=user,
        details={
            "authenticator": authenticator.type,
            "added": kwargs.get("signal") is authenticator_added,
        },
    )
