"""Regular expressions for date mentions, built once from :mod:`claimkit.lexicon.time`.

Every word from the tables is matched in lower case, Capitalised, Title Case and
UPPER CASE (never with ``re.IGNORECASE``, whose Unicode case folding lets the long s,
U+017F, match "s"), and every repetition is bounded, so a scan is linear in the text.
:func:`key` turns a matched word back into the lower-case table key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimkit.lexicon import time as lex

__all__ = [
    "COUNTS",
    "DEIXIS",
    "MONTHS",
    "PARTS",
    "PATTERNS",
    "PREPOSITIONS",
    "RELATIVE_DAYS",
    "SEASONS",
    "WEEKDAYS",
    "key",
]

WS = r"[ \t\r\n\u00a0\u2009\u202f]{1,3}"  # one to three spaces, NBSP or thin spaces
WS0 = r"[ \t\r\n\u00a0\u2009\u202f]{0,3}"


def key(text: str) -> str:
    """The table key for a matched word: lower case, single spaces, no final period.

    >>> key("Sept.")
    'sept'
    >>> key("Earlier\\u00a0This  Year")
    'earlier this year'
    """
    return " ".join(text.split()).lower().rstrip(".")


def _cased(phrase: str) -> set[str]:
    return {phrase, phrase[:1].upper() + phrase[1:], phrase.title(), phrase.upper()}


def _alt(phrases: Iterable[str], *, abbreviation: bool = False) -> str:
    """Alternation of every cased form, longest first, spaces made flexible."""
    forms = sorted({form for p in phrases for form in _cased(p)}, key=lambda s: (-len(s), s))
    pieces = [WS.join(re.escape(word) for word in form.split(" ")) for form in forms]
    tail = r"(?:\.|\b)" if abbreviation else r"\b"
    return "(?:" + "|".join(pieces) + ")" + tail


MONTHS: dict[str, tuple[int, bool]] = {}
"""Month word -> (number, needs a day/year/preposition to count)."""
for _m in lex.MONTHS:
    MONTHS[_m.name] = (_m.number, _m.ambiguous)
    for _abbr in _m.abbreviations:
        MONTHS[_abbr] = (_m.number, True)
WEEKDAYS: dict[str, int] = {w.name: w.number for w in lex.WEEKDAYS} | {
    a: w.number for w in lex.WEEKDAYS for a in w.abbreviations
}
SEASONS: dict[str, tuple[int, bool]] = {s.name: (s.first_month, s.ambiguous) for s in lex.SEASONS}
PARTS = {p.phrase: p for p in lex.PERIOD_PARTS}
DEIXIS = {d.phrase: d for d in lex.DEIXES}
RELATIVE_DAYS = {r.phrase: r.offset for r in lex.RELATIVE_DAYS}
COUNTS = dict(lex.COUNT_WORDS)
PREPOSITIONS = {p.phrase: p.role for p in lex.PREPOSITIONS}
UNITS = {form: singular for singular, plural in lex.UNITS for form in (singular, plural)}

_MONTH_NAME = _alt(m.name for m in lex.MONTHS)
_MONTH_ABBR = _alt((a for m in lex.MONTHS for a in m.abbreviations), abbreviation=True)
MONTH = rf"(?:{_MONTH_NAME}|{_MONTH_ABBR})(?!-[a-z])"  # not "Mar-a-Lago"
WEEKDAY_FULL = _alt(w.name for w in lex.WEEKDAYS)
WEEKDAY_ANY = (
    rf"(?:{WEEKDAY_FULL}|"
    rf"{_alt((a for w in lex.WEEKDAYS for a in w.abbreviations), abbreviation=True)})"
)
PREP = _alt(PREPOSITIONS)
PART_WORD = _alt(p for p in PARTS if " " not in p)  # early, mid, late
PART_PHRASE = _alt(p for p in PARTS if " " in p)  # the end of, the first half of
_year_exceptions = "|".join(lex.YEAR_NOUN_EXCEPTIONS)
YEAR = (
    r"[12][0-9]{3}(?![0-9]|[.,][0-9])"  # four digits, not part of a longer number
    rf"(?!{WS}(?!(?:{_year_exceptions})\b)[a-z][a-z'\u2019]{{0,30}}s\b)"  # not "2000 troops"
)
DAY = r"(?<![0-9])[0-3]?[0-9](?:st|nd|rd|th)?(?![0-9]|[.,:][0-9])"  # 1-31, checked later
DAY_SEP = (
    rf"(?:{WS0}[-\u2013\u2014]{WS0}|{WS}{_alt(['to', 'through', 'until', 'till', 'and'])}{WS})"
)
MONTH_SEP = (
    rf"(?:{WS0}[-\u2013/]{WS0}|{WS}{_alt(['and', 'or', 'to', 'through', 'until', 'till'])}{WS})"
)
PART = (
    rf"(?:(?P<part>{PART_WORD})(?:(?:-|{WS}){_alt(['to'])}(?:-|{WS})(?P<part2>{PART_WORD}))?"
    rf"(?:-|{WS})|(?P<pphrase>{PART_PHRASE}){WS})"
)
LEAD = rf"(?:(?P<prep>{PREP}){WS})?"  # optional preposition kept in the span

_MDY = rf"""
    {LEAD}
    (?:(?P<wday>{WEEKDAY_ANY}),?{WS})?           # optional weekday: "Wednesday, "
    (?P<month>{MONTH}){WS0}                       # month name or abbreviation
    (?P<day>{DAY})                                # day of month
    (?:{DAY_SEP}(?:(?P<month2>{MONTH}){WS})?      # range: "-26", "to March 2"
       (?P<day2>{DAY}))?
    (?:,?{WS}(?P<year>{YEAR}))?                   # optional year: ", 2025"
