"""Date mentions: scanning, resolution against publication, strict parsing.

Sentences are grouped by where they came from: the seed articles, probes written to
exercise a rule on other news domains (sport, disasters, elections, markets), and
text that must not be read as a date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit import ParseError
from claimkit.lexicon.time import MONTHS, RELATIVE_DAYS, WEEKDAYS, Month, RelativeDay, Weekday
from claimkit.parsing.dates import parse_date, refers_to, said_mention, said_on, scan_dates

D = dt.date
MAR5, MAR6, OCT23 = D(2025, 3, 5), D(2025, 3, 6), D(2024, 10, 23)


def _one(text: str, published: dt.date | None) -> tuple[object, ...]:
    """The single mention in ``text`` as (text, kind, preposition, start, end, precision)."""
    mentions = scan_dates(text, published)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    r = m.range
    return (
        m.text,
        m.kind,
        m.preposition,
        r.start if r else None,
        r.end if r else None,
        r.precision if r else None,
    )


SEED = [
    pytest.param(
        "a South Korean lawmaker said Wednesday, with the possibility",
        MAR5,
        ("Wednesday", "point", None, MAR5, MAR5, "day"),
        id="001-said-wednesday",
    ),
    pytest.param(
        "National Intelligence Service (NIS) said on Feb. 27 that it believes",
        MAR6,
        ("on Feb. 27", "point", "on", D(2025, 2, 27), D(2025, 2, 27), "day"),
        id="000-on-feb-27",
    ),
    pytest.param(
        "in a media interview on Feb. 21.",
        MAR6,
        ("on Feb. 21", "point", "on", D(2025, 2, 21), D(2025, 2, 21), "day"),
        id="000-on-feb-21",
    ),
    pytest.param(
        "during an SBS radio interview on Thursday.",
        MAR6,
        ("on Thursday", "point", "on", MAR6, MAR6, "day"),
        id="000-on-thursday",
    ),
    pytest.param(
        "told a press conference Tuesday that at least one soldier",
        MAR5,
        ("Tuesday", "point", None, D(2025, 3, 4), D(2025, 3, 4), "day"),
        id="001-tuesday",
    ),
    pytest.param(
        "intelligence agency said last week that Pyongyang deployed",
        OCT23,
        ("last week", "period", None, D(2024, 10, 14), D(2024, 10, 20), "week"),
        id="004-last-week",
    ),
    pytest.param(
        "Seoul's Foreign Ministry said last month it would accept",
        MAR5,
        ("last month", "period", None, D(2025, 2, 1), D(2025, 2, 28), "month"),
        id="001-last-month",
    ),
    pytest.param(
        "Last week, the North test-fired strategic cruise missiles",
        MAR5,
        ("Last week", "period", None, D(2025, 2, 24), D(2025, 3, 2), "week"),
        id="001-last-week-capital",
    ),
    pytest.param(
        "were transported by ship in early-to-mid October from North Korea",
        OCT23,
        ("in early-to-mid October", "period", "in", D(2024, 10, 1), D(2024, 10, 20), "month"),
        id="002-early-to-mid-october",
    ),
    pytest.param(
        'is expected to have occurred by December," lawmaker Park said',
        OCT23,
        ("by December", "deadline", "by", None, D(2024, 12, 31), "month"),
        id="004-by-december",
    ),
    pytest.param(
        "deployed additional forces in January and February, with a second wave",
        MAR5,
        ("in January and February", "period", "in", D(2025, 1, 1), D(2025, 2, 28), "month"),
        id="001-january-and-february",
    ),
    pytest.param(
        "were detected in September and October.",
        OCT23,
        ("in September and October", "period", "in", D(2024, 9, 1), D(2024, 10, 31), "month"),
        id="002-september-and-october",
    ),
    pytest.param(
        "Yu, who visited Ukraine from Feb. 23 to 26, said in a press release",
        MAR5,
        ("from Feb. 23 to 26", "period", "from", D(2025, 2, 23), D(2025, 2, 26), "day"),
        id="003-from-feb-23-to-26",
    ),
    pytest.param(
        "during his visit to the country on Feb. 23-26.",
        MAR5,
        ("on Feb. 23-26", "period", "on", D(2025, 2, 23), D(2025, 2, 26), "day"),
        id="001-feb-23-26",
    ),
    pytest.param(
        "the North sent roughly 12,000 troops to Russia in October and",
        MAR5,
        ("in October", "period", "in", D(2024, 10, 1), D(2024, 10, 31), "month"),
        id="001-in-october-previous-year",
    ),
    pytest.param(
        "signed a comprehensive strategic partnership treaty in June, which",
        MAR5,
        ("in June", "period", "in", D(2024, 6, 1), D(2024, 6, 30), "month"),
        id="001-in-june",
    ),
    pytest.param(
        "in an incursion that began in August.",
        OCT23,
        ("in August", "period", "in", D(2024, 8, 1), D(2024, 8, 31), "month"),
        id="002-in-august",
    ),
    pytest.param(
        "a South Korean lawmaker said on March 5.",
        None,
        ("on March 5", "point", "on", None, None, None),
        id="003-no-publication-date",
    ),
    pytest.param(
        "provided by the Ukrainian Presidential Press Office on Jan. 11, 2025, shows",
        None,
        ("on Jan. 11, 2025", "point", "on", D(2025, 1, 11), D(2025, 1, 11), "day"),
        id="003-absolute-without-publication",
    ),
    pytest.param(
        "in this photo released by Russian media outlet Astra in October 2024.",
        None,
        ("in October 2024", "period", "in", D(2024, 10, 1), D(2024, 10, 31), "month"),
        id="000-october-2024",
    ),
    pytest.param(
        "Washington DC (UPI) Mar 5, 2025",
        None,
        ("Mar 5, 2025", "point", None, MAR5, MAR5, "day"),
        id="001-dateline",
    ),
    pytest.param(
        "North Korea shut its borders in early 2020 to prevent the spread",
        MAR5,
        ("in early 2020", "period", "in", D(2020, 1, 1), D(2020, 4, 30), "year"),
        id="001-early-2020",
    ),
    pytest.param(
        "Moscow and Pyongyang have grown closer since Russia's invasion.",
        MAR5,
        None,
        id="001-since-not-a-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEED)
def test_seed_sentences(
    text: str, published: dt.date | None, expected: tuple[object, ...] | None
) -> None:
    if expected is None:
        assert scan_dates(text, published) == ()
    else:
        assert _one(text, published) == expected


def test_published_line_has_a_date_and_a_time() -> None:
    mentions = scan_dates("Published: 06 Mar. 2025, 17:42", None)
    assert [(m.text, m.kind) for m in mentions] == [("06 Mar. 2025", "point"), ("17:42", "time")]
    assert mentions[0].range is not None
    assert mentions[0].range.start == MAR6
    assert mentions[1].range is None


PROBES = [
    pytest.param(
        "The Lakers beat the Celtics 112-104 on Sunday night.",
        D(2024, 11, 4),
        ("on Sunday", "point", "on", D(2024, 11, 3), D(2024, 11, 3), "day"),
        id="sport-sunday",
    ),
    pytest.param(
        "The final is scheduled for next Saturday.",
        D(2024, 11, 4),
        ("for next Saturday", "point", "for", D(2024, 11, 9), D(2024, 11, 9), "day"),
        id="sport-next-saturday",
    ),
    pytest.param(
        "Officials said 1,200 homes were destroyed yesterday.",
        D(2023, 8, 10),
        ("yesterday", "point", None, D(2023, 8, 9), D(2023, 8, 9), "day"),
        id="disaster-yesterday",
    ),
    pytest.param(
        "Rainfall since Aug. 8 has topped 300 mm.",
        D(2023, 8, 10),
        ("since Aug. 8", "since", "since", D(2023, 8, 8), D(2023, 8, 10), "day"),
        id="disaster-since-day",
    ),
    pytest.param(
        "the deadliest storm to hit the state since 2005.",
        D(2023, 8, 10),
        ("since 2005", "since", "since", D(2005, 1, 1), D(2023, 8, 10), "year"),
        id="disaster-since-year",
    ),
    pytest.param(
        "Turnout in 2020 was 66 percent.",
        None,
        ("in 2020", "year", "in", D(2020, 1, 1), D(2020, 12, 31), "year"),
        id="election-in-year",
    ),
    pytest.param(
        "Polls close at 8 p.m. ET.",
        None,
        ("at 8 p.m. ET", "time", "at", None, None, None),
        id="election-time",
    ),
    pytest.param(
        "Early voting runs until Nov. 2.",
        D(2024, 10, 20),
        ("until Nov. 2", "deadline", "until", None, D(2024, 11, 2), "day"),
        id="election-until-future",
    ),
    pytest.param(
        "Support fell sharply earlier this year.",
        D(2024, 6, 12),
        ("earlier this year", "period", None, D(2024, 1, 1), D(2024, 6, 12), "year"),
        id="election-earlier-this-year",
    ),
    pytest.param(
        "Profits rose 4% in the third quarter of 2023.",
        None,
        ("in the third quarter of 2023", "period", "in", D(2023, 7, 1), D(2023, 9, 30), "quarter"),
        id="markets-quarter",
    ),
    pytest.param(
        "Shares have doubled over the past three months.",
        D(2024, 5, 20),
        ("over the past three months", "period", "over", D(2024, 2, 20), D(2024, 5, 20), "month"),
        id="markets-past-months",
    ),
    pytest.param(
        "The merger closed two weeks ago.",
        D(2024, 5, 20),
        ("two weeks ago", "point", None, D(2024, 5, 6), D(2024, 5, 6), "week"),
        id="markets-weeks-ago",
    ),
    pytest.param(
        "The drought of the summer of 2022 cost farmers dearly.",
        None,
        ("of the summer of 2022", "period", "of", D(2022, 6, 1), D(2022, 8, 31), "season"),
        id="weather-season",
    ),
    pytest.param(
        "Wheat prices peaked in mid-2022.",
        None,
        ("in mid-2022", "period", "in", D(2022, 5, 1), D(2022, 8, 31), "year"),
        id="markets-mid-year",
    ),
    pytest.param(
        "Inflation was highest in the 1970s.",
        None,
        ("in the 1970s", "year", "in", D(1970, 1, 1), D(1979, 12, 31), "year"),
        id="history-decade",
    ),
    pytest.param(
        "Wednesday, October 23, 2024",
        None,
        ("Wednesday, October 23, 2024", "point", None, OCT23, OCT23, "day"),
        id="weekday-and-date",
    ),
    pytest.param(
        "LONDON, 3 May 2025 (Reuters)",
        None,
        ("3 May 2025", "point", None, D(2025, 3 + 2, 3), D(2025, 5, 3), "day"),
        id="day-first",
    ),
    pytest.param(
        "between January and March 2024",
        None,
        (
            "between January and March 2024",
            "period",
            "between",
            D(2024, 1, 1),
            D(2024, 3, 31),
            "month",
        ),
        id="month-range-year-at-end",
    ),
    pytest.param(
        "The festival runs Dec. 28 to Jan. 3.",
        D(2024, 12, 30),
        ("Dec. 28 to Jan. 3", "period", None, D(2024, 12, 28), D(2025, 1, 3), "day"),
        id="range-across-new-year",
    ),
    pytest.param("Talks ended at Mar-a-Lago.", D(2024, 12, 30), None, id="not-mar-a-lago"),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROBES)
def test_probe_sentences(
    text: str, published: dt.date | None, expected: tuple[object, ...] | None
) -> None:
    if expected is None:
        assert scan_dates(text, published) == ()
    else:
        assert _one(text, published) == expected


NOT_DATES = [
    pytest.param("An estimated 63,000 Russian and North Korean troops", id="count"),
    pytest.param("totaling around 5,000 personnel.", id="hedged-count"),
    pytest.param("Every week, we run 100 ri (39.3 km)", id="decimal-unit"),
    pytest.param("all while carrying a 20-25 kg backpack", id="number-range"),
    pytest.param("Pyongyang may send an additional 3,500 troops", id="may-verb"),
    pytest.param("Protesters will march on the capital.", id="march-verb"),
    pytest.param("March organisers said turnout was high.", id="march-bare"),
    pytest.param("Russia deployed 2000 troops to the border.", id="four-digit-count"),
    pytest.param("brought in 2000 workers", id="in-four-digit-count"),
    pytest.param("on the last day of the month, we run 200 ri", id="last-day-of"),
    pytest.param("In May 1,500 more soldiers arrived.", id="may-then-count"),
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_quantities_are_not_dates(text: str) -> None:
    found = [m.text for m in scan_dates(text, MAR5)]
    assert not any(ch.isdigit() for t in found for ch in t), found
    if "May 1,500" in text:
        assert found == ["In May"]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Wed 23 Oct 2024 14.30 BST", ["14.30 BST"]),
        ("the vote closes at 9.30 p.m.", ["at 9.30 p.m."]),
        ("Updated 3:12 AM EST, February 13, 2024", ["3:12 AM EST"]),
        ("turnout rose to 14.30 percent", []),
    ],
)
def test_clock_times(text: str, times: list[str]) -> None:
    assert [m.text for m in scan_dates(text) if m.kind == "time"] == times


def test_relative_expressions_need_a_publication_date() -> None:
    for text in ("said Wednesday", "last week", "in October", "by December", "yesterday"):
        (mention,) = scan_dates(text, None)
        assert mention.range is None, text


def test_a_datetime_publication_is_read_as_its_date() -> None:
    noon = dt.datetime(2025, 3, 5, 12, 0)
    mentions = scan_dates("officials said Tuesday", noon)
    assert said_on(mentions, noon) == (D(2025, 3, 4), "day")


def test_said_on_uses_the_end_of_a_coarse_period() -> None:
    mentions = scan_dates("the agency said last week that Pyongyang deployed", OCT23)
    assert said_on(mentions, OCT23) == (D(2024, 10, 20), "week")


def test_said_on_never_runs_past_publication() -> None:
    pub = D(2024, 10, 9)
    assert said_on(scan_dates("officials said this week", pub), pub) == (pub, "week")


def test_said_on_prefers_the_mention_near_the_verb() -> None:
    text = "In October, troops moved, an official said on Feb. 27, citing Tuesday's report"
    mentions = scan_dates(text, MAR5)
    near = text.index("said") + 4
    assert said_on(mentions, MAR5, near=near) == (D(2025, 2, 27), "day")
    chosen = said_mention(mentions, near)
    assert chosen is not None
    assert chosen.text == "on Feb. 27"


def test_refers_to_skips_the_saying_date() -> None:
    text = "Yu said Wednesday the North sent 12,000 troops in October"
    rng = refers_to(scan_dates(text, MAR5))
    assert rng is not None
    assert (rng.start, rng.end) == (D(2024, 10, 1), D(2024, 10, 31))


def test_said_on_without_a_date() -> None:
    assert said_on(scan_dates("the ministry said", MAR5), MAR5) == (None, "unknown")


# -- strict parsing -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-06", MAR6),
        ("06 Mar. 2025, 17:42", MAR6),
        ("Mar 5, 2025", MAR5),
        ("October 23, 2024", OCT23),
        ("  Wednesday, October 23, 2024 ", OCT23),
    ],
)
def test_parse_date_reads_complete_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["not a date", "", "   ", "2024", "March 5", "Wednesday", "5,000", "Feb 30, 2025", "x" * 500],
)
def test_parse_date_refuses_incomplete_or_invalid_dates(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(text)
    assert caught.value.text == text


@given(st.text(max_size=60))
def test_parse_date_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_date(text)


# -- properties ---------------------------------------------------------------------

_dates = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


@given(st.text(), st.none() | _dates)
def test_scan_dates_never_raises_and_spans_match(text: str, published: dt.date | None) -> None:
    mentions = scan_dates(text, published)
    last_end = 0
    for m in mentions:
        start, end = m.span
        assert last_end <= start < end <= len(text)
        assert text[start:end] == m.text
        assert m.kind in ("point", "period", "deadline", "since", "year", "time")
        last_end = end


_month_forms = st.sampled_from(
    [(m.number, form) for m in MONTHS for form in (m.name, *m.abbreviations)]
)


@given(_month_forms, st.integers(1, 28), st.integers(1900, 2100), st.sampled_from(["", "."]))
def test_every_month_form_reads_as_an_absolute_date(
    month: tuple[int, str], day: int, year: int, period: str
) -> None:
    number, form = month
    dot = period if form != MONTHS[number - 1].name else ""
    text = f"on {form.capitalize()}{dot} {day}, {year}"
    (mention,) = scan_dates(text, None)
    assert mention.range is not None
    assert mention.range.start == D(year, number, day)
    assert mention.text == text


@given(st.sampled_from(WEEKDAYS), _dates)
def test_a_weekday_is_the_latest_such_day_not_after_publication(
    weekday: Weekday, published: dt.date
) -> None:
    (mention,) = scan_dates(f"officials said {weekday.name.capitalize()}", published)
    assert mention.range is not None
    assert mention.range.start is not None
    day = mention.range.start
    assert day.weekday() == weekday.number
    assert D.fromordinal(published.toordinal() - 6) <= day <= published


@given(st.sampled_from(RELATIVE_DAYS), _dates)
def test_relative_days_resolve_near_publication(entry: RelativeDay, published: dt.date) -> None:
    (mention,) = scan_dates(f"the strike came {entry.phrase}", published)
    assert mention.range is not None
    assert mention.range.start is not None
    assert (mention.range.start - published).days == entry.offset


@given(_dates, st.sampled_from(MONTHS))
def test_a_bare_month_is_the_latest_one_starting_by_publication(
    published: dt.date, month: Month
) -> None:
    (mention,) = scan_dates(f"troops arrived in {month.name.capitalize()}", published)
    assert mention.range is not None
    assert mention.range.start is not None
    assert mention.range.start <= published
    assert mention.range.start.month == month.number
    assert published.toordinal() - mention.range.start.toordinal() < 366


@pytest.mark.parametrize("piece", ["March ", "1", "in the past ", "Feb. 23-", "early-to-"])
def test_a_megabyte_of_adversarial_text_scans_quickly(piece: str) -> None:
    text = piece * (1_000_000 // len(piece))
    began = time.perf_counter()
    scan_dates(text, MAR5)
    assert time.perf_counter() - began < 30
