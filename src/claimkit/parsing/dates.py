"""Date and time expressions in a sentence, resolved against the publication date.

:func:`scan_dates` finds every date or time expression ("on Feb. 27", "last week",
"in early-to-mid October", "by December", "since 2020", "17:42") and reports its
span, its kind and, where it can, the calendar range it names.  Relative and
yearless expressions are resolved against the publication date and never against
today: without a publication date "last week" has no range, while "Jan. 11, 2025"
always has one.

Kinds:

* ``"point"``: one day ("Wednesday", "on Feb. 27", "Jan. 11, 2025", "yesterday").
* ``"period"``: a span ("in October", "last week", "in January and February",
  "from Feb. 23 to 26", "early-to-mid October", "earlier this year").
* ``"deadline"``: ends by a date, no start ("by December", "until March 5").
* ``"since"``: starts at a date and runs to publication ("since August", "since 2020").
* ``"year"``: a bare calendar year or run of years ("in 2024", "2020-2024", "the 1990s").
* ``"time"``: a clock time ("17:42", "3 p.m. GMT"); it has no range.

Resolution rules, for text that leaves the year or the week open: a yearless month,
day or season is the latest one starting on or before publication ("in October"
published 2024-10-23 is October 2024), except after "by"/"until"/"through", where it is
the earliest one ending on or after publication ("by December" is 2024-12-31).  A
weekday is the latest such day on or before publication ("last"/"next" make it strictly
before/after).  "last week" is the Monday-Sunday week before the week of publication.
"early", "mid" and "late" are thirds of the period (days 1-10, 11-20, 21-end of a month;
January-April, May-August, September-December of a year) and keep the precision of the
period they divide, so "early-to-mid October" is October 1-20 with precision
``"month"``.  Seasons are meteorological and northern ("winter 2024" is December 2024
to February 2025).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from claimkit.lexicon import time as time_lexicon
from claimkit.model import DateRange
from claimkit.parsing import _calendar as cal
from claimkit.parsing._alternation import alternation
from claimkit.parsing._date_patterns import PATTERNS, PREPOSITIONS, key
from claimkit.parsing._date_readers import READERS, Reading
from claimkit.parsing._dates import parse_date

__all__ = [
    "DESCRIBING_KINDS",
    "KINDS",
    "DateMention",
    "parse_date",
    "refers_to",
    "said_mention",
    "said_on",
    "saying_day",
    "scan_dates",
]

KINDS = ("point", "period", "deadline", "since", "year", "time")


@attrs.frozen(kw_only=True)
class DateMention:
    """One date or time expression found in a text.

    Attributes:
        span: ``(start, end)`` offsets in the scanned text; ``text[start:end]`` is
            :attr:`text`.
        text: the expression as written, including its preposition.
        kind: one of :data:`KINDS`.
        range: the calendar range it names, or ``None`` when it cannot be resolved
            (a relative expression without a publication date, a clock time).
        preposition: the leading "on", "in", "by", "since", "from", ... in lower
            case, or ``None``.
    """

    span: tuple[int, int]
    text: str
    kind: str
    range: DateRange | None
    preposition: str | None


def _trigger_words() -> frozenset[str]:
    """Every word of the time lexicon: a sentence holding none of them (and no
    digit) holds no date, so the patterns need not run over it."""
    words: set[str] = set()
    for table in (time_lexicon.MONTHS, time_lexicon.WEEKDAYS, time_lexicon.SEASONS,
                  time_lexicon.PERIOD_PARTS, time_lexicon.UNITS, time_lexicon.DEIXES,
                  time_lexicon.RELATIVE_DAYS, time_lexicon.COUNT_WORDS):  # fmt: skip
        for row in table:
            for field in row:
                values = field if isinstance(field, tuple) else (field,)
                for value in values:
                    if isinstance(value, str):
                        words.update(re.findall(r"[a-z]+", value.lower()))
    return frozenset(words)


_TRIGGERS = _trigger_words()


def _words_of(table: tuple[tuple[object, ...], ...]) -> frozenset[str]:
    out: set[str] = set()
    for row in table:
        for field in row:
            for value in field if isinstance(field, tuple) else (field,):
                if isinstance(value, str):
                    out.update(re.findall(r"[a-z]+", value.lower()))
    return frozenset(out)


# what a sentence must hold for a pattern family to be worth running
_FAMILY_NEEDS: dict[str, frozenset[str] | str] = {
    "iso": "digit",
    "mdy": "digit",
    "dmy": "digit",
    "year": "digit",
    "time": "digit",
    "weekday": _words_of(time_lexicon.WEEKDAYS),
    "month": _words_of(time_lexicon.MONTHS),
    "season": _words_of(time_lexicon.SEASONS),
}
_WORDS = re.compile(r"[a-z]+")


def _may_hold_a_date(text: str) -> bool:
    if any(ch.isdigit() for ch in text):
        return True
    return not _TRIGGERS.isdisjoint(_WORDS.findall(text.lower()))


def scan_dates(text: str, published: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date and time expression in ``text``, in order, never overlapping.

    Never raises on a ``str``.  Where expressions overlap the one starting first
    wins, then the longest.

    Args:
        text: a sentence or paragraph.
        published: the publication date that relative expressions resolve against.

    Returns:
        The mentions, ordered by position.

    >>> [(m.text, m.kind, str(m.range.start)) for m in
    ...  scan_dates("a South Korean lawmaker said Wednesday", dt.date(2025, 3, 5))]
    [('Wednesday', 'point', '2025-03-05')]
    >>> m, = scan_dates("expected to have occurred by December", dt.date(2024, 10, 23))
    >>> m.kind, m.range.start, m.range.end
    ('deadline', None, datetime.date(2024, 12, 31))
    >>> scan_dates("5,000 troops and 39.3 km")
    ()
    """
    if not isinstance(text, str) or not _may_hold_a_date(text):
        return ()
    published = _as_date(published)
    found: list[DateMention] = []
    digits = any(ch.isdigit() for ch in text)
    words = set(_WORDS.findall(text.lower()))
    for family, pattern in PATTERNS:
        needs = _FAMILY_NEEDS.get(family)
        if isinstance(needs, str) and not digits:
            continue  # a family of numeric dates, and no digit here
        if isinstance(needs, frozenset) and needs.isdisjoint(words):
            continue  # none of the words this family is made of
        reader = READERS[family]
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            prep = match.groupdict().get("prep")
            role = PREPOSITIONS.get(key(prep)) if prep else None
            reading = reader(match, published, "future" if role == "deadline" else "past")
            if reading is not None:
                found.append(_mention(match, reading, published, role))
    found.sort(key=lambda m: (m.span[0], m.span[0] - m.span[1]))
    kept: list[DateMention] = []
    for mention in found:
        if not kept or mention.span[0] >= kept[-1].span[1]:
            kept.append(mention)
    return tuple(kept)


