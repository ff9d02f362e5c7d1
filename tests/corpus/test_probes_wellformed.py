"""The probe corpus is well formed: spans occur in order, fields are consistent.

These tests check the data, not claimkit: every expected ``text`` is an exact
substring of its probe (in order of appearance), ids are unique, hedges and
units come from the documented vocabularies, and the decimal strings agree with
the figure written in ``text`` (read by a deliberately small reader below).
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest

from .probes import DOMAINS, HEDGES, PROBES, UNITS, Expect, Probe

EXPECTS = [(p, e) for p in PROBES for e in p.expected]
PROBE_IDS = [p.id for p in PROBES]
EXPECT_IDS = [f"{p.id}:{e.text}" for p, e in EXPECTS]

_DIGITS = re.compile(r"\d{1,3}(?:[,\u2009\u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}
_SCALE_WORD = re.compile(
    r"(?<![a-z])(thousand|million|billion|trillion|bn)(?![a-z])|(?<=\d)(k|m)\b"
)
_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
}
_MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "dozen": 12,
    "pair": 2,
    "decade": 10,
}
_SKIP = {
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "more",
    "than",
    "years",
    "hours",
    "months",
    "weeks",
    "to",
}


def _canonical(text: str) -> str:
    return format(Decimal(text).normalize(), "f")


def _words_value(text: str) -> Decimal:
    """Read number words: "twenty-five thousand", "Nearly two dozen", "half a million"."""
    tokens = [t for t in text.lower().replace("-", " ").split() if t not in _SKIP]
    if tokens[:2] == ["half", "a"]:
        return Decimal("0.5") * _MULTIPLIERS[tokens[2]]
    total, current = 0, 0
    for token in tokens:
        if token in _MULTIPLIERS and current:
            current *= _MULTIPLIERS[token]
        elif token in _WORDS:
            current += _WORDS[token]
        else:
            raise AssertionError(f"unknown number word {token!r} in {text!r}")
        if token in ("thousand", "million"):
            total, current = total + current, 0
    return Decimal(total + current)


def _figures(text: str) -> list[Decimal]:
    """The figures written in a span, scale applied to every one of them."""
    numbers = [Decimal(re.sub(r"[,\u2009\u00a0]", "", n)) for n in _DIGITS.findall(text)]
    scales = [m.group(1) or m.group(2) for m in _SCALE_WORD.finditer(text)]
    assert len(set(scales)) <= 1, f"several scales in {text!r}"
    factor = _SCALES[scales[0]] if scales else 1
    return [n * factor for n in numbers]


def test_ids_unique() -> None:
    duplicates = [i for i, n in Counter(PROBE_IDS).items() if n > 1]
    assert not duplicates


def test_enough_probes() -> None:
    assert len(PROBES) >= 150
    assert {p.domain for p in PROBES} >= {
        "crowd",
        "disaster",
        "conflict",
        "economy",
        "health",
        "election",
        "sport",
        "court",
        "migration",
    }


@pytest.mark.parametrize("probe", PROBES, ids=PROBE_IDS)
def test_probe_fields(probe: Probe) -> None:
    assert isinstance(probe, Probe)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", probe.id)
    assert probe.domain in DOMAINS
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", probe.rule)
    assert probe.text == probe.text.strip()
    assert isinstance(probe.expected, tuple)


@pytest.mark.parametrize("probe", PROBES, ids=PROBE_IDS)
def test_spans_in_order(probe: Probe) -> None:
    position = 0
    for expect in probe.expected:
        found = probe.text.find(expect.text, position)
        assert found >= 0, f"{expect.text!r} not found after offset {position}"
        position = found + len(expect.text)


@pytest.mark.parametrize(("probe", "expect"), EXPECTS, ids=EXPECT_IDS)
def test_expect_fields(probe: Probe, expect: Expect) -> None:
    assert isinstance(expect, Expect)
    assert expect.text == expect.text.strip()
    assert not expect.text.lower().endswith(" of")
    assert expect.hedge in HEDGES
    assert expect.unit in UNITS
    for name in ("value", "low", "high"):
        number = getattr(expect, name)
        if number is not None:
            assert number == _canonical(number), f"{name}={number!r} is not canonical"
    if expect.hedge == "vague":
        assert (expect.value, expect.low, expect.high) == (None, None, None)
    elif expect.hedge == "range":
        assert expect.value is None
        assert expect.low is not None
        assert expect.high is not None
        assert Decimal(expect.low) < Decimal(expect.high)
    else:
        assert expect.value is not None
        assert (expect.low, expect.high) == (None, None)
    if expect.unit == "count":
        assert expect.head
        assert expect.head == expect.head.lower()
    else:
        assert expect.head is None
    for name in ("attributor", "via"):
        source = getattr(expect, name)
        if source is not None:
            assert source == source.lower()
            assert source.strip()
            assert source in probe.text.lower(), f"{name} {source!r} not in the probe"
    if expect.via is not None:
        assert expect.attributor is not None
    if expect.anonymous:
        assert expect.attributor is not None
    if expect.head is not None and expect.head not in ("killed", "injured", "dead"):
        assert expect.head in probe.text.lower(), f"head {expect.head!r} not in the probe"


@pytest.mark.parametrize(("probe", "expect"), EXPECTS, ids=EXPECT_IDS)
def test_numbers_agree_with_text(probe: Probe, expect: Expect) -> None:
    if expect.hedge == "vague":
        return
    stated = [Decimal(v) for v in (expect.value, expect.low, expect.high) if v is not None]
    if any(ch.isdigit() for ch in expect.text):
        assert _figures(expect.text) == stated
    elif expect.hedge == "range":
        low, _, high = expect.text.partition(" to ")
        assert [_words_value(low), _words_value(high)] == stated
    else:
        assert [_words_value(expect.text)] == stated
