"""What compliance adds to lower apps: requirements follow a person's posting; its records are in
the privacy registry."""

from __future__ import annotations

from institutions.listeners import on_membership_change
from institutions.privacy import Entry
from institutions.privacy import register as register_private_data


def membership_changed(user_ids: list[int]) -> None:
    from .tasks import sync_people_requirements

    sync_people_requirements.delay(user_ids=user_ids)


def register() -> None:
    on_membership_change(membership_changed)
    register_private_data(Entry("courses.ComplianceRecord", ("person",), "keep"))
