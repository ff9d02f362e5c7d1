"""Properties of reconciliation, stated by name.

``claims()`` from :mod:`strategies` covers every field but rarely draws two
comparable claims, so this module adds ``story_claims()``: claims about a few
subjects, sources and weeks, so that most pairs meet the comparability gate.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import (
    DEFAULT_POLICY,
    Attributor,
    Claim,
    ClaimDate,
    DateRange,
    HedgePolicy,
    Source,
    Subject,
)
from claimkit.lexicon.hedges import HEDGES
from claimkit.reconcile import ReconcileOptions, Reconciliation, Relation, reconcile
from claimkit.reconcile.kinds import SYMMETRIC, RelationKind
from strategies import claims, policies

FAST = settings(max_examples=60, deadline=None)

FIGURES = (400, 1000, 1500, 2950, 3000, 3100, 3600, 4000, 5000, 11000, 12000)
SPANS = ((0, 5), (10, 15), (20, 25))
START = dt.date(2024, 10, 1)


@st.composite
def story_claims(draw: st.DrawFn) -> Claim:
    """Claims about a few subjects, from a few sources, over a few weeks."""
    hedge = draw(st.sampled_from(("", "", *(e.phrase for e in HEDGES))))
    quantity = DEFAULT_POLICY.quantity(draw(st.sampled_from(FIGURES)), hedge)
    subject = Subject(
        key=draw(st.sampled_from(("troops", "troops", "killed"))),
        role=draw(st.sampled_from(("deployed", "training", "killed", "wounded", "casualties"))),
        actor=draw(st.sampled_from((None, "North Korean", "North Korean", "Russian"))),
        place=draw(st.sampled_from((None, None, "Kursk"))),
        qualifiers=draw(st.sampled_from(((), (), ("initial",), ("additional",), ("second",)))),
    )
    said = draw(st.none() | st.integers(0, 60).map(lambda d: START + dt.timedelta(days=d)))
    refers = draw(
        st.none()
        | st.none()
        | st.just(DateRange(start=START, end=dt.date(2024, 10, 31), precision="month"))
    )
    attributor = draw(
        st.none()
        | st.builds(
            lambda name, via: Attributor(name=name, via=tuple(Attributor(name=v) for v in via)),
            st.sampled_from(("Yu", "HUR", "NIS", "Kirby")),
            st.lists(st.sampled_from(("HUR", "NIS")), max_size=1),
        )
    )
    return Claim(
        quantity=quantity,
        subject=subject,
        date=ClaimDate(
            said_on=said,
            said_precision=draw(st.sampled_from(("day", "day", "week"))),
            refers_to=refers,
        ),
        attributor=attributor,
        source=Source(publisher=draw(st.sampled_from(("AP", "AFP", "UPI")))),
        span=draw(st.sampled_from(SPANS)),
        whole_span=draw(st.none() | st.none() | st.sampled_from(SPANS)),
    )


stories = st.lists(story_claims(), min_size=1, max_size=8)
any_claims = st.lists(claims(DEFAULT_POLICY), min_size=1, max_size=6)
#: settings that send small inputs through the summarised sweep
SWEEP = ReconcileOptions(exhaustive_limit=3, max_partners=1, scan_limit=2, max_wholes=2)


def pairs(result: Reconciliation, kind: RelationKind) -> set[frozenset[Claim]]:
    return {frozenset((r.a, r.b)) for r in result.relations if r.kind is kind}


def check_well_formed(result: Reconciliation) -> None:
    seen: set[tuple[object, ...]] = set()
    for relation in result.relations:
        assert relation.a != relation.b
        assert relation.b not in relation.parts
        assert relation.reason.endswith("].")
        assert relation.rule in relation.reason or relation.rule.startswith("role definition")
        if relation.kind in SYMMETRIC:
            key: tuple[object, ...] = (relation.kind, frozenset((relation.a, relation.b)))
        else:
            key = (relation.kind, relation.a, relation.b, relation.parts)
        assert key not in seen, relation.reason
        seen.add(key)


@FAST
@given(stories, st.randoms(use_true_random=False))
def test_relations_do_not_depend_on_input_order(found: list[Claim], rnd: object) -> None:
    shuffled = list(found)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    for options in (None, SWEEP):
        one, other = reconcile(found, options=options), reconcile(shuffled, options=options)
        assert one.relations == other.relations
        assert one.groups == other.groups
        check_well_formed(one)


@FAST
@given(any_claims, st.randoms(use_true_random=False))
def test_order_independence_on_arbitrary_claims(found: list[Claim], rnd: object) -> None:
    shuffled = list(found)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    one = reconcile(found)
    assert one.relations == reconcile(shuffled).relations
    check_well_formed(one)
    assert len(one.report()) > 0


@FAST
@given(story_claims(), story_claims())
def test_symmetric_kinds_are_unordered_pairs(a: Claim, b: Claim) -> None:
    forward, backward = reconcile([a, b]), reconcile([b, a])
    for kind in SYMMETRIC:
        assert pairs(forward, kind) == pairs(backward, kind)


@FAST
@given(story_claims())
def test_a_claim_is_never_related_to_itself(claim: Claim) -> None:
    twin = attrs.evolve(claim)
    result = reconcile([claim, twin, claim])
    assert result.relations == ()
    assert result.claims == (claim,)


def wider(policy: HedgePolicy, step: Decimal) -> HedgePolicy:
    top = Decimal("0.999")
    return attrs.evolve(
        policy,
        approximate_tolerance=min(top, policy.approximate_tolerance + step),
        near_tolerance=min(top, policy.near_tolerance + step),
        upper_floor=policy.upper_floor / 2,
        implicit_precision=True,
        implicit_precision_cap=min(top, policy.implicit_precision_cap + step),
        name="wider",
    )


@FAST
@given(stories, policies(), st.decimals(min_value=0, max_value="0.3", places=2))
def test_widening_never_creates_a_conflict(
    found: list[Claim], policy: HedgePolicy, step: Decimal
) -> None:
    narrow = reconcile(found, policy=policy)
    wide = reconcile(found, policy=wider(policy, step))
    assert pairs(wide, RelationKind.conflicts) <= pairs(narrow, RelationKind.conflicts)


def without(result: Reconciliation, claim: Claim) -> tuple[Relation, ...]:
    return tuple(r for r in result.relations if claim not in (r.a, r.b) and claim not in r.parts)


@FAST
@given(stories, story_claims())
def test_an_unrelated_claim_changes_nothing(found: list[Claim], extra: Claim) -> None:
    unrelated = attrs.evolve(
        extra,
        subject=attrs.evolve(extra.subject, key="unrelated"),
        source=Source(publisher="Unrelated Gazette"),
        whole_span=None,
    )
    before = reconcile(found)
    after = reconcile([*found, unrelated])
    assert without(after, unrelated) == before.relations


@FAST
@given(claims(DEFAULT_POLICY), policies())
def test_consensus_of_one_claim_is_its_interval(claim: Claim, policy: HedgePolicy) -> None:
    (group,) = reconcile([claim], policy=policy).groups
    box = policy.interval(claim.quantity)
    assert group.consensus.interval == box
    assert (group.consensus.low, group.consensus.high) == (box.low, box.high)
    assert group.consensus.support == (claim,)
    assert group.latest is claim
    assert group.timeline == (claim,)
