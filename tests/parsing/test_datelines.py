"""Datelines and date stamps opening a story are furniture: never part of a sentence,
never a speaker, and a stamp's day is the page's date."""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit.parsing._lines import date_stamp, dateline, place_dateline


@pytest.mark.parametrize(
    ("opening", "story"),
    [
        ("ROME \u2013 ", "At least 58 people died when a boat sank."),
        ("BUTTE COUNTY \u2014 ", "With 42 people dead, the fire is the deadliest."),
        ("DETROIT -- ", "General Motors is recalling 824,000 more cars."),
        ("KALAMATA, Greece - ", "Rescuers pulled 104 survivors from the sea."),
        ("Canberra - ", "At least 53 people have died of measles."),
        ("KATHMANDU: ", "Doctors reported 92 deaths from cholera."),
        ("MUMBAI \u2022 ", "The floods have displaced 223,000 people."),
        ("BERKADZOR-", "An explosion killed 20 people."),
        ("Caracas Venezuela.- ", "The council gave the president 51 percent."),
    ],
)
def test_a_place_dateline_ends_where_the_story_starts(opening: str, story: str) -> None:
    assert place_dateline(opening + story) == len(opening)
    line = dateline(opening + story)
    assert line is not None
    assert line[0] == len(opening)


@pytest.mark.parametrize(
    "text",
    [
        "T-Mobile said on Friday that 40 million records were taken.",
        "Police - who had closed the road - said 3 people were hurt.",
        "UPDATE: The toll rose to 413.",
        "Officials: 1,200 homes lost power.",
        "Nagorno-Karabakh: over 100,000 have fled.",
        "The ministry said 1,240 people had died.",
    ],
)
def test_a_sentence_is_not_a_dateline(text: str) -> None:
    assert place_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("date 2022-04-11 Kiev: The number of dead rose to 57.", dt.date(2022, 4, 11)),
        ("September 30, 2023More than 100,000 refugees arrived.", dt.date(2023, 9, 30)),
        ("Published: 06 Mar. 2025, 17:42 | Five dams failed.", dt.date(2025, 3, 6)),
        ("Wednesday, September 27, 2023 \u2014 Fuel prices rose 4%.", dt.date(2023, 9, 27)),
    ],
)
def test_a_date_stamp_gives_the_day(text: str, day: dt.date) -> None:
    stamp = date_stamp(text)
    assert stamp is not None
    assert stamp[1] == day
    assert text[stamp[0]].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "October 23 was the day 3,000 troops left.",
        "2024 was a record year.",
        "On May 3, 2024 he said",
    ],
)
def test_a_sentence_about_a_date_is_no_stamp(text: str) -> None:
    assert date_stamp(text) is None


def test_a_page_stamp_dates_the_page_and_leaves_the_story() -> None:
    page = (
        " date 2019-12-02 Canberra - At least 53 people, mostly children, have died "
        "in Samoa, the government said."
    )
    article = claimkit.read_article(page)
    assert article.source.published == dt.date(2019, 12, 2)
    assert article.paragraph_texts[0].startswith("At least 53 people")
    (claim,) = claimkit.extract(article)
    assert claim.attributor is not None
    assert claim.attributor.name != "Canberra"
    assert claim.date.said_on == dt.date(2019, 12, 2)


def test_a_stamp_glued_to_the_first_paragraph() -> None:
    page = (
        "Over 100,000 flee to Armenia\n\n"
        "September 30, 2023More than 100,000 refugees have arrived, officials said.\n"
    )
    article = claimkit.read_article(page)
    assert article.source.published == dt.date(2023, 9, 30)
    (claim,) = claimkit.extract(article)
    assert claim.date.refers_to is None
    assert claim.date.said_on == dt.date(2023, 9, 30)


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (
            "News | June 14, 2012\n\nSpill Far Larger Than Estimates\n\n"
            "The operator has reported 20,082 barrels, the agency said.",
            dt.date(2012, 6, 14),
        ),
        (
            " date 2014-06-30 (Adds details on recalls)\nBy Bernie Woodall\n\n"
            "General Motors recalled 8.23 million cars, the company said.",
            dt.date(2014, 6, 30),
        ),
    ],
)
def test_a_date_beside_a_label_or_a_note_dates_the_page(page: str, day: dt.date) -> None:
    assert claimkit.read_article(page).source.published == day


def test_a_photo_caption_does_not_date_the_page() -> None:
    page = (
        "The ministry said on March 5 that 1,500 troops had been sent.\n\n"
        "This image, taken from a video released on Jan. 11, 2025, shows soldiers./Press Office\n\n"
        "Officials said 3,500 more may follow."
    )
    assert claimkit.read_article(page).source.published is None


def test_a_wire_photo_credit_dates_a_page_with_no_other_date() -> None:
    page = (
        "Death toll nears 400 in Kerala\n\n"
        "Women wait at a relief camp in Chengannur, August 20, 2018. REUTERS/Amit Dave\n\n"
        "The death toll rose to nearly 400, officials said."
    )
    article = claimkit.read_article(page)
    assert article.source.published == dt.date(2018, 8, 20)
    assert claimkit.read_article(page, url="https://x.org/2018/08/21/kerala").source.published == (
        dt.date(2018, 8, 21)
    )
