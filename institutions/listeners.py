"""Reactions of higher apps to changes of people's postings, without importing them.

Courses registers a handler (requirements follow the person's position and institution); the
services here call `membership_changed` after every change, and handlers run once the change is
committed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import transaction

MembershipHandler = Callable[[list[int]], None]
HANDLERS: list[MembershipHandler] = []


def on_membership_change(handler: MembershipHandler) -> None:
    if handler not in HANDLERS:
        HANDLERS.append(handler)


def membership_changed(user_ids: Iterable[int]) -> None:
    """Tell the handlers which people's postings changed, after the transaction commits."""
    ids = sorted(set(user_ids))
    if not ids:
        return
    for handler in HANDLERS:
        transaction.on_commit(lambda handler=handler: handler(ids))
