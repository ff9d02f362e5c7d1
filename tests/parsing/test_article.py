"""The article reader: metadata and body paragraphs from messy saved pages.

Grouped by where the pages came from: the five seed articles, synthetic probe pages
in other outlets' styles (Reuters, BBC, a WordPress theme with share bars and
advertisements), and properties that hold for any text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit import ParseError
from claimkit.lexicon.furniture import MARKERS, NAVIGATION
from claimkit.parsing.article import Article, read_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return read_article(path.read_text(encoding="utf-8"))


def _covers_every_character_once(article: Article) -> None:
    spans = sorted([*article.paragraphs, *(s.span for s in article.skipped)])
    covered = [False] * len(article.text)
    for start, end in spans:
        assert 0 <= start <= end <= len(article.text)
        for i in range(start, end):
            assert not covered[i], f"overlap at {i}"
            covered[i] = True
    for i, ch in enumerate(article.text):
        assert covered[i] or ch.isspace(), f"{ch!r} at {i} is neither body nor skipped"


# -- seed articles ----------------------------------------------------------------

METADATA = [
    pytest.param(
        "000",
        "U.S. defense official confirms 2nd deployment of North Korean troops to "
        "Ukraine-Russia conflict",
        "Korea JoongAng Daily",
        dt.date(2025, 3, 6),
        "Seo Ji-eun",
        id="000-joongang",
    ),
    pytest.param(
        "001",
        "North Korea has sent thousands of additional troops to Russia: S. Korean lawmaker",
        "UPI",
        dt.date(2025, 3, 5),
        "Thomas Maresca",
        id="001-upi-on-spacewar",
    ),
    pytest.param(
        "002",
        "North Korea sends 3,000 troops to Russia to fight in Ukraine.",
        "National Security News",
        None,  # not printed on the page
        "Sean Rayment",
        id="002-nsn",
    ),
    pytest.param("003", None, None, None, None, id="003-bare-body"),
    pytest.param(
        "004",
        "U.S. Officials Confirm North Korea Sent Troops to Russia",
        "AFP",
        dt.date(2024, 10, 23),
        "AFP",
        id="004-afp-wrapped",
    ),
]


@pytest.mark.parametrize(("seed", "title", "publisher", "published", "byline"), METADATA)
def test_seed_metadata(
    seed: str,
    title: str | None,
    publisher: str | None,
    published: dt.date | None,
    byline: str | None,
) -> None:
    source = _seed(seed).source
    assert (source.title, source.publisher, source.published, source.byline) == (
        title,
        publisher,
        published,
        byline,
    )


BODY = {
    "000": (
        13,
        [
            "A U.S. government official confirmed Wednesday",
            '“around 4,000" of the approximately 11,000',
            "Of these, 1,500 have already been stationed near Kursk",
            "said on Feb. 27 that it believes",
            "Rep. Yu responded, “Yes,” adding",
        ],
        [
            "[SCREEN CAPTURE]",
            "[REP. YU YONG-WEON]",
            "North Korea's military personnel in Russia expected to hit 5,000",
            "1,500 more North Korean soldiers in Russia on front lines",
            "Related Article",
            "BY SEO JI-EUN",
            "tags North Korea",
            "To write comments",
            "Published:",
        ],
    ),
    "001": (
        15,
        [
            "North Korea recently sent some 3,500 additional soldiers",
            "approximately 400 killed in action and 3,600 injured",
            "An estimated 63,000 Russian and North Korean troops",
            "Last week, the North test-fired strategic cruise missiles",
        ],
        [
            "US approves sale of $3 bn in munitions, bulldozers to Israel",
            "Eight soldiers killed in Colombia road accident",
            "Shenzhou 19 Crew",
            "Copyright",
            "North Korea has halted international trips",
            "Washington DC (UPI)",
            "NUKEWARS",
            "SpaceWar.com",
        ],
    ),
    "002": (
        23,
        [
            "Up to 3,000 North Korean troops have been sent to Russia",
            "at least 3,000 North Korean troops are undergoing training",
            "a total of about 10,000 troops",
            "more than 600,000 killed or wounded troops",
            "“Therefore, there could be many casualties",
        ],
        [
            "Sean Rayment is the Defence",
            "View all posts",
            "Reporting the facts on national security",
            "North Korea sends 3,000 troops to Russia to fight in Ukraine.",
        ],
    ),
    "003": (
        10,
        [
            "North Korea has deployed a second batch of 1,500 troops",
            "initial deployment of 12,000 troops",
            "we run 100 ri (39.3 km)",
            "according to intelligence assessments.",
        ],
        ["This image, taken from a video", "Presidential Press Office"],
    ),
    "004": (
        10,
        [
            "thousands of North Korean soldiers were sent\nto Russia for training",
            "an initial\ncontingent of 1,500 special forces soldiers",
            "about 10,000 troops from North Korea to Russia is expected to\nhave occurred",
            "Meanwhile, NATO spokeswoman Farah Dakhlallah",
        ],
        ["Uwe Brodrecht", "CC BY-SA", "By AFP", "October 23, 2024", "Troops to Russia"],
    ),
}


@pytest.mark.parametrize("seed", sorted(BODY))
def test_seed_body_keeps_the_article_and_drops_the_furniture(seed: str) -> None:
    article = _seed(seed)
    count, present, absent = BODY[seed]
    paragraphs = article.paragraph_texts
    assert len(paragraphs) == count
    for phrase in present:
        assert sum(phrase in p for p in paragraphs) == 1, phrase
    for phrase in absent:
        assert not any(phrase in p for p in paragraphs), phrase
    _covers_every_character_once(article)


def test_seed_paragraph_spans_are_stripped_and_in_order() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        article = read_article(path.read_text(encoding="utf-8"))
        assert list(article.paragraphs) == sorted(article.paragraphs)
        for text in article.paragraph_texts:
            assert text == text.strip()
            assert text


def test_seed_skip_reasons() -> None:
    reasons = {s.reason for s in _seed("000").skipped}
    assert {"title", "site name", "navigation", "published", "caption", "byline"} <= reasons
    assert {"tags", "related"} <= reasons
    assert "author bio" in {s.reason for s in _seed("002").skipped}
    assert "copyright" in {s.reason for s in _seed("001").skipped}


def test_a_hard_wrapped_paragraph_is_one_span() -> None:
    article = _seed("004")
    first = article.paragraph_texts[0]
    assert first.startswith("A senior U.S. official")
    assert first.endswith("remained unclear.")
    assert "\n" in first
    assert article.body.split("\n\n")[0] == first


# -- probe pages in other styles ----------------------------------------------------


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


REUTERS = _page(
    "World",
    "Britain's economy grew faster than expected in the first quarter",
    "By Jane Doe and John Roe",
    "May 3, 2025 10:14 AM GMT+1 Updated 2 hours ago",
    "",
    "LONDON, May 3 (Reuters) - Britain's economy grew 0.7% in the first quarter of 2025, "
    "official figures showed on Friday, beating the 0.6% forecast by economists polled by Reuters.",
    "",
    "The Office for National Statistics said output in March alone rose 0.2%, after a flat "
    "reading in February.",
    "",
    "Sterling rose 0.3% against the dollar after the data, which came two days after the Bank "
    "of England cut interest rates for the fourth time since August.",
    "",
    "Reporting by Jane Doe; Editing by Alex Smith",
    "Our Standards: The Thomson Reuters Trust Principles.",
)

BBC = _page(
    "Home",
    "News",
    "Sport",
    "Flooding in Valencia: death toll rises to 217",
    "2 November 2024",
    "",
    "Share",
    "Save",
    "Image source, Getty Images",
    "Image caption, Volunteers cleared mud from the streets of Paiporta on Saturday",
    "",
    "The death toll from flash floods in eastern Spain has risen to 217, officials said on "
    "Saturday, making it the country's deadliest natural disaster in decades.",
    "",
    "Thousands of soldiers and police officers have joined the search for people still "
    "missing, with at least 89 reported missing in Valencia, according to regional authorities.",
    "",
    "More than a year's worth of rain fell in eight hours in some areas on Tuesday, the "
    "national weather agency AEMET said.",
    "",
    "Related Topics",
    "Spain",
    "Floods",
    "More on this story",
    "Spain floods: What we know so far",
    "Anger grows as Spain's flood victims wait for help",
)

WORDPRESS = _page(
    "The Daily Courier",
    "Menu",
    "Search",
    "Council approves 12-storey tower despite objections",
    "Posted on 14 February 2024 by Sam Lee",
    "Share this article",
    "Facebook Twitter WhatsApp Email",
    "",
    "The city council voted 7-2 on Tuesday night to approve a 12-storey residential tower on "
    "Harbour Street, despite more than 400 written objections from residents.",
    "",
    "Advertisement",
    "",
    "Councillor Ann Patel said the building would add about 180 homes to the city's housing "
    "stock, which has grown by fewer than 300 units a year since 2019.",
    "",
    "Advertisement",
    "",
    "Residents' groups said they would consider an appeal, which must be filed within 28 days "
    "of the decision.",
    "",
    "Share this article",
    "Leave a comment",
    "Great news for the city!",
)


def test_reuters_inline_dateline_is_dropped_from_the_first_paragraph() -> None:
    article = read_article(REUTERS)
    first = article.paragraph_texts[0]
    assert first.startswith("Britain's economy grew 0.7%")
    assert article.source.publisher == "Reuters"
    assert (
        article.source.title == "Britain's economy grew faster than expected in the first quarter"
    )
    assert article.source.byline == "Jane Doe and John Roe"
    assert article.source.published == dt.date(2025, 5, 3)
    assert len(article.paragraph_texts) == 3
    assert not any("Reporting by" in p or "Our Standards" in p for p in article.paragraph_texts)
    dateline = [s for s in article.skipped if s.reason == "dateline"]
    assert [REUTERS[slice(*s.span)] for s in dateline] == ["LONDON, May 3 (Reuters) - "]
    _covers_every_character_once(article)


def test_bbc_related_topics_and_image_lines_are_not_body() -> None:
    article = read_article(BBC)
    assert article.source.title == "Flooding in Valencia: death toll rises to 217"
    assert article.source.published == dt.date(2024, 11, 2)
    texts = article.paragraph_texts
    assert len(texts) == 3
    assert texts[0].startswith("The death toll from flash floods")
    assert not any("Image caption" in t or "What we know" in t for t in texts)
    _covers_every_character_once(article)


def test_share_bars_advertisements_and_comments_are_not_body() -> None:
    article = read_article(WORDPRESS)
    texts = article.paragraph_texts
    assert len(texts) == 3
    assert texts[1].startswith("Councillor Ann Patel said")
    assert not any("Advertisement" in t or "Great news" in t or "Share" in t for t in texts)
    assert article.source.publisher == "The Daily Courier"
    assert article.source.title == "Council approves 12-storey tower despite objections"
    assert article.source.published == dt.date(2024, 2, 14)
    assert article.source.byline == "Sam Lee"
    _covers_every_character_once(article)


AP = _page(
    "Senate passes $95 billion aid package for Ukraine, Israel",
    "By MARY CLARE JALONICK and STEPHEN GROVES",
    "Updated 3:12 AM EST, February 13, 2024",
    "WASHINGTON (AP) \u2014 The Senate passed a $95.3 billion foreign aid package for Ukraine, "
    "Israel and Taiwan early Tuesday, sending it to the House.",
    "The 70-29 vote came after a small group of Republicans dragged out debate for a week.",
    "Copyright 2024 The Associated Press. All Rights Reserved.",
)

GUARDIAN = _page(
    "Ukraine war: Russia claims control of village near Pokrovsk | The Guardian",
    "Russia says its forces have captured another village as Kyiv warns of a grinding offensive",
    "Wed 23 Oct 2024 14.30 BST",
    "Share",
    "Russia's defence ministry said on Wednesday its forces had taken control of the village "
    "of Bohoiavlenka, about 30 miles south of Pokrovsk, the latest in a string of advances.",
    "Ukraine's general staff said its troops had repelled 34 attacks in the area over the past day",
    "Photograph: Anatolii Stepanov/AFP/Getty Images",
    "Explore more on these topics",
    "Ukraine",
    "Reuse this content",
)


def test_ap_style_em_dash_dateline_and_capitalised_byline() -> None:
    article = read_article(AP)
    assert article.source.publisher == "AP"
    assert article.source.byline == "Mary Clare Jalonick and Stephen Groves"
    assert article.source.published == dt.date(2024, 2, 13)
    assert article.paragraph_texts[0].startswith("The Senate passed a $95.3 billion")
    assert len(article.paragraph_texts) == 2
    _covers_every_character_once(article)


def test_guardian_style_title_suffix_names_the_site() -> None:
    article = read_article(GUARDIAN)
    assert article.source.title == "Ukraine war: Russia claims control of village near Pokrovsk"
    assert article.source.publisher == "The Guardian"
    assert article.source.published == dt.date(2024, 10, 23)
    texts = article.paragraph_texts
    assert len(texts) == 2
    assert texts[1].endswith("over the past day")  # prose that lost its full stop stays
    assert {"caption", "related", "navigation"} <= {s.reason for s in article.skipped}
    _covers_every_character_once(article)


def test_a_related_box_mid_article_does_not_end_the_body() -> None:
    sentence = (
        "Officials said {} people were evacuated from the valley overnight as the river "
        "rose to its highest level since records began in 1921."
    )
    page = "\n\n".join(
        [
            sentence.format(100),
            "Related Stories",
            "Storm batters coast",
            "Ferries cancelled",
            sentence.format(200),
            sentence.format(300),
        ]
    )
    texts = read_article(page).paragraph_texts
    assert [t.split()[2] for t in texts] == ["100", "200", "300"]


# -- explicit arguments -------------------------------------------------------------


def test_explicit_arguments_override_the_page() -> None:
    article = read_article(
        (SEEDS / "004_c02cb47a3876a1ac.txt").read_text(encoding="utf-8"),
        published="2024-10-24",
        publisher="France 24",
        title="Headline",
        url="https://example.org/a",
        byline="Staff",
    )
    source = article.source
    assert (source.published, source.publisher, source.title, source.url, source.byline) == (
        dt.date(2024, 10, 24),
        "France 24",
        "Headline",
        "https://example.org/a",
        "Staff",
    )


def test_published_accepts_dates_and_datetimes() -> None:
    day = dt.date(2025, 3, 5)
    assert read_article("x", published=day).source.published == day
    assert read_article("x", published=dt.datetime(2025, 3, 5, 9)).source.published == day


@pytest.mark.parametrize("value", ["not a date", "2024", 20250305])
def test_invalid_published_raises_parse_error(value: object) -> None:
    with pytest.raises(ParseError):
        read_article("Some text.", published=value)  # type: ignore[arg-type]


def test_non_str_arguments_raise_parse_error() -> None:
    with pytest.raises(ParseError):
        read_article(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        read_article("text", publisher=3)  # type: ignore[arg-type]


# -- properties ---------------------------------------------------------------------

_lines = st.sampled_from(
    [m.phrase.title() for m in MARKERS]
    + [n.title() for n in NAVIGATION]
    + [
        "By Jane Doe",
        "October 23, 2024",
        "Washington (AP) —",
        "Five men stand outside. [SCREEN CAPTURE]",
        "Officials said about 4,000 troops were killed or wounded in the fighting near Kursk.",
        "Short headline about troops",
        "Copyright 2024 Example Media. All rights reserved.",
        "",
        "   ",
    ]
)


@given(st.text())
def test_read_article_never_raises_on_text(text: str) -> None:
    article = read_article(text)
    for start, end in article.paragraphs:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    _covers_every_character_once(article)


@given(st.lists(_lines | st.text(max_size=40), max_size=30))
def test_pages_of_furniture_and_prose_are_split_consistently(lines: list[str]) -> None:
    text = "\n".join(lines)
    article = read_article(text)
    _covers_every_character_once(article)
    assert all(t.strip() for t in article.paragraph_texts)
