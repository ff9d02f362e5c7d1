"""What each figure measures (``Subject.measure``), across the domains news counts."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.lexicon.measures import MEASURES
from claimkit.model import Subject
from claimkit.parsing.measures import measure_of


def _measures(text: str) -> dict[str, str | None]:
    return {c.quantity.text: c.subject.measure for c in claimkit.extract(text)}


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        ("The quake killed 413 people, officials said.", "413", "deaths"),
        ("The death toll has risen to 61, an official said.", "61", "deaths"),
        ("Another 109 people were wounded in the attack.", "109", "injured"),
        ("As of Sunday, 228 residents remain unaccounted for.", "228", "missing"),
        (
            "More than 80,000 residents were ordered to leave the city.",
            "More than 80,000",
            "evacuated",
        ),
        (
            "Some 1.2 million people are sheltering in relief camps.",
            "Some 1.2 million",
            "displaced",
        ),
        ("Police arrested 21 people during the march.", "21", "arrested"),
        ("Police said 18,500 people joined the march.", "18,500", "crowd size"),
        ("Turnout in the first phase was 66.14%, the commission said.", "66.14%", "turnout"),
        ("Maduro won 51 percent of the vote, the council said.", "51 percent", "vote share"),
        ("Private employers added 213,000 jobs in September.", "213,000", "jobs added"),
        ("Intel will cut 15,000 jobs, the company said.", "15,000", "jobs cut"),
        (
            "The pipeline spilled about 24,700 gallons of crude oil.",
            "about 24,700 gallons",
            "volume spilled",
        ),
        (
            "The wildfire has burned 85,000 hectares, officials said.",
            "85,000 hectares",
            "area burned",
        ),
        (
            "Insured losses could reach $47 billion, the modeller said.",
            "$47 billion",
            "insured losses",
        ),
        ("The regulator imposed a fine of $1.2 million.", "$1.2 million", "fine"),
        ("GM is recalling 824,000 more cars, the company said.", "824,000", "units recalled"),
        (
            "Hackers stole the data of 147 million people in the breach.",
            "147 million",
            "users affected",
        ),
        (
            "The cholera outbreak has sickened 1,351 people; 1,293 cases were reported.",
            "1,293",
            "cases",
        ),
        ("North Korea sent 12,000 troops to Russia.", "12,000", "troops deployed"),
        ("The region is home to some 120,000 ethnic Armenians.", "some 120,000", "population"),
        ("Revenue fell to $12.8 billion in the quarter.", "$12.8 billion", "price"),
    ],
)
def test_the_measure_of_a_figure(sentence: str, figure: str, measure: str) -> None:
    assert _measures(sentence)[figure] == measure


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The town has a bakery and 3 shops.", "3"),
        ("The bridge is 40 km long.", "40 km"),
        ("He bought a 5-gallon bucket at the store.", "5-gallon"),
    ],
)
def test_a_figure_the_vocabulary_does_not_cover_has_no_measure(sentence: str, figure: str) -> None:
    measures = _measures(sentence)
    assert measures.get(figure) is None


def test_money_is_a_subject_too() -> None:
    subject = Subject()
    assert measure_of(subject, "euro", "damage of €2 billion", (10, 20)) == "economic losses"
    assert measure_of(subject, "count", "damage of 2 billion", (10, 19)) is None


def test_a_figure_takes_the_one_measure_of_its_unit_in_the_article() -> None:
    text = (
        "The pipeline leak spilled about 126,000 gallons of oil, the Coast Guard said.\n\n"
        "On Thursday officials said it may be under 30,000 gallons."
    )
    assert _measures(text)["under 30,000 gallons"] == "volume spilled"


def test_two_measures_of_one_unit_leave_an_unmeasured_figure_alone() -> None:
    text = (
        "Insured losses could reach $47 billion. Aid of $2 billion was pledged. "
        "The figure was $5 billion."
    )
    assert _measures(text)["$5 billion"] == "price"


def test_every_rule_names_a_measure_of_the_vocabulary() -> None:
    vocabulary = {rule.measure for rule in MEASURES}
    assert all(m == m.lower() and not m.startswith("other") for m in vocabulary)
    assert {"deaths", "injured", "crowd size", "insured losses", "volume spilled"} <= vocabulary
