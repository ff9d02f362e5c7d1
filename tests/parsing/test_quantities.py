"""Figures: numbers, hedges, ranges, vague counts, units and non-claims.

Sentences are grouped by where they came from: the seed articles, probes written
to exercise a rule on other news domains, and bugs caught.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimkit import Hedge, ParseError
from claimkit.parsing.dates import scan_dates
from claimkit.parsing.quantities import parse_quantity, scan_figures


def _figures(text: str) -> list[tuple[str, str, str]]:
    dates = [m.span for m in scan_dates(text, None)]
    figures, _ = scan_figures(text, skip=dates)
    return [(f.quantity.text, f.quantity.hedge.value, str(f.quantity.interval)) for f in figures]


SEED_SENTENCES = [
    pytest.param(
        'revealed that “around 4,000" of the approximately 11,000 North Korean troops',
        [
            ("around 4,000", "approximate", "[3,800, 4,200]"),
            ("approximately 11,000", "approximate", "[10,450, 11,550]"),
        ],
        id="seed000-around-of-approximately",
    ),
    pytest.param(
        "Yu quoted the most recent figures as approximately 400 killed in action and "
        "3,600 injured, with 300 returned to the frontlines.",
        [
            ("approximately 400", "approximate", "[380, 420]"),
            ("3,600", "approximate", "[3,420, 3,780]"),
            ("300", "exact", "[285, 315]"),
        ],
        id="seed001-hedge-distributes-over-and-not-with",
    ),
    pytest.param(
        "Up to 3,000 North Korean troops have been sent to Russia.",
        [("Up to 3,000", "upper_bound", "[0, 3,000]")],
        id="seed002-up-to",
    ),
    pytest.param(
        "the United States believes at least 3,000 North Korean troops are undergoing training",
        [("at least 3,000", "lower_bound", "[3,000, inf)")],
        id="seed002-at-least",
    ),
    pytest.param(
        "Russia has suffered more than 600,000 killed or wounded troops",
        [("more than 600,000", "lower_bound", "(600,000, inf)")],
        id="seed002-more-than",
    ),
    pytest.param(
        "all while carrying a 20–25 kg backpack.",
        [("20–25 kg", "range", "[20, 25]")],
        id="seed003-en-dash-range-with-unit",
    ),
    pytest.param(
        "The lawmaker also had the chance to speak with a pair of North Korean soldiers",
        [("a pair", "exact", "[2, 2]")],
        id="seed001-a-pair-of",
    ),
    pytest.param(
        "A senior U.S. official confirmed that thousands of North Korean soldiers were sent",
        [("thousands", "vague", "[2,000, 10,000)")],
        id="seed004-thousands-of",
    ),
]

PROBES = [
    pytest.param(
        "Between 10,000 and 12,000 people attended the rally.",
        [("Between 10,000 and 12,000", "range", "[10,000, 12,000]")],
        id="probe-crowd-between",
    ),
    pytest.param(
        "Organisers said 10,000-12,000 marched.",
        [("10,000-12,000", "range", "[10,000, 12,000]")],
        id="probe-crowd-hyphen-range",
    ),
    pytest.param(
        "The storm destroyed 10\u202f000 homes and damaged 1\u00a0200 more.",
        [("10\u202f000", "exact", "[9,500, 10,500]"), ("1\u00a0200", "exact", "[1,150, 1,250]")],
        id="probe-disaster-thin-and-nbsp-separators",
    ),
    pytest.param(
        "The fund will cost $3 bn over five years.",
        [("$3 bn", "exact", "[2,850,000,000, 3,150,000,000]"), ("five years", "exact", "[5, 5]")],
        id="probe-economy-money-and-duration",
    ),
    pytest.param(
        "Nearly 1,000 people were evacuated and just over 200 were rescued.",
        [
            ("Nearly 1,000", "approximate", "[950, 1,000)"),
            ("just over 200", "approximate", "(200, 210]"),
        ],
        id="probe-disaster-nearly-just-over",
    ),
    pytest.param(
        "Fewer than 50 protesters remained after 2,000 or so had left.",
        [
            ("Fewer than 50", "upper_bound", "[0, 50)"),
            ("2,000 or so", "approximate", "[1,900, 2,100]"),
        ],
        id="probe-crowd-fewer-than-postfix-or-so",
    ),
    pytest.param(
        "Tens of thousands of people fled, and dozens of homes burned.",
        [("Tens of thousands", "vague", "[20,000, 100,000)"), ("dozens", "vague", "[24, 144)")],
        id="probe-migration-vague",
    ),
    pytest.param(
        "Unemployment rose to 4.2% as 12k jobs were cut.",
        [("4.2%", "exact", "[4.2, 4.2]"), ("12k", "exact", "[11,500, 12,500]")],
        id="probe-economy-percent-and-k",
    ),
    pytest.param(
        "Half a million people and twenty-five officials were counted.",
        [("Half a million", "exact", "[475,000, 525,000]"), ("twenty-five", "exact", "[25, 25]")],
        id="probe-words",
    ),
]

NOT_CLAIMS = [
    pytest.param("Published: 06 Mar. 2025, 17:42", id="time"),
    pytest.param("The second batch arrived; a third deployment is possible.", id="word-ordinals"),
    pytest.param("He served with the 1st Armored Division in 2024.", id="digit-ordinal-year"),
    pytest.param("Shenzhou 19 Crew Advances Scientific Research", id="name-capitalised"),
    pytest.param("NATO invoked Article 5 after the G7 summit.", id="name-prefix-and-glued"),
    pytest.param("The COVID-19 rules on Route 66 were lifted.", id="name-hyphen"),
    pytest.param("Call +1 202-555-0100 for details.", id="phone"),
    pytest.param("A 34-year-old man was arrested.", id="age"),
    pytest.param("One of the prisoners spoke to reporters.", id="indefinite-one"),
]


@pytest.mark.parametrize(("text", "expected"), SEED_SENTENCES + PROBES)
def test_figures_in_sentences(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(text: str) -> None:
    assert _figures(text) == []


def test_non_claims_are_reported_with_reasons() -> None:
    _, skipped = scan_figures("It happened in 2024 at 17:42 on Route 66.")
    assert [s.reason for s in skipped] == ["year", "time", "time", "name"]
    _, skipped = scan_figures("It happened in 2024.", skip=[(15, 19)])
    assert [s.reason for s in skipped] == ["date"]


def test_spans_point_at_the_surface() -> None:
    text = "Officials said some 3,500 soldiers and roughly 12,000 troops left."
    figures, _ = scan_figures(text)
    assert [text[f.start : f.end] for f in figures] == [f.quantity.text for f in figures]


def test_parse_quantity_reads_a_fragment() -> None:
    quantity = parse_quantity("about 10,000 troops")
    assert quantity.value == Decimal(10000)
    assert quantity.hedge is Hedge.approximate
    assert quantity.hedge_text == "about"


def test_parse_quantity_rejects_non_figures_with_position() -> None:
    with pytest.raises(ParseError) as caught:
        parse_quantity("in 2024")
    assert caught.value.span == (3, 7)
    assert "year" in str(caught.value)
