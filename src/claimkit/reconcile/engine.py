"""reconcile(): read, bucket, sweep, sum parts, group."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable

from claimkit.model import Claim
from claimkit.policy import DEFAULT_POLICY, HedgePolicy
from claimkit.reconcile.compare import comparable, episodes
from claimkit.reconcile.consensus import group_records, make_group
from claimkit.reconcile.kinds import Group, Reconciliation, Relation
from claimkit.reconcile.options import DEFAULT_OPTIONS, ReconcileOptions
from claimkit.reconcile.order import canonical
from claimkit.reconcile.records import Normaliser, Record
from claimkit.reconcile.relations import judge
from claimkit.reconcile.sweep import episode_pairs, slices
from claimkit.reconcile.wholes import role_totals, text_links

__all__ = ["reconcile"]


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
    records = canonical(claims, reader)

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
            _judge_pairs(pairs, tied, policy, options, scale, (orders, relations))
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
    # an undated record's homes depend only on its subject: find them once per kind
    known: dict[tuple[object, ...], list[int]] = {}
    for rec in undated:
        kind = (rec.actor, rec.place, rec.cohort, rec.increment, rec.cumulative)
        homes = known.get(kind)
        if homes is None:
            homes = known[kind] = [
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
    scale: int,
    found: tuple[list[int], list[Relation]],
) -> None:
    """Judge ``pairs`` and append each relation to ``found``, with its order key
    ``rank of a * scale + rank of b`` (``scale`` is above every rank)."""
    orders, relations = found
    for x, y, checked in pairs:
        if x.rank > y.rank:
            x, y = y, x
        if tied and (x.rank, y.rank) in tied:
            continue  # the text says one is part of the other
        relation = judge(x, y, policy, options, checked=checked)
        if relation is not None:
            orders.append(x.rank * scale + y.rank)
            relations.append(relation)
