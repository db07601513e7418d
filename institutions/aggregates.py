"""The small-group rule every figure shown to people goes through (pages, exports, API).

For anyone without the staff-records right, a group of 1 to 4 people is shown as "<5" and its rate is
hidden; 0 stays 0; a total is hidden too when it would give a hidden group away by subtraction.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from django.utils.translation import gettext_lazy as _

SMALL_GROUP_MAX = 4
HIDDEN_LABEL = _("<5")
WITHHELD_LABEL = _("hidden")

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Figure:
    """One cell: a number of people and, optionally, how many of them reached something."""

    people: int | None
    reached: int | None = None
    # A hidden total reads "hidden", never "<5": that would be untrue of a withheld total of five
    # or more, and telling the two apart gives groups away (four hidden groups under five are 1s).
    is_withheld: bool = False

    @property
    def is_hidden(self) -> bool:
        return self.people is None

    @property
    def rate(self) -> float | None:
        """Share of the group that reached it, 0..1; None when hidden or the group is empty."""
        if self.people is None or self.reached is None or self.people == 0:
            return None
        return self.reached / self.people

    @property
    def rate_percent(self) -> int | None:
        rate = self.rate
        return None if rate is None else round(rate * 100)

    def __str__(self) -> str:
        if self.people is None:
            return str(WITHHELD_LABEL if self.is_withheld else HIDDEN_LABEL)
        return str(self.people)


@dataclass(frozen=True)
class ProtectedTable(Generic[K]):
    cells: dict[K, Figure]
    total: Figure


def is_small(people: int) -> bool:
    return 1 <= people <= SMALL_GROUP_MAX


def protect_counts(
    people: Mapping[K, int],
    *,
    reveal: bool,
    reached: Mapping[K, int] | None = None,
) -> ProtectedTable[K]:
    """Apply the small-group rule to a row of groups and their total.

    `reveal` is true for people who hold the staff-records right for every group in the row.
    """
    reached = reached or {}
    total_people = sum(people.values())
    total_reached = sum(reached.get(key, 0) for key in people) if reached else None
    if reveal:
        cells = {key: Figure(count, reached.get(key) if reached else None) for key, count in people.items()}
        return ProtectedTable(cells, Figure(total_people, total_reached))

    hidden = [count for count in people.values() if is_small(count)]
    cells = {
        key: Figure(None) if is_small(count) else Figure(count, reached.get(key) if reached else None)
        for key, count in people.items()
    }
    # With the total shown, the hidden groups add up to total minus the visible ones. That gives a
    # group away when only one is hidden, or when the sum can only be made one way (all ones, all
    # fours).
    n_hidden = len(hidden)
    hidden_sum = sum(hidden)
    total_gives_away = n_hidden == 1 or (
        n_hidden > 1 and hidden_sum in (n_hidden, SMALL_GROUP_MAX * n_hidden)
    )
    if is_small(total_people) or total_gives_away:
        total = Figure(None, is_withheld=True)
    else:
        # The total rate gives every hidden group's rate away when all of them reached it or
        # none did.
        hidden_reached = sum(
            reached.get(key, 0) for key, count in people.items() if is_small(count)
        )
        if total_reached is not None and n_hidden and hidden_reached in (0, hidden_sum):
            total_reached = None
        total = Figure(total_people, total_reached)
    return ProtectedTable(cells, total)
