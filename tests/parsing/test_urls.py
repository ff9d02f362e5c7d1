"""A page's address dates it when the page prints no date."""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit.parsing._urls import url_date


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (
            "https://www.usatoday.com/story/money/2014/10/01/september-adp-report/16508029/",
            dt.date(2014, 10, 1),
        ),
        ("https://searchmediamx.com/2023/09/26/explosion-claims-20-lives/", dt.date(2023, 9, 26)),
        (
            "https://www.theguardian.com/society/2011/nov/30/public-sector-strike",
            dt.date(2011, 11, 30),
        ),
        (
            "http://www.pressreader.com/usa/usa-today-us-edition/20171003/281947428054538",
            dt.date(2017, 10, 3),
        ),
        ("https://www.nation.com.pk/27-Sep-2023/fuel-depot-blast-kills-20", dt.date(2023, 9, 27)),
        ("https://example.org/news/2024-08-02-intel-cuts", dt.date(2024, 8, 2)),
    ],
)
def test_a_day_in_the_address(url: str, day: dt.date) -> None:
    assert url_date(url) == day


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://example.com/2019/11/measles",
        "https://example.com/story/267336/number-missing.html",
        "https://example.com/2019/13/45/not-a-date",
        "https://2024.example.com/12/01/",
    ],
)
def test_no_day_in_the_address(url: str | None) -> None:
    assert url_date(url) is None


def test_the_page_date_wins_over_the_address() -> None:
    page = "Published: 06 Mar. 2025\n\nThe ministry said 1,240 people had died."
    article = claimkit.read_article(page, url="https://example.com/2025/03/01/toll")
    assert article.source.published == dt.date(2025, 3, 6)


def test_the_address_dates_an_undated_page() -> None:
    page = "The ministry said 1,240 people had died."
    article = claimkit.read_article(page, url="https://example.com/2025/03/01/toll")
    assert article.source.published == dt.date(2025, 3, 1)
    (claim,) = claimkit.extract(article)
    assert claim.date.said_on == dt.date(2025, 3, 1)
