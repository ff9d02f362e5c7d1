"""Terminal tables: aligned columns, at most the given width, long cells cut with an ellipsis."""

from __future__ import annotations

import claimkit
from claimkit.demo import read_seeds
from claimkit.model import Attributor, Claim, Quantity, Subject
from claimkit.reconcile import reconcile
from claimkit.table import claims_table, consensus_table, render, truncate

LONG = "Yu Yong-weon, citing Ukrainian defense intelligence chief Lt. Gen. Kyrylo Budanov"


def test_truncate() -> None:
    assert truncate("abc", 3) == "abc"
    assert truncate("abcd", 3) == "ab…"
    assert truncate("two\nlines", 20) == "two lines"
    assert truncate("abc", 0) == ""


def test_columns_line_up_and_fit() -> None:
    rows = [["1", LONG, "x"], ["22", "short", "y"]]
    out = render(rows, ["n", "who", "z"], width=40)
    lines = out.splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert "…" in lines[2]
    starts = {line.index(cell) for line, cell in zip(lines[2:], ["x", "y"], strict=True)}
    assert len(starts) == 1  # the last column starts at the same place on every row


def test_fixed_columns_keep_their_width() -> None:
    rows = [["[10,450, 11,550]", LONG]]
    out = render(rows, ["interval", "who"], width=50, minimum=[None, 10])
    assert "[10,450, 11,550]" in out


def test_nothing_wraps_at_any_width() -> None:
    claim = Claim(
        quantity=Quantity(value=63000, low=59850, high=66150, text="An estimated 63,000"),
        subject=Subject(key="troops", role="fighting"),
        attributor=Attributor(name=LONG),
        span=(1707, 1726),
    )
    for width in (60, 80, 100, 140):
        lines = claims_table([claim] * 3, width=width).splitlines()
        assert len(lines) == 5
        assert all(len(line) <= width for line in lines)


def test_seed_tables_fit_100_columns() -> None:
    claims = []
    for _, article in read_seeds():
        found = claimkit.extract(article)
        claims.extend(found)
        lines = claims_table(found).splitlines()
        assert len(lines) == len(found) + 2
        assert all(len(line) <= 100 for line in lines)
    lines = consensus_table(reconcile(claims)).splitlines()
    assert all(len(line) <= 100 for line in lines)
