"""Calendar words: months, weekdays, seasons, period parts and relative expressions.

Entries follow the AP Stylebook's month abbreviations ("Jan.", "Feb.", "Aug.", "Sept.")
plus the unpunctuated and three-letter forms common on web pages and in datelines
("Mar 5, 2025", "06 Mar. 2025").  Words are stored in lower case; the date patterns
in :mod:`claimkit.parsing._date_patterns` match each one written in lower case,
Capitalised, Title Case or UPPER CASE, and an abbreviation with or without its
period.

Fields:

* :class:`Month` ``number`` (1-12), ``name``, ``abbreviations`` and ``ambiguous``:
  the name is also a common English word ("may", "march", "august"), so a bare
  mention needs a day, a year, a preposition or a period word to count as a date.
  Abbreviations always need one.
* :class:`Weekday` ``number`` follows :meth:`datetime.date.weekday` (Monday is 0).
* :class:`Season` ``first_month`` starts three meteorological months (northern
  hemisphere); "winter 2024" is December 2024 to February 2025.
* :class:`PeriodPart` ``start`` and ``end`` are fractions of the period they divide
  ("early" is the first third: days 1-10 of a month, January-April of a year).
* :class:`Deixis` ``offset`` counts units from the one holding publication
  ("last week" is -1); ``part`` is ``"to_date"`` ("earlier this year": from the
  start of the unit to publication) or ``"from_date"`` ("later this year").
* :class:`Preposition` ``role`` says how it bounds its date: ``"at"`` (the date
  itself), ``"deadline"`` (ends by it: "by December"), ``"before"`` (ends the day
  before it), ``"since"`` (starts at it), ``"after"`` (starts the day after it),
  ``"range"`` ("from Feb. 23 to 26", "between January and March").
"""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple

__all__ = [
    "COUNT_WORDS",
    "DAY_PARTS",
    "DEIXES",
    "EARLIER",
    "MONTHS",
    "PERIOD_PARTS",
    "PREPOSITIONS",
    "RELATIVE_DAYS",
    "SAID_OCCASIONS",
    "SEASONS",
    "TIME_ZONES",
    "UNITS",
    "WEEKDAYS",
    "YEAR_NOUN_EXCEPTIONS",
    "Deixis",
    "Month",
    "PeriodPart",
    "Preposition",
    "RelativeDay",
    "Season",
    "Weekday",
]


class Month(NamedTuple):
    """A calendar month and how it is written."""

    number: int
    name: str
    abbreviations: tuple[str, ...]
    ambiguous: bool


MONTHS: tuple[Month, ...] = (
    Month(1, "january", ("jan",), False),
    Month(2, "february", ("feb",), False),
    Month(3, "march", ("mar",), True),
    Month(4, "april", ("apr",), False),
    Month(5, "may", (), True),
    Month(6, "june", ("jun",), False),
    Month(7, "july", ("jul",), False),
    Month(8, "august", ("aug",), True),
    Month(9, "september", ("sept", "sep"), False),
    Month(10, "october", ("oct",), False),
    Month(11, "november", ("nov",), False),
    Month(12, "december", ("dec",), False),
)


class Weekday(NamedTuple):
    """A day of the week; abbreviations only count in front of a full date."""

    number: int
    name: str
    abbreviations: tuple[str, ...]


WEEKDAYS: tuple[Weekday, ...] = (
    Weekday(0, "monday", ("mon",)),
    Weekday(1, "tuesday", ("tues", "tue")),
    Weekday(2, "wednesday", ("wed",)),
    Weekday(3, "thursday", ("thurs", "thur", "thu")),
    Weekday(4, "friday", ("fri",)),
    Weekday(5, "saturday", ("sat",)),
    Weekday(6, "sunday", ("sun",)),
)


class Season(NamedTuple):
    """A meteorological season (northern hemisphere), three months long."""

    name: str
    first_month: int
    ambiguous: bool


SEASONS: tuple[Season, ...] = (
    Season("spring", 3, False),
    Season("summer", 6, False),
    Season("autumn", 9, False),
    Season("fall", 9, True),
    Season("winter", 12, False),
)


class PeriodPart(NamedTuple):
    """A part of a period: ``start`` and ``end`` are fractions of its length."""

    phrase: str
    start: Fraction
    end: Fraction


_THIRD = Fraction(1, 3)
_HALF = Fraction(1, 2)

#: Words written straight before the period, alone or joined by "to"
#: ("early October", "mid-2024", "early-to-mid October").
PERIOD_PARTS: tuple[PeriodPart, ...] = (
    PeriodPart("early", Fraction(0), _THIRD),
    PeriodPart("mid", _THIRD, 2 * _THIRD),
    PeriodPart("late", 2 * _THIRD, Fraction(1)),
    PeriodPart("the beginning of", Fraction(0), _THIRD),
    PeriodPart("the start of", Fraction(0), _THIRD),
    PeriodPart("the middle of", _THIRD, 2 * _THIRD),
    PeriodPart("the end of", 2 * _THIRD, Fraction(1)),
    PeriodPart("the first half of", Fraction(0), _HALF),
    PeriodPart("the second half of", _HALF, Fraction(1)),
)

