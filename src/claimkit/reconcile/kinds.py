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

    Examples:
        >>> RelationKind("part_of") is RelationKind.part_of
        True
        >>> [kind.value for kind in RelationKind][:3]
        ['corroborates', 'conflicts', 'updates']
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

    Examples:
        >>> from claimkit import Claim, Quantity
        >>> a, b = Claim(quantity=Quantity.exact(5)), Claim(quantity=Quantity.exact(9))
        >>> Relation(a=a, b=b, kind=RelationKind.conflicts, rule="disjoint",
        ...          reason="5 and 9 are disjoint [rule: disjoint].").parts
        ()
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

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim
        >>> from claimkit.reconcile import reconcile
        >>> found = reconcile([Claim(quantity=P.quantity(3000, "at least"))]).groups[0].consensus
        >>> found.low, found.best, found.high, str(found.interval)
        (Decimal('3000'), Decimal('3000'), None, '[3,000, inf)')
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

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Subject
        >>> from claimkit.reconcile import reconcile
        >>> troops = Subject(key="troops", role="deployed")
        >>> (group,) = reconcile([Claim(quantity=P.quantity(12000), subject=troops)]).groups
        >>> group.key
        'troops, deployed | any actor | any place | undated'
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

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Source, Subject
        >>> from claimkit.reconcile import reconcile
        >>> s = Subject(key="troops", role="fighting")
        >>> a = Claim(quantity=P.quantity(404), subject=s, source=Source(publisher="A"))
        >>> b = Claim(quantity=P.quantity(505), subject=s, source=Source(publisher="B"))
        >>> result = reconcile([a, b])
        >>> [r.kind.value for r in result.conflicts]
        ['conflicts']
        >>> result.by_kind("corroborates")
        ()
        >>> len(result.relations_of(a)), result.group_of(a) is result.groups[0]
        (1, True)
        >>> print(result.report().splitlines()[0])
        Reconciliation of 2 claims under the default policy: 1 group, 1 relation.
    """

    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    groups: tuple[Group, ...]
    policy: HedgePolicy
    options: ReconcileOptions = attrs.field(factory=ReconcileOptions)

    @property
    def conflicts(self) -> tuple[Relation, ...]:
        """The relations of kind ``conflicts`` (see the class example)."""
        return self.by_kind(RelationKind.conflicts)

    def by_kind(self, kind: RelationKind | str) -> tuple[Relation, ...]:
        """The relations of one kind (a :class:`RelationKind` or its value).

        Examples:
            >>> from claimkit import Claim, Quantity
            >>> from claimkit.reconcile import reconcile
            >>> reconcile([Claim(quantity=Quantity.exact(7))]).by_kind(RelationKind.repeats)
            ()
        """
        wanted = RelationKind(kind)
        return tuple(r for r in self.relations if r.kind is wanted)

    def relations_of(self, claim: Claim) -> tuple[Relation, ...]:
        """The relations that involve ``claim`` (as ``a``, ``b`` or a part).

        Examples:
            >>> from claimkit import Claim, Quantity
            >>> from claimkit.reconcile import reconcile
            >>> lone = Claim(quantity=Quantity.exact(7))
            >>> reconcile([lone]).relations_of(lone)
            ()
        """
        return tuple(r for r in self.relations if claim in (r.a, r.b) or claim in r.parts)

    def group_of(self, claim: Claim) -> Group | None:
        """The group holding ``claim``, or ``None`` if it is not one of the claims.

        Examples:
            >>> from claimkit import Claim, Quantity
            >>> from claimkit.reconcile import reconcile
            >>> lone = Claim(quantity=Quantity.exact(7))
            >>> reconcile([lone]).group_of(lone).claims == (lone,)
            True
        """
        for group in self.groups:
            if claim in group.claims:
                return group
        return None

    def report(self) -> str:
        """A readable text report, lines at most 100 columns (see :mod:`.report`).

        Examples:
            >>> from claimkit import Claim, Quantity
            >>> from claimkit.reconcile import reconcile
            >>> print(reconcile([Claim(quantity=Quantity.exact(7))]).report().splitlines()[1])
            Relations: none.
        """
        from claimkit.reconcile.report import render

        return render(self)
