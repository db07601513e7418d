"""Who may see which institutions and people. Every view, export and API endpoint asks here.

The wall is drawn per ministry: below platform-wide scope, nobody sees another ministry's
institutions, people or figures. Named staff lists need the staff-records right: managers hold it
for the institutions they manage, platform admins everywhere, and ministry reviewers when granted.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from .models import Institution, Membership, Ministry, Role, RoleAssignment, User


@dataclass(frozen=True)
class Scope:
    """The roles a person holds, read once per request (one query)."""

    roles: frozenset[str]
    is_platform_admin: bool
    platform_trainer: bool
    trainer_ministry_ids: frozenset[int]
    reviewer_ministry_ids: frozenset[int]
    records_ministry_ids: frozenset[int]
    managed_institution_ids: frozenset[int]

    @property
    def is_staff_role(self) -> bool:
        return bool(self.roles - {Role.LEARNER})


EMPTY_SCOPE = Scope(frozenset(), False, False, frozenset(), frozenset(), frozenset(), frozenset())


SCOPE_CACHE_SECONDS = 300


def _scope_cache_key(user_id: int) -> str:
    return f"passerelle:scope:{user_id}"


def scope_of(user: User) -> Scope:
    """The person's roles and their scopes. Kept on the user object for the request and in the
    cache between requests; every change of roles goes through services that call
    `forget_scope`, so the cache never outlives a change."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return EMPTY_SCOPE
    cached = getattr(user, "_passerelle_scope", None)
    if cached is not None:
        return cached
    rows = cache.get(_scope_cache_key(user.pk))
    if rows is None:
        rows = list(
            RoleAssignment.objects.filter(user=user).values_list(
                "role", "ministry_id", "institution_id", "has_staff_records_access"
            )
        )
        cache.set(_scope_cache_key(user.pk), rows, SCOPE_CACHE_SECONDS)
    scope = Scope(
        roles=frozenset(role for role, *_ in rows),
        is_platform_admin=any(role == Role.PLATFORM_ADMIN for role, *_ in rows),
        platform_trainer=any(role == Role.TRAINER and not m for role, m, *_ in rows),
        trainer_ministry_ids=frozenset(m for role, m, _, _ in rows if role == Role.TRAINER and m),
        reviewer_ministry_ids=frozenset(
            m for role, m, _, _ in rows if role == Role.MINISTRY_REVIEWER
        ),
        records_ministry_ids=frozenset(
            m for role, m, _, records in rows if role == Role.MINISTRY_REVIEWER and records
        ),
        managed_institution_ids=frozenset(
            i for role, _, i, _ in rows if role == Role.INSTITUTION_MANAGER
        ),
    )
    user._passerelle_scope = scope
    return scope


def forget_scope(user: User) -> None:
    """Drop the cached scope after the person's roles changed."""
    user.__dict__.pop("_passerelle_scope", None)
    cache.delete(_scope_cache_key(user.pk))


def visible_institutions(user: User) -> QuerySet[Institution]:
    """Institutions whose figures the person may see: their ministries', the ones they manage,
    and the one they work at."""
    scope = scope_of(user)
    institutions = Institution.objects.select_related("ministry")
    if scope.is_platform_admin or scope.platform_trainer:
        return institutions.all()
    ministry_ids = scope.reviewer_ministry_ids | scope.trainer_ministry_ids
    condition = Q(ministry_id__in=ministry_ids) | Q(id__in=scope.managed_institution_ids)
    if getattr(user, "is_authenticated", False) and user.is_active:
        condition |= Q(memberships__user=user, memberships__ended_at__isnull=True)
    return institutions.filter(condition).distinct()


def staff_records_institutions(user: User) -> QuerySet[Institution]:
    """Institutions whose named staff lists the person may see."""
    scope = scope_of(user)
    if scope.is_platform_admin:
        return Institution.objects.all()
    return Institution.objects.filter(
        Q(id__in=scope.managed_institution_ids) | Q(ministry_id__in=scope.records_ministry_ids)
    )


def can_view_staff_records(user: User, institution: Institution) -> bool:
    scope = scope_of(user)
    return (
        scope.is_platform_admin
        or institution.pk in scope.managed_institution_ids
        or institution.ministry_id in scope.records_ministry_ids
    )


