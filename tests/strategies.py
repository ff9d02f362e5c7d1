"""Hypothesis strategies for claimkit: the one hypothesis module (as in attrs).

Words are sampled from the lexicon tables (:data:`claimkit.lexicon.hedges.HEDGES`,
:data:`claimkit.lexicon.vague.VAGUE`), so adding a row there is picked up by every
property test without touching this file.

Import from test modules in ``tests/`` as ``from strategies import claims``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from claimkit.lexicon.hedges import HEDGES, POSTFIX, HedgeEntry
from claimkit.lexicon.vague import VAGUE, VagueEntry
from claimkit.model import (
    PRECISIONS,
    Attributor,
    AttributorKind,
    Claim,
    ClaimDate,
    DateRange,
    Hedge,
    Interval,
    Quantity,
    Source,
    Subject,
    format_number,
)
from claimkit.policy import DEFAULT_POLICY, HedgePolicy

__all__ = [
    "attributors",
    "claim_dates",
    "claims",
    "date_ranges",
    "decimals",
    "default_quantities",
    "hedge_entries",
    "intervals",
    "policies",
    "postfix_entries",
    "quantities",
    "sources",
    "subjects",
    "vague_entries",
]

#: Figures that recur in reporting; drawing from them makes ends collide, so
#: touching and equal ends get exercised.
COMMON_FIGURES = tuple(
    Decimal(n)
    for n in (0, 1, 5, 10, 12, 50, 100, 200, 500, 1_000, 1_500, 3_000, 10_000, 12_000, 600_000)
)

UNITS = ("count", "count", "count", "percent", "kilometre", "US dollar")


def decimals(*, max_value: int = 10**10, negative: bool = False) -> st.SearchStrategy[Decimal]:
    """Finite Decimals of realistic news magnitudes.

    A mix of common figures, whole numbers, round figures ("12,000", "600,000")
    and figures with one or two decimal places ("39.3").  Non-negative unless
    ``negative`` is set.
    """
    whole = st.integers(min_value=0, max_value=max_value).map(Decimal)
    round_ = st.builds(
        lambda lead, zeros: Decimal(lead) * Decimal(10) ** zeros,
        st.integers(min_value=1, max_value=99),
        st.integers(min_value=0, max_value=8),
    ).filter(lambda d: d <= max_value)
    fractional = st.builds(
        lambda units, places: Decimal(units).scaleb(-places),
        st.integers(min_value=0, max_value=min(max_value, 10**6) * 10),
        st.sampled_from((1, 1, 2)),
    ).filter(lambda d: d <= max_value)
    common = st.sampled_from([d for d in COMMON_FIGURES if d <= max_value])
    out = st.one_of(common, whole, round_, fractional)
    if negative:
        return st.builds(lambda d, sign: -d if sign else d, out, st.booleans())
    return out


@st.composite
def intervals(draw: st.DrawFn, *, negative: bool = False, unbounded: bool = True) -> Interval:
    """Non-empty intervals, including unbounded sides and open ends."""
    a = draw(decimals(negative=negative))
    b = draw(decimals(negative=negative))
    low, high = min(a, b), max(a, b)
    low_closed, high_closed = draw(st.booleans()), draw(st.booleans())
    if low == high:
        low_closed = high_closed = True
    out_low: Decimal | None = low
    out_high: Decimal | None = high
    if unbounded:
        if draw(st.integers(min_value=0, max_value=5)) == 0:
            out_low = None
        if draw(st.integers(min_value=0, max_value=5)) == 0:
            out_high = None
    return Interval(low=out_low, high=out_high, low_closed=low_closed, high_closed=high_closed)


def hedge_entries() -> st.SearchStrategy[HedgeEntry]:
    """Rows of :data:`claimkit.lexicon.hedges.HEDGES` (phrases before the figure)."""
    return st.sampled_from(HEDGES)


def postfix_entries() -> st.SearchStrategy[HedgeEntry]:
    """Rows of :data:`claimkit.lexicon.hedges.POSTFIX` (phrases after the figure)."""
    return st.sampled_from(POSTFIX)


def vague_entries() -> st.SearchStrategy[VagueEntry]:
    """Rows of :data:`claimkit.lexicon.vague.VAGUE`."""
    return st.sampled_from(VAGUE)


def _fractions(top: str, bottom: str = "0") -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=Decimal(bottom), max_value=Decimal(top), places=3)


@st.composite
def policies(draw: st.DrawFn) -> HedgePolicy:
    """Hedge policies with random tolerances, floors, precision and overrides."""
    overrides: dict[str, tuple[Decimal, Decimal]] = {}
    for entry in draw(st.lists(vague_entries(), max_size=2, unique=True)):
        low = entry.low * draw(st.sampled_from((Decimal("0.5"), Decimal(1))))
        high = entry.high * draw(st.sampled_from((Decimal(1), Decimal(2))))
        overrides[entry.phrase] = (low, high)
    return HedgePolicy(
        approximate_tolerance=draw(_fractions("0.5")),
        near_tolerance=draw(_fractions("0.5", bottom="0.001")),
        upper_floor=draw(_fractions("0.9")),
        implicit_precision=draw(st.booleans()),
        # the cap only binds below half a unit of the last digit over N (5% for
        # "10,000", 0.5% for "100,000"), so small caps are drawn often
        implicit_precision_cap=draw(
            st.sampled_from([Decimal(c) for c in ("0", "0.001", "0.005", "0.01", "0.05")])
            | _fractions("0.5")
        ),
        implicit_precision_min=draw(st.sampled_from((0, 10, 100, 1000))),
        vague_overrides=overrides,
        name=draw(st.sampled_from(("default", "strict", "generous", "custom"))),
    )


def _policy(draw: st.DrawFn, policy: HedgePolicy | None) -> HedgePolicy:
    return draw(policies()) if policy is None else policy


@st.composite
def quantities(
    draw: st.DrawFn,
    policy: HedgePolicy | None = None,
    *,
    kinds: tuple[str, ...] = ("exact", "hedged", "postfix", "range", "vague"),
) -> Quantity:
    """Quantities as a parser would build them.

    Exact and hedged figures go through :meth:`HedgePolicy.quantity`; explicit
    ranges are ``Hedge.range`` with ``value=None`` and their stated ends; vague
    counts are ``Hedge.vague`` with ``value=None`` and the policy's
    :meth:`~HedgePolicy.vague_bounds`.  ``policy=None`` draws a random policy.
    """
    chosen = _policy(draw, policy)
    kind = draw(st.sampled_from(kinds))
    unit = draw(st.sampled_from(UNITS))
    if kind == "range":
        a, b = draw(decimals()), draw(decimals())
        low, high = min(a, b), max(a, b)
        text = f"{_fmt(low)}-{_fmt(high)}" if low != high else _fmt(low)
        return Quantity(low=low, high=high, unit=unit, hedge=Hedge.range, text=text)
    if kind == "vague":
        entry = draw(vague_entries())
        box = chosen.vague_bounds(entry.phrase)
        assert box is not None
        return Quantity(
            low=box.low,
            high=box.high,
            low_closed=box.low_closed,
            high_closed=box.high_closed,
            unit="count",
            hedge=Hedge.vague,
            hedge_text=entry.phrase,
            text=f"{entry.phrase} of",
        )
    value = draw(decimals())
    if kind == "exact":
        return chosen.quantity(value, unit=unit)
    if kind == "postfix":
        post = draw(postfix_entries())
        return chosen.quantity(value, post.phrase, unit=unit, text=f"{_fmt(value)} {post.phrase}")
    return chosen.quantity(value, draw(hedge_entries()).phrase, unit=unit)


def _fmt(value: Decimal) -> str:
    return format_number(value)


_WORDS = st.sampled_from(
    (
        "troops",
        "soldiers",
        "personnel",
        "killed",
        "wounded",
        "civilians",
        "protesters",
        "refugees",
        "North Korean",
        "Kursk",
        "special forces",
    )
)
_names = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
_opt_text = st.none() | st.text(max_size=30)


@st.composite
def subjects(draw: st.DrawFn) -> Subject:
    """What a figure counts: noun phrases built from common reporting words."""
    head = draw(_WORDS)
    return Subject(
        text=draw(st.just(head) | st.builds(lambda w: f"{w} {head}", _WORDS) | st.text()),
        head=head,
        key=draw(st.sampled_from((head, "troops", "killed", "wounded", ""))),
        role=draw(st.none() | st.sampled_from(("deployed", "killed", "wounded", "captured"))),
        place=draw(st.none() | st.sampled_from(("Kursk", "Gaza", "Kharkiv")) | st.text()),
        actor=draw(st.none() | st.sampled_from(("North Korean", "Russian", "Ukrainian"))),
        qualifiers=tuple(draw(st.lists(st.text(max_size=15), max_size=3))),
    )


def _attributor(via: st.SearchStrategy[tuple[Attributor, ...]]) -> st.SearchStrategy[Attributor]:
    return st.builds(
        Attributor,
        name=st.sampled_from(("Yu Yong-weon", "Kyrylo Budanov", "a senior U.S. official")) | _names,
        kind=st.sampled_from(AttributorKind),
        description=_opt_text,
        via=via,
        resolved=st.booleans(),
    )


def attributors(*, max_via: int = 3) -> st.SearchStrategy[Attributor]:
    """Attributors of every kind, with relay chains of up to ``max_via`` sources."""
    leaf = _attributor(st.just(()))
    return _attributor(st.lists(leaf, max_size=max_via).map(tuple))


_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Date ranges, possibly open at one end."""
    a, b = sorted((draw(_dates), draw(_dates)))
    shape = draw(st.sampled_from(("both", "start", "end")))
    return DateRange(
        start=None if shape == "end" else a,
        end=None if shape == "start" else b,
        precision=draw(st.sampled_from(PRECISIONS)),
        text=draw(st.text(max_size=20)),
    )


