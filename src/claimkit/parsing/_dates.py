"""Strict reading of one date string, through dateutil.

This is the only module in claimkit that imports :mod:`dateutil`; it keeps
dateutil's exceptions and defaults inside.  A date must state its year, month and
day: text that leaves any of them to dateutil's default ("2024", "Wednesday",
"March 5") is refused rather than filled in from today.
"""

from __future__ import annotations

import datetime as dt

from dateutil import parser as _parser

from claimkit.errors import ParseError

__all__ = ["parse_date"]

_MAX_LENGTH = 100
# Two defaults that differ in year, month and day: a field the text does not state
# comes out differently under each, which is how a missing field is detected.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))


def parse_date(text: str) -> dt.date:
    """Read a complete calendar date, or raise :class:`ParseError` naming the text.

    ISO dates are read directly; anything else goes to dateutil, month first for
    all-numeric forms ("03/06/2025" is March 6).  A time after the date is allowed
    and dropped.

    Args:
        text: the date as written, e.g. ``"06 Mar. 2025, 17:42"``.

    Returns:
        The date.

    Raises:
        ParseError: the text is not a date, or leaves out the year, month or day.

    >>> parse_date("06 Mar. 2025, 17:42")
    datetime.date(2025, 3, 6)
    >>> parse_date("Mar 5, 2025")
    datetime.date(2025, 3, 5)
    >>> parse_date("October 23, 2024")
    datetime.date(2024, 10, 23)
    >>> parse_date("not a date")
    Traceback (most recent call last):
    ...
    claimkit.errors.ParseError: cannot read a date: 'not a date' at 0:10
    >>> parse_date("March 5")
    Traceback (most recent call last):
    ...
    claimkit.errors.ParseError: a date needs a year, month and day: 'March 5' at 0:7
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), (0, 0), "a date must be given as a str")
    stripped = text.strip()
    start = len(text) - len(text.lstrip())
    span = (start, start + len(stripped))
    if not stripped:
        raise ParseError(text, span, "cannot read a date from empty text")
    if len(stripped) > _MAX_LENGTH:
        raise ParseError(text, span, "too long to be a date")
    try:
        return dt.date.fromisoformat(stripped)
    except ValueError:
        pass
    readings: list[dt.date | None] = []
    for default in _DEFAULTS:
        try:
            readings.append(_parser.parse(stripped, default=default).date())
        except (ValueError, OverflowError, TypeError, LookupError):
            # dateutil raises ParserError (a ValueError) for text it cannot read,
            # OverflowError for huge numbers and, on some inputs, TypeError or
            # IndexError; all mean "not a date" here.
            readings.append(None)
    first, second = readings
    if first is None and second is None:
        raise ParseError(text, span, "cannot read a date")
    if first is None or second is None or first != second:
        raise ParseError(text, span, "a date needs a year, month and day")
    return first
