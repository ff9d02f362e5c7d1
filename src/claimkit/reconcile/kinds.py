"""The values reconciliation returns: relation kinds, relations, estimates, groups."""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from claimkit.model import Claim, Interval
from claimkit.policy import HedgePolicy
from claimkit.reconcile.options import ReconcileOptions

__all__ = ["Estimate", "Group", "Reconciliation", "Relation", "RelationKind"]


class RelationKind(enum.Enum):
    """What one figure means next to another.

    * ``corroborates``: independent sources whose intervals share a value.
    * ``conflicts``: intervals with no value in common, and no rule explains why.
    * ``updates``: a running total reported later and higher (``b`` updates ``a``).
    * ``revises``: one original source later gives a figure outside its earlier one.
    * ``misquotes``: relays of one original source, at one time, disagree.
    * ``part_of``: ``parts`` sum to an interval that fits in the whole ``b``.
    * ``exceeds_whole``: ``parts`` add up to more than the whole ``b`` allows.
    * ``repeats``: one original source's figure, again, through another outlet or relay.
    """

    corroborates = "corroborates"
    conflicts = "conflicts"
    updates = "updates"
    revises = "revises"
    misquotes = "misquotes"
    part_of = "part_of"
    exceeds_whole = "exceeds_whole"
    repeats = "repeats"


SYMMETRIC = frozenset(
    {
        RelationKind.corroborates,
        RelationKind.conflicts,
        RelationKind.misquotes,
        RelationKind.repeats,
    }
)


@attrs.frozen(kw_only=True)
class Relation:
    """A verdict on two claims, with the sentence that explains it.

    Attributes:
        a, b: the claims.  For ``updates`` and ``revises`` ``a`` is the earlier
            one; for ``part_of`` and ``exceeds_whole`` ``b`` is the whole and
            ``a`` the first of ``parts``; symmetric kinds list the lower claim
            first.
        kind: a :class:`RelationKind`.
        reason: a readable sentence: the figures, their intervals under the
            policy, how they sit (gap and relative gap) and the rule that fired.
        rule: the name of the rule (see ``docs/relations.md``).
        parts: for ``part_of`` and ``exceeds_whole``, the summed parts.
    """

    a: Claim
    b: Claim
    kind: RelationKind
    reason: str
    rule: str
    parts: tuple[Claim, ...] = ()


@attrs.frozen(kw_only=True)
class Estimate:
    """A group's consensus, in the manner of conflict-casualty datasets (low/best/high).

    Attributes:
        low, high: the envelope of the independent sources that agree (the
            hull of their intervals); ``None`` where unbounded or when there are
            no claims.
        best: the best single figure; ``rule`` says how it was chosen.
        rule: e.g. "median of 3 independent point values".
        interval: the consensus region: the values every supporting source
            allows (the conservative reading).
        support: claims whose interval meets the region.
        outliers: claims whose interval misses it.
    """

    low: Decimal | None
    best: Decimal | None
    high: Decimal | None
    rule: str
    interval: Interval | None
    support: tuple[Claim, ...] = ()
    outliers: tuple[Claim, ...] = ()


@attrs.frozen(kw_only=True)
class Group:
    """Claims that count one quantity at one time.

    Attributes:
        key: readable: subject key, role, actor, place, cohort and time span.
        claims: the claims, in canonical order.
        consensus: their :class:`Estimate`.
        timeline: the claims ordered by the time they describe.
        latest: the latest preferred claim (latest time described; among
            those, one that agrees with the consensus, then the narrowest).
    """

    key: str
    claims: tuple[Claim, ...]
    consensus: Estimate
    timeline: tuple[Claim, ...]
    latest: Claim | None


@attrs.frozen(kw_only=True)
class Reconciliation:
    """What :func:`~claimkit.reconcile.reconcile` found.

    Attributes:
        claims: the distinct input claims in canonical order (equal claims
            count once).
        relations: every verdict, with its reason.
        groups: claims that count one quantity at one time.
        policy: the hedge policy the intervals were read under.
        options: the rules' settings.
    """

    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    groups: tuple[Group, ...]
    policy: HedgePolicy
    options: ReconcileOptions = attrs.field(factory=ReconcileOptions)

    @property
    def conflicts(self) -> tuple[Relation, ...]:
        """The relations of kind ``conflicts``."""
        return self.by_kind(RelationKind.conflicts)

    def by_kind(self, kind: RelationKind | str) -> tuple[Relation, ...]:
        """The relations of one kind (a :class:`RelationKind` or its value)."""
        wanted = RelationKind(kind)
        return tuple(r for r in self.relations if r.kind is wanted)

    def relations_of(self, claim: Claim) -> tuple[Relation, ...]:
        """The relations that involve ``claim`` (as ``a``, ``b`` or a part)."""
        return tuple(r for r in self.relations if claim in (r.a, r.b) or claim in r.parts)

    def group_of(self, claim: Claim) -> Group | None:
        """The group holding ``claim``, or ``None`` if it is not one of the claims."""
        for group in self.groups:
            if claim in group.claims:
                return group
        return None

    def report(self) -> str:
        """A readable text report, lines at most 100 columns (see :mod:`.report`)."""
        from claimkit.reconcile.report import render

        return render(self)
