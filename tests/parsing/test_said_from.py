"""When each figure was said, and how that is known (``ClaimDate.said_from``)."""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit import ClaimDate, InvalidClaimError, SaidFrom
from claimkit.parsing.dates import said_mention, said_on, scan_dates

PUB = dt.date(2025, 3, 7)  # a Friday


def _dates(text: str) -> list[tuple[str, dt.date | None, SaidFrom | None]]:
    return [
        (c.quantity.text, c.date.said_on, c.date.said_from)
        for c in claimkit.extract(text, published=PUB)
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The health ministry said on Tuesday that 1,240 people had died.", dt.date(2025, 3, 4)),
        ("Deaths rose to 1,240, the agency said Wednesday.", dt.date(2025, 3, 5)),
        ("The union on Thursday said 65,000 workers had walked out.", dt.date(2025, 3, 6)),
        ("On Monday, the insurer said claims had reached $3 billion.", dt.date(2025, 3, 3)),
        (
            "In a statement on Tuesday, the utility said 40,000 homes were without power.",
            dt.date(2025, 3, 4),
        ),
    ],
)
def test_a_day_named_with_the_saying_is_stated(text: str, day: dt.date) -> None:
    (row,) = _dates(text)
    assert row[1:] == (day, SaidFrom.stated)


def test_a_figure_with_no_day_takes_the_publication_date() -> None:
    rows = _dates("The fire has burned 12,000 acres, firefighters said.")
    assert [r[1:] for r in rows] == [(PUB, SaidFrom.published)]


def test_the_outlets_own_figure_takes_the_publication_date() -> None:
    rows = _dates("The town has about 8,000 residents.")
    assert [r[1:] for r in rows] == [(PUB, SaidFrom.published)]


def test_without_a_publication_date_an_undated_figure_has_no_day() -> None:
    (claim,) = claimkit.extract("The town has about 8,000 residents.")
    assert (claim.date.said_on, claim.date.said_from) == (None, None)


def test_a_continued_statement_carries_the_day() -> None:
    text = (
        "The Red Cross said on Tuesday that 300 families had been displaced. "
        "It added that 1,200 people were in shelters."
    )
    assert [r[1:] for r in _dates(text)] == [
        (dt.date(2025, 3, 4), SaidFrom.stated),
        (dt.date(2025, 3, 4), SaidFrom.carried),
    ]


def test_the_same_voice_later_in_the_article_carries_its_day() -> None:
    text = (
        "Intel said on Thursday it would cut 15,000 jobs.\n\n"
        "Shares fell 20% in late trading.\n\n"
        "Intel said it expected savings of $10 billion."
    )
    rows = _dates(text)
    assert rows[0][1:] == (dt.date(2025, 3, 6), SaidFrom.stated)
    assert rows[1][1:] == (PUB, SaidFrom.published)
    assert rows[2][1:] == (dt.date(2025, 3, 6), SaidFrom.carried)


def test_a_date_opening_a_long_sentence_describes_the_figure_not_the_saying() -> None:
    text = (
        "On Friday, a missile struck the crowded station in the east of the city and "
        "killed 50 people, officials said."
    )
    mentions = scan_dates(text, PUB)
    verb = text.index("said")
    assert said_mention(mentions, verb=(verb, verb + 4), text=text) is None
    assert said_on(mentions, PUB, verb=(verb, verb + 4), text=text) == (None, "unknown")


def test_said_from_needs_a_day_and_a_member() -> None:
    with pytest.raises(InvalidClaimError, match="said_from"):
        ClaimDate(said_from=SaidFrom.stated)
    with pytest.raises(InvalidClaimError, match="said_from"):
        ClaimDate(said_on=PUB, said_from="stated")  # type: ignore[arg-type]


def test_said_from_survives_json() -> None:
    (claim,) = claimkit.extract("Police said on Sunday 18,500 people marched.", published=PUB)
    assert claim.date.said_from is SaidFrom.stated
    assert claimkit.loads(claimkit.dumps(claim)) == [claim]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The fire destroyed 1,200 homes in 1991, officials said.",
            dt.date(1991, 1, 1),
            dt.date(1991, 12, 31),
        ),
        (
            "The 1987 quake killed about 1,000 people, officials said.",
            dt.date(1987, 1, 1),
            dt.date(1987, 12, 31),
        ),
        (
            "Revenue was $12.9 billion in the second quarter of 2023, the company said.",
            dt.date(2023, 4, 1),
            dt.date(2023, 6, 30),
        ),
    ],
)
def test_a_year_or_period_in_the_sentence_is_what_the_figure_describes(
    text: str, start: dt.date, end: dt.date
) -> None:
    claim = claimkit.extract(text, published=PUB)[0]
    assert claim.date.refers_to is not None
    assert (claim.date.refers_to.start, claim.date.refers_to.end) == (start, end)


def test_the_day_of_saying_is_not_what_the_figure_describes() -> None:
    (claim,) = claimkit.extract("Police said on Sunday 18,500 people marched.", published=PUB)
    assert claim.date.refers_to is None


@pytest.mark.parametrize(
    "text",
    [
        "The leak was previously estimated at 25,000 gallons.",
        "Early on, officials talked about a spill of 126,000 gallons.",
        "The toll had initially been reported as 30.",
    ],
)
def test_a_figure_given_earlier_has_no_known_day(text: str) -> None:
    (claim,) = claimkit.extract(text, published=PUB)
    assert (claim.date.said_on, claim.date.said_from) == (None, None)


def test_earlier_about_the_event_keeps_the_publication_date() -> None:
    text = "Azerbaijan had earlier this month launched an offensive, and thousands fled."
    (claim,) = claimkit.extract(text, published=PUB)
    assert claim.date.said_from is SaidFrom.published
