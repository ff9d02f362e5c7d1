"""Properties of the article scanner: total on any str, spans exact, linear time."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimkit import extract, parse_quantity
from claimkit.errors import ParseError
from claimkit.lexicon.hedges import HEDGES

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
SEED_TEXT = [p.read_text(encoding="utf-8") for p in SEEDS]

_NOISE = st.sampled_from(
    ['"', "“", "”", "'", "\u00a0", "\u2009", "\x00", "\x1b", "\u0663", "١٢٣", ",", "-", "–",
     "\n\n", " about ", " 1,000 ", "$", "%", "(", ")", "…", "\ufeff", "\u202e"]
)  # fmt: skip


def _check_spans(text: str) -> None:
    found = extract(text)
    for claim in found:
        start, end = claim.span
        assert text[start:end] == claim.quantity.text
    for skipped in found.skipped:
        assert text[skipped.span[0] : skipped.span[1]] == skipped.text


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_extract_never_raises_on_any_text(text: str) -> None:
    _check_spans(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SEED_TEXT),
    st.lists(st.tuples(st.integers(min_value=0, max_value=9000), _NOISE), max_size=12),
)
def test_extract_never_raises_on_mutated_seeds(text: str, edits: list[tuple[int, str]]) -> None:
    for position, noise in edits:
        cut = position % (len(text) + 1)
        text = text[:cut] + noise + text[cut:]
    _check_spans(text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(HEDGES), st.integers(min_value=2, max_value=10**9))
def test_every_hedge_row_parses_before_a_figure(entry: object, number: int) -> None:
    phrase = entry.phrase  # type: ignore[attr-defined]
    quantity = parse_quantity(f"{phrase} {number:,} people")
    assert quantity.hedge is entry.hedge  # type: ignore[attr-defined]
    assert quantity.text.lower().startswith(phrase.split()[0].lower())


@given(st.text(max_size=40))
def test_parse_quantity_raises_only_parse_error(text: str) -> None:
    try:
        parse_quantity(text)
    except ParseError as error:
        caught: ParseError | None = error
    else:
        caught = None
    assert caught is None or caught.text == text


def _seconds(text: str) -> float:
    start = time.perf_counter()
    extract(text)
    return time.perf_counter() - start


def test_adversarial_inputs_stay_linear() -> None:
    """Pathological inputs of 1 MB finish in bounded time (generous, not a benchmark)."""
    for piece in ("1,1,", "“", "about ", "1-", "Rep. ", "a. ", "said ", "( "):
        small = piece * (20_000 // len(piece))
        large = piece * (200_000 // len(piece))
        ratio = _seconds(large) / max(_seconds(small), 1e-3)
        assert ratio < 40, (piece, ratio)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60))
def test_date_prefilter_never_hides_a_date(text: str) -> None:
    """Sentences the date prefilter skips hold nothing the date patterns match."""
    from claimkit.parsing._date_patterns import PATTERNS
    from claimkit.parsing.dates import _may_hold_a_date

    if not _may_hold_a_date(text):
        assert all(m.end() == m.start() for _, pattern in PATTERNS for m in pattern.finditer(text))
