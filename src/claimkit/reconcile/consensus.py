"""Groups, their consensus estimate and their timeline.

A group is the records of one bucket (unit, key, role) in one time episode that
share actor, place and cohort.  A record that leaves actor, place or cohort out
joins the group of the only value its bucket-episode gives (so "12,000 troops"
joins "11,000 North Korean troops" when no other actor is in sight); with two or
more candidates it stays in a group of its own.

The estimate counts independent sources, not articles: each voice (original
source) is represented by its latest claim, and
:func:`claimkit.intervals.consensus` finds the region most voices allow.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal

from claimkit.intervals import consensus as interval_consensus
from claimkit.model import Claim, Interval
from claimkit.reconcile.compare import high_position, low_position, overlaps
from claimkit.reconcile.kinds import Estimate, Group
from claimkit.reconcile.labels import FAR_FUTURE, FAR_PAST, Position, day
from claimkit.reconcile.records import Record

__all__ = ["estimate", "group_records", "make_group"]

_RANK = operator.attrgetter("rank")


def estimate(records: list[Record], relay_window: int = 7) -> Estimate:
    """The consensus of some records (see :class:`~claimkit.reconcile.Estimate`).

    Each voice counts once.  It is represented by its latest statement: among
    its claims within ``relay_window`` days of its latest one, the figure most
    of them allow (relays that garble it are outvoted), the latest on a tie.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Attributor, Claim
        >>> from claimkit.reconcile.records import Normaliser
        >>> from claimkit.reconcile.options import ReconcileOptions
        >>> reader = Normaliser(P, ReconcileOptions())
        >>> def rec(figure, who, rank):
        ...     return reader.record(Claim(quantity=P.quantity(figure, "about"),
        ...                                attributor=Attributor(name=who)), rank)
        >>> found = estimate([rec(1000, "A", 0), rec(1050, "B", 1), rec(1020, "B", 2),
        ...                   rec(5000, "C", 3)])
        >>> found.best, str(found.interval), len(found.outliers)
        (Decimal('1025'), '[997.5, 1,050]', 1)
        >>> found.rule
        'median of 2 stated figures from 2 independent sources'
    """
    if not records:
        return Estimate(low=None, best=None, high=None, rule="no claims", interval=None)
    voices: dict[str, list[Record]] = {}
    for rec in records:
        voices.setdefault(rec.voice, []).append(rec)
    reps = sorted((_spokesman(v, relay_window) for v in voices.values()), key=_RANK)
    found = interval_consensus([r.box for r in reps])
    region = found.interval
    assert region is not None
    backers = [reps[i] for i in found.support]
    lows = [r.box.low for r in backers]
    highs = [r.box.high for r in backers]
    low = None if any(v is None for v in lows) else min(v for v in lows if v is not None)
    high = None if any(v is None for v in highs) else max(v for v in highs if v is not None)
    best, rule = _best(backers, region)
    rlo, rhi = _positions(region)
    inside: dict[int, bool] = {}  # by shared interval: does it meet the region?
    support: list[Claim] = []
    outliers: list[Claim] = []
    for rec in records:
        meets = inside.get(id(rec.lo))
        if meets is None:
            meets = inside[id(rec.lo)] = overlaps(rec.lo, rec.hi, rlo, rhi)
        (support if meets else outliers).append(rec.claim)
    return Estimate(
        low=low,
        best=best,
        high=high,
        rule=rule,
        interval=region,
        support=tuple(support),
        outliers=tuple(outliers),
    )


def _spokesman(claims: list[Record], relay_window: int) -> Record:
    if len(claims) == 1:
        return claims[0]
    last = max(r.when if r.when is not None else FAR_PAST for r in claims)
    recent = sorted(
        (r for r in claims if r.when is None or r.when >= last - relay_window),
        key=_RANK,
    )
    if len({id(r.lo) for r in recent}) == 1:  # one figure, however often relayed
        return max(recent, key=_recency)
    agreed = interval_consensus([r.box for r in recent]).support
    return max((recent[i] for i in agreed), key=_recency)


def _recency(rec: Record) -> tuple[int, int]:
    return (rec.when if rec.when is not None else FAR_PAST, -rec.rank)


def _positions(box: Interval) -> tuple[Position, Position]:
    return low_position(box), high_position(box)


def _best(backers: list[Record], region: Interval) -> tuple[Decimal | None, str]:
    values = sorted(v for v in (r.claim.quantity.value for r in backers) if v is not None)
    if len(values) == 1 and len(backers) == 1:
        return values[0], "the stated figure of the only source"
    if values:
        middle = len(values) // 2
        best = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
        count = len(backers)
        return best, (
            f"median of {len(values)} stated figures from {count} independent "
            f"source{'s' if count != 1 else ''}"
        )
    if region.low is not None and region.high is not None:
        return (region.low + region.high) / 2, "midpoint of the consensus region"
    if region.low is not None:
        return region.low, "lower end of the consensus region (no upper end)"
    if region.high is not None:
        return region.high, "upper end of the consensus region (no lower end)"
    return None, "no finite estimate"


def group_records(
    records: list[Record], cumulative: bool
) -> dict[tuple[str | None, str | None, str | None], list[Record]]:
    """Split one bucket-episode by actor, place and cohort, resolving ``None``s.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Quantity, Subject
        >>> from claimkit.reconcile.records import Normaliser
        >>> from claimkit.reconcile.options import ReconcileOptions
        >>> reader = Normaliser(P, ReconcileOptions())
        >>> def rec(actor):
        ...     subject = Subject(key="troops", role="deployed", actor=actor)
        ...     return reader.record(Claim(quantity=Quantity.exact(5), subject=subject))
        >>> sorted((k, len(v)) for k, v in group_records([rec("Russian"), rec(None)], True).items())
        [(('russian', None, None), 2)]
        >>> len(group_records([rec("Russian"), rec("Ukrainian"), rec(None)], True))
        3
    """
    actors = {r.actor for r in records if r.actor is not None}
    places = {r.place for r in records if r.place is not None}
    joinable = {
        r.cohort for r in records if r.cohort is not None and not (cumulative and r.increment)
    }
    out: dict[tuple[str | None, str | None, str | None], list[Record]] = defaultdict(list)
    for rec in records:
        actor = rec.actor if rec.actor is not None or len(actors) != 1 else next(iter(actors))
        place = rec.place if rec.place is not None or len(places) != 1 else next(iter(places))
        cohort = rec.cohort
        if cohort is None and len(joinable) == 1:
            cohort = next(iter(joinable))
        out[(actor, place, cohort)].append(rec)
    return out


def make_group(
    records: list[Record],
    signature: tuple[str | None, str | None, str | None],
    shown: Callable[[str | None], str | None],
    relay_window: int = 7,
) -> Group:
    """One :class:`Group`: records in canonical order, estimate, timeline, latest.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Quantity
        >>> from claimkit.reconcile.records import Normaliser
        >>> from claimkit.reconcile.options import ReconcileOptions
        >>> reader = Normaliser(P, ReconcileOptions())
        >>> rec = reader.record(Claim(quantity=Quantity.exact(5)))
        >>> make_group([rec], (None, None, None), reader.shown).key
        '(no key), no role | any actor | any place | undated'
    """
    records = sorted(records, key=_RANK)
    found = estimate(records, relay_window)
    timeline = sorted(records, key=_time_order)
    return Group(
        key=_key(records, signature, shown),
        claims=tuple(r.claim for r in records),
        consensus=found,
        timeline=tuple(r.claim for r in timeline),
        latest=_latest(records, found),
    )


def _time_order(rec: Record) -> tuple[int, int, int, int]:
    if rec.when is None:
        return (1, 0, 0, rec.rank)
    start = rec.window[0] if rec.window is not None else rec.when
    return (0, rec.when, start, rec.rank)


def _latest(records: list[Record], found: Estimate) -> Claim | None:
    if not records:
        return None
    last = max((r.when for r in records if r.when is not None), default=None)
    pool = [r for r in records if r.when == last]
    support = {id(c) for c in found.support}

    def preference(rec: Record) -> tuple[int, int, Decimal, int]:
        box = rec.box
        bounded = box.low is not None and box.high is not None
        width = box.high - box.low if box.low is not None and box.high is not None else Decimal(0)
        return (0 if id(rec.claim) in support else 1, 0 if bounded else 1, width, rec.rank)

    return min(pool, key=preference).claim


def _key(
    records: list[Record],
    signature: tuple[str | None, str | None, str | None],
    shown: Callable[[str | None], str | None],
) -> str:
    first = records[0]
    actor, place, cohort = signature
    parts = [f"{first.key or '(no key)'}, {first.role or 'no role'}"]
    if first.unit != "count":
        parts[0] += f" ({first.unit})"
    parts.append(f"actor {shown(actor)}" if actor is not None else "any actor")
    parts.append(f"place {shown(place)}" if place is not None else "any place")
    if cohort is not None:
        parts.append(cohort)
    windows = [r.window for r in records if r.window is not None]
    if windows:
        start = min(w[0] for w in windows)
        end = max(w[1] for w in windows)
        span = f"{_edge(start)} to {_edge(end)}"
    else:
        span = "undated"
    parts.append(span)
    return " | ".join(parts)


def _edge(ordinal: int) -> str:
    if ordinal <= FAR_PAST or ordinal >= FAR_FUTURE:
        return "open"
    return day(ordinal)