"""
_DMY = rf"""
    {LEAD}
    (?:(?P<wday>{WEEKDAY_ANY}),?{WS})?           # optional weekday
    (?P<day>{DAY})                                # day first: "06 Mar. 2025"
    (?:{DAY_SEP}(?P<day2>{DAY}))?                 # range: "23-26 February"
    {WS}(?:of{WS})?                               # optional "of": "5th of March"
    (?P<month>{MONTH})
    (?:,?{WS}(?P<year>{YEAR}))?                   # optional year
"""
_MONTH_PERIOD = rf"""
    {LEAD}
    (?:(?P<deixis>{_alt(["last", "this", "next", "coming", "previous"])}){WS})?
    (?:{PART})?                                   # early, mid-, early-to-mid, the end of
    (?P<month>{MONTH})
    (?:,?{WS}(?P<year>{YEAR}))?                   # "October 2024"
    (?:{MONTH_SEP}(?P<month2>{MONTH})             # "and February", "to March"
       (?:,?{WS}(?P<year2>{YEAR}))?)?
"""
_WEEKDAY = rf"""
    {LEAD}
    (?:(?P<deixis>{_alt(["last", "this", "next", "coming", "previous"])}){WS})?
    (?P<wday>{WEEKDAY_FULL})                      # "Wednesday"
"""
_UNIT = _alt(UNITS)
_RELATIVE = rf"""
    {LEAD}
    (?:(?P<rday>{_alt(RELATIVE_DAYS)})            # yesterday, last night
     |(?P<deixis>{_alt(DEIXIS)}){WS}(?P<unit>{_UNIT})       # last week, earlier this year
     |(?P<pphrase>{PART_PHRASE}){WS}(?P<deixis2>{_alt(["the", "this", "last", "next"])})
        {WS}(?P<unit2>{_UNIT})                    # the end of the year
     |(?P<count>{_alt(COUNTS)}|[0-9]{{1,3}}){WS}(?P<unit3>{_UNIT}){WS}{_alt(["ago"])}
     |{_alt(["the"])}{WS}{_alt(["past", "last", "previous"])}{WS}  # the past (three) months
        (?:(?P<count2>{_alt(COUNTS)}|[0-9]{{1,3}}){WS})?(?P<unit4>{_UNIT})
    )
    (?!{WS}of\b)                                  # not "the last day of the month"
"""
_SEASON = rf"""
    {LEAD}
    (?:(?P<det>{_alt(["the", "this", "last", "next", "coming", "past"])}){WS})?
    (?:(?P<part>{PART_WORD})(?:-|{WS}))?          # early, late
    (?P<season>{_alt(SEASONS)})
    (?:{WS}(?:of{WS})?(?P<year>{YEAR}))?          # "summer 2024", "the winter of 2022"
"""
_QUARTER = rf"""
    {LEAD}
    (?:(?:{_alt(["the"])}{WS})?
       (?P<ord>{_alt(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"])})
       (?:-|{WS}){_alt(["quarter"])}
       (?:{WS}of{WS}(?:(?P<year>{YEAR})|(?P<deixis>{_alt(["this", "last", "next"])}){WS}
          {_alt(["year"])}))?
     |\b(?P<q>Q[1-4])\b(?:{WS0}(?P<year2>{YEAR}))?)  # "Q3 2024"
"""
_YEAR = rf"""
    {LEAD}
    (?:(?P<det>{_alt(["the", "its", "their", "this", "that"])}){WS})?  # "in the 1990s"
    (?:{PART})?                                   # early 2020, mid-2024
    (?<![0-9.,])(?P<year>{YEAR})(?P<decade>s\b)?  # 2024, the 1990s
    (?:{WS0}(?:[-\u2013]|{_alt(["to", "and"])}){WS0}   # range: 2020-2024, 2020 to 2024
       (?P<year2>{YEAR}|[0-9]{{2}}(?![0-9])))?
"""
_ISO = rf"""
    {LEAD}
    (?<![0-9])(?P<year>[12][0-9]{{3}})-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])(?![0-9])
    (?:T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?)?   # optional ISO time
"""
_AMPM = r"(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
_HOUR = r"(?:[01]?[0-9]|2[0-3])"
_ZONE = rf"{_alt(lex.TIME_ZONES)}(?:[+-][0-9]{{1,2}})?"
_TIME = rf"""
    (?:(?P<prep>{_alt(["at", "by", "until", "from", "since"])}){WS})?
    (?<![0-9:.,])
    (?:{_HOUR}:[0-5][0-9](?::[0-5][0-9])?(?![0-9])(?:{WS0}{_AMPM})?  # 17:42, 10:14 AM
     |{_HOUR}\.[0-5][0-9](?:{WS0}{_AMPM}|(?={WS}{_ZONE}))          # 14.30 BST, 9.30 p.m.
     |(?:1[0-2]|0?[1-9]){WS0}{_AMPM})                               # 3 p.m.
    (?:{WS}{_ZONE})?                                                # zone: KST, GMT+1
"""

#: (family, compiled pattern), scanned in this order; overlaps go to the longest.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(r"\b" + pattern, re.VERBOSE))  # start at a word boundary: fast
    for name, pattern in (
        ("iso", _ISO),
        ("mdy", _MDY),
        ("dmy", _DMY),
        ("month", _MONTH_PERIOD),
        ("weekday", _WEEKDAY),
        ("relative", _RELATIVE),
        ("season", _SEASON),
        ("quarter", _QUARTER),
        ("year", _YEAR),
        ("time", _TIME),
    )
)
