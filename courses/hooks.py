"""What courses contribute to lower apps: the home page's "My learning" section and the
managers' and reviewers' training section, and keeping requirements current when someone's
posting changes."""

from __future__ import annotations

from django.utils.translation import get_language

from institutions.home import HomeSection
from institutions.scoping import scope_of

from . import manager_selectors, selectors
from .models import CourseIndexPage


def my_learning_section(request) -> HomeSection | None:
    user = request.user
    if "learner" not in scope_of(user).roles:
        return None
    language = get_language()
    index = (
        CourseIndexPage.objects.live().filter(locale__language_code=language).first()
        or CourseIndexPage.objects.live().first()
    )
    return HomeSection(
        template="courses/home_my_learning.html",
        context={
            "learning": selectors.my_learning(learner=user, language=language),
            "catalogue_url": index.url if index else None,
        },
        order=10,
    )


def membership_changed(user_ids: list[int]) -> None:
    from .tasks import sync_people_requirements

    sync_people_requirements.delay(user_ids=user_ids)


def manager_training_section(request) -> HomeSection | None:
    """Managers: their institutions' staff by training standing; reviewers: the requirements."""
    scope = scope_of(request.user)
    if not (scope.managed_institution_ids or scope.reviewer_ministry_ids):
        return None
    return HomeSection(
        template="courses/home_manager.html",
        context={
            "institutions": manager_selectors.managed_training_summary(user=request.user),
            "ministries": manager_selectors.reviewed_ministries(user=request.user),
        },
        order=20,
    )