#: Calendar units a relative expression can count in, with their plurals.
UNITS: tuple[tuple[str, str], ...] = (
    ("day", "days"),
    ("week", "weeks"),
    ("weekend", "weekends"),
    ("month", "months"),
    ("year", "years"),
)


class Deixis(NamedTuple):
    """A word that places a unit relative to publication ("last week")."""

    phrase: str
    offset: int
    part: str


DEIXES: tuple[Deixis, ...] = (
    Deixis("last", -1, "whole"),
    Deixis("previous", -1, "whole"),
    Deixis("this", 0, "whole"),
    Deixis("next", 1, "whole"),
    Deixis("coming", 1, "whole"),
    Deixis("earlier this", 0, "to_date"),
    Deixis("later this", 0, "from_date"),
    Deixis("early this", 0, "early"),
    Deixis("late this", 0, "late"),
    Deixis("early last", -1, "early"),
    Deixis("late last", -1, "late"),
    Deixis("early next", 1, "early"),
    Deixis("late next", 1, "late"),
)


class RelativeDay(NamedTuple):
    """A word naming one day relative to publication ("yesterday" is -1)."""

    phrase: str
    offset: int


RELATIVE_DAYS: tuple[RelativeDay, ...] = (
    RelativeDay("today", 0),
    RelativeDay("tonight", 0),
    RelativeDay("this morning", 0),
    RelativeDay("this afternoon", 0),
    RelativeDay("this evening", 0),
    RelativeDay("yesterday", -1),
    RelativeDay("last night", -1),
    RelativeDay("overnight", -1),
    RelativeDay("tomorrow", 1),
)

#: Small counts written as words in "two weeks ago", "the past three months".
COUNT_WORDS: tuple[tuple[str, int], ...] = (
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
)


class Preposition(NamedTuple):
    """A word that can lead a date, and how it bounds it."""

    phrase: str
    role: str


PREPOSITIONS: tuple[Preposition, ...] = (
    Preposition("on", "at"),
    Preposition("in", "at"),
    Preposition("at", "at"),
    Preposition("during", "at"),
    Preposition("of", "at"),
    Preposition("for", "at"),
    Preposition("over", "at"),
    Preposition("as of", "at"),
    Preposition("to", "at"),
    Preposition("by", "deadline"),
    Preposition("until", "deadline"),
    Preposition("till", "deadline"),
    Preposition("through", "deadline"),
    Preposition("no later than", "deadline"),
    Preposition("before", "before"),
    Preposition("since", "since"),
    Preposition("after", "after"),
    Preposition("from", "range"),
    Preposition("between", "range"),
)

#: Words ending in "s" that may follow a year without making it a count
#: ("in 2024 was", "since 2020 has"); any other lower-case plural after a bare
#: four-digit number ("2000 troops") means the number is a count, not a year.
YEAR_NOUN_EXCEPTIONS: tuple[str, ...] = (
    "as",
    "has",
    "is",
    "its",
    "his",
    "this",
    "thus",
    "was",
    "plus",
    "versus",
    "whereas",
    "across",
    "towards",
    "afterwards",
    "besides",
)

#: Time-zone abbreviations written after a clock time ("17:42 KST").
TIME_ZONES: tuple[str, ...] = (
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "EET",
    "EEST",
    "MSK",
    "KST",
    "JST",
    "IST",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "MST",
    "MDT",
    "PST",
    "PDT",
    "ET",
    "PT",
    "AEST",
    "AEDT",
)


#: Nouns naming the occasion of a statement: a date right after one of them dates
#: the saying, not the figure ("in a statement on Tuesday", "at a briefing Monday").
SAID_OCCASIONS: tuple[str, ...] = (
    "interview",
    "briefing",
    "news briefing",
    "statement",
    "press conference",
    "news conference",
    "conference",
    "meeting",
    "speech",
    "address",
    "hearing",
    "press release",
    "report",
    "update",
    "bulletin",
    "post",
    "tweet",
)

#: Parts of a day that end a time phrase ("Monday night", "Friday morning").
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night", "midday", "noon")

#: Words that say a figure was given before the article was written ("was
#: previously estimated", "Early on, officials talked about"): its day of saying
#: is unknown, not the publication date.
EARLIER: tuple[str, ...] = (
    "previously",
    "earlier",
    "initially",
    "originally",
    "at first",
    "early on",
    "had earlier",
    "first reported",
)
