"""The audit trail: one call, `record`, that every feature uses for its security-relevant events.

The request's IP address reaches it through a context variable set by AuditContextMiddleware, so
services record events without taking a request argument. Never pass a secret in `details`."""

from __future__ import annotations

import contextvars
from typing import Any

from django.db import models

from .models import AuditEvent

_client_ip: contextvars.ContextVar[str | None] = contextvars.ContextVar("audit_ip", default=None)

SECRET_WORDS = ("password", "token", "secret", "code", "key")


def record(
    *,
    action: str,
    actor=None,
    target: models.Model | None = None,
    details: dict[str, Any] | None = None,
    ip_address: str | None = None,
) -> AuditEvent:
    details = dict(details or {})
    leaked = [name for name in details if any(word in name.lower() for word in SECRET_WORDS)]
    if leaked:
        raise ValueError(f"Audit details must not hold secrets: {', '.join(leaked)}")
    actor = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        ip_address=ip_address or _client_ip.get(),
        object_type=target._meta.label_lower if target is not None else "",
        object_id=str(target.pk) if target is not None else "",
        object_label=str(target)[:255] if target is not None else "",
        details=details,
    )


class AuditContextMiddleware:
    """Makes the client's IP address (behind TRUSTED_PROXY_COUNT proxies) known to `record`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from allauth.account.adapter import get_adapter

        try:
            ip = get_adapter(request).get_client_ip(request)
        except Exception:  # a malformed X-Forwarded-For must not break the request
            ip = None
        token = _client_ip.set(ip)
        try:
            return self.get_response(request)
        finally:
            _client_ip.reset(token)