def claim_dates() -> st.SearchStrategy[ClaimDate]:
    """When a figure was said, and what time it describes."""
    return st.builds(
        ClaimDate,
        said_on=st.none() | _dates,
        said_precision=st.sampled_from(PRECISIONS),
        refers_to=st.none() | date_ranges(),
    )


def sources() -> st.SearchStrategy[Source]:
    """Articles: every field optional."""
    return st.builds(
        Source,
        title=_opt_text,
        publisher=st.none() | st.sampled_from(("Reuters", "AP", "BBC", "Yonhap")),
        published=st.none() | _dates,
        byline=_opt_text,
        url=st.none() | st.just("https://example.com/a") | st.text(max_size=30),
    )


@st.composite
def claims(draw: st.DrawFn, policy: HedgePolicy | None = None) -> Claim:
    """Whole claims; ``sentence[span[0]:span[1]] == quantity.text`` holds."""
    quantity = draw(quantities(policy))
    prefix = draw(st.text(max_size=30))
    suffix = draw(st.text(max_size=30))
    sentence = prefix + quantity.text + suffix
    span = (len(prefix), len(prefix) + len(quantity.text))
    whole_span: tuple[int, int] | None = None
    if draw(st.booleans()):
        start = draw(st.integers(min_value=0, max_value=len(sentence)))
        whole_span = (start, draw(st.integers(min_value=start, max_value=len(sentence))))
    fields: dict[str, Any] = {
        "quantity": quantity,
        "subject": draw(subjects()),
        "date": draw(claim_dates()),
        "attributor": draw(st.none() | attributors()),
        "source": draw(sources()),
        "span": span,
        "sentence": sentence,
        "cue": draw(st.none() | st.sampled_from(("said", "told", "according to", "citing"))),
        "whole_span": whole_span,
    }
    return Claim(**fields)


def default_quantities() -> st.SearchStrategy[Quantity]:
    """Quantities under :data:`DEFAULT_POLICY`."""
    return quantities(DEFAULT_POLICY)
