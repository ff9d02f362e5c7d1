"""The timeline plot: one bar per distinct claim, a legend entry per source, conflicts, bands.

Renders with the Agg backend.  Also writes the seed timeline that the docs show
(docs/img/seed-timeline.png).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection, PolyCollection  # noqa: E402
from matplotlib.text import Text  # noqa: E402

import claimkit  # noqa: E402
from claimkit.demo import read_seeds, seed_options, troop_claims  # noqa: E402
from claimkit.frame import MissingDependencyError  # noqa: E402
from claimkit.model import Attributor, Claim, Quantity, Source  # noqa: E402
from claimkit.plot import CONFLICT, save_timeline, timeline  # noqa: E402
from claimkit.reconcile import Reconciliation, reconcile  # noqa: E402

DOCS_IMAGE = Path(__file__).resolve().parent.parent / "docs" / "img" / "seed-timeline.png"
DAY = Source(publisher="Wire", published=dt.date(2024, 10, 23))


def bars(fig: Any) -> list[LineCollection]:
    ax = fig.axes[0]
    return [c for c in ax.collections if isinstance(c, LineCollection) and c.get_gid()]


def legend_texts(fig: Any, gid: str) -> list[str]:
    (legend,) = [a for a in fig.axes[0].get_children() if a.get_gid() == gid]
    return [t.get_text() for t in legend.get_texts()]


def claim(text: str, low: int | None, high: int | None, who: str, **kw: Any) -> Claim:
    value = kw.pop("value", low if low is not None else high)
    span = kw.pop("span", (0, 0))
    quantity = Quantity(value=value, low=low, high=high, text=text, **kw)
    return Claim(quantity=quantity, attributor=Attributor(name=who), source=DAY, span=span)


@pytest.fixture(scope="module")
def seeds() -> Reconciliation:
    claims = [c for _, article in read_seeds() for c in claimkit.extract(article)]
    return reconcile(troop_claims(claims), options=seed_options())


def test_one_bar_per_distinct_claim_and_one_legend_entry_per_source() -> None:
    found = [
        claim("1,500", 1500, 1500, "NIS"),
        claim("1,500", 1500, 1500, "NIS", span=(50, 55)),  # said again: drawn once, x2
        claim("up to 3,000", 0, 3000, "Kirby", value=3000),
        claim("at least 3,000", 3000, None, "Kirby", high_closed=False),
    ]
    fig = timeline(found, title="hand-made")
    assert len(bars(fig)) == 3
    assert legend_texts(fig, "claimkit-sources") == ["Kirby", "NIS"]
    labels = sorted(t.get_text() for t in fig.axes[0].texts)
    assert labels == ["1,500 ×2", "at least 3,000", "up to 3,000"]
    markers = [line.get_marker() for line in fig.axes[0].lines]
    assert "^" in markers  # the unbounded end of "at least 3,000" is an arrowhead
    assert fig.axes[0].get_title(loc="left") == "hand-made"
    plt.close(fig)


def test_claims_without_a_date_are_counted_not_drawn() -> None:
    undated = Claim(quantity=Quantity.exact(5), attributor=Attributor(name="X"))
    fig = timeline([claim("1,500", 1500, 1500, "NIS"), undated])
    assert len(bars(fig)) == 1
    assert "1 claim without a date not shown" in [t.get_text() for t in fig.axes[0].texts]
    plt.close(fig)


def test_crowded_labels_are_hidden_not_overlapped() -> None:
    crowd = [claim(f"{n:,} soldiers", n, n, f"source {n % 3}") for n in range(100, 4100, 100)]
    fig = timeline(crowd)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    ax = fig.axes[0]
    shown = [t for t in ax.texts if t.get_visible() and "hidden" not in t.get_text()]
    boxes = [Text.get_window_extent(t, renderer) for t in shown]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert any("labels hidden where bars crowd" in t.get_text() for t in ax.texts)
    (low, high) = ax.get_xlim()
    assert high - low < 40  # forty claims of one day stay near that day
    plt.close(fig)


def test_draws_on_a_given_axes() -> None:
    fig, ax = plt.subplots()
    assert timeline([claim("1,500", 1500, 1500, "NIS")], ax=ax) is fig
    plt.close(fig)


def test_seed_timeline(seeds: Reconciliation) -> None:
    fig = timeline(seeds, title="North Korean troops sent to Russia")
    ax = fig.axes[0]
    distinct = {(c.when, c.quantity.text.casefold(), c.quantity.interval) for c in seeds.claims}
    assert len(distinct) <= len(bars(fig)) < len(seeds.claims)  # repeats drawn once
    sources = legend_texts(fig, "claimkit-sources")
    assert "HUR (Ukrainian military intelligence)" in sources  # aliases merge colours
    assert "Kyrylo Budanov" not in sources
    assert len(sources) == len(set(sources))
    crosses = [line for line in ax.lines if line.get_marker() == "x"]
    assert crosses
    assert all(line.get_color() == CONFLICT for line in crosses)
    assert any(isinstance(c, PolyCollection) for c in ax.collections)  # consensus bands
    assert "conflict" in legend_texts(fig, "claimkit-marks")
    plt.close(fig)


def test_seed_labels_do_not_overlap(seeds: Reconciliation) -> None:
    fig = timeline(seeds)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    shown = [t for t in fig.axes[0].texts if t.get_visible()]
    assert len(shown) == len(fig.axes[0].texts)  # the seed answer needs no label hidden
    boxes = [Text.get_window_extent(t, renderer) for t in shown]
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b)]
    assert overlapping == []
    plt.close(fig)


def test_writes_the_docs_image(seeds: Reconciliation) -> None:
    path = save_timeline(seeds, DOCS_IMAGE, title="North Korean troops sent to Russia")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'claimkit\[plot\]'"):
        timeline([])
    with pytest.raises(ImportError):  # also an ImportError, for callers who catch that
        timeline([])
