"""Timeline plots of claims (the ``[plot]`` extra).

:func:`timeline` draws each claim as its interval: a vertical bar at the date it
describes (:attr:`Claim.when`), coloured by its original source, labelled with
the figure as written.  Given a :class:`~claimkit.reconcile.Reconciliation` it
also shades each group's consensus and marks conflicting pairs in red.
matplotlib is imported inside the functions; without it a
:class:`~claimkit.frame.MissingDependencyError` names the extra to install.

Readability: identical claims (same source, figure, interval and date) are drawn
once with a count ("some 3,500 ×3"); bars on nearby days are spread sideways, in
date order, never far from their dates; labels that would overlap are hidden and
counted in a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from claimkit.frame import original_source, require
from claimkit.model import Claim, Interval, format_number
from claimkit.policy import HedgePolicy
from claimkit.reconcile import Reconciliation
from claimkit.reconcile.options import normalise

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["save_timeline", "timeline"]

CONFLICT = "#d62728"
BAND = "#7f7f7f"
LABEL_CHARS = 24
BAR_GAP_PT = 8.0
FIGSIZE = (12.0, 6.5)
MARGINS = {"left": 0.07, "right": 0.74, "bottom": 0.12, "top": 0.86}


@attrs.frozen
class _Bar:
    claims: tuple[Claim, ...]
    day: dt.date
    interval: Interval
    source: str
    colour: Any = None
    x: float = 0.0

    @property
    def anchor(self) -> float:
        """Where conflict marks attach: the stated value, else the middle."""
        q, box = self.claims[0].quantity, self.interval
        if q.value is not None:
            return float(q.value)
        if box.low is not None and box.high is not None:
            return float((box.low + box.high) / 2)
        return float(box.low if box.low is not None else box.high or 0)

    @property
    def label(self) -> str:
        text = self.claims[0].quantity.text
        if len(text) > LABEL_CHARS:
            text = text[: LABEL_CHARS - 1] + "…"
        return text + (f" ×{len(self.claims)}" if len(self.claims) > 1 else "")


def _sources(claims: list[Claim], rec: Reconciliation | None) -> dict[Claim, str]:
    """Each claim's original source, after the reconciliation's source aliases."""
    aliases = dict(rec.options.source_aliases) if rec is not None else {}
    names = {c: original_source(c) or "(unattributed)" for c in claims}
    return {c: aliases.get(normalise(name), name) for c, name in names.items()}


def _bars(
    claims: list[Claim], rec: Reconciliation | None, policy: HedgePolicy | None
) -> list[_Bar]:
    """One bar per distinct (date, source, figure, interval), in date order."""
    sources = _sources([c for c in claims if c.when is not None], rec)
    merged: dict[tuple[Any, ...], list[Claim]] = {}
    for claim in sources:
        box = policy.interval(claim.quantity) if policy else claim.quantity.interval
        key = (claim.when, sources[claim], claim.quantity.text.casefold(), box)
        merged.setdefault(key, []).append(claim)
    bars = [_Bar(tuple(group), day, box, source) for (day, source, _, box), group in merged.items()]
    bars.sort(key=lambda b: (b.day, b.source, b.anchor))
    palette = _palette(len({b.source for b in bars}))
    colours: dict[str, Any] = {}
    for bar in bars:
        colours.setdefault(bar.source, palette[len(colours) % len(palette)])
    return [attrs.evolve(b, colour=colours[b.source]) for b in bars]


def _palette(n: int) -> list[Any]:
    import matplotlib as mpl

    # Grey is left out: it is the colour of the consensus bands.
    if n <= 9:
        return [mpl.colormaps["tab10"](i) for i in range(10) if i != 7]
    return [mpl.colormaps["tab20"](i) for i in range(20) if i not in (14, 15)]


def _spread(bars: list[_Bar], gap: float, reach: float, mdates: Any) -> list[_Bar]:
    """x positions ``gap`` days apart, each crowded run centred on its dates.

    Runs that would come closer than ``gap`` after centring merge and centre
    again, until none do.  A run wider than ``2 * reach`` is squeezed (its bars
    then overlap) rather than moved far from the dates they stand for.
    """
    true = [float(mdates.date2num(b.day)) for b in bars]

    def place(run: list[int]) -> list[float]:
        step = gap if len(run) < 2 else min(gap, 2 * reach / (len(run) - 1))
        start = sum(true[i] for i in run) / len(run) - step * (len(run) - 1) / 2
        return [start + k * step for k in range(len(run))]

    runs = [[i] for i in range(len(bars))]
    merged = True
    while merged:
        merged = False
        out: list[list[int]] = []
        for run in runs:
            if out and place(out[-1])[-1] + gap > place(run)[0]:
                out[-1] = out[-1] + run
                merged = True
            else:
                out.append(run)
        runs = out
    xs = [x for run in runs for x in place(run)]
    return [attrs.evolve(b, x=x) for b, x in zip(bars, xs, strict=True)]


def _scale(ax: Axes, bars: list[_Bar]) -> float:
    """Pick a linear or symmetric-log y axis; return the top of the plot."""
    import matplotlib.ticker as mticker

    ends = [(b.interval.low, b.interval.high, b.anchor) for b in bars]
    values = [float(v) for trio in ends for v in trio if v is not None]
    low, high = min(values), max(values)
    positive = min((v for v in values if v > 0), default=1.0)
    if high > 50 * positive:
        ax.set_yscale("symlog", linthresh=max(1.0, positive / 2), linscale=0.4)
        top = high * 6
    else:
        top = high * 1.3 + 1
    ax.set_ylim(min(0.0, low), top)
    ax.yaxis.set_major_formatter(
        mticker.FuncFormatter(lambda v, _: format_number(Decimal(round(v))))
    )
    return top


def _draw_bar(ax: Axes, bar: _Bar, top: float) -> Any:
    box, x, colour = bar.interval, bar.x, bar.colour
    low = float(box.low) if box.low is not None else ax.get_ylim()[0]
    high = float(box.high) if box.high is not None else top
    ax.vlines(x, low, high, colors=[colour], linewidth=2.4, alpha=0.9, gid="claimkit-bar")
    # A closed end gets a cap; an open end an arrowhead pointing outwards; an
    # unbounded side runs to the edge of the plot.
    ax.plot([x], [low], marker="_" if box.low_closed else "v", color=colour, ms=8, mew=1.6)
    ax.plot([x], [high], marker="_" if box.high_closed else "^", color=colour, ms=8, mew=1.6)
    if bar.claims[0].quantity.value is not None:
        ax.plot([x], [bar.anchor], marker="o", color=colour, ms=3.5, zorder=3)
    # The label stands above a bounded bar, beside the figure of an unbounded one.
    at, offset, ha = (
        ((x, high), (0, 5), "center") if box.high is not None else ((x, bar.anchor), (5, 2), "left")
    )
    return ax.annotate(
        bar.label, at, xytext=offset, textcoords="offset points", ha=ha, va="bottom",
        rotation=90, fontsize=7, color=colour, annotation_clip=False,
    )  # fmt: skip


def _reconciliation_marks(ax: Axes, rec: Reconciliation, bars: list[_Bar]) -> None:
    """Consensus bands per group and red marks between conflicting claims."""
    where = {claim: bar for bar in bars for claim in bar.claims}
    for group in rec.groups:
        est = group.consensus
        xs = [where[c].x for c in group.claims if c in where]
        if len(group.claims) < 2 or not xs:
            continue
        x0, x1 = min(xs) - 2, max(xs) + 2
        if est.low is not None and est.high is not None:  # no band runs off the plot
            low, high = float(est.low), float(est.high)
            ax.fill_between([x0, x1], low, high, color=BAND, alpha=0.09, lw=0, zorder=0)
        if est.best is not None:
            ax.hlines(float(est.best), x0, x1, colors=BAND, linestyles="-", lw=1.2, zorder=0)
    for rel in rec.conflicts:
        a, b = where.get(rel.a), where.get(rel.b)
        if a is None or b is None:
            continue
        ends = ([a.x, b.x], [a.anchor, b.anchor])
        ax.plot(*ends, ls="--", lw=0.7, color=CONFLICT, alpha=0.45, zorder=1)
        ax.plot(*ends, ls="", marker="x", color=CONFLICT, ms=6, mew=1.4, zorder=4)


def _legends(ax: Axes, bars: list[_Bar], rec: Reconciliation | None) -> None:
    from matplotlib.artist import Artist
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    seen: dict[str, Any] = {}
    for bar in bars:
        seen.setdefault(bar.source, bar.colour)
    handles = [Line2D([], [], color=c, lw=3, label=s) for s, c in seen.items()]
    where: dict[str, Any] = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "frameon": False}
    sources = ax.legend(handles=handles, title="original source", fontsize=8, **where)
    sources.get_title().set_fontsize(8)
    sources.set_gid("claimkit-sources")
    ax.add_artist(sources)
    keys: list[Artist] = [
        Line2D([], [], color="k", lw=2, marker="_", ms=8, label="claimed interval"),
        Line2D([], [], color="k", ls="", marker="o", ms=3.5, label="stated figure"),
        Line2D([], [], color="k", ls="", marker="^", ms=6, label="open or unbounded end"),
    ]
    if rec is not None:
        keys.append(Patch(color=BAND, alpha=0.3, label="group consensus: low-high, best"))
        keys.append(Line2D([], [], color=CONFLICT, ls="--", marker="x", label="conflict"))
    where.update(loc="lower left", bbox_to_anchor=(1.01, 0.0))
    marks = ax.legend(handles=keys, fontsize=7, **where)
    marks.set_gid("claimkit-marks")


def _gap_days(ax: Axes, span: float) -> float:
    """How many days of a ``span``-day x axis ``BAR_GAP_PT`` points are."""
    gap_px = BAR_GAP_PT * ax.figure.dpi / 72
    return gap_px * span / max(ax.bbox.width, 1.0)


def _xlim(bars: list[_Bar]) -> tuple[float, float]:
    xs = [b.x for b in bars]
    pad = (max(xs) - min(xs)) * 0.05 + 3
    return min(xs) - pad, max(xs) + pad


def _place(ax: Axes, bars: list[_Bar], mdates: Any) -> list[_Bar]:
    """Spread the bars; widen the gap until it holds on the final x axis."""
    first, last = (float(mdates.date2num(b.day)) for b in (bars[0], bars[-1]))
    reach = max(3.0, 0.06 * (last - first))
    gap = _gap_days(ax, max(last - first, 30.0))
    for _ in range(5):
        placed = _spread(bars, gap, reach, mdates)
        low, high = _xlim(placed)
        needed = _gap_days(ax, high - low)
        if needed <= gap:
            break
        gap = needed
    return placed


def _declutter(ax: Axes, labels: list[tuple[_Bar, Any]]) -> int:
    """Hide labels that would overlap one kept (repeated, then larger figures first)."""
    fig = ax.get_figure()
    get_renderer = getattr(fig.canvas, "get_renderer", None) if fig else None
    if get_renderer is None:
        return 0  # a canvas that cannot measure text: keep every label
    renderer = get_renderer()
    from matplotlib.text import Text

    kept: list[Any] = []
    hidden = 0
    for _, label in sorted(labels, key=lambda pair: (-len(pair[0].claims), -pair[0].anchor)):
        label.update_positions(renderer)
        box = Text.get_window_extent(label, renderer)  # the text, not its leader line
        if any(box.overlaps(other) for other in kept):
            label.set_visible(False)
            hidden += 1
        else:
            kept.append(box)
    return hidden


def timeline(
    claims_or_reconciliation: Iterable[Claim] | Reconciliation,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    policy: HedgePolicy | None = None,
) -> Figure:
    """Figures over time, one colour per original source.

    Args:
        claims_or_reconciliation: claims, or a reconciliation (whose group
            consensus bands and conflicts are drawn too, and whose source
            aliases merge colours).
        ax: the axes to draw on (default: a new pyplot figure sized for a page).
        title: the plot title.
        policy: read each interval under this policy (default: the
            reconciliation's policy, else the intervals stored on the claims).

    Returns:
        The figure; save it with ``fig.savefig(path, bbox_inches="tight")`` or use
        :func:`save_timeline`.  Claims without a date (:attr:`Claim.when` is
        ``None``) are left out and counted in a note under the plot.

    Raises:
        MissingDependencyError: matplotlib is not installed.

    Examples:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> from claimkit.model import Attributor, Quantity, Source
        >>> day = Source(published=dt.date(2024, 10, 23))
        >>> kirby = Attributor(name="Kirby")
        >>> fig = timeline([
        ...     Claim(quantity=Quantity.exact(3000), attributor=kirby, source=day),
        ...     Claim(quantity=Quantity(value=10000, low=9500, high=10500, text="about 10,000"),
        ...           attributor=Attributor(name="Park Sun-won"), source=day),
        ... ], title="Troops")
        >>> sorted(t.get_text() for t in fig.axes[0].texts)
        ['3,000', 'about 10,000']
    """
    require("matplotlib", "plot")
    import matplotlib.dates as mdates

    rec: Reconciliation | None = None
    if isinstance(claims_or_reconciliation, Reconciliation):
        rec = claims_or_reconciliation
        claims = list(rec.claims)
        policy = policy or rec.policy
    else:
        claims = list(claims_or_reconciliation)
    if ax is None:
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=FIGSIZE)
        fig.subplots_adjust(**MARGINS)
    figure = ax.get_figure()
    assert figure is not None  # an Axes always sits in a figure
    if title:
        ax.set_title(title, fontsize=11, loc="left", pad=12)
    missing = sum(1 for c in claims if c.when is None)
    notes = [f"{missing} claim{'s' * (missing != 1)} without a date not shown"] if missing else []
    bars = _bars(claims, rec, policy)
    if bars:
        _draw(ax, bars, rec, notes, mdates)
    if notes:
        ax.text(0, -0.17, "; ".join(notes), transform=ax.transAxes, fontsize=7, color="0.4")
    return figure  # type: ignore[return-value]


def _draw(
    ax: Axes, bars: list[_Bar], rec: Reconciliation | None, notes: list[str], mdates: Any
) -> None:
    """Everything but the notes: bars, labels, marks, axes and legends."""
    bars = _place(ax, bars, mdates)
    top = _scale(ax, bars)
    labels = [(bar, _draw_bar(ax, bar, top)) for bar in bars]
    if rec is not None:
        _reconciliation_marks(ax, rec, bars)
    ax.set_xlim(*_xlim(bars))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=10))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
    ax.tick_params(labelsize=8)
    ax.grid(axis="y", color="0.92", lw=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_ylabel("figure (claimed interval)", fontsize=9)
    ax.set_xlabel("the time each figure describes (Claim.when)", fontsize=8, color="0.3")
    _legends(ax, bars, rec)
    hidden = _declutter(ax, labels)
    if hidden:
        notes.append(f"{hidden} label{'s' * (hidden != 1)} hidden where bars crowd")


def save_timeline(
    claims_or_reconciliation: Iterable[Claim] | Reconciliation,
    path: str | Path,
    *,
    title: str | None = None,
    policy: HedgePolicy | None = None,
) -> Path:
    """Draw :func:`timeline` into an image file (PNG, SVG, PDF by suffix); return its path.

    The figure is made outside pyplot, so no window opens, no backend changes
    and nothing is left to close.

    Examples:
        >>> import tempfile
        >>> from claimkit.model import Quantity, Source
        >>> claim = Claim(quantity=Quantity.exact(1500),
        ...               source=Source(publisher="AFP", published=dt.date(2024, 10, 23)))
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     save_timeline([claim], Path(tmp) / "t.png").stat().st_size > 0
        True
    """
    require("matplotlib", "plot")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=FIGSIZE)
    FigureCanvasAgg(fig)
    fig.subplots_adjust(**MARGINS)
    ax = fig.add_subplot()
    timeline(claims_or_reconciliation, ax=ax, title=title, policy=policy)
    target = Path(path)
    fig.savefig(target, dpi=150, bbox_inches="tight", bbox_extra_artists=ax.get_children())
    return target
