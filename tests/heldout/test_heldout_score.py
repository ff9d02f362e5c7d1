"""The held-out pages stay read well: a regression guard, not a tuning target.

The thresholds sit a few points under the scores in docs/performance.md, so a
change that costs more than that on pages the parser was not written for fails.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.heldout.expected import ARTICLES

from claimkit import extract

ARTICLE_DIR = Path(__file__).resolve().parent / "articles"


def _score() -> dict[str, float]:
    expected = found = matched = hedge = value = 0
    for article in ARTICLES:
        claims = list(extract((ARTICLE_DIR / article.file).read_text(encoding="utf-8")))
        found += len(claims)
        expected += len(article.expected)
        for want in article.expected:
            claim = next((c for c in claims if c.quantity.text == want.text), None)
            if claim is None:
                continue
            claims.remove(claim)
            matched += 1
            hedge += claim.quantity.hedge.value == want.hedge
            value += want.value is None or claim.quantity.value == Decimal(want.value)
    return {
        "recall": matched / expected,
        "precision": matched / found,
        "hedge": hedge / matched,
        "value": value / matched,
    }


def test_heldout_pages_are_read_well() -> None:
    score = _score()
    assert score["recall"] >= 0.93, score
    assert score["precision"] >= 0.90, score
    assert score["hedge"] >= 0.97, score
    assert score["value"] >= 0.97, score
