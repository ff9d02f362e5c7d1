"""The pairwise rules: corroborates, repeats, conflicts, updates, revises, misquotes.

:func:`judge` decides one pair (:mod:`.sweep` chooses which pairs) and writes the
reason.  The order of the tests is the order of precedence:

1. not comparable (:func:`~claimkit.reconcile.compare.comparable`): no relation;
2. intervals share a value: ``repeats`` if one original source, else ``corroborates``;
3. disjoint, one original source, different articles, at most
   ``relay_window`` days apart: ``misquotes``;
4. disjoint, a running total, the later figure higher: ``updates``;
5. disjoint, one original source, later: ``revises``;
6. otherwise ``conflicts``.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from claimkit.policy import HedgePolicy
from claimkit.reconcile.compare import comparable, overlaps, window_gap
from claimkit.reconcile.kinds import Relation, RelationKind
from claimkit.reconcile.labels import day, format_number, position_text
from claimkit.reconcile.options import ReconcileOptions
from claimkit.reconcile.records import Record

__all__ = ["RULES", "judge", "percent"]

#: Rule names, as they appear in :attr:`Relation.rule`.
RULES = {
    RelationKind.corroborates: "overlap",
    RelationKind.repeats: "same source overlap",
    RelationKind.conflicts: "disjoint",
    RelationKind.updates: "cumulative later higher",
    RelationKind.revises: "same source later",
    RelationKind.misquotes: "relay mismatch",
}


def judge(
    x: Record,
    y: Record,
    policy: HedgePolicy,
    options: ReconcileOptions,
    *,
    checked: bool = False,
) -> Relation | None:
    """The relation between two records of one bucket, or ``None`` if not comparable.

    ``x`` must come before ``y`` in canonical order; ``checked`` says the caller
    has already found them comparable.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Source, Subject
        >>> from claimkit.reconcile.records import Normaliser
        >>> options = ReconcileOptions()
        >>> reader = Normaliser(P, options)
        >>> def rec(figure, hedge, outlet):
        ...     return reader.record(Claim(quantity=P.quantity(figure, hedge),
        ...                                subject=Subject(key="troops", role="training"),
        ...                                source=Source(publisher=outlet)))
        >>> relation = judge(rec(3000, "up to", "NSN"), rec(3000, "at least", "AFP"), P, options)
        >>> relation.kind.value, relation.rule
        ('corroborates', 'overlap')
    """
    if not checked and not comparable(x, y, options):
        return None
    same_voice = x.voice == y.voice
    if overlaps(x.lo, x.hi, y.lo, y.hi):
        reason = _agree(x, y, policy, same_voice)
        if same_voice:
            return _relation(x, y, _REPEATS, _REPEATS_RULE, reason)
        return _relation(x, y, _CORROBORATES, _CORROBORATES_RULE, reason)
    if (
        same_voice
        and x.source != y.source
        and window_gap(x.window, y.window) <= (options.relay_window)
    ):
        return _relation(x, y, _MISQUOTES, _MISQUOTES_RULE, _misquote(x, y, policy, options))
    early, late = _in_time_order(x, y)
    if early is not None and late is not None:
        if x.cumulative and late.lo > early.hi:
            return _relation(early, late, _UPDATES, _UPDATES_RULE, _update(early, late, policy))
        if same_voice:
            return _relation(early, late, _REVISES, _REVISES_RULE, _revise(early, late, policy))
    return _relation(x, y, _CONFLICTS, _CONFLICTS_RULE, _conflict(x, y, policy, same_voice))


def _in_time_order(x: Record, y: Record) -> tuple[Record | None, Record | None]:
    if x.when is None or y.when is None or x.when == y.when:
        return None, None
    return (x, y) if x.when < y.when else (y, x)


# module constants: looking an enum member up in a dict costs a Python-level hash
_CORROBORATES, _CORROBORATES_RULE = RelationKind.corroborates, RULES[RelationKind.corroborates]
_REPEATS, _REPEATS_RULE = RelationKind.repeats, RULES[RelationKind.repeats]
_CONFLICTS, _CONFLICTS_RULE = RelationKind.conflicts, RULES[RelationKind.conflicts]
_UPDATES, _UPDATES_RULE = RelationKind.updates, RULES[RelationKind.updates]
_REVISES, _REVISES_RULE = RelationKind.revises, RULES[RelationKind.revises]
_MISQUOTES, _MISQUOTES_RULE = RelationKind.misquotes, RULES[RelationKind.misquotes]


def _relation(a: Record, b: Record, kind: RelationKind, rule: str, reason: str) -> Relation:
    return Relation(a=a.claim, b=b.claim, kind=kind, reason=reason, rule=rule)


def percent(part: Decimal, whole: Decimal) -> str:
    """``part`` as a percentage of ``whole``, to two significant figures.

    Examples:
        >>> percent(Decimal(450), Decimal(11550)), percent(Decimal(3200), Decimal(4750))
        ('3.9%', '67%')
    """
    if whole == 0:
        return "n/a"
    share = abs(part) / abs(whole) * 100
    if share >= 10:
        return f"{share.quantize(Decimal(1)):f}%"
    return f"{share.quantize(Decimal('0.1')):f}%"


def _pair(x: Record, y: Record) -> str:
    return f"{x.label} and {y.label}: {x.box_text} and {y.box_text}"


def _agree(x: Record, y: Record, policy: HedgePolicy, same_voice: bool) -> str:
    lo, hi = max(x.lo, y.lo), min(x.hi, y.hi)
    if lo[0] == hi[0] == 1 and lo[1] == hi[1]:
        how = f"touch at {format_number(lo[1])}"
    else:
        how = f"overlap (common part {position_text(lo, hi)})"
    if same_voice:
        who = f"both trace to {x.voice_name}, so this is one voice repeated"
        rule = _REPEATS_RULE
    else:
        who = f"{x.voice_name} and {y.voice_name} are independent sources that agree"
        rule = _CORROBORATES_RULE
    return f"{_pair(x, y)} {how} under the {policy.name} policy; {who} [rule: {rule}]."


def _gap(x: Record, y: Record, policy: HedgePolicy) -> str:
    lower, upper = (x, y) if x.lo <= y.lo else (y, x)
    top, bottom = lower.box.high, upper.box.low
    assert top is not None  # disjoint intervals face each other with finite ends
    assert bottom is not None
    return f"{_pair(x, y)} are disjoint under the {policy.name} policy, {_apart(top, bottom)}"


@functools.lru_cache(maxsize=1 << 16)
def _apart(top: Decimal, bottom: Decimal) -> str:
    """How far apart two disjoint intervals are, from the lower one's top to the
    upper one's bottom (remembered: the same figures meet again and again)."""
    size = bottom - top
    if size == 0:
        return f"they meet at {format_number(top)}, which one of them excludes"
    scale = max(abs(top), abs(bottom))
    return f"a gap of {format_number(size)} ({percent(size, scale)} of {format_number(scale)})"


