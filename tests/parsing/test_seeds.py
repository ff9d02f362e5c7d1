"""End to end on the five seed articles: the claims a careful reader lists.

Expectations were written by reading each article, not by running the parser:
figure as written, hedge, interval under the default policy, subject key and
role, attributor (and original source of a relay), and the day it was said.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest

from claimkit import AttributorKind, Extraction, extract

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


class Want(NamedTuple):
    text: str
    hedge: str
    interval: str
    key: str
    role: str | None
    attributor: str | None  # Attributor.name, None for the outlet
    original: str | None = None  # Attributor.original.name when relayed
    said_on: str | None = None


YU, BUDANOV = "Yu Yong-weon", "Kyrylo Budanov"
HUR_REP = "a Ukrainian defense intelligence representative"

EXPECTED: dict[str, tuple[str | None, list[Want]]] = {
    "000_e15617222f3f52b0.txt": (None, [
        Want("around 4,000", "approximate", "[3,800, 4,200]", "troops", "casualties", HUR_REP,
             said_on="2025-02-21"),
        Want("approximately 11,000", "approximate", "[10,450, 11,550]", "troops", "deployed",
             HUR_REP, said_on="2025-02-21"),
        Want("two", "exact", "[2, 2]", "prisoners", "captured", YU),
        Want("around 5,000", "approximate", "[4,750, 5,250]", "troops", "deployed", YU),
        Want("1,500", "exact", "[1,450, 1,550]", "troops", "stationed", YU),
        Want("3,500", "exact", "[3,450, 3,550]", "troops", "training", YU),
    ]),
    "001_0b4af26139589a7e.txt": (None, [
        Want("some 3,500", "approximate", "[3,325, 3,675]", "troops", "training", YU, BUDANOV,
             "2025-03-05"),
        Want("roughly 12,000", "approximate", "[11,400, 12,600]", "troops", "deployed", YU,
             BUDANOV),
        Want("1,500", "exact", "[1,450, 1,550]", "troops", "deployed", YU, BUDANOV),
        Want("some 3,500", "approximate", "[3,325, 3,675]", "troops", "training", YU, BUDANOV),
        Want("five", "exact", "[5, 5]", "sites", None, YU, BUDANOV),
        Want("approximately 400", "approximate", "[380, 420]", "troops", "killed", YU, BUDANOV),
        Want("3,600", "approximate", "[3,420, 3,780]", "troops", "wounded", YU, BUDANOV),
        Want("300", "exact", "[285, 315]", "troops", "returned", YU, BUDANOV),
        Want("An estimated 63,000", "approximate", "[59,850, 66,150]", "troops", "fighting",
             "Ukrainian officials"),
        Want("a pair", "exact", "[2, 2]", "troops", "captured", YU, BUDANOV, "2025-03-04"),
        Want("at least one", "lower_bound", "[1, inf)", "troops", None, YU, BUDANOV, "2025-03-04"),
    ]),
    "002_623c6515edfe568c.txt": ("2024-10-24", [
        Want("Up to 3,000", "upper_bound", "[0, 3,000]", "troops", "deployed",
             "United States government"),
        Want("at least 3,000", "lower_bound", "[3,000, inf)", "troops", "training", "John Kirby"),
        Want("three", "exact", "[3, 3]", "sites", None, "John Kirby"),
        Want("three", "exact", "[3, 3]", "sites", None, "John Kirby"),
        Want("about 10,000", "approximate", "[9,500, 10,500]", "troops", "planned",
             "South Korean government"),
        Want("some 1,500", "approximate", "[1,425, 1,575]", "troops", "deployed",
             "Seoul’s National Intelligence Service"),
        Want("10,000", "exact", "[9,500, 10,500]", "troops", "planned", "Volodymyr Zelenskiy"),
        Want("more than 600,000", "lower_bound", "(600,000, inf)", "troops", "casualties",
             "U.S. officials"),
    ]),
    "003_c367de61af71798a.txt": ("2025-03-06", [
        Want("1,500", "exact", "[1,450, 1,550]", "troops", None, YU, said_on="2025-03-05"),
        Want("3,500", "exact", "[3,450, 3,550]", "troops", "planned", YU,
             "Ukrainian intelligence sources"),
        Want("12,000", "exact", "[11,500, 12,500]", "troops", "deployed", YU),
        Want("about 4,000", "approximate", "[3,800, 4,200]", "troops", "casualties", "Reports"),
        Want("Some 3,500", "approximate", "[3,325, 3,675]", "troops", "training", YU),
        Want("five", "exact", "[5, 5]", "sites", None, YU),
        Want("five", "exact", "[5, 5]", "troops", None, YU, "Ukrainian forces"),
        Want("ten", "exact", "[10, 10]", "troops", None, YU, "Ukrainian forces"),
        Want("100 ri", "exact", "[95, 105]", "ri", None, "Baek"),
        Want("39.3 km", "exact", "[39.3, 39.3]", "kilometre", None, "Baek"),
        Want("200 ri", "exact", "[190, 210]", "ri", None, "Baek"),
        Want("78.5 km", "exact", "[78.5, 78.5]", "kilometre", None, "Baek"),
        Want("four hours", "exact", "[4, 4]", "hour", None, "Baek"),
        Want("100 ri", "exact", "[95, 105]", "ri", None, "Baek"),
        Want("eight hours", "exact", "[8, 8]", "hour", None, "Baek"),
        Want("200 ri", "exact", "[190, 210]", "ri", None, "Baek"),
        Want("20–25 kg", "range", "[20, 25]", "backpack", None, "Baek"),
    ]),
    "004_c02cb47a3876a1ac.txt": (None, [
        Want("thousands", "vague", "[2,000, 10,000)", "troops", None, "a senior U.S. official",
             said_on="2024-10-23"),
        Want("thousands", "vague", "[2,000, 10,000)", "troops", None, "a senior U.S. official"),
        Want("1,500", "exact", "[1,450, 1,550]", "troops", "deployed",
             "South Korea's intelligence agency", said_on="2024-10-20"),
        Want("1,500", "exact", "[1,450, 1,550]", "troops", "deployed",
             "South Korea's intelligence agency", said_on="2024-10-23"),
        Want("about 10,000", "approximate", "[9,500, 10,500]", "troops", "planned",
             "Park Sun-won"),
    ]),
}  # fmt: skip


def _read(name: str) -> tuple[str, Extraction]:
    published, _ = EXPECTED[name]
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text, extract(text, published=published)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_figures_found_and_nothing_else(name: str) -> None:
    _, found = _read(name)
    assert [c.quantity.text for c in found] == [w.text for w in EXPECTED[name][1]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_claims_read_as_a_reader_would(name: str) -> None:
    text, found = _read(name)
    for claim, want in zip(found, EXPECTED[name][1], strict=False):
        assert text[claim.span[0] : claim.span[1]] == claim.quantity.text
        assert claim.quantity.hedge.value == want.hedge, want
        assert str(claim.quantity.interval) == want.interval, want
        assert claim.subject.key == want.key, want
        if want.role is not None:
            assert claim.subject.role == want.role, want
        if want.attributor is None:
            assert claim.attributor is None
        else:
            assert claim.attributor is not None, want
            assert claim.attributor.name == want.attributor, want
            if want.original is not None:
                assert claim.attributor.original.name == want.original, want
        if want.said_on is not None:
            assert claim.date.said_on == dt.date.fromisoformat(want.said_on), want


def test_seed_anonymous_officials_are_never_named_people() -> None:
    kinds = {
        claim.attributor.name: claim.attributor.kind
        for name in EXPECTED
        for claim in _read(name)[1]
        if claim.attributor is not None
    }
    assert kinds[HUR_REP] is AttributorKind.official_anonymous
    assert kinds["U.S. officials"] is AttributorKind.official_anonymous
    assert kinds["a senior U.S. official"] is AttributorKind.official_anonymous
    assert kinds[YU] is AttributorKind.person


def test_seed_parts_point_at_their_whole() -> None:
    text, found = _read("000_e15617222f3f52b0.txt")
    wholes = {c.quantity.text: c.whole_span for c in found}
    assert wholes["1,500"] is not None
    assert text[slice(*wholes["1,500"])] == "around 5,000"
    assert text[slice(*wholes["3,500"])] == "around 5,000"
    assert text[slice(*wholes["around 4,000"])] == "approximately 11,000"


def test_seed_furniture_yields_no_claims() -> None:
    text, found = _read("001_0b4af26139589a7e.txt")
    furniture_start = text.index("Related Links")
    assert all(c.span[0] < furniture_start for c in found)
    assert any(s.reason in ("related", "copyright") for s in found.skipped)


def test_seed_refers_to_and_deadlines() -> None:
    _, found = _read("004_c02cb47a3876a1ac.txt")
    promised = found[-1].date.refers_to
    assert promised is not None
    assert promised.end == dt.date(2024, 12, 31)
    _, found = _read("001_0b4af26139589a7e.txt")
    october = found[1].date.refers_to
    assert october is not None
    assert (october.start, october.end) == (dt.date(2024, 10, 1), dt.date(2024, 10, 31))
