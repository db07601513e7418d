"""The small-group rule every figure shown to people goes through (pages, exports, API).

For anyone without the staff-records right, a group of 1 to 4 people is shown as "<5" and its rate
is hidden; 0 stays 0; a total is hidden too when it would give a hidden group away by subtraction.
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


def _gives_a_group_away(bounds: list[tuple[int, int]], hidden_sum: int) -> bool:
    """Whether knowing the hidden groups' sum pins any one of them down.

    Each hidden group is known to lie within its bounds (1..4 for a small group, 5..sum for a
    withheld one). Sums of independent bounded integers are exact intervals, so a group is pinned
    down exactly when its own interval, narrowed by the others', holds a single value."""
    for index, (low, high) in enumerate(bounds):
        others_low = sum(b[0] for i, b in enumerate(bounds) if i != index)
        others_high = sum(b[1] for i, b in enumerate(bounds) if i != index)
        if max(low, hidden_sum - others_high) == min(high, hidden_sum - others_low):
            return True
    return False


def protect_counts(
    people: Mapping[K, int],
    *,
    reveal: bool,
    reached: Mapping[K, int] | None = None,
    total_shown_elsewhere: bool = False,
) -> ProtectedTable[K]:
    """Apply the small-group rule to a row of groups and their total.

    `reveal` is true for people who hold the staff-records right for every group in the row.
    `total_shown_elsewhere` says that the row's total is published on another page (an
    institution's staff count on the ministry overview, say); the total can then not be hidden, so
    further groups are withheld instead until subtraction gives none away.
    """
    reached = reached or {}
    total_people = sum(people.values())
    total_reached = sum(reached.get(key, 0) for key in people) if reached else None
    if reveal:
        cells = {
            key: Figure(count, reached.get(key) if reached else None)
            for key, count in people.items()
        }
        return ProtectedTable(cells, Figure(total_people, total_reached))

    small = {key for key, count in people.items() if is_small(count)}
    withheld: set = set()

    def bounds() -> list[tuple[int, int]]:
        return [(1, SMALL_GROUP_MAX) for _ in small] + [
            (SMALL_GROUP_MAX + 1, total_people) for _ in withheld
        ]

    def hidden_sum() -> int:
        return sum(people[key] for key in small | withheld)

    total_gives_away = bool(small) and _gives_a_group_away(bounds(), hidden_sum())
    if total_shown_elsewhere:
        # Complementary suppression: withhold the smallest visible groups until none is pinned.
        candidates = sorted(
            (key for key, count in people.items() if count > SMALL_GROUP_MAX),
            key=lambda key: people[key],
        )
        while total_gives_away and candidates:
            withheld.add(candidates.pop(0))
            total_gives_away = _gives_a_group_away(bounds(), hidden_sum())
        if total_gives_away:  # nothing left to withhold: hide the whole row
            withheld.update(key for key, count in people.items() if count > SMALL_GROUP_MAX)

    cells = {
        key: Figure(None)
        if key in small
        else Figure(None, is_withheld=True)
        if key in withheld
        else Figure(count, reached.get(key) if reached else None)
        for key, count in people.items()
    }
    if is_small(total_people) or (total_gives_away and not total_shown_elsewhere):
        return ProtectedTable(cells, Figure(None, is_withheld=True))
    # The total rate gives every hidden group's rate away when all of them reached it or none did.
    hidden_keys = small | withheld
    hidden_reached = sum(reached.get(key, 0) for key in hidden_keys)
    if total_reached is not None and hidden_keys and hidden_reached in (0, hidden_sum()):
        total_reached = None
    return ProtectedTable(cells, Figure(total_people, total_reached))
