"""reconcile(): read, bucket, sweep, sum parts, group."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from claimkit.model import Claim, Source
from claimkit.policy import DEFAULT_POLICY, HedgePolicy
from claimkit.reconcile.compare import comparable, episodes
from claimkit.reconcile.consensus import group_records, make_group
from claimkit.reconcile.kinds import Group, Reconciliation, Relation
from claimkit.reconcile.labels import FAR_FUTURE
from claimkit.reconcile.options import DEFAULT_OPTIONS, ReconcileOptions
from claimkit.reconcile.records import Normaliser, Record
from claimkit.reconcile.relations import judge
from claimkit.reconcile.sweep import episode_pairs, slices
from claimkit.reconcile.wholes import role_totals, text_links

__all__ = ["reconcile"]

_UNDATED = (FAR_FUTURE + 1, FAR_FUTURE + 1)
_OFFSET = 1 << 31  # makes every window day non-negative below 2**32
_SPAN = (1 << 40) - 1  # spans beyond it wrap; ties are broken by text and repr


def reconcile(
    claims: Iterable[Claim],
    *,
    policy: HedgePolicy | None = None,
    options: ReconcileOptions | None = None,
) -> Reconciliation:
    """Relate claims to each other: which agree, conflict, update, repeat or add up.

    Claims are read under ``policy`` (default
    :data:`~claimkit.policy.DEFAULT_POLICY`) and compared under ``options``
    (default :class:`ReconcileOptions`).  The result does not depend on the
    order of ``claims``; equal claims count once.

    Args:
        claims: claims from any number of articles, parsed or built by hand.
        policy: how hedged figures become intervals.
        options: the comparability gate and rule settings.

    Returns:
        A :class:`Reconciliation` with every relation and its reason, and the
        groups with their consensus and timeline.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Source, Subject
        >>> troops = Subject(key="troops", role="deployed", actor="North Korean")
        >>> about = Claim(quantity=P.quantity(11000, "approximately"), subject=troops,
        ...               source=Source(publisher="Korea JoongAng Daily"))
        >>> roughly = Claim(quantity=P.quantity(12000, "roughly"), subject=troops,
        ...                 source=Source(publisher="UPI"))
        >>> result = reconcile([about, roughly])
        >>> [r.kind.value for r in result.relations]
        ['corroborates']
        >>> print(result.relations[0].reason)
        approximately 11,000 (Korea JoongAng Daily, undated) and roughly 12,000 (UPI, undated):
        [10,450, 11,550] and [11,400, 12,600] overlap (common part [11,400, 11,550]) under the
        default policy; Korea JoongAng Daily and UPI are independent sources that agree
        [rule: overlap].
    """
    # Records and relations hold no reference cycles, so the cyclic collector
    # would only rescan the live input again and again: pause it meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _reconcile(
            claims,
            DEFAULT_POLICY if policy is None else policy,
            DEFAULT_OPTIONS if options is None else options,
        )
    finally:
        if collecting:
            gc.enable()


def _reconcile(
    claims: Iterable[Claim], policy: HedgePolicy, options: ReconcileOptions
) -> Reconciliation:
    reader = Normaliser(policy, options)
    records = _canonical(reader.records(claims))

    found, tied, linked = text_links(records, policy)
    found += role_totals(records, options, linked, policy)
    # relations are ordered by (rank of a, rank of b), then as found: one int each
    scale = len(records) + 1
    orders = [a * scale + b for (a, b), _ in found]
    relations = [r for _, r in found]
    buckets: dict[tuple[str, str, str | None], list[Record]] = defaultdict(list)
    for rec in records:
        buckets[(rec.unit, rec.key, rec.role)].append(rec)

    groups: list[tuple[tuple[str, str, str, str], Group]] = []
    for bucket in buckets.values():
        spells, undated = episodes(bucket, options.time_window)
        for n, spell in enumerate(spells or [[]]):
            pairs = episode_pairs(spell, undated, n == 0, options)
            for (a, b), relation in _judge_pairs(pairs, tied, policy, options):
                orders.append(a * scale + b)
                relations.append(relation)
        cumulative = bucket[0].cumulative
        pieces = [piece for spell in spells for piece in slices(spell, options)]
        for members_of_slice in _place_undated(pieces, undated, options):
            for signature, members in group_records(members_of_slice, cumulative).items():
                group = make_group(members, signature, reader.shown, options.relay_window)
                order = (members[0].unit, members[0].key, members[0].role or "", group.key)
                groups.append((order, group))

    ranking = sorted(range(len(relations)), key=orders.__getitem__)
    groups.sort(key=lambda item: item[0])
    return Reconciliation(
        claims=tuple(r.claim for r in records),
        relations=tuple(relations[i] for i in ranking),
        groups=tuple(g for _, g in groups),
        policy=policy,
        options=options,
    )


def _place_undated(
    slices: list[list[Record]], undated: list[Record], options: ReconcileOptions
) -> list[list[Record]]:
    """Slices for grouping: an undated record joins the one slice holding a record
    of a compatible subject; with none or several it stays apart."""
    out = [list(piece) for piece in slices]
    kinds = [
        {(r.actor, r.place, r.cohort, r.increment): r for r in piece}.values() for piece in slices
    ]
    apart = []
    for rec in undated:
        homes = [
            n for n, seen in enumerate(kinds) if any(comparable(rec, o, options) for o in seen)
        ]
        if len(homes) == 1:
            out[homes[0]].append(rec)
        else:
            apart.append(rec)
    return out + ([apart] if apart else [])


def _judge_pairs(
    pairs: Iterable[tuple[Record, Record, bool]],
    tied: set[tuple[int, int]],
    policy: HedgePolicy,
    options: ReconcileOptions,
) -> Iterator[tuple[tuple[int, int], Relation]]:
    for x, y, checked in pairs:
        if x.rank > y.rank:
            x, y = y, x
        if (x.rank, y.rank) in tied:
            continue  # the text says one is part of the other
        relation = judge(x, y, policy, options, checked=checked)
        if relation is not None:
            yield (x.rank, y.rank), relation


def _canonical(records: list[Record]) -> list[Record]:
    """Sort records into an order that does not depend on the input, drop equal
    claims, and number them.

    The order key is one int: subject, interval, time, voice, article and span,
    each costly part replaced by its rank among the distinct values present,
    packed into bit fields (ties, if any, go to the figure's text, the sentence
    and finally the claim's ``repr``).  This keeps the sort of a million records
    cheap.
    """
    subjects = _ranks({(r.unit, r.key, r.role or "") for r in records})
    boxes = _ranks({(r.lo, r.hi) for r in records})
    voices = _ranks({r.voice for r in records})
    firsts = {r.source: r.claim.source for r in records}
    articles = _ranks({_article(source): n for n, source in firsts.items()}.items(), swap=True)
    w_box, w_voice, w_article = (len(t).bit_length() for t in (boxes, voices, articles))
    by_article = [0] * (max(articles, default=0) + 1)
    for number, rank in articles.items():
        by_article[number] = rank
    seen: dict[int, int] = {}  # id of a shared lo position -> rank of its interval
    keys = []
    for rec in records:
        box = seen.get(id(rec.lo))
        if box is None:
            box = seen[id(rec.lo)] = boxes[(rec.lo, rec.hi)]
        head = (subjects[(rec.unit, rec.key, rec.role or "")] << w_box) | box
        first, last = rec.window or _UNDATED
        span = rec.claim.span
        packed = (((head << 32) | (first + _OFFSET)) << 32) | (last + _OFFSET)
        packed = (((packed << w_voice) | voices[rec.voice]) << w_article) | by_article[rec.source]
        keys.append((((packed << 40) | (span[0] & _SPAN)) << 40) | (span[1] & _SPAN))
    # sort plain ints: the key with the input position in its low bits
    shift = len(records).bit_length()
    low = (1 << shift) - 1
    order = sorted([(key << shift) | n for n, key in enumerate(keys)])
    out: list[Record] = []
    start, total = 0, len(order)
    while start < total:
        end = start + 1
        head = order[start] >> shift
        while end < total and order[end] >> shift == head:
            end += 1
        if end == start + 1:
            out.append(records[order[start] & low])
        else:  # equal keys: order by text, sentence and repr; count equal claims once
            run = sorted((records[v & low] for v in order[start:end]), key=_tiebreak)
            kept: list[Record] = []
            for rec in run:
                if not any(rec.claim == other.claim for other in kept):
                    kept.append(rec)
            out.extend(kept)
        start = end
    for rank, rec in enumerate(out):
        rec.rank = rank
    return out


def _tiebreak(rec: Record) -> tuple[str, str, str]:
    return (rec.claim.quantity.text, rec.claim.sentence, repr(rec.claim))


def _ranks(values: Iterable[Any], *, swap: bool = False) -> dict[Any, int]:
    """Each distinct value's place in sorted order; with ``swap``, values are
    ``(sort key, name)`` pairs and the names are ranked by their keys."""
    if swap:
        return {name: n for n, (_, name) in enumerate(sorted(values, key=lambda v: v[0]))}
    return {value: n for n, value in enumerate(sorted(values))}


def _article(source: Source) -> tuple[tuple[bool, str], ...]:
    published = source.published.isoformat() if source.published is not None else None
    fields = (source.publisher, source.title, source.url, published, source.byline)
    return tuple((value is not None, value or "") for value in fields)
