"""Interval algebra: properties by name, then the edge cases by example."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.intervals import (
    Placement,
    consensus,
    contains,
    gap,
    hull,
    hull_all,
    intersect,
    placement,
    relative_gap,
)
from claimkit.model import Interval
from strategies import intervals

boxes = intervals(negative=True)


def meet(a: Interval | None, b: Interval | None) -> Interval | None:
    """Intersection with ``None`` as the empty interval."""
    if a is None or b is None:
        return None
    return intersect(a, b)


def probe_points(*items: Interval | None) -> list[Decimal]:
    """Every finite end, the midpoints between them, and points just outside."""
    ends = sorted(
        {e for box in items if box is not None for e in (box.low, box.high) if e is not None}
    )
    if not ends:
        return [Decimal(0)]
    points = [ends[0] - 1, *ends, ends[-1] + 1]
    points += [(x + y) / 2 for x, y in itertools.pairwise(ends)]
    return points


def member(box: Interval | None, x: Decimal) -> bool:
    return box is not None and box.contains_value(x)


# -- hull ------------------------------------------------------------------------


@given(boxes, boxes)
def test_hull_is_commutative(a: Interval, b: Interval) -> None:
    assert hull(a, b) == hull(b, a)


@given(boxes, boxes, boxes)
def test_hull_is_associative(a: Interval, b: Interval, c: Interval) -> None:
    assert hull(hull(a, b), c) == hull(a, hull(b, c))


@given(boxes)
def test_hull_is_idempotent(a: Interval) -> None:
    assert hull(a, a) == a


@given(boxes, boxes)
def test_hull_contains_both_operands(a: Interval, b: Interval) -> None:
    merged = hull(a, b)
    assert contains(merged, a)
    assert contains(merged, b)
    for x in probe_points(a, b):
        if member(a, x) or member(b, x):
            assert merged.contains_value(x)


@given(st.lists(boxes, min_size=1, max_size=6), st.randoms())
def test_hull_all_is_independent_of_order(items: list[Interval], rnd: object) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert hull_all(items) == hull_all(shuffled)


def test_hull_all_of_nothing_is_none() -> None:
    assert hull_all([]) is None


# -- intersection ----------------------------------------------------------------


@given(boxes, boxes)
def test_intersection_is_commutative(a: Interval, b: Interval) -> None:
    assert intersect(a, b) == intersect(b, a)


@given(boxes, boxes, boxes)
def test_intersection_is_associative(a: Interval, b: Interval, c: Interval) -> None:
    assert meet(meet(a, b), c) == meet(a, meet(b, c))


@given(boxes)
def test_intersection_is_idempotent(a: Interval) -> None:
    assert intersect(a, a) == a


@given(boxes, boxes)
def test_intersection_inside_each_operand_inside_hull(a: Interval, b: Interval) -> None:
    common = intersect(a, b)
    merged = hull(a, b)
    assert contains(merged, a)
    assert contains(merged, b)
    if common is not None:
        assert contains(a, common)
        assert contains(b, common)
        assert contains(merged, common)


@given(boxes, boxes)
def test_intersection_matches_pointwise_membership(a: Interval, b: Interval) -> None:
    common = intersect(a, b)
    for x in probe_points(a, b):
        assert member(common, x) == (member(a, x) and member(b, x)), x


@given(boxes, boxes)
def test_contains_agrees_with_intersection(a: Interval, b: Interval) -> None:
    assert contains(a, b) == (intersect(a, b) == b)


# -- gap and placement -----------------------------------------------------------


@given(boxes, boxes)
def test_gap_and_placement_are_symmetric(a: Interval, b: Interval) -> None:
    assert gap(a, b) == gap(b, a)
    assert relative_gap(a, b) == relative_gap(b, a)
    assert placement(a, b) is placement(b, a)


@given(boxes, boxes)
def test_gap_is_zero_exactly_when_not_placed_apart(a: Interval, b: Interval) -> None:
    size = gap(a, b)
    assert size >= 0
    assert (size == 0) == (placement(a, b) is not Placement.gap)
    if intersect(a, b) is not None:
        assert size == 0


@given(boxes, boxes)
def test_overlap_means_sharing_more_than_one_point(a: Interval, b: Interval) -> None:
    shared = [x for x in probe_points(a, b) if member(a, x) and member(b, x)]
    if placement(a, b) is Placement.overlap:
        common = intersect(a, b)
        assert common is not None
        assert common.low != common.high or common.low is None
    if len(shared) >= 2:
        assert placement(a, b) is Placement.overlap


def iv(text: str) -> Interval:
    """Read ``"[1, 2)"``-style notation (``inf`` for unbounded)."""
    left, right = text[0], text[-1]
    low_text, high_text = (part.strip().replace(",", "") for part in text[1:-1].split(";"))
    return Interval(
        low=None if low_text == "-inf" else Decimal(low_text),
        high=None if high_text == "inf" else Decimal(high_text),
        low_closed=left == "[",
        high_closed=right == "]",
    )


@pytest.mark.parametrize(
    ("a", "b", "expected", "size"),
    [
        pytest.param("[0; 3000]", "[3000; inf)", Placement.touch, 0, id="up-to-meets-at-least"),
        pytest.param(
            "[0; 3000)", "[3000; inf)", Placement.touch, 0, id="fewer-than-meets-at-least"
        ),
        pytest.param("(0; 1)", "(1; 2)", Placement.touch, 0, id="both-open-at-shared-end"),
        pytest.param("[1; 2]", "[2; 2]", Placement.touch, 0, id="point-on-closed-end"),
        pytest.param("[10450; 11550]", "[12000; 12000]", Placement.gap, 450, id="about-vs-exact"),
        pytest.param("[10; 20]", "[15; 30]", Placement.overlap, 0, id="overlap"),
        pytest.param("(-inf; 5]", "[4; inf)", Placement.overlap, 0, id="unbounded-overlap"),
        pytest.param("(-inf; 5)", "(7; inf)", Placement.gap, 2, id="unbounded-gap"),
    ],
)
def test_placement_examples(a: str, b: str, expected: Placement, size: int) -> None:
    assert placement(iv(a), iv(b)) is expected
    assert gap(iv(a), iv(b)) == size


def test_relative_gap_scales_by_the_larger_facing_end() -> None:
    assert relative_gap(iv("[0; 400]"), iv("[500; 900]")) == Decimal("0.2")
    assert relative_gap(iv("[-500; -400]"), iv("[-100; 0]")) == Decimal("0.75")
    assert relative_gap(iv("[0; 10]"), iv("[5; 20]")) == 0


def test_intersection_of_touching_open_ends_is_empty() -> None:
    assert intersect(iv("[0; 1)"), iv("[1; 2]")) is None
    assert intersect(iv("[0; 1]"), iv("[1; 2]")) == Interval.point(1)


# -- consensus -------------------------------------------------------------------


def depth_at(items: list[Interval], x: Decimal) -> int:
    return sum(box.contains_value(x) for box in items)


@given(boxes)
def test_consensus_of_one_interval_is_that_interval(a: Interval) -> None:
    result = consensus([a])
    assert result.interval == a
    assert result.support == (0,)
    assert result.outliers == ()


@given(st.lists(boxes, min_size=1, max_size=7), st.randoms())
def test_consensus_is_independent_of_input_order(items: list[Interval], rnd: object) -> None:
    order = list(range(len(items)))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    shuffled = [items[i] for i in order]
    first, second = consensus(items), consensus(shuffled)
    assert first.interval == second.interval
    assert sorted(order[i] for i in second.support) == list(first.support)
    assert sorted(order[i] for i in second.outliers) == list(first.outliers)


@given(st.lists(boxes, min_size=1, max_size=7))
def test_consensus_region_has_the_greatest_depth(items: list[Interval]) -> None:
    result = consensus(items)
    region = result.interval
    assert region is not None
    best = max(depth_at(items, x) for x in probe_points(*items))
    assert len(result.support) == best
    for x in probe_points(region):
        if region.contains_value(x):
            assert depth_at(items, x) == best


@given(st.lists(boxes, min_size=1, max_size=7))
def test_consensus_support_contains_region_and_outliers_miss_it(items: list[Interval]) -> None:
    result = consensus(items)
    region = result.interval
    assert region is not None
    assert sorted(result.support + result.outliers) == list(range(len(items)))
    for i in result.support:
        assert contains(items[i], region)
    for i in result.outliers:
        assert intersect(items[i], region) is None


def test_consensus_of_nothing() -> None:
    result = consensus([])
    assert result.interval is None
    assert result.support == result.outliers == ()


def test_consensus_ties_go_to_the_lowest_region() -> None:
    result = consensus([iv("[40; 50]"), iv("[10; 20]"), iv("[12; 30]"), iv("[45; 60]")])
    assert result.interval == iv("[12; 20]")
    assert result.support == (1, 2)
    assert result.outliers == (0, 3)


def test_consensus_respects_open_ends() -> None:
    result = consensus([iv("[0; 3000)"), iv("[3000; inf)"), iv("[2000; 5000]")])
    assert result.interval == iv("[2000; 3000)")
    assert result.support == (0, 2)
