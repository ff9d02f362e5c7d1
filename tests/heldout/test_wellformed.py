"""Well-formedness checks for the held-out answer key (does not import claimkit)."""

import datetime
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from .expected import ARTICLES, Article

HERE = Path(__file__).parent
ARTICLE_DIR = HERE / "articles"

HEDGES = {"exact", "approximate", "upper_bound", "lower_bound", "range", "vague"}

# First and last words of each article's body: everything between them
# (inclusive) is the body; headline, byline, captions before the body,
# related lists and copyright blocks after it are furniture.
BODY = {
    "01_madrid_rent_protest.txt": (
        "Tens of thousands of people marched",
        "had reopened shortly afterwards.",
    ),
    "02_peru_earthquake.txt": ("LIMA, Peru —", "killed 519 people."),
    "03_lampedusa_migrants.txt": (
        "LAMPEDUSA, Italy, Sept 14 (Reuters) -",
        "if the calm weather held.",
    ),
    "04_kessler_job_cuts.txt": ("FRANKFURT —", "with a French carmaker."),
    "05_malawi_cholera.txt": ("BLANTYRE, Malawi —", "nearest health facility."),
    "06_iceland_election.txt": ("Iceland's Social Democratic Alliance won", "later this week."),
    "07_yemen_marib_clashes.txt": ("ADEN, Yemen (AFP) —", "oil and gas fields."),
    "08_greece_wildfire.txt": ("A wildfire that broke out", "under the EU's rescEU mechanism."),
}
# Photo captions that sit inside the body span; they are not body text.
CAPTION = re.compile(r"^.*\bPhoto: .*$", re.MULTILINE)


def read(article: Article) -> str:
    return (ARTICLE_DIR / article.file).read_text(encoding="utf-8")


def body(article: Article) -> str:
    text = read(article)
    start, end = BODY[article.file]
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return CAPTION.sub("", text[i:j])


ids = [a.file for a in ARTICLES]


def test_every_article_file_is_keyed():
    on_disk = sorted(p.name for p in ARTICLE_DIR.glob("*.txt"))
    assert on_disk == sorted(ids)
    assert len(set(ids)) == len(ids) == 8
    assert len({a.domain for a in ARTICLES}) == 8
    assert set(BODY) == set(ids)


@pytest.mark.parametrize("article", ARTICLES, ids=ids)
def test_article_metadata(article: Article):
    text = read(article)
    assert article.title in text
    assert article.title not in body(article)
    if article.published is not None:
        datetime.date.fromisoformat(article.published)
    assert 400 <= len(body(article).split()) <= 900
    assert 10 <= len(article.expected) <= 25


@pytest.mark.parametrize("article", ARTICLES, ids=ids)
def test_expected_figures(article: Article):
    text = read(article)
    lowered = text.lower()
    for e in article.expected:
        assert e.hedge in HEDGES, e
        if e.hedge in ("vague", "range"):
            assert e.value is None, e
        else:
            assert e.value is not None, e
            try:
                Decimal(e.value)
            except InvalidOperation:
                pytest.fail(f"value does not parse as a decimal: {e}")
            assert re.fullmatch(r"\d+(\.\d+)?", e.value), e
        assert e.unit, e
        if e.unit == "count":
            assert e.head, e
            assert e.head == e.head.lower(), e
        else:
            assert e.head is None, e
        for who in (e.attributor, e.via):
            if who is not None:
                assert who == who.lower(), e
                assert who in lowered, e
        if e.via is not None:
            assert e.attributor is not None, e


@pytest.mark.parametrize("article", ARTICLES, ids=ids)
def test_figures_occur_in_body_in_order(article: Article):
    text = body(article)
    pos = 0
    for e in article.expected:
        pattern = r"(?<!\w)" + re.escape(e.text) + r"(?!\w)"
        m = re.compile(pattern).search(text, pos)
        assert m is not None, f"{e.text!r} not found in body after offset {pos}"
        pos = m.end()