def _misquote(x: Record, y: Record, policy: HedgePolicy, options: ReconcileOptions) -> str:
    rule = _MISQUOTES_RULE
    return (
        f"{_gap(x, y, policy)}; both relay {x.voice_name} within {options.relay_window} days "
        f"through different outlets, so at least one misquotes it [rule: {rule}]."
    )


def _update(early: Record, late: Record, policy: HedgePolicy) -> str:
    rule = _UPDATES_RULE
    role = early.claim.subject.role or early.role
    return (
        f"{_gap(early, late, policy)}; the later figure ({day(late.when)}) is higher and "
        f"{role} is a running total, so it updates the earlier count [rule: {rule}]."
    )


def _revise(early: Record, late: Record, policy: HedgePolicy) -> str:
    rule = _REVISES_RULE
    return (
        f"{_gap(early, late, policy)}; {early.voice_name} later ({day(late.when)}) gave a "
        f"figure outside its earlier one, a revision [rule: {rule}]."
    )


def _conflict(x: Record, y: Record, policy: HedgePolicy, same_voice: bool) -> str:
    rule = _CONFLICTS_RULE
    if same_voice:
        who = f"{x.voice_name} contradicts itself"
    else:
        who = f"{x.voice_name} and {y.voice_name} disagree"
    return f"{_gap(x, y, policy)}; {who} [rule: {rule}]."
