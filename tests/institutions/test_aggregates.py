"""The small-group rule: groups of 1 to 4 are shown as "<5", 0 stays 0, and a total that would
give a hidden group away by subtraction is hidden too."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from institutions.aggregates import WITHHELD_LABEL, protect_counts

SMALL = range(1, 5)


def test_an_empty_group_stays_zero():
    table = protect_counts({"psychologists": 0, "officers": 12}, reveal=False)

    assert str(table.cells["psychologists"]) == "0"
    assert not table.cells["psychologists"].is_hidden
    assert str(table.total) == "12"


@pytest.mark.parametrize("people", SMALL)
def test_a_group_of_one_to_four_is_shown_as_fewer_than_five(people):
    table = protect_counts({"psychologists": people, "officers": 12}, reveal=False)

    assert table.cells["psychologists"].is_hidden
    assert str(table.cells["psychologists"]) == "<5"
    assert table.cells["psychologists"].people is None


def test_a_group_of_five_is_shown():
    table = protect_counts({"psychologists": 5, "officers": 12}, reveal=False)

    assert str(table.cells["psychologists"]) == "5"
    assert str(table.total) == "17"


def test_the_rate_of_a_small_group_is_hidden_and_a_large_groups_is_shown():
    table = protect_counts(
        {"small": 3, "large": 10}, reached={"small": 3, "large": 4}, reveal=False
    )

    assert table.cells["small"].rate is None
    assert table.cells["large"].rate_percent == 40


def test_the_total_is_hidden_when_it_would_give_away_a_single_hidden_group():
    # 12 officers shown: a total of 15 would tell that there are 3 psychologists.
    table = protect_counts({"psychologists": 3, "officers": 12, "educators": 0}, reveal=False)

    assert table.total.is_hidden


def test_the_total_is_shown_when_the_hidden_groups_cannot_be_told_apart():
    # 2 + 3 hidden: 5 could be 1 + 4, 2 + 3, 3 + 2 or 4 + 1.
    table = protect_counts({"psychologists": 2, "educators": 3, "officers": 12}, reveal=False)

    assert str(table.total) == "17"


@pytest.mark.parametrize("hidden", [(1, 1), (1, 1, 1), (4, 4), (4, 4, 4)])
def test_the_total_is_hidden_when_the_hidden_groups_can_only_add_up_one_way(hidden):
    counts = {f"group {i}": people for i, people in enumerate(hidden)} | {"officers": 20}

    table = protect_counts(counts, reveal=False)

    assert table.total.is_hidden


def test_a_small_total_is_hidden():
    table = protect_counts({"psychologists": 1, "educators": 2}, reveal=False)

    assert table.total.is_hidden
    assert table.total.people is None


def test_every_hidden_total_reads_the_same_and_never_fewer_than_five():
    # "<5" would be untrue of 15; and for four groups of one it would tell they are all ones.
    withheld = protect_counts({"psychologists": 3, "officers": 12}, reveal=False)
    small = protect_counts({f"group {i}": 1 for i in range(4)}, reveal=False)

    assert str(withheld.total) == str(small.total) == str(WITHHELD_LABEL)
    assert "5" not in str(WITHHELD_LABEL)


def test_a_total_of_zero_stays_zero():
    table = protect_counts({"psychologists": 0, "educators": 0}, reveal=False)

    assert str(table.total) == "0"


def test_reveal_shows_every_figure():
    table = protect_counts(
        {"psychologists": 1, "educators": 4, "officers": 12},
        reached={"psychologists": 1, "educators": 2, "officers": 6},
        reveal=True,
    )

    assert [str(figure) for figure in table.cells.values()] == ["1", "4", "12"]
    assert table.cells["educators"].rate_percent == 50
    assert str(table.total) == "17"
    assert table.total.reached == 9


def rendered(table) -> list[str]:
    return [str(figure) for figure in table.cells.values()] + [str(table.total)]


group_counts = st.lists(
    st.one_of(st.integers(0, 4), st.integers(0, 40)), min_size=1, max_size=5
).map(lambda counts: {f"group {i}": n for i, n in enumerate(counts)})


@settings(max_examples=200, deadline=None)
@given(counts=group_counts)
def test_no_hidden_group_can_be_worked_out_from_what_the_table_shows(counts):
    table = protect_counts(counts, reveal=False)

    for key, people in counts.items():
        if table.cells[key].is_hidden:
            assert 1 <= people <= 4
        else:
            assert table.cells[key].people == people
    if not table.total.is_hidden:
        assert table.total.people == sum(counts.values())
    # Every other size the hidden groups could have that the table would show the same way.
    hidden = [key for key, figure in table.cells.items() if figure.is_hidden]
    alike = [
        values
        for values in itertools.product(SMALL, repeat=len(hidden))
        if rendered(protect_counts(counts | dict(zip(hidden, values, strict=True)), reveal=False))
        == rendered(table)
    ]
    for position, key in enumerate(hidden):
        assert len({values[position] for values in alike}) > 1, (key, counts)


def _sums_of(groups: int) -> set[tuple[int, int]]:
    """Every (people, reached) that `groups` hidden groups can add up to."""
    sums = {(0, 0)}
    for _ in range(groups):
        sums = {(p + q, r + s) for p, r in sums for q in SMALL for s in range(q + 1)}
    return sums


@settings(max_examples=300, deadline=None)
@given(data=st.data(), counts=group_counts)
def test_no_hidden_groups_rate_can_be_worked_out_from_the_total_rate(data, counts):
    reached = {key: data.draw(st.integers(0, people)) for key, people in counts.items()}

    table = protect_counts(counts, reached=reached, reveal=False)

    hidden = [key for key, figure in table.cells.items() if figure.is_hidden]
    if table.total.is_hidden or table.total.reached is None or not hidden:
        return
    visible = [figure for figure in table.cells.values() if not figure.is_hidden]
    hidden_people = table.total.people - sum(figure.people for figure in visible)
    hidden_reached = table.total.reached - sum(figure.reached for figure in visible)
    others = _sums_of(len(hidden) - 1)
    # The rates one hidden group could have, given what the others could add up to.
    rates = {
        reached_here / people_here
        for people_here in SMALL
        for reached_here in range(people_here + 1)
        if (hidden_people - people_here, hidden_reached - reached_here) in others
    }
    assert len(rates) > 1, (counts, reached)


def test_a_total_shown_elsewhere_makes_another_group_withheld_instead():
    from institutions.aggregates import protect_counts

    table = protect_counts(
        {"officers": 7, "psychologists": 2, "educators": 0},
        reveal=False,
        total_shown_elsewhere=True,
    )
    assert str(table.cells["psychologists"]) == "<5"
    assert table.cells["officers"].is_hidden and table.cells["officers"].is_withheld
    assert str(table.cells["educators"]) == "0"
    assert table.total.people == 9


def test_withholding_goes_on_until_no_group_is_pinned_down():
    from institutions.aggregates import _gives_a_group_away, protect_counts

    # 1 small + a withheld 5 sum to 6: only (1, 5) fits, so a second group is withheld.
    table = protect_counts(
        {"a": 1, "b": 5, "c": 9, "d": 20}, reveal=False, total_shown_elsewhere=True
    )
    hidden = [key for key, figure in table.cells.items() if figure.is_hidden]
    assert hidden == ["a", "b", "c"]
    assert not _gives_a_group_away([(1, 4), (5, 35), (5, 35)], 15)
    assert _gives_a_group_away([(1, 4), (5, 35)], 6)