def _mention(
    match: re.Match[str], reading: Reading, published: dt.date | None, role: str | None
) -> DateMention:
    prep = match.groupdict().get("prep")
    kind = {"day": "point", "span": "period", "year": "year", "time": "time"}[reading.shape]
    bounds = reading.bounds
    start, end = bounds if bounds else (None, None)
    if reading.shape == "time":
        start = end = None
    elif role == "deadline":
        kind, start = "deadline", None
    elif role == "before":
        kind, start, end = "deadline", None, _plus(start, -1)
    elif role in ("since", "after") or (role == "range" and not reading.two_parts):
        if role == "after":
            start = _plus(end, 1)
        kind = "since"
        end = published if published and start and published >= start else None
    rng = cal.make_range(start, end, reading.precision, match.group())
    return DateMention(
        span=match.span(),
        text=match.group(),
        kind=kind,
        range=rng,
        preposition=key(prep) if prep else None,
    )


def _as_date(value: dt.date | None) -> dt.date | None:
    """A datetime's date (a datetime does not compare with a date); others as given."""
    return value.date() if isinstance(value, dt.datetime) else value


def _plus(day: dt.date | None, days: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


_SAID_KINDS = ("point", "period")
_SAID_PREPOSITIONS = (None, "on")
#: How far after the reporting verb a date may start and still date the saying
#: ("said Wednesday", "said late on Friday"), and how far before it ("the ministry
#: on Thursday said", "On Tuesday, police said").
_AFTER_VERB = 4
_AFTER_VERB_ON = 8
_BEFORE_VERB = 2
_OPENING = 16
_OPENING_TO_VERB = 40
_OCCASION = re.compile(rf"\b(?:{alternation(time_lexicon.SAID_OCCASIONS)})\s+\Z", re.IGNORECASE)
_OCCASION_REACH = 40


def _dates_the_saying(mention: DateMention, verb: tuple[int, int] | None, text: str) -> bool:
    start, end = mention.span
    if verb is not None:
        after = start - verb[1]
        if 0 <= after <= _AFTER_VERB or (
            0 <= after <= _AFTER_VERB_ON and mention.preposition == "on"
        ):
            return True
        if end <= verb[0] and (
            verb[0] - end <= _BEFORE_VERB
            or (start < _OPENING and verb[0] - end <= _OPENING_TO_VERB)
        ):
            return True
    return _OCCASION.search(text, max(0, start - _OCCASION_REACH), start) is not None


def said_mention(
    mentions: Sequence[DateMention],
    near: int | None = None,
    *,
    verb: tuple[int, int] | None = None,
    text: str | None = None,
) -> DateMention | None:
    """The mention that dates the saying, or ``None``.

    With ``text`` (the scanned sentence) and ``verb`` (the span of its reporting
    verb, ``None`` for a cue without one, such as "according to") this is the
    rule extraction uses: a point or period that starts
    right after the verb ("said Wednesday", "said on Feb. 27"), that stands just
    before it ("the ministry on Thursday said") or opens the sentence shortly
    before it ("On Tuesday, police said"), or that follows a noun naming the
    occasion (``lexicon.time.SAID_OCCASIONS``: "in a statement on Tuesday").
    Without ``text``: the bare or "on" point or period closest to ``near`` (an
    offset), else the first; "in October" and "by December" describe the figure.

    >>> ms = scan_dates("sent 12,000 troops in October, Yu said on Feb. 27", dt.date(2025, 3, 5))
    >>> said_mention(ms).text
    'on Feb. 27'
    >>> text = "The ministry on Thursday said 1,240 people had died"
    >>> said_mention(scan_dates(text, dt.date(2025, 3, 7)), verb=(25, 29), text=text).text
    'on Thursday'
    """
    usable = [m for m in mentions if m.kind in _SAID_KINDS and m.range is not None]
    if text is not None:
        return next((m for m in usable if _dates_the_saying(m, verb, text)), None)
    usable = [m for m in usable if m.preposition in _SAID_PREPOSITIONS]
    if not usable:
        return None
    if near is None:
        return usable[0]
    return min(usable, key=lambda m: min(abs(m.span[0] - near), abs(m.span[1] - near)))


def saying_day(mention: DateMention, published: dt.date | None) -> tuple[dt.date | None, str]:
    """The day a dated saying was made, as ``(date, precision)``.

    For a coarse mention ("last week") the last day of the period that is not after
    publication: the latest day the statement can have been made.
    """
    published = _as_date(published)
    rng = mention.range
    if rng is None:
        return None, "unknown"
    day = rng.end or rng.start
    if day is not None and published is not None and day > published:
        day = published if rng.start is None or rng.start <= published else day
    return day, rng.precision


def said_on(
    mentions: Sequence[DateMention],
    published: dt.date | None = None,
    near: int | None = None,
    *,
    verb: tuple[int, int] | None = None,
    text: str | None = None,
) -> tuple[dt.date | None, str]:
    """When a statement was made, as ``(date, precision)`` for a :class:`ClaimDate`.

    The mention is chosen by :func:`said_mention` (with ``verb`` and ``text``, as
    extraction chooses it) and dated by :func:`saying_day`.  Without a usable
    mention the answer is ``(None, "unknown")``.

    >>> pub = dt.date(2024, 10, 23)
    >>> said_on(scan_dates("the agency said last week", pub), pub)
    (datetime.date(2024, 10, 20), 'week')
    >>> said_on(scan_dates("the agency said"), None)
    (None, 'unknown')
    """
    mention = said_mention(mentions, near, verb=verb, text=text)
    if mention is None:
        return None, "unknown"
    return saying_day(mention, published)


#: Kinds of mention that can say what time a figure describes (a clock time cannot).
DESCRIBING_KINDS = ("period", "deadline", "since", "point", "year")
#: A mention after the figure is preferred to any before it by this much distance.
_AFTER_FIRST = 1000


def refers_to(
    mentions: Sequence[DateMention],
    near: int | None = None,
    *,
    figure: tuple[int, int] | None = None,
    said: str | None = None,
) -> DateRange | None:
    """The time a figure describes, or ``None`` when the sentence gives none.

    With ``figure`` (its span in the scanned text) this is the rule extraction
    uses: the resolved mention of a describing kind (:data:`DESCRIBING_KINDS`)
    closest after the figure, else the closest before it, never the mention
    whose text is ``said`` (the day it was said).  Without ``figure``: the first
    resolved mention that is not the saying date (:func:`said_mention`) and not a
    clock time.

    >>> pub = dt.date(2025, 3, 5)
    >>> rng = refers_to(scan_dates("Yu said Wednesday the North sent troops in October", pub))
    >>> rng.start, rng.end
    (datetime.date(2024, 10, 1), datetime.date(2024, 10, 31))
    >>> text = "The fire burned 500 homes in 1991, officials said on Monday."
    >>> refers_to(scan_dates(text, pub), figure=(16, 19), said="on Monday").text
    'in 1991'
    """
    if figure is None:
        said_one = said_mention(mentions, near)
        for mention in mentions:
            if mention is not said_one and mention.kind != "time" and mention.range is not None:
                return mention.range
        return None
    best: tuple[int, DateRange] | None = None
    for mention in mentions:
        if mention.range is None or mention.kind not in DESCRIBING_KINDS:
            continue
        if said is not None and mention.text == said:
            continue  # the day it was said, not the time it describes
        after = mention.span[0] >= figure[1]
        distance = (
            mention.span[0] - figure[1] if after else _AFTER_FIRST + figure[0] - mention.span[1]
        )
        if best is None or distance < best[0]:
            best = (distance, mention.range)
    return best[1] if best is not None else None
