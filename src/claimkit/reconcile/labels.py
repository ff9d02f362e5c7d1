"""How claims and figures are written in reasons and reports."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from claimkit.model import Claim, Quantity
from claimkit.model import format_number as _format_number
from claimkit.reconcile.options import normalise

__all__ = ["FAR_FUTURE", "FAR_PAST", "Position", "day", "format_number", "label", "position_text"]

FAR_PAST = -(10**9)
FAR_FUTURE = 10**9

#: Where an interval starts or ends, as a sortable tuple (see ``compare``).
Position = tuple[int, Decimal, int]


@functools.lru_cache(maxsize=1 << 16)
def format_number(value: Decimal) -> str:
    """:func:`claimkit.model.format_number`, remembered (reasons repeat figures).

    Examples:
        >>> format_number(Decimal("10450.00"))
        '10,450'
    """
    return _format_number(value)


@functools.lru_cache(maxsize=1 << 16)
def position_text(lo: Position, hi: Position) -> str:
    """An interval given by its positions, written as ``str(Interval)`` writes it
    (remembered, as :func:`format_number` is).

    Examples:
        >>> from claimkit.model import Interval
        >>> from claimkit.reconcile.compare import high_position, low_position
        >>> box = Interval(low=3000, high=None)
        >>> position_text(low_position(box), high_position(box)) == str(box)
        True
    """
    left = "(-inf" if lo[0] == 0 else ("[" if lo[2] == 0 else "(") + format_number(lo[1])
    right = "inf)" if hi[0] == 2 else format_number(hi[1]) + ("]" if hi[2] == 0 else ")")
    return f"{left}, {right}"


def label(claim: Claim, voice_name: str, who: str | None = None) -> str:
    """How a claim is named in reasons: figure, who, outlet and date.

    Examples:
        >>> from claimkit.model import Attributor, ClaimDate, Source
        >>> c = Claim(quantity=Quantity.exact(12000, text="12,000"),
        ...           attributor=Attributor(name="Yu", via=(Attributor(name="Budanov"),)),
        ...           source=Source(publisher="UPI"), date=ClaimDate(said_on=dt.date(2025, 3, 5)))
        >>> label(c, "Budanov")
        '12,000 (Yu, citing Budanov; UPI, 2025-03-05)'
        >>> import attrs
        >>> from claimkit.model import DateRange
        >>> later = DateRange(end=dt.date(2024, 12, 31), precision="month", text="by December")
        >>> label(attrs.evolve(c, date=ClaimDate(said_on=dt.date(2024, 10, 23), refers_to=later)),
        ...       "Budanov")
        '12,000 (Yu, citing Budanov; UPI, 2024-10-23, for by December)'
    """
    quantity = claim.quantity
    figure = quantity.text or _figure(quantity)
    if who is None and claim.attributor is not None:
        who = claim.attributor.chain()
    outlet = claim.source.publisher or claim.source.title or claim.source.url
    date = _dates(claim)
    if who is None:
        return f"{figure} ({outlet or voice_name}, {date})"
    if outlet and normalise(outlet) != normalise(who):
        return f"{figure} ({who}; {outlet}, {date})"
    return f"{figure} ({who}, {date})"


def _dates(claim: Claim) -> str:
    ref = claim.date.refers_to
    if ref is None:
        when = claim.when
        return when.isoformat() if when is not None else "undated"
    said = claim.date.said_on or claim.source.published
    shown = ref.text.strip() or " to ".join(
        d.isoformat() if d is not None else "open" for d in (ref.start, ref.end)
    )
    return f"{said.isoformat() if said is not None else 'undated'}, for {shown}"


def _figure(quantity: Quantity) -> str:
    if quantity.value is not None:
        return format_number(quantity.value)
    return str(quantity.interval)


def day(ordinal: int | None) -> str:
    """An ordinal day as ISO text ("open" for the far sentinels, "undated" for None).

    Examples:
        >>> day(dt.date(2025, 2, 21).toordinal()), day(None)
        ('2025-02-21', 'undated')
    """
    if ordinal is None:
        return "undated"
    if ordinal <= FAR_PAST or ordinal >= FAR_FUTURE:
        return "open"
    return dt.date.fromordinal(ordinal).isoformat()
