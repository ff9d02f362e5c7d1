"""Readers that turn one date-pattern match into calendar bounds.

Each reader takes the match, the publication date (or ``None``) and the year rule
("past" or "future", from the preposition) and returns a :class:`Reading`, or
``None`` when the match is not a date after all ("March" with no day, year or
preposition; day 45).  Readers never raise: lookups use ``.get`` and calendar
helpers return ``None`` for dates that do not exist.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from claimkit.parsing import _calendar as cal
from claimkit.parsing._date_patterns import (
    COUNTS,
    DEIXIS,
    MONTHS,
    PARTS,
    RELATIVE_DAYS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    key,
)

__all__ = ["READERS", "Reading"]


class Reading(NamedTuple):
    """What a match names: bounds (or ``None`` if unresolved), precision and shape.

    ``shape`` is ``"day"``, ``"span"``, ``"year"`` or ``"time"``; ``two_parts`` is
    true for "X to Y" forms, so "from X to Y" is a period and "from X" a start.
    """

    bounds: cal.Bounds | None
    precision: str
    shape: str
    two_parts: bool = False


Reader = Callable[[re.Match[str], "dt.date | None", str], "Reading | None"]
_DEIXIS_RULE = {"last": "last", "previous": "last", "past": "last", "this": "this"}
_DEIXIS_RULE |= {"next": "next", "coming": "next"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2}
_ORDINALS |= {"3rd": 3, "4th": 4}


def _group(match: re.Match[str], name: str) -> str | None:
    value: str | None = match.groupdict().get(name)
    return value


def _int(text: str | None) -> int | None:
    digits = "".join(c for c in text or "" if c in "0123456789")
    return int(digits) if digits else None


def _rule(match: re.Match[str], default: str) -> str:
    deixis = _group(match, "deixis")
    return _DEIXIS_RULE.get(key(deixis), default) if deixis else default


def _hull(first: cal.Bounds | None, second: cal.Bounds | None) -> cal.Bounds | None:
    if first is None or second is None or second[1] < first[0]:
        return None
    return first[0], second[1]


def _part(match: re.Match[str], bounds: cal.Bounds | None) -> cal.Bounds | None:
    part, part2, phrase = (_group(match, n) for n in ("part", "part2", "pphrase"))
    if bounds is None or not (part or phrase):
        return bounds
    first = PARTS.get(key(phrase or part or ""))
    last = PARTS.get(key(part2)) if part2 else first
    if first is None or last is None:
        return None
    return cal.part_of(bounds, first.start, last.end)


def _days(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    """Month-day dates and day ranges: "Feb. 27", "06 Mar. 2025", "Feb. 23-26"."""
    month = MONTHS.get(key(_group(match, "month") or ""), (0, True))[0]
    day1, day2 = _int(_group(match, "day")), _int(_group(match, "day2"))
    month2_text = _group(match, "month2")
    month2 = MONTHS.get(key(month2_text), (0, True))[0] if month2_text else month
    year = _int(_group(match, "year"))
    if not month or not month2 or day1 is None or not 1 <= day1 <= 31:
        return None
    if day2 is not None and not 1 <= day2 <= 31:
        return None
    two = day2 is not None
    end_md = (month2, day2) if day2 is not None else (month, day1)
    if year is not None:
        start_year = year - 1 if end_md < (month, day1) else year
        start = cal.day(start_year, month, day1)
        if start is None:
            return None
    elif published is not None:
        bounds = cal.choose_year(
            lambda y: (d, d) if (d := cal.day(y, month, day1)) else None, published, rule
        )
        start = bounds[0] if bounds else None
    else:
        return Reading(None, "day", "span" if two else "day", two)
    if start is None:
        return Reading(None, "day", "span" if two else "day", two)
    end = cal.day(start.year, *end_md)
    if end is not None and end < start:
        end = cal.day(start.year + 1, *end_md)
    if end is None:
        return None if year is not None else Reading(None, "day", "day", two)
    return Reading((start, end), "day", "span" if two else "day", two)


def _iso(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    year, month, day_ = (_int(_group(match, n)) for n in ("year", "month", "day"))
    found = cal.day(year or 0, month or 0, day_ or 0)
    return Reading((found, found), "day", "day") if found else None


def _month_bounds(
    number: int, year: int | None, published: dt.date | None, rule: str
) -> cal.Bounds | None:
    if year is not None:
        return cal.month_bounds(year, number)
    if published is None:
        return None
    return cal.choose_year(lambda y: cal.month_bounds(y, number), published, rule)


def _months(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    """Months and month ranges: "in October", "early-to-mid October", "January-March 2024"."""
    number, needs_context = MONTHS.get(key(_group(match, "month") or ""), (0, True))
    month2_text = _group(match, "month2")
    number2 = MONTHS.get(key(month2_text), (0, True))[0] if month2_text else None
    year, year2 = _int(_group(match, "year")), _int(_group(match, "year2"))
    context = ("prep", "deixis", "part", "pphrase", "year", "month2")
    if not number or number2 == 0:
        return None
    if needs_context and not any(_group(match, n) for n in context):
        return None
    rule = _rule(match, rule)
    if number2 is None:
        return Reading(_part(match, _month_bounds(number, year, published, rule)), "month", "span")
    if year2 is not None and year is None:
        year = year2 if number <= number2 else year2 - 1
    first = _month_bounds(number, year, published, rule)
    if year2 is None and first is not None:
        year2 = first[0].year if number2 >= number else first[0].year + 1
    second = cal.month_bounds(year2, number2) if year2 is not None else None
    return Reading(_hull(first, second), "month", "span", two_parts=True)


def _weekday(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    number = WEEKDAYS.get(key(_group(match, "wday") or ""))
    if number is None:
        return None
    found = cal.weekday_near(published, number, _rule(match, rule)) if published else None
    return Reading((found, found) if found else None, "day", "day")


def _back(published: dt.date, unit: str, count: int) -> dt.date | None:
    """Publication moved back ``count`` units (months clip to the month's end)."""
    try:
        if unit in ("day", "hour"):
            return published - dt.timedelta(days=count if unit == "day" else 0)
        if unit in ("week", "weekend"):
            return published - dt.timedelta(weeks=count)
    except OverflowError:
        return None
    months = cal.shift_months(
        published.year, published.month, -count * (12 if unit == "year" else 1)
    )
    bounds = cal.month_bounds(*months) if months else None
    return bounds[0].replace(day=min(published.day, bounds[1].day)) if bounds else None


def _unit_bounds(published: dt.date, unit: str, offset: int) -> cal.Bounds | None:
    if unit in ("day", "hour"):
        found = _back(published, "day", -offset) if offset else published
        return (found, found) if found else None
    if unit in ("week", "weekend"):
        week = cal.week_bounds(published, offset)
        if week is None or unit == "week":
            return week
        return week[0] + dt.timedelta(days=5), week[1]
    if unit == "month":
        months = cal.shift_months(published.year, published.month, offset)
        return cal.month_bounds(*months) if months else None
    return cal.year_bounds(published.year + offset)


_PRECISION = {"day": "day", "hour": "day", "week": "week", "weekend": "week"}
_PRECISION |= {"month": "month", "year": "year"}


def _relative(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    """Relative expressions: "yesterday", "last week", "earlier this year", "two days ago"."""
    rday = _group(match, "rday")
    unit = UNITS.get(
        key(next((u for n in ("unit", "unit2", "unit3", "unit4") if (u := _group(match, n))), "")),
        "day",
    )
    precision = _PRECISION.get(unit, "day")
    if rday is not None:
        offset = RELATIVE_DAYS.get(key(rday), 0)
        found = _back(published, "day", -offset) if published else None
        return Reading((found, found) if found else None, "day", "day")
    if published is None:
        shape = "day" if _group(match, "unit3") and unit in ("day", "hour") else "span"
        return Reading(None, precision, shape)
    deixis, deixis2 = _group(match, "deixis"), _group(match, "deixis2")
    if deixis or deixis2:
        entry = DEIXIS.get(key(deixis or ""))
        offset = entry.offset if entry else {"last": -1, "next": 1}.get(key(deixis2 or ""), 0)
        part = entry.part if entry else "whole"
        bounds = _unit_bounds(published, unit, offset)
        if bounds and part == "to_date":
            bounds = (bounds[0], published) if bounds[0] <= published else None
        elif bounds and part == "from_date":
            bounds = (published, bounds[1]) if published <= bounds[1] else None
        elif bounds and part in PARTS:
            bounds = cal.part_of(bounds, PARTS[part].start, PARTS[part].end)
        bounds = _part(match, bounds)
        shape = "day" if unit in ("day", "hour") else "span"
        return Reading(bounds, precision, shape)
    count_text = _group(match, "count") or _group(match, "count2")
    count = COUNTS.get(key(count_text), _int(count_text) or 0) if count_text else 1
    back = _back(published, unit, count)
    if _group(match, "unit3"):
        return Reading((back, back) if back else None, precision, "day")
    return Reading((back, published) if back else None, precision, "span")


def _season(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    first_month, ambiguous = SEASONS.get(key(_group(match, "season") or ""), (0, True))
    det, year = _group(match, "det"), _int(_group(match, "year"))
    if not first_month or not (det or year or (_group(match, "prep") and not ambiguous)):
        return None
    if det and key(det) != "the":
        rule = _DEIXIS_RULE.get(key(det), rule)
    if year is not None:
        bounds = cal.season_bounds(year, first_month)
    elif published is not None:
        bounds = cal.choose_year(lambda y: cal.season_bounds(y, first_month), published, rule)
    else:
        bounds = None
    return Reading(_part(match, bounds), "season", "span")


def _quarter(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    q_text, ord_text = _group(match, "q"), _group(match, "ord")
    number = _int(q_text) if q_text else _ORDINALS.get(key(ord_text or ""))
    if number is None or not 1 <= number <= 4:
        return None
    year = _int(_group(match, "year")) or _int(_group(match, "year2"))
    deixis = _group(match, "deixis")
    if deixis and published is not None:
        year = published.year + {"last": -1, "next": 1}.get(key(deixis), 0)

    def bounds_for(y: int) -> cal.Bounds | None:
        return _hull(cal.month_bounds(y, 3 * number - 2), cal.month_bounds(y, 3 * number))

    if year is not None:
        return Reading(bounds_for(year), "quarter", "span")
    bounds = cal.choose_year(bounds_for, published, rule) if published else None
    return Reading(bounds, "quarter", "span")


def _year(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    """Years, decades and runs of years: "in 2024", "the 1990s", "2020-2024", "mid-2024"."""
    year = _int(_group(match, "year"))
    year2_text = _group(match, "year2")
    if year is None:
        return None
    year2 = _int(year2_text)
    if year2 is not None and year2_text is not None and len(year2_text) == 2:
        year2 += year // 100 * 100
    if year2 is not None and not year < year2 <= year + 200:
        return None
    lead = _group(match, "prep") or _group(match, "det")
    parted = _group(match, "part") or _group(match, "pphrase")
    decade = _group(match, "decade")
    if not (lead or parted or decade or year2 is not None):
        return None
    if decade:
        if year % 10:
            return None
        year2 = year + 9
    bounds = _hull(cal.year_bounds(year), cal.year_bounds(year2 if year2 is not None else year))
    if parted:
        return Reading(_part(match, bounds), "year", "span")
    return Reading(bounds, "year", "year", two_parts=year2 is not None and not decade)


def _time(match: re.Match[str], published: dt.date | None, rule: str) -> Reading | None:
    return Reading(None, "day", "time")


READERS: dict[str, Reader] = {
    "iso": _iso,
    "mdy": _days,
    "dmy": _days,
    "month": _months,
    "weekday": _weekday,
    "relative": _relative,
    "season": _season,
    "quarter": _quarter,
    "year": _year,
    "time": _time,
}
