"""Reconciliation rules, one at a time, on claims built by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from claimkit import (
    DEFAULT_POLICY,
    Attributor,
    Claim,
    ClaimDate,
    DateRange,
    Hedge,
    HedgePolicy,
    PolicyError,
    Quantity,
    Source,
    Subject,
)
from claimkit.lexicon.totals import TotalDefinition, cohort_for
from claimkit.reconcile import (
    Estimate,
    Group,
    ReconcileOptions,
    Reconciliation,
    Relation,
    RelationKind,
    reconcile,
)

DAY = dt.date(2025, 3, 5)


def mk(
    value: int | str,
    hedge: str = "",
    *,
    key: str = "troops",
    role: str | None = "deployed",
    actor: str | None = "North Korean",
    place: str | None = None,
    qualifiers: tuple[str, ...] = (),
    who: str | None = "Alpha",
    via: tuple[str, ...] = (),
    outlet: str = "Wire",
    said: dt.date | None = DAY,
    refers: DateRange | None = None,
    unit: str = "count",
    span: tuple[int, int] = (0, 1),
    whole: tuple[int, int] | None = None,
    title: str | None = None,
) -> Claim:
    """A claim from a figure and the fields a test cares about."""
    attributor = None
    if who is not None:
        attributor = Attributor(name=who, via=tuple(Attributor(name=v) for v in via))
    return Claim(
        quantity=DEFAULT_POLICY.quantity(value, hedge, unit=unit),
        subject=Subject(key=key, role=role, actor=actor, place=place, qualifiers=qualifiers),
        date=ClaimDate(said_on=said, refers_to=refers),
        attributor=attributor,
        source=Source(publisher=outlet, title=title),
        span=span,
        whole_span=whole,
    )


def kinds(result: Reconciliation) -> list[str]:
    return [r.kind.value for r in result.relations]


def only(result: Reconciliation) -> Relation:
    assert len(result.relations) == 1, kinds(result)
    return result.relations[0]


# --- corroborates and conflicts ----------------------------------------------------------


def test_overlap_corroborates_with_reason() -> None:
    relation = only(
        reconcile([mk(11000, "approximately", who="HUR"), mk(12000, "roughly", who="Yu")])
    )
    assert relation.kind is RelationKind.corroborates
    assert relation.rule == "overlap"
    assert "[10,450, 11,550] and [11,400, 12,600] overlap" in relation.reason
    assert "HUR and Yu are independent sources that agree" in relation.reason


def test_disjoint_conflicts_with_gap_and_relative_size() -> None:
    relation = only(
        reconcile([mk(404, who="A", role="fighting"), mk(505, who="B", role="fighting")])
    )
    assert relation.kind is RelationKind.conflicts
    assert "a gap of 101 (20% of 505)" in relation.reason
    assert relation.reason.endswith("A and B disagree [rule: disjoint].")


@pytest.mark.parametrize(
    ("figure", "hedge", "expected"),
    [
        (2500, "", "conflicts"),  # wholly below "at least 3,000"
        (3000, "up to", "corroborates"),  # touches at 3,000
        (3000, "fewer than", "conflicts"),  # meets at 3,000, which it excludes
        (5000, "", "corroborates"),
        (1000000, "", "corroborates"),
    ],
    ids=["below", "up-to-touches", "fewer-than-excludes", "above", "far-above"],
)
def test_lower_bound_conflicts_only_with_figures_below(
    figure: int, hedge: str, expected: str
) -> None:
    claims = [
        mk(3000, "at least", who="K", role="training"),
        mk(figure, hedge, who="U", role="training"),
    ]
    assert kinds(reconcile(claims)) == [expected]


def test_open_ends_meeting_are_disjoint_without_a_gap() -> None:
    relation = only(
        reconcile(
            [mk(3000, "at least", who="K", role="x"), mk(3000, "fewer than", who="U", role="x")]
        )
    )
    assert "they meet at 3,000, which one of them excludes" in relation.reason


# --- the comparability gate ------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"role": "killed"},
        {"role": None},
        {"key": "civilians"},
        {"actor": "Russian"},
        {"place": "Gaza"},
        {"unit": "percent"},
        {"qualifiers": ("second",)},
        {"said": DAY + dt.timedelta(days=40)},
    ],
    ids=lambda c: next(iter(c)),
)
def test_gate_keeps_different_quantities_apart(change: dict[str, object]) -> None:
    base = {"place": "Kursk", "qualifiers": ("initial",), "role": "deployed"}
    a = mk(1000, who="A", **base)  # type: ignore[arg-type]
    b = mk(5000, who="B", **{**base, **change})  # type: ignore[arg-type]
    assert reconcile([a, b]).relations == ()


def test_missing_actor_place_or_cohort_matches_anything() -> None:
    a = mk(1000, who="A", place="Kursk", qualifiers=("initial",))
    b = mk(1000, who="B", actor=None, place=None)
    assert kinds(reconcile([a, b])) == ["corroborates"]


def test_an_increment_is_not_compared_with_a_running_total() -> None:
    total = mk(3000, "at least", who="K")
    more = mk(1500, who="N", qualifiers=("additional",))
    assert reconcile([total, more]).relations == ()
    # for a state that is not a running total, "additional" is only a word
    assert kinds(
        reconcile(
            [
                attrs.evolve(c, subject=attrs.evolve(c.subject, role="training"))
                for c in (total, more)
            ]
        )
    ) == ["conflicts"]


def test_cohort_words() -> None:
    entry = cohort_for(("initially",))
    assert entry is not None
    assert (entry.label, entry.increment) == ("first wave", False)
    assert cohort_for(("additional", "third batch")).label == "third wave"  # type: ignore[union-attr]


def test_time_window_is_configurable() -> None:
    a, b = mk(1000, who="A", role="x"), mk(5000, who="B", role="x", said=DAY + dt.timedelta(40))
    assert reconcile([a, b]).relations == ()
    assert kinds(reconcile([a, b], options=ReconcileOptions(time_window=60))) == ["conflicts"]


def test_refers_to_is_the_time_compared() -> None:
    october = DateRange(start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31), precision="month")
    a = mk(1000, who="A", role="x", refers=october)
    b = mk(5000, who="B", role="x", said=dt.date(2024, 10, 20))  # said in the month described
    assert kinds(reconcile([a, b])) == ["conflicts"]
    assert reconcile([a, mk(5000, who="B", role="x")]).relations == ()  # said in March 2025


def test_subject_synonyms_and_aliases() -> None:
    a = mk(1000, who="A", key="soldiers", actor="DPRK")
    b = mk(1000, who="B", key="troops", actor="North Korean")
    assert reconcile([a, b]).relations == ()
    options = ReconcileOptions(
        subject_synonyms={"soldiers": "troops"}, actor_aliases={"DPRK": "North Korean"}
    )
    assert kinds(reconcile([a, b], options=options)) == ["corroborates"]


# --- updates, revises, misquotes, repeats ----------------------------------------------------


def test_later_higher_running_total_updates() -> None:
    early = mk(1500, who="NIS", said=dt.date(2024, 10, 18))
    late = mk(3000, "at least", who="Kirby", said=dt.date(2024, 10, 23))
    relation = only(reconcile([late, early]))
    assert relation.kind is RelationKind.updates
    assert (relation.a, relation.b) == (early, late)
    assert "deployed is a running total" in relation.reason


def test_later_lower_running_total_conflicts() -> None:
    early = mk(3000, who="A", said=dt.date(2024, 10, 18))
    late = mk(1500, who="B", said=dt.date(2024, 10, 23))
    assert kinds(reconcile([early, late])) == ["conflicts"]


def test_cumulative_roles_are_configurable() -> None:
    early = mk(1500, who="A", said=dt.date(2024, 10, 18))
    late = mk(3000, who="B", said=dt.date(2024, 10, 23))
    assert kinds(reconcile([early, late])) == ["updates"]
    options = ReconcileOptions(cumulative_roles={"killed"})
    assert kinds(reconcile([early, late], options=options)) == ["conflicts"]


def test_a_cumulative_measure_grows_by_updates() -> None:
    # no role on the subject: the measure alone says the toll is a running total
    def toll(value: int, who: str, day: int, measure: str = "deaths") -> Claim:
        claim = mk(value, key="people", role=None, who=who, said=dt.date(2018, 11, day))
        return attrs.evolve(claim, subject=attrs.evolve(claim.subject, measure=measure))

    assert kinds(reconcile([toll(29, "Sheriff", 11), toll(71, "Coroner", 16)])) == ["updates"]
    crowd = [toll(300_000, "Police", 29, "crowd size"), toll(1_300_000, "SCC", 30, "crowd size")]
    assert kinds(reconcile(crowd)) == ["conflicts"]
    options = ReconcileOptions(cumulative_measures={"cases"})
    assert kinds(reconcile([toll(29, "A", 11), toll(71, "B", 16)], options=options)) == [
        "conflicts"
    ]


def test_two_known_measures_are_never_compared() -> None:
    def money(value: int, measure: str) -> Claim:
        claim = mk(f"{value}", key="", role=None, unit="US dollar", who=measure)
        return attrs.evolve(claim, subject=attrs.evolve(claim.subject, measure=measure))

    assert kinds(reconcile([money(47, "insured losses"), money(100, "economic losses")])) == []


def test_same_source_later_outside_revises() -> None:
    early = mk(500, who="Ministry", role="fighting", said=dt.date(2025, 1, 1), outlet="A")
    late = mk(800, who="Ministry", role="fighting", said=dt.date(2025, 1, 20), outlet="A")
    relation = only(reconcile([early, late]))
    assert relation.kind is RelationKind.revises
    assert (relation.a, relation.b) == (early, late)
    assert "Ministry later (2025-01-20) gave a figure outside its earlier one" in relation.reason


def test_one_voice_in_one_article_at_one_time_counts_different_things() -> None:
    # "Every week, we run 100 ri, and on the last day of the month, we run 200 ri."
    week = mk(100, key="ri", role=None, unit="ri", who="Baek", outlet="Daily NK", span=(0, 6))
    month = mk(200, key="ri", role=None, unit="ri", who="Baek", outlet="Daily NK", span=(9, 15))
    assert kinds(reconcile([week, month])) == []
    # the same figure said twice is still a repeat
    again = attrs.evolve(week, span=(30, 36))
    assert kinds(reconcile([week, month, again])) == ["repeats"]
    # the rule is an option
    relation = only(reconcile([week, month], options=ReconcileOptions(self_conflicts=True)))
    assert relation.kind is RelationKind.conflicts
    assert "Baek contradicts itself" in relation.reason


@pytest.mark.parametrize(
    "change",
    [
        {"outlet": "Other Daily"},  # another article: a source may contradict itself
        {"who": "Kim"},  # another voice
        {"said": dt.date(2025, 3, 1)},  # another time: a revision
    ],
    ids=["other-article", "other-voice", "other-time"],
)
def test_the_one_article_rule_needs_voice_article_and_time(change: dict[str, object]) -> None:
    first = mk(100, key="ri", role=None, unit="ri", who="Baek", outlet="Daily NK")
    second = mk(200, key="ri", role=None, unit="ri", who="Baek", outlet="Daily NK", span=(9, 15))
    assert len(reconcile([first, attrs.evolve(second, **_fields(second, change))]).relations) == 1


def _fields(claim: Claim, change: dict[str, object]) -> dict[str, object]:
    """``mk`` keywords as attrs.evolve changes to ``claim``."""
    out: dict[str, object] = {}
    for name, value in change.items():
        if name == "outlet":
            out["source"] = Source(publisher=str(value))
        elif name == "who":
            out["attributor"] = Attributor(name=str(value))
        elif name == "said":
            out["date"] = ClaimDate(said_on=value)  # type: ignore[arg-type]
    return out


def test_claims_without_a_place_in_a_text_are_still_compared() -> None:
    # hand-built claims with no span are not taken to be stated side by side
    bare = [Claim(quantity=Quantity.exact(n)) for n in (100, 200)]
    assert kinds(reconcile(bare)) == ["conflicts"]


def test_relays_of_one_source_that_disagree_misquote() -> None:
    one = mk(1500, who="Yu", outlet="UPI", qualifiers=("second",))
    other = mk(5000, "around", who="Yu", outlet="JoongAng", qualifiers=("second",), said=None)
    relation = only(reconcile([one, other]))
    assert relation.kind is RelationKind.misquotes
    assert "both relay Yu within 7 days through different outlets" in relation.reason


def test_one_original_through_many_outlets_repeats_and_counts_once() -> None:
    outlets = ["AP", "AFP", "Reuters", "Yonhap", "UPI"]
    relays = [mk(1500, who=f"{o} desk", via=("NIS",), outlet=o) for o in outlets]
    other = mk(1600, "about", who="Pentagon", outlet="AP")
    result = reconcile([*relays, other])
    assert kinds(result).count("repeats") == 10
    assert kinds(result).count("corroborates") == 5
    (group,) = result.groups
    assert group.consensus.rule == "median of 2 stated figures from 2 independent sources"
    assert group.consensus.best == Decimal(1550)


def test_outlet_speaks_when_no_attributor() -> None:
    a = mk(3000, who=None, outlet="NSN", span=(0, 5))
    b = mk(3000, who=None, outlet="NSN", span=(9, 14))
    c = mk(3000, who="NSN", outlet="AFP")
    assert kinds(reconcile([a, b, c])) == ["repeats", "repeats", "repeats"]


def test_source_aliases_merge_voices() -> None:
    a = mk(1500, who="South Korea's intelligence agency", outlet="AFP")
    b = mk(1500, who="Seoul's National Intelligence Service", outlet="NSN")
    assert kinds(reconcile([a, b])) == ["corroborates"]
    options = ReconcileOptions(
        source_aliases={
            "South Korea's intelligence agency": "NIS",
            "Seoul's National Intelligence Service": "NIS",
        }
    )
    assert "both trace to NIS" in only(reconcile([a, b], options=options)).reason


# --- parts and wholes ------------------------------------------------------------------------


def casualties(whole: int, hedge: str = "around", **fields: object) -> list[Claim]:
    parts = [
        mk(400, "approximately", key="killed", role="killed", who="Yu", outlet="UPI"),
        mk(3600, key="wounded", role="wounded", who="Yu", outlet="UPI"),
    ]
    return [*parts, mk(whole, hedge, role="casualties", who="HUR", outlet="JoongAng", **fields)]  # type: ignore[arg-type]


def test_parts_fit_the_whole() -> None:
    relation = only(reconcile(casualties(4000)))
    assert relation.kind is RelationKind.part_of
    assert relation.rule == "role definition: casualties = killed + wounded"
    assert "sum to [3,930, 4,070], which fits within around 4,000" in relation.reason
    assert len(relation.parts) == 2


def test_parts_exceed_the_whole() -> None:
    relation = only(reconcile(casualties(3000, "up to")))
    assert relation.kind is RelationKind.exceeds_whole
    assert "the parts exceed the whole by 930 (31%)" in relation.reason


def test_parts_below_the_whole_leave_room() -> None:
    relation = only(reconcile(casualties(9000)))
    assert relation.kind is RelationKind.part_of
    assert "leaving room for the rest" in relation.reason


def test_optional_parts_and_custom_totals() -> None:
    claims = [
        *casualties(4000),
        mk(300, key="missing", role="missing", who="Yu", outlet="UPI"),
    ]
    assert "missing" not in only(reconcile(claims)).reason
    widened = only(reconcile(claims, options=ReconcileOptions(optional_parts=True)))
    assert widened.kind is RelationKind.exceeds_whole  # 4,230..4,370 > 4,200
    assert "casualties = killed + wounded + missing + captured" in widened.reason
    custom = ReconcileOptions(totals=[TotalDefinition("casualties", ("killed", "missing"))])
    assert only(reconcile(claims, options=custom)).parts[1].subject.role == "missing"


def test_min_parts() -> None:
    claims = casualties(4000)[1:]  # only the wounded
    assert reconcile(claims).relations == ()
    assert kinds(reconcile(claims, options=ReconcileOptions(min_parts=1))) == ["part_of"]


def test_parts_from_different_articles_are_not_summed() -> None:
    claims = casualties(4000)
    claims[1] = attrs.evolve(claims[1], source=Source(publisher="Other"))
    assert reconcile(claims).relations == ()


def test_text_links_sum_all_parts_of_one_whole() -> None:
    whole = mk(5000, "around", who="Yu", span=(10, 22))
    a = mk(1500, role="stationed", who="Yu", span=(40, 45), whole=(10, 22))
    b = mk(3500, role="training", who="Yu", span=(70, 75), whole=(10, 22))
    relation = only(reconcile([a, whole, b]))
    assert relation.kind is RelationKind.part_of
    assert relation.rule == "text link"
    assert relation.parts == (a, b)
    assert relation.b is whole


def test_text_linked_parts_are_not_also_compared_as_figures() -> None:
    whole = mk(5000, "around", who="Yu", span=(10, 22))
    part = mk(1500, who="Yu", span=(40, 45), whole=(10, 22))  # same role as the whole
    assert kinds(reconcile([whole, part])) == ["part_of"]


def test_text_link_needs_the_same_source() -> None:
    whole = mk(5000, "around", who="Yu", span=(10, 22), outlet="A")
    part = mk(1500, role="stationed", who="Yu", span=(40, 45), whole=(10, 22), outlet="B")
    assert reconcile([whole, part]).relations == ()


# --- identity, order and scale ---------------------------------------------------------------


def test_equal_claims_count_once_and_never_relate_to_themselves() -> None:
    claim = mk(1000)
    result = reconcile([claim, claim, attrs.evolve(claim)])
    assert result.claims == (claim,)
    assert result.relations == ()


def test_whole_span_pointing_at_itself_is_ignored() -> None:
    claim = mk(1000, span=(3, 8), whole=(3, 8))
    assert reconcile([claim]).relations == ()


def test_a_bucket_of_disjoint_claims_stays_linear() -> None:
    n = 300
    claims = [mk(1001 + 10 * i, who=f"S{i}", role="fighting") for i in range(n)]
    result = reconcile(claims)
    assert len(result.relations) <= n * (ReconcileOptions().max_partners + 1)
    assert {c for r in result.relations for c in (r.a, r.b)} == set(result.claims)
    assert all(r.kind is RelationKind.conflicts for r in result.relations)


def test_a_dense_cluster_stays_linear() -> None:
    n = 300
    claims = [mk(1000, "about", who=f"S{i}", role="fighting") for i in range(n)]
    result = reconcile(claims)
    assert len(result.relations) <= n * (ReconcileOptions().max_partners + 1)
    (group,) = result.groups
    assert len(group.consensus.support) == n


def test_small_buckets_compare_every_pair() -> None:
    claims = [mk(1001 + 10 * i, who=f"S{i}", role="fighting") for i in range(16)]
    assert len(reconcile(claims).relations) == 16 * 15 // 2


# --- results ---------------------------------------------------------------------------------


def test_result_accessors() -> None:
    a, b, c = mk(400, who="A", role="x"), mk(500, who="B", role="x"), mk(505, who="C", role="x")
    result = reconcile([a, b, c])
    assert [r.kind for r in result.conflicts] == [RelationKind.conflicts] * 2
    assert result.by_kind("corroborates") == result.by_kind(RelationKind.corroborates)
    assert len(result.relations_of(a)) == 2
    group = result.group_of(a)
    assert isinstance(group, Group)
    assert result.group_of(mk(9)) is None


def test_estimate_of_one_claim_is_its_interval() -> None:
    (group,) = reconcile([mk(3000, "at least")]).groups
    estimate = group.consensus
    assert isinstance(estimate, Estimate)
    assert str(estimate.interval) == "[3,000, inf)"
    assert (estimate.low, estimate.best, estimate.high) == (Decimal(3000), Decimal(3000), None)
    assert estimate.outliers == ()


def test_estimate_without_stated_figures_uses_the_region() -> None:
    vague = Quantity(
        low=2000,
        high=10000,
        high_closed=False,
        hedge=Hedge.vague,
        hedge_text="thousands",
        text="thousands",
    )
    claim = attrs.evolve(mk(1), quantity=vague)
    (group,) = reconcile([claim]).groups
    assert group.consensus.best == 6000
    assert group.consensus.rule == "midpoint of the consensus region"


def test_timeline_and_latest() -> None:
    early = mk(1500, who="A", said=dt.date(2024, 10, 18))
    late = mk(3000, who="B", said=dt.date(2024, 10, 23))
    undated = mk(3000, who="C", said=None)
    (group,) = reconcile([undated, late, early]).groups
    assert group.timeline == (early, late, undated)
    assert group.latest is late


def test_policy_changes_the_verdict() -> None:
    a, b = mk(11000, "about", who="A", role="x"), mk(13000, "about", who="B", role="x")
    assert kinds(reconcile([a, b])) == ["conflicts"]
    generous = HedgePolicy(approximate_tolerance="0.1", name="generous")
    relation = only(reconcile([a, b], policy=generous))
    assert relation.kind is RelationKind.corroborates
    assert "under the generous policy" in relation.reason


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("time_window", -1),
        ("max_partners", 0),
        ("exhaustive_limit", 1),
        ("min_parts", True),
        ("source_aliases", [("only one",)]),
        ("actor_aliases", {"DPRK": 3}),
        ("cumulative_roles", "killed"),
        ("cumulative_measures", "deaths"),
        ("totals", [("casualties", ())]),
    ],
)
def test_options_reject_impossible_settings(field: str, value: object) -> None:
    with pytest.raises(PolicyError, match=field):
        ReconcileOptions(**{field: value})  # type: ignore[arg-type]
