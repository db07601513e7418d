"""What the training reports add to the home page: managers' staff by training standing, and
reviewers' link to their ministry's requirements."""

from __future__ import annotations

from institutions.home import HomeSection, register_home_section
from institutions.scoping import scope_of

from . import selectors


def manager_training_section(request) -> HomeSection | None:
    scope = scope_of(request.user)
    if not (scope.managed_institution_ids or scope.reviewer_ministry_ids):
        return None
    return HomeSection(
        template="reports/training/home.html",
        context={
            "institutions": selectors.managed_training_summary(user=request.user),
            "ministries": selectors.reviewed_ministries(user=request.user),
        },
        order=20,
    )


def register() -> None:
    register_home_section(manager_training_section)
