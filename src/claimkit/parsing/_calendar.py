"""Calendar arithmetic for date mentions: pure functions on :class:`datetime.date`.

Nothing here reads text.  Every function returns ``None`` instead of raising when the
date it would build does not exist (February 30, year 0), so the scanner that calls
it never raises.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from fractions import Fraction

from claimkit.model import DateRange

__all__ = [
    "Bounds",
    "choose_year",
    "day",
    "make_range",
    "month_bounds",
    "part_of",
    "season_bounds",
    "shift_months",
    "week_bounds",
    "weekday_near",
    "year_bounds",
]

Bounds = tuple[dt.date, dt.date]

_MIN_YEAR, _MAX_YEAR = 1, 9998


def day(year: int, month: int, day_: int) -> dt.date | None:
    """The date, or ``None`` when it does not exist.

    >>> day(2025, 2, 29) is None
    True
    """
    try:
        return dt.date(year, month, day_)
    except ValueError:
        return None


def month_bounds(year: int, month: int) -> Bounds | None:
    """First and last day of a month.

    >>> month_bounds(2025, 2)
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    """
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12):
        return None
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_bounds(year: int) -> Bounds | None:
    """January 1 to December 31.

    >>> year_bounds(2024)[1]
    datetime.date(2024, 12, 31)
    """
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def season_bounds(year: int, first_month: int) -> Bounds | None:
    """Three months from ``first_month`` of ``year`` (winter runs into the next year).

    >>> season_bounds(2024, 12)
    (datetime.date(2024, 12, 1), datetime.date(2025, 2, 28))
    """
    start = month_bounds(year, first_month)
    last = shift_months(year, first_month, 2)
    end = month_bounds(*last) if last else None
    if start is None or end is None:
        return None
    return start[0], end[1]


def shift_months(year: int, month: int, delta: int) -> tuple[int, int] | None:
    """The (year, month) ``delta`` months away.

    >>> shift_months(2025, 1, -1)
    (2024, 12)
    """
    index = year * 12 + (month - 1) + delta
    new_year, new_month = divmod(index, 12)
    if not _MIN_YEAR <= new_year <= _MAX_YEAR:
        return None
    return new_year, new_month + 1


def week_bounds(anchor: dt.date, offset: int = 0) -> Bounds | None:
    """Monday to Sunday of the week holding ``anchor``, moved by ``offset`` weeks.

    >>> week_bounds(dt.date(2024, 10, 23), -1)
    (datetime.date(2024, 10, 14), datetime.date(2024, 10, 20))
    """
    try:
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    except OverflowError:
        return None


def weekday_near(published: dt.date, weekday: int, rule: str) -> dt.date | None:
    """The day named ``weekday`` near publication.

    ``rule`` is ``"past"`` (on or before), ``"last"`` (strictly before),
    ``"future"`` (on or after), ``"next"`` (strictly after) or ``"this"`` (in the
    same Monday-Sunday week).

    >>> weekday_near(dt.date(2025, 3, 5), 1, "past")  # Tuesday before a Wednesday
    datetime.date(2025, 3, 4)
    """
    try:
        back = (published.weekday() - weekday) % 7
        ahead = (weekday - published.weekday()) % 7
        if rule == "past":
            return published - dt.timedelta(days=back)
        if rule == "last":
            return published - dt.timedelta(days=back or 7)
        if rule == "future":
            return published + dt.timedelta(days=ahead)
        if rule == "next":
            return published + dt.timedelta(days=ahead or 7)
        return published + dt.timedelta(days=weekday - published.weekday())
    except OverflowError:
        return None


def choose_year(
    bounds_for: Callable[[int], Bounds | None], published: dt.date, rule: str
) -> Bounds | None:
    """Pick the year for a yearless date ("in October", "Feb. 27") by ``rule``.

    ``"past"``: the latest whose start is not after publication (the default for
    reported events); ``"future"``: the earliest whose end is not before it
    ("by December"); ``"last"``/``"next"``: the latest wholly before / earliest
    wholly after; ``"this"``: the one holding publication, else the one starting
    in its year.

    >>> choose_year(lambda y: month_bounds(y, 10), dt.date(2024, 10, 23), "past")
    (datetime.date(2024, 10, 1), datetime.date(2024, 10, 31))
    >>> choose_year(lambda y: month_bounds(y, 12), dt.date(2024, 10, 23), "last")[0]
    datetime.date(2023, 12, 1)
    """
    candidates = [b for y in range(published.year - 2, published.year + 3) if (b := bounds_for(y))]
    if rule == "past":
        fits = [b for b in candidates if b[0] <= published]
        return fits[-1] if fits else None
    if rule == "future":
        fits = [b for b in candidates if b[1] >= published]
        return fits[0] if fits else None
    if rule == "last":
        fits = [b for b in candidates if b[1] < published]
        return fits[-1] if fits else None
    if rule == "next":
        fits = [b for b in candidates if b[0] > published]
        return fits[0] if fits else None
    holding = [b for b in candidates if b[0] <= published <= b[1]]
    if holding:
        return holding[0]
    same_year = [b for b in candidates if b[0].year == published.year]
    return same_year[0] if same_year else None


def part_of(bounds: Bounds, start: Fraction, end: Fraction) -> Bounds | None:
    """The part of a period between two fractions of it.

    A period of one month is divided by days, anything longer by whole months, so
    "early 2024" is January-April and "early October" is October 1-10.

    >>> part_of((dt.date(2024, 10, 1), dt.date(2024, 10, 31)), Fraction(0), Fraction(2, 3))
    (datetime.date(2024, 10, 1), datetime.date(2024, 10, 20))
    >>> part_of((dt.date(2024, 1, 1), dt.date(2024, 12, 31)), Fraction(2, 3), Fraction(1))
    (datetime.date(2024, 9, 1), datetime.date(2024, 12, 31))
    """
    first, last = bounds
    if not Fraction(0) <= start < end <= Fraction(1):
        return None
    if (first.year, first.month) == (last.year, last.month):
        days = (last - first).days + 1
        lo = int(days * start)
        hi = max(lo, int(days * end) - 1)
        return first + dt.timedelta(days=lo), first + dt.timedelta(days=hi)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    lo = int(months * start)
    hi = max(lo, int(months * end) - 1)
    lo_month = shift_months(first.year, first.month, lo)
    hi_month = shift_months(first.year, first.month, hi)
    if lo_month is None or hi_month is None:
        return None
    lo_bounds, hi_bounds = month_bounds(*lo_month), month_bounds(*hi_month)
    if lo_bounds is None or hi_bounds is None:
        return None
    return lo_bounds[0], hi_bounds[1]


def make_range(
    start: dt.date | None, end: dt.date | None, precision: str, text: str
) -> DateRange | None:
    """A :class:`DateRange`, or ``None`` when the ends are missing or reversed.

    >>> make_range(dt.date(2025, 2, 26), dt.date(2025, 2, 23), "day", "x") is None
    True
    """
    if start is None and end is None:
        return None
    if start is not None and end is not None and start > end:
        return None
    return DateRange(start=start, end=end, precision=precision, text=text)
