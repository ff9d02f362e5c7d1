"""Pure interval algebra on :class:`~claimkit.model.Interval`.

Intersection, hull (merge), how two intervals sit (overlap, touch, gap) and the
gap's size, containment, and the consensus of many intervals.  ``None`` stands for
the empty interval wherever an operation can produce it.  Unbounded and open ends
are handled exactly.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from decimal import Decimal

import attrs

from claimkit.model import Interval

__all__ = [
    "Consensus",
    "Placement",
    "consensus",
    "contains",
    "gap",
    "hull",
    "hull_all",
    "intersect",
    "placement",
    "relative_gap",
]


def _low_key(box: Interval) -> tuple[int, Decimal, int]:
    # (is_finite, value, rank): -inf sorts first; a closed low starts at the point
    # itself (rank 0), an open one just after it (rank 1).
    if box.low is None:
        return (0, Decimal(0), 0)
    return (1, box.low, 0 if box.low_closed else 1)


def _high_key(box: Interval) -> tuple[int, Decimal, int]:
    # a closed high ends at the point (rank 0), an open one just before it (-1).
    if box.high is None:
        return (2, Decimal(0), 0)
    return (1, box.high, 0 if box.high_closed else -1)


def intersect(a: Interval, b: Interval) -> Interval | None:
    """The intersection of two intervals, or ``None`` when they are disjoint.

    >>> str(intersect(Interval(low=0, high=3000), Interval(low=3000, high=None)))
    '[3,000, 3,000]'
    >>> intersect(Interval(low=0, high=1, high_closed=False), Interval(low=1, high=2)) is None
    True
    """
    low_side = max((a, b), key=_low_key)
    high_side = min((a, b), key=_high_key)
    low, low_closed = low_side.low, low_side.low_closed
    high, high_closed = high_side.high, high_side.high_closed
    if (
        low is not None
        and high is not None
        and (low > high or (low == high and not (low_closed and high_closed)))
    ):
        return None
    return Interval(low=low, high=high, low_closed=low_closed, high_closed=high_closed)


def hull(a: Interval, b: Interval) -> Interval:
    """The smallest interval containing both (the merge).

    >>> str(hull(Interval(low=1, high=2), Interval(low=5, high=None)))
    '[1, inf)'
    """
    low_side = min((a, b), key=_low_key)
    high_side = max((a, b), key=_high_key)
    return Interval(
        low=low_side.low,
        high=high_side.high,
        low_closed=low_side.low_closed,
        high_closed=high_side.high_closed,
    )


def hull_all(boxes: Iterable[Interval]) -> Interval | None:
    """The hull of many intervals, ``None`` for none.

    >>> str(hull_all([Interval.point(1), Interval.point(4), Interval.point(2)]))
    '[1, 4]'
    """
    out: Interval | None = None
    for box in boxes:
        out = box if out is None else hull(out, box)
    return out


def contains(outer: Interval, inner: Interval) -> bool:
    """Whether ``outer`` contains all of ``inner``.

    >>> contains(Interval(low=0, high=None), Interval(low=3, high=4))
    True
    """
    return _low_key(outer) <= _low_key(inner) and _high_key(inner) <= _high_key(outer)


class Placement(enum.Enum):
    """How two intervals sit relative to each other."""

    overlap = "overlap"  # share more than one point
    touch = "touch"  # share exactly one point, or meet at an end one of them leaves open
    gap = "gap"  # separated by a positive distance


def gap(a: Interval, b: Interval) -> Decimal:
    """The distance between two intervals (0 when they meet or overlap).

    >>> gap(Interval(low=10450, high=11550), Interval(low=12000, high=12000))
    Decimal('450')
    """
    lower, upper = sorted((a, b), key=_low_key)
    if upper.low is None or lower.high is None or upper.low <= lower.high:
        return Decimal(0)
    return upper.low - lower.high


def relative_gap(a: Interval, b: Interval) -> Decimal:
    """The gap divided by the larger finite magnitude among the ends that face it.

    >>> relative_gap(Interval.point(400), Interval.point(500))
    Decimal('0.2')
    """
    size = gap(a, b)
    if size == 0:
        return Decimal(0)
    lower, upper = sorted((a, b), key=_low_key)
    scale = max(abs(v) for v in (lower.high, upper.low) if v is not None)
    return size / scale if scale else Decimal(0)


def placement(a: Interval, b: Interval) -> Placement:
    """Whether ``a`` and ``b`` overlap, touch or leave a gap.

    >>> placement(Interval(low=0, high=3000), Interval(low=3000, high=None)).value
    'touch'
    >>> placement(Interval(low=0, high=1, high_closed=False), Interval(low=1, high=2)).value
    'touch'
    """
    common = intersect(a, b)
    if common is not None:
        single = common.low is not None and common.low == common.high
        return Placement.touch if single else Placement.overlap
    return Placement.touch if gap(a, b) == 0 else Placement.gap


@attrs.frozen(kw_only=True)
class Consensus:
    """The range consistent with the most intervals.

    Attributes:
        interval: the common part of the largest set of mutually overlapping
            intervals (``None`` only for no input).
        support: indices (into the input) of the intervals that contain it.
        outliers: indices of the intervals disjoint from it.
    """

    interval: Interval | None
    support: tuple[int, ...]
    outliers: tuple[int, ...]


def consensus(boxes: Sequence[Interval]) -> Consensus:
    """The region covered by the most intervals, by one sweep over sorted ends.

    Ties between equally supported regions go to the lowest one, so the answer
    does not depend on input order.

    >>> c = consensus([Interval(low=10, high=20), Interval(low=15, high=30),
    ...                Interval(low=40, high=50)])
    >>> str(c.interval), c.support, c.outliers
    ('[15, 20]', (0, 1), (2,))
    >>> str(consensus([Interval.point(7)]).interval)
    '[7, 7]'
    """
    if not boxes:
        return Consensus(interval=None, support=(), outliers=())
    events: list[tuple[tuple[int, Decimal, int], int, int]] = []
    for index, box in enumerate(boxes):
        events.append((_low_key(box), 0, index))  # 0: starts sort before ends at one key
        events.append((_high_key(box), 1, index))
    events.sort(key=lambda e: (e[0], e[1]))
    depth = best = 0
    best_start: tuple[int, Decimal, int] | None = None
    best_end: tuple[int, Decimal, int] | None = None
    for position, kind, _ in events:
        if kind == 0:
            depth += 1
            if depth > best:
                best, best_start, best_end = depth, position, None
        else:
            if depth == best and best_end is None:
                best_end = position
            depth -= 1
    # every interval has a start and an end, so a non-empty input sets both
    assert best_start is not None
    assert best_end is not None
    region = _from_keys(best_start, best_end)
    support: list[int] = []
    outliers: list[int] = []
    for i, box in enumerate(boxes):
        (support if contains(box, region) else outliers).append(i)
    return Consensus(interval=region, support=tuple(support), outliers=tuple(outliers))


def _from_keys(start: tuple[int, Decimal, int], end: tuple[int, Decimal, int]) -> Interval:
    low = None if start[0] == 0 else start[1]
    high = None if end[0] == 2 else end[1]
    return Interval(low=low, high=high, low_closed=start[2] == 0, high_closed=end[2] == 0)
