"""Cross-article reconciliation of the five seed articles, claims built by hand.

The expected relations were written by reading the articles (see
``tests/reconcile_seed_claims.py`` for how each figure was read).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

import reconcile_seed_claims as seeds
from claimkit import DateRange, HedgePolicy, extract
from claimkit.reconcile import Reconciliation, RelationKind, reconcile
from reconcile_seed_claims import SEED_CLAIMS, SEED_OPTIONS, TEXTS, name_of

Triple = tuple[str, str, str]


def triples(result: Reconciliation) -> set[Triple]:
    return {(r.kind.value, name_of(r.a), name_of(r.b)) for r in result.relations}


@pytest.fixture(scope="module")
def result() -> Reconciliation:
    return reconcile(SEED_CLAIMS, options=SEED_OPTIONS)


# What a reader of the five articles expects, with SEED_OPTIONS (all places in
# Russia; NIS and HUR each under one name).
EXPECTED: dict[str, set[Triple]] = {
    "initial deployment: about 11,000 vs roughly 12,000 vs 12,000": {
        ("corroborates", "JA_DEPLOYED_11000", "UPI_DEPLOYED_12000"),
        ("corroborates", "JA_DEPLOYED_11000", "K3_DEPLOYED_12000"),
        ("repeats", "UPI_DEPLOYED_12000", "K3_DEPLOYED_12000"),
    },
    "casualties: around 4,000 killed or wounded vs 400 killed + 3,600 injured": {
        ("part_of", "UPI_KILLED_400", "JA_CASUALTIES_4000"),
        ("part_of", "UPI_KILLED_400", "K3_CASUALTIES_4000"),
        ("corroborates", "JA_CASUALTIES_4000", "K3_CASUALTIES_4000"),
        ("part_of", "JA_CASUALTIES_4000", "JA_DEPLOYED_11000"),
    },
    "second wave: around 5,000 = 1,500 + 3,500, but 1,500 elsewhere": {
        ("part_of", "JA_STATIONED_1500", "JA_WAVE2_5000"),
        ("repeats", "K3_WAVE2_1500", "UPI_WAVE2_1500"),
        ("misquotes", "K3_WAVE2_1500", "JA_WAVE2_5000"),
        ("misquotes", "UPI_WAVE2_1500", "JA_WAVE2_5000"),
    },
    "3,500 in training, one lawmaker through three outlets": {
        ("repeats", "K3_TRAINING_3500", "UPI_TRAINING_3500"),
        ("repeats", "K3_TRAINING_3500", "UPI_TRAINING_3500_QUOTE"),
        ("repeats", "K3_TRAINING_3500", "JA_TRAINING_3500"),
        ("repeats", "UPI_TRAINING_3500", "UPI_TRAINING_3500_QUOTE"),
        ("repeats", "UPI_TRAINING_3500", "JA_TRAINING_3500"),
        ("repeats", "UPI_TRAINING_3500_QUOTE", "JA_TRAINING_3500"),
    },
    "October 2024: 1,500 (NIS, twice), up to 3,000, thousands, 3,000": {
        ("repeats", "NSN_NIS_1500", "AFP_NIS_1500"),
        ("corroborates", "NSN_UP_TO_3000", "NSN_NIS_1500"),
        ("corroborates", "NSN_UP_TO_3000", "AFP_NIS_1500"),
        ("corroborates", "NSN_UP_TO_3000", "AFP_THOUSANDS"),
        ("corroborates", "NSN_UP_TO_3000", "NSN_HEADLINE_3000"),
        ("corroborates", "AFP_THOUSANDS", "NSN_HEADLINE_3000"),
        ("updates", "NSN_NIS_1500", "AFP_THOUSANDS"),
        ("updates", "NSN_NIS_1500", "NSN_HEADLINE_3000"),
        ("updates", "AFP_NIS_1500", "AFP_THOUSANDS"),
        ("updates", "AFP_NIS_1500", "NSN_HEADLINE_3000"),
    },
    "about 10,000 promised by December, three voices": {
        ("corroborates", "AFP_PARK_10000", "NSN_PROMISED_10000"),
        ("corroborates", "AFP_PARK_10000", "NSN_ZELENSKIY_10000"),
        ("corroborates", "NSN_PROMISED_10000", "NSN_ZELENSKIY_10000"),
    },
}


def test_spans_point_into_the_articles() -> None:
    for claim in SEED_CLAIMS:
        doc = next(k for k, v in seeds.SOURCES.items() if v == claim.source)
        start, end = claim.span
        assert TEXTS[doc][start:end] == claim.quantity.text, name_of(claim)
        assert claim.quantity.text in claim.sentence


@pytest.mark.parametrize("story", sorted(EXPECTED))
def test_expected_relations(result: Reconciliation, story: str) -> None:
    assert EXPECTED[story] <= triples(result)


def test_nothing_else_is_related(result: Reconciliation) -> None:
    expected = set().union(*EXPECTED.values())
    assert triples(result) == expected
    assert not result.conflicts


@pytest.mark.parametrize(
    "claim",
    [
        seeds.AFP_NIS_ADDITIONAL_1500,  # an increment is not a running total
        seeds.NSN_AT_LEAST_3000,  # in training, not "sent"
        seeds.NSN_RUSSIAN_600000,  # Russian, not North Korean
        seeds.UPI_JOINT_63000,  # a joint force
        seeds.K3_THIRD_3500,  # a possible third wave
        seeds.UPI_RETURNED_300,
    ],
    ids=name_of,
)
def test_gate_keeps_apart(result: Reconciliation, claim: object) -> None:
    assert not [r for r in result.relations if claim in (r.a, r.b) or claim in r.parts]


def test_reasons_name_intervals_policy_and_rule(result: Reconciliation) -> None:
    by_pair = {(name_of(r.a), name_of(r.b)): r for r in result.relations}
    first = by_pair[("JA_DEPLOYED_11000", "UPI_DEPLOYED_12000")]
    assert first.reason.startswith(
        "approximately 11,000 (a Ukrainian defense intelligence representative; Korea JoongAng "
        "Daily, 2025-02-21) and roughly 12,000 (Yu Yong-weon; UPI, 2025-03-05): "
        "[10,450, 11,550] and [11,400, 12,600] overlap"
    )
    assert "under the default policy" in first.reason
    assert first.reason.endswith("[rule: overlap].")
    misquote = by_pair[("UPI_WAVE2_1500", "JA_WAVE2_5000")]
    assert "a gap of 3,200 (67% of 4,750)" in misquote.reason
    assert misquote.rule == "relay mismatch"
    casualties = by_pair[("UPI_KILLED_400", "JA_CASUALTIES_4000")]
    assert "approximately 400 killed + 3,600 wounded" in casualties.reason
    assert "sum to [3,930, 4,070], which fits within around 4,000" in casualties.reason
    assert casualties.rule == "role definition: casualties = killed + wounded"
    assert casualties.parts == (seeds.UPI_KILLED_400, seeds.UPI_WOUNDED_3600)


def test_one_voice_through_many_outlets(result: Reconciliation) -> None:
    training = next(g for g in result.groups if seeds.JA_TRAINING_3500 in g.claims)
    assert len(training.claims) == 4
    assert "1 independent source" not in training.consensus.rule
    assert training.consensus.rule == "the stated figure of the only source"


def test_groups_consensus_and_timeline(result: Reconciliation) -> None:
    initial = next(g for g in result.groups if seeds.JA_DEPLOYED_11000 in g.claims)
    assert set(initial.claims) == {
        seeds.JA_DEPLOYED_11000,
        seeds.UPI_DEPLOYED_12000,
        seeds.K3_DEPLOYED_12000,
    }
    assert str(initial.consensus.interval) == "[11,400, 11,550]"
    assert initial.consensus.best == 11500  # median of HUR's 11,000 and Yu's 12,000
    assert initial.timeline[0] is seeds.JA_DEPLOYED_11000
    second = next(g for g in result.groups if seeds.JA_WAVE2_5000 in g.claims)
    # Yu is one voice; two of his three relays say 1,500
    assert second.consensus.best == 1500
    assert second.consensus.outliers == (seeds.JA_WAVE2_5000,)
    october = next(g for g in result.groups if seeds.NSN_UP_TO_3000 in g.claims)
    assert october.latest is not None
    assert october.latest.when is not None
    assert october.latest.when.isoformat() == "2024-10-23"
    assert seeds.AFP_NIS_1500 in october.consensus.outliers


def test_default_options_keep_places_and_names_apart() -> None:
    plain = triples(reconcile(SEED_CLAIMS))
    # "Kursk" and "Russia" are different places until aliased ...
    assert ("corroborates", "JA_DEPLOYED_11000", "UPI_DEPLOYED_12000") not in plain
    assert ("corroborates", "JA_DEPLOYED_11000", "K3_DEPLOYED_12000") in plain
    # ... and "Vladivostok" keeps AFP's NIS figure out of the Russia-wide group
    assert not any("AFP_NIS_1500" in t for t in plain)


def test_refers_to_moves_the_figure() -> None:
    october = DateRange(
        start=dt.date(2024, 10, 1),
        end=dt.date(2024, 10, 31),
        precision="month",
        text="in October",
    )
    dated = attrs.evolve(
        seeds.UPI_DEPLOYED_12000,
        date=attrs.evolve(seeds.UPI_DEPLOYED_12000.date, refers_to=october),
    )
    claims = [c for c in SEED_CLAIMS if c is not seeds.UPI_DEPLOYED_12000] + [dated]
    found = {
        (r.kind.value, name_of(r.b) if r.a is dated else name_of(r.a))
        for r in reconcile(claims, options=SEED_OPTIONS).relations
        if dated in (r.a, r.b)
    }
    # now it describes October 2024: a later, higher running total than "up to 3,000"
    assert ("updates", "NSN_UP_TO_3000") in found
    assert all(other != "JA_DEPLOYED_11000" for _, other in found)


def test_role_alias_compares_training_with_deployed() -> None:
    october = [seeds.NSN_UP_TO_3000, seeds.NSN_AT_LEAST_3000]
    options = attrs.evolve(SEED_OPTIONS, role_synonyms={"training": "deployed"})
    result = reconcile(october, options=options)
    assert [r.kind for r in result.relations] == [RelationKind.corroborates]
    assert "touch at 3,000" in result.relations[0].reason


def test_wider_policy_keeps_the_verdicts() -> None:
    wide = HedgePolicy(approximate_tolerance="0.2", name="generous")
    result = reconcile(SEED_CLAIMS, policy=wide, options=SEED_OPTIONS)
    assert not result.conflicts
    assert "under the generous policy" in result.relations[0].reason


def test_report_shows_every_relation_with_its_reason(result: Reconciliation) -> None:
    text = result.report()
    assert all(len(line) <= 100 for line in text.splitlines())
    assert "misquotes (2)" in text
    assert "part_of (4)" in text
    flat = " ".join(text.split())
    for relation in result.relations:
        assert " ".join(relation.reason.split()) in flat.replace("- ", "")


def test_parsed_seed_speaker_is_not_set_against_himself() -> None:
    # "Every week, we run 100 ri (39.3 km), and on the last day of the month, we run
    # 200 ri (78.5 km). That's four hours for 100 ri and eight hours for 200 ri":
    # one speaker, one article, one time, so different figures count different things
    text = (Path(__file__).parent.parent / "seeds" / "003_c367de61af71798a.txt").read_text()
    claims = list(extract(text))
    baek = [c for c in claims if c.attributor is not None and c.attributor.name == "Baek"]
    assert {c.quantity.unit for c in baek} >= {"ri", "kilometre", "hour"}
    result = reconcile(claims)
    assert not [r for r in result.conflicts if r.a in baek or r.b in baek]
    assert [r.kind.value for r in result.relations if r.a in baek] == ["repeats", "repeats"]
