"""Parts and wholes: interval sums of parts compared with a total.

Two sources of candidates:

1. **Text links.**  A claim whose ``whole_span`` equals another claim's ``span``
   in the same :class:`~claimkit.model.Source` is a part of it ("around 5,000
   ...  Of these, 1,500 ... the remaining 3,500").  All parts of one whole are
   summed; one part is enough.
2. **Role definitions** (:data:`claimkit.lexicon.totals.TOTALS`, e.g. casualties
   = killed + wounded).  Parts are taken from one article, one claim per part
   role (the first in canonical order), and only if they are not already
   text-linked to a whole; at least ``options.min_parts`` roles must be present.
   Wholes are claims of the total's role whose subject fits every part (same
   unit; same key unless one is generic such as "killed"; compatible actor,
   place, cohort and time).  At most ``options.max_wholes`` wholes per set.

The sum of intervals is ``[sum of lows, sum of highs]``.  The parts fit unless
their lowest possible sum is above the whole's highest value: then the relation
is ``exceeds_whole``, otherwise ``part_of``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from claimkit.intervals import contains
from claimkit.model import Interval
from claimkit.policy import HedgePolicy
from claimkit.reconcile.compare import high_position, low_position, overlaps, parts_fit_subject
from claimkit.reconcile.kinds import Relation, RelationKind
from claimkit.reconcile.labels import FAR_FUTURE, format_number
from claimkit.reconcile.options import ReconcileOptions
from claimkit.reconcile.records import Record
from claimkit.reconcile.relations import percent

__all__ = ["TEXT_LINK", "interval_sum", "role_totals", "text_links"]

TEXT_LINK = "text link"
ROLE_DEFINITION = "role definition"

Found = tuple[tuple[int, int], Relation]


def interval_sum(boxes: Iterable[Interval]) -> Interval:
    """``[sum of lows, sum of highs]``, open where any summand is open or unbounded.

    Examples:
        >>> str(interval_sum([Interval(low=380, high=420), Interval(low=3550, high=3650)]))
        '[3,930, 4,070]'
        >>> str(interval_sum([Interval(low=1, high=2), Interval(low=3000, high=None)]))
        '[3,001, inf)'
    """
    low: Decimal | None = Decimal(0)
    high: Decimal | None = Decimal(0)
    low_closed = high_closed = True
    for box in boxes:
        low = None if low is None or box.low is None else low + box.low
        high = None if high is None or box.high is None else high + box.high
        low_closed = low_closed and box.low_closed
        high_closed = high_closed and box.high_closed
    if low is not None and low == high and not (low_closed and high_closed):
        low_closed = high_closed = True
    return Interval(low=low, high=high, low_closed=low_closed, high_closed=high_closed)


def text_links(
    records: list[Record], policy: HedgePolicy
) -> tuple[list[Found], set[tuple[int, int]], set[int]]:
    """Relations from ``whole_span`` links, the rank pairs they tie (lower rank
    first) and the ranks of the linked parts.

    Records must be in canonical order (``rank`` equal to the index).

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Subject
        >>> from claimkit.reconcile.records import Normaliser
        >>> reader = Normaliser(P, ReconcileOptions())
        >>> whole = reader.record(Claim(quantity=P.quantity(5000, "around"), span=(0, 12),
        ...                             subject=Subject(key="troops", role="deployed")), 0)
        >>> part = reader.record(Claim(quantity=P.quantity(1500), span=(30, 35), whole_span=(0, 12),
        ...                            subject=Subject(key="troops", role="stationed")), 1)
        >>> found, tied, linked = text_links([whole, part], P)
        >>> found[0][1].kind.value, tied, linked
        ('part_of', {(0, 1)}, {1})
    """
    linking = [rec for rec in records if rec.whole_span is not None]
    sources = {rec.source for rec in linking}
    by_span: dict[tuple[int, tuple[int, int]], list[Record]] = defaultdict(list)
    for rec in records:
        if rec.source in sources:
            by_span[(rec.source, rec.claim.span)].append(rec)
    parts_of: dict[int, list[Record]] = defaultdict(list)
    for rec in linking:
        assert rec.whole_span is not None
        for whole in by_span.get((rec.source, rec.whole_span), ()):
            if whole.rank != rec.rank and whole.unit == rec.unit:
                parts_of[whole.rank].append(rec)
    found: list[Found] = []
    tied: set[tuple[int, int]] = set()
    linked: set[int] = set()
    for whole_rank, parts in sorted(parts_of.items()):
        whole = records[whole_rank]
        for part in parts:
            tied.add((min(part.rank, whole.rank), max(part.rank, whole.rank)))
            linked.add(part.rank)
        found.append(_compare(parts, whole, TEXT_LINK, "the text says so", policy))
    return found, tied, linked


def role_totals(
    records: list[Record],
    options: ReconcileOptions,
    linked_parts: set[int],
    policy: HedgePolicy,
) -> list[Found]:
    """Relations from role definitions (see the module docstring).

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Source, Subject
        >>> from claimkit.reconcile.records import Normaliser
        >>> options = ReconcileOptions()
        >>> reader = Normaliser(P, options)
        >>> upi = Source(publisher="UPI")
        >>> def rec(figure, role, rank, source=upi):
        ...     subject = Subject(key=role, role=role)
        ...     return reader.record(Claim(quantity=P.quantity(figure), subject=subject,
        ...                                source=source), rank)
        >>> records = [rec(400, "killed", 0), rec(3600, "wounded", 1),
        ...            rec(3000, "casualties", 2, Source(publisher="AFP"))]
        >>> [relation.kind.value for _, relation in role_totals(records, options, set(), P)]
        ['exceeds_whole']
    """
    found: list[Found] = []
    for definition in options.totals:
        roles = definition.parts + (definition.optional if options.optional_parts else ())
        wholes = _WholeIndex(r for r in records if r.role == definition.whole)
        if not wholes:
            continue
        sets: dict[tuple[object, ...], dict[str, Record]] = defaultdict(dict)
        for rec in records:
            if rec.role in roles and rec.rank not in linked_parts:
                key = (rec.source, rec.unit, None if rec.generic else rec.key, rec.actor)
                sets[key].setdefault(rec.role, rec)
        rule = definition.describe(with_optional=options.optional_parts)
        for chosen in sets.values():
            if len(chosen) < options.min_parts:
                continue
            parts = sorted(chosen.values(), key=lambda r: r.rank)
            for whole in wholes.candidates(parts, options):
                found.append(_compare(parts, whole, ROLE_DEFINITION, rule, policy))
    return found


class _WholeIndex:
    """Wholes of one role by (unit, key), each list sorted by the end of its window."""

    def __init__(self, wholes: Iterable[Record]) -> None:
        lists: dict[tuple[str, str], list[Record]] = defaultdict(list)
        for rec in wholes:
            lists[(rec.unit, rec.key)].append(rec)
        self.lists = {k: sorted(v, key=_end_rank) for k, v in lists.items()}
        self.ends = {k: [_end_rank(r) for r in v] for k, v in self.lists.items()}
        self.generic = sorted(k for k, v in self.lists.items() if v[0].generic)

    def __bool__(self) -> bool:
        return bool(self.lists)

    def candidates(self, parts: list[Record], options: ReconcileOptions) -> list[Record]:
        unit = parts[0].unit
        keys = {p.key for p in parts if not p.generic}
        if keys:
            names = sorted({(unit, k) for k in keys} | {k for k in self.generic if k[0] == unit})
        else:
            names = sorted(k for k in self.lists if k[0] == unit)
        starts = [p.window[0] for p in parts if p.window is not None]
        earliest = min(starts) - options.time_window if starts else None
        out: list[Record] = []
        for name in names:
            pool = self.lists.get(name)
            if pool is None:
                continue
            begin = 0 if earliest is None else bisect_left(self.ends[name], (earliest, -1))
            for whole in pool[begin : begin + options.scan_limit]:
                if len(out) >= options.max_wholes:
                    break
                if all(parts_fit_subject(p, whole, options) for p in parts):
                    out.append(whole)
        return sorted(out, key=lambda r: r.rank)[: options.max_wholes]


def _end_rank(rec: Record) -> tuple[int, int]:
    return (rec.window[1] if rec.window is not None else FAR_FUTURE + 1, rec.rank)


def _compare(parts: list[Record], whole: Record, rule: str, why: str, policy: HedgePolicy) -> Found:
    total = interval_sum(p.box for p in parts)
    lo, hi = low_position(total), high_position(total)
    policy_name = f"under the {policy.name} policy"
    head = (
        f"{_parts_text(parts)} sum to {total}"
        if len(parts) > 1
        else f"{_parts_text(parts)}: {total}"
    )
    target = f"{whole.label}: {whole.box_text}"
    if lo > whole.hi:
        kind = RelationKind.exceeds_whole
        top, bottom = whole.box.high, total.low
        assert top is not None
        assert bottom is not None
        excess = bottom - top
        size = f" by {format_number(excess)} ({percent(excess, top)})" if excess else ""
        verdict = f"{head}, more than {target} allows {policy_name}: the parts exceed the whole"
        reason = f"{verdict}{size}"
    else:
        if contains(whole.box, total):
            reason = f"{head}, which fits within {target} {policy_name}"
        elif overlaps(lo, hi, whole.lo, whole.hi):
            reason = f"{head}, which overlaps {target} {policy_name}"
        else:
            reason = f"{head}, less than {target} {policy_name}, leaving room for the rest"
        kind = RelationKind.part_of
    text = f"{reason} [rule: {rule}; {why}]."
    relation = Relation(
        a=parts[0].claim,
        b=whole.claim,
        kind=kind,
        reason=text,
        rule=rule if rule == TEXT_LINK else f"{ROLE_DEFINITION}: {why}",
        parts=tuple(p.claim for p in parts),
    )
    return (parts[0].rank, whole.rank), relation


def _parts_text(parts: list[Record]) -> str:
    figures = [f"{p.claim.quantity.text or p.box_text} {p.role or p.key}".strip() for p in parts]
    tails = {p.label[len(p.claim.quantity.text) :] for p in parts}
    if len(tails) == 1 and all(p.claim.quantity.text for p in parts):
        return " + ".join(figures) + tails.pop()
    return " + ".join(f"{f} ({p.label})" for f, p in zip(figures, parts, strict=True))
