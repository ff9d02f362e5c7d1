"""reconcile(): read, bucket, sweep, sum parts, group."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from claimkit.model import Claim
from claimkit.policy import DEFAULT_POLICY, HedgePolicy
from claimkit.reconcile.compare import (
    FAR_FUTURE,
    FAR_PAST,
    Normaliser,
    Record,
    comparable,
    episodes,
)
from claimkit.reconcile.consensus import group_records, make_group
from claimkit.reconcile.kinds import Group, Reconciliation, Relation, RelationKind
from claimkit.reconcile.options import DEFAULT_OPTIONS, ReconcileOptions
from claimkit.reconcile.relations import candidate_pairs, judge
from claimkit.reconcile.wholes import role_totals, text_links

__all__ = ["reconcile"]

_KIND_ORDER = {kind: n for n, kind in enumerate(RelationKind)}
_UNDATED = (FAR_FUTURE + 1, FAR_FUTURE + 1)


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
    policy = DEFAULT_POLICY if policy is None else policy
    options = DEFAULT_OPTIONS if options is None else options
    reader = Normaliser(policy, options)
    records = _canonical(reader.records(claims))

    found, tied, linked = text_links(records, policy)
    found += role_totals(records, options, linked, policy)
    keyed: list[tuple[tuple[int, int, int], Relation]] = [
        ((a, b, _KIND_ORDER[r.kind]), r) for (a, b), r in found
    ]
    buckets: dict[tuple[str, str, str | None], list[Record]] = defaultdict(list)
    for rec in records:
        buckets[(rec.unit, rec.key, rec.role)].append(rec)

    groups: list[tuple[tuple[str, str, str, str], Group]] = []
    for bucket in buckets.values():
        spells, undated = episodes(bucket, options.time_window)
        slices = [piece for spell in spells for piece in _slices(spell, options)]
        for chunk, first in _chunks(spells, undated, options):
            keyed.extend(_judge_chunk(chunk, first, tied, policy, options))
        cumulative = bucket[0].cumulative
        for members_of_slice in _place_undated(slices, undated, options):
            for signature, members in group_records(members_of_slice, cumulative).items():
                group = make_group(members, signature, reader.shown, options.relay_window)
                order = (members[0].unit, members[0].key, members[0].role or "", group.key)
                groups.append((order, group))

    keyed.sort(key=lambda item: item[0])
    groups.sort(key=lambda item: item[0])
    return Reconciliation(
        claims=tuple(r.claim for r in records),
        relations=tuple(r for _, r in keyed),
        groups=tuple(g for _, g in groups),
        policy=policy,
        options=options,
    )


def _slices(spell: list[Record], options: ReconcileOptions) -> list[list[Record]]:
    """A long, crowded episode cut into slices of one time window (by where each
    record's window starts); any other episode is one slice."""
    window = options.time_window
    times = [_start(r) for r in spell]
    if len(spell) <= options.exhaustive_limit or max(times) - min(times) <= 3 * max(window, 1):
        return [spell]
    first = min(times)
    cut: dict[int, list[Record]] = defaultdict(list)
    for rec, time in zip(spell, times, strict=True):
        cut[(time - first) // max(window, 1)].append(rec)
    return [cut[k] for k in sorted(cut)]


def _start(rec: Record) -> int:
    assert rec.window is not None
    return rec.window[0] if rec.window[0] > FAR_PAST else rec.window[1]


Chunk = list[tuple[Record, int]]  # (record, 0: compared here, 1: next slice, 2: undated)


def _chunks(
    spells: list[list[Record]], undated: list[Record], options: ReconcileOptions
) -> list[tuple[Chunk, bool]]:
    """What to sweep: each slice with the next slice of its episode and the undated
    records; ``True`` marks the chunk that also compares undated records among
    themselves."""
    out: list[tuple[Chunk, bool]] = []
    loose = [(r, 2) for r in undated]
    for spell in spells:
        pieces = _slices(spell, options)
        for n, piece in enumerate(pieces):
            following = pieces[n + 1] if n + 1 < len(pieces) else []
            chunk = [(r, 0) for r in piece] + [(r, 1) for r in following] + loose
            out.append((chunk, not out))
    if not out and loose:
        out.append((loose, True))
    return out


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


def _judge_chunk(
    chunk: Chunk,
    first: bool,
    tied: set[tuple[int, int]],
    policy: HedgePolicy,
    options: ReconcileOptions,
) -> list[tuple[tuple[int, int, int], Relation]]:
    ordered = sorted(chunk, key=lambda item: (item[0].lo, item[0].hi, item[0].rank))
    members = [rec for rec, _ in ordered]
    roles = [role for _, role in ordered]
    out = []
    for i, j in candidate_pairs(members, options):
        here = roles[i] == 0 or roles[j] == 0
        if not (here or (first and roles[i] == roles[j] == 2)):
            continue  # judged in another chunk
        x, y = members[i], members[j]
        if x.rank > y.rank:
            x, y = y, x
        if (x.rank, y.rank) in tied:
            continue  # the text says one is part of the other
        relation = judge(x, y, policy, options)
        if relation is not None:
            out.append(((x.rank, y.rank, _KIND_ORDER[relation.kind]), relation))
    return out


def _canonical(records: list[Record]) -> list[Record]:
    """Sort records into an order that does not depend on the input, drop equal
    claims, and number them."""
    sources: dict[int, tuple[str, str, str, int, str]] = {}
    keys = []
    for rec in records:
        src = sources.get(rec.source)
        if src is None:
            s = rec.claim.source
            published = s.published.toordinal() if s.published is not None else 0
            src = (s.publisher or "", s.title or "", s.url or "", published, s.byline or "")
            sources[rec.source] = src
        claim = rec.claim
        keys.append(
            (
                (rec.unit, rec.key, rec.role or "", rec.lo, rec.hi),
                rec.window or _UNDATED,
                rec.voice,
                src,
                claim.span,
                claim.quantity.text,
                claim.sentence,
            )
        )
    order = sorted(range(len(records)), key=keys.__getitem__)
    out: list[Record] = []
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and keys[order[end]] == keys[order[start]]:
            end += 1
        run = [records[i] for i in order[start:end]]
        if len(run) > 1:
            run.sort(key=lambda r: repr(r.claim))
            kept: list[Record] = []
            for rec in run:
                if not any(rec.claim == other.claim for other in kept):
                    kept.append(rec)
            run = kept
        out.extend(run)
        start = end
    for rank, rec in enumerate(out):
        rec.rank = rank
    return out