def can_manage(user: User, institution: Institution) -> bool:
    """Whether the person may invite, import, transfer and deactivate staff of the institution."""
    scope = scope_of(user)
    return scope.is_platform_admin or institution.pk in scope.managed_institution_ids


def visible_people(user: User) -> QuerySet[User]:
    """People the person may see by name: members, current or past, of institutions whose staff
    records they may see."""
    return User.objects.filter(
        memberships__institution__in=staff_records_institutions(user)
    ).distinct()


def managed_people(user: User) -> QuerySet[User]:
    """People whose current membership is at an institution the person manages (deactivated
    accounts included: a manager still sees and acts on them)."""
    scope = scope_of(user)
    current = Membership.objects.current()
    if not scope.is_platform_admin:
        current = current.filter(institution_id__in=scope.managed_institution_ids)
    return User.objects.filter(pk__in=current.values("user_id"))


def transfer_targets(user: User, institution: Institution) -> QuerySet[Institution]:
    """Where a manager may move a person: the other active institutions of the same ministry.
    Only names and codes are shown of these."""
    if not can_manage(user, institution):
        return Institution.objects.none()
    return (
        Institution.objects.active()
        .filter(ministry_id=institution.ministry_id)
        .exclude(pk=institution.pk)
        .only("id", "name", "code", "ministry_id")
    )


def get_visible_institution(user: User, pk: int) -> Institution:
    """The institution, or 404 when it does not exist or lies outside the person's scope."""
    try:
        return visible_institutions(user).get(pk=pk)
    except Institution.DoesNotExist:
        raise Http404 from None


def get_managed_institution(user: User, pk: int) -> Institution:
    """An institution the person manages: 404 outside their scope, 403 within it without the
    right to manage."""
    institution = get_visible_institution(user, pk)
    if not can_manage(user, institution):
        raise PermissionDenied(_("Only the institution's managers can do this."))
    return institution


def get_staff_records_institution(user: User, pk: int) -> Institution:
    """An institution whose staff the person may see by name: 404 outside their scope, 403
    within it without the staff-records right."""
    institution = get_visible_institution(user, pk)
    if not can_view_staff_records(user, institution):
        raise PermissionDenied(_("Only the institution's managers can see its staff by name."))
    return institution


# --- ministries --------------------------------------------------------------------------------


def get_reviewed_ministry(user: User, pk: int) -> Ministry:
    """A ministry the person reviews (platform admins review all), or 404: another ministry
    looks the same as a missing one."""
    scope = scope_of(user)
    if not (scope.is_platform_admin or pk in scope.reviewer_ministry_ids):
        raise Http404
    ministry = Ministry.objects.filter(pk=pk).first()
    if ministry is None:
        raise Http404
    return ministry


def can_view_ministry_staff_records(user: User, ministry: Ministry) -> bool:
    """Whether the person may see figures of the whole ministry unprotected (named lists of every
    institution): platform admins, and reviewers granted the staff-records right."""
    scope = scope_of(user)
    return scope.is_platform_admin or ministry.pk in scope.records_ministry_ids


# --- trainers' figures -------------------------------------------------------------------------


def can_read_course_figures(user: User) -> bool:
    """Trainers (of a ministry or of the whole platform) and platform admins read the course
    report: figures only, never names."""
    scope = scope_of(user)
    return scope.is_platform_admin or scope.platform_trainer or bool(scope.trainer_ministry_ids)


def figure_people(user: User) -> QuerySet[User]:
    """People whose training the person may count in figures (never see by name): everyone for
    platform admins and platform-wide trainers, the staff currently posted in a ministry
    trainer's ministries, nobody for anyone else."""
    scope = scope_of(user)
    if scope.is_platform_admin or scope.platform_trainer:
        return User.objects.all()
    if scope.trainer_ministry_ids:
        return User.objects.posted(institution__ministry_id__in=scope.trainer_ministry_ids)
    return User.objects.none()


def reveals_all_figures(user: User) -> bool:
    """Whether figures are shown without the small-group rule everywhere: platform admins hold
    the staff-records right on every institution; trainers never do."""
    return scope_of(user).is_platform_admin


def get_managed_person(user: User, pk: int) -> User:
    """A person the caller manages, or 404 (outside scope looks the same as missing)."""
    try:
        return managed_people(user).get(pk=pk)
    except User.DoesNotExist:
        raise Http404 from None
