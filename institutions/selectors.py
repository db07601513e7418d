"""Reads for the screens about people and institutions. Each states its query budget."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .aggregates import Figure, protect_counts
from .models import BackgroundJob, Institution, Membership, Ministry, Position, User
from .scoping import can_view_staff_records, scope_of, visible_institutions

CURRENT_ACTIVE_STAFF = Q(memberships__ended_at__isnull=True, memberships__user__is_active=True)


@dataclass(frozen=True)
class MinistryOverview:
    ministry: Ministry
    rows: list[tuple[Institution, Figure]]
    total: Figure
    reveal: bool


def ministry_overviews(*, user: User) -> list[MinistryOverview]:
    """The reviewer's ministries, each with its institutions and current staff counts under the
    small-group rule. Queries: 3 (roles, ministries, institutions with counts)."""
    scope = scope_of(user)
    ministries = list(Ministry.objects.filter(pk__in=scope.reviewer_ministry_ids))
    institutions = (
        visible_institutions(user)
        .filter(ministry__in=ministries)
        .annotate(staff_count=Count("memberships", filter=CURRENT_ACTIVE_STAFF, distinct=True))
        .order_by("name")
    )
    by_ministry: dict[int, list[Institution]] = {m.pk: [] for m in ministries}
    for institution in institutions:
        by_ministry[institution.ministry_id].append(institution)
    overviews = []
    for ministry in ministries:
        rows = by_ministry[ministry.pk]
        reveal = ministry.pk in scope.records_ministry_ids or scope.is_platform_admin
        staff = protect_counts({i.pk: i.staff_count for i in rows}, reveal=reveal)
        overviews.append(
            MinistryOverview(ministry, [(i, staff.cells[i.pk]) for i in rows], staff.total, reveal)
        )
    return overviews


def current_staff(*, institution: Institution) -> list[Membership]:
    """Current memberships at the institution with their people. Queries: 1."""
    return list(
        Membership.objects.current()
        .filter(institution=institution)
        .select_related("user")
        .order_by("user__full_name")
    )


def former_staff(*, institution: Institution) -> list[Membership]:
    """Ended memberships at the institution (people who left or moved). Queries: 1."""
    return list(
        Membership.objects.filter(institution=institution, ended_at__isnull=False)
        .select_related("user")
        .order_by("-ended_at")[:200]
    )


@dataclass(frozen=True)
class LabelledTable:
    rows: list[tuple[str, Figure]]
    total: Figure


def staff_by_position(*, user: User, institution: Institution) -> LabelledTable:
    """Current active staff per position, under the small-group rule. Queries: 1 (+ roles)."""
    counts = dict(
        Membership.objects.current()
        .filter(institution=institution, user__is_active=True)
        .values_list("position")
        .annotate(n=Count("id"))
        .values_list("position", "n")
    )
    reveal = can_view_staff_records(user, institution)
    # The institution's total is on the ministry overview, so groups are withheld, not the total.
    table = protect_counts(
        {code: counts.get(code, 0) for code in Position.values},
        reveal=reveal,
        total_shown_elsewhere=True,
    )
    return LabelledTable(
        rows=[(Position(code).label, figure) for code, figure in table.cells.items()],
        total=table.total,
    )


def current_membership(*, user: User) -> Membership | None:
    return user.memberships.current().select_related("institution__ministry").first()


def job_progress_text(*, job: BackgroundJob) -> str:
    """`1 234 of 10 000 steps` in the reader's language (numbers grouped as it writes them)."""
    return _("%(done)s of %(total)s steps") % {
        "done": number_format(job.progress_done, force_grouping=True),
        "total": number_format(job.progress_total, force_grouping=True),
    }


__all__ = [
    "Figure",
    "LabelledTable",
    "MinistryOverview",
    "current_membership",
    "current_staff",
    "former_staff",
    "ministry_overviews",
    "staff_by_position",
]
