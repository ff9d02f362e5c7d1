"""Lines of a web page: what each one is, and which ones wrap into one paragraph.

A line is *furniture* when its shape says so on its own (a marker such as "Related
Stories", a byline, a dateline, a "Published:" line, a copyright notice, a share bar);
any other non-blank line is *text*.  Text lines that were hard-wrapped are joined into
one paragraph (:func:`paragraphs`).  Deciding what a text paragraph is (body, title,
caption, related headline) needs its neighbours and is left to
:mod:`claimkit.parsing.article`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import NamedTuple

from claimkit.lexicon import furniture as lex
from claimkit.lexicon.time import TIME_ZONES
from claimkit.parsing._date_patterns import MONTHS, WEEKDAYS
from claimkit.parsing.dates import scan_dates

__all__ = [
    "Info",
    "Para",
    "date_stamp",
    "dateline",
    "names_year",
    "ends_terminal",
    "paragraphs",
    "place_dateline",
    "words",
]

_SHORT = 150  # longest line that can be a label, byline or dateline
_WRAP_MIN = 30  # shortest line that can have been hard-wrapped
_WRAP_FILL = 0.8  # a wrapped line fills at least this share of its block's width

_TERMINAL = re.compile(r"[.!?…:][\"'\u201d\u2019)\]»]{0,3}$")
_CLOSED = re.compile(r"[\])]$")
_BULLETS = " \t•·*\u2013\u2014-|>»"


class Info(NamedTuple):
    """What a furniture line is, with whatever metadata it carries."""

    kind: str  # copyright, marker, published, dateline, byline, navigation
    reason: str
    marker: lex.Marker | None = None
    name: str | None = None
    agency: str | None = None
    date: dt.date | None = None
    first: bool = True  # a date of first publication (not an update)


class Para(NamedTuple):
    """A paragraph: its stripped span in the page and furniture info, if any."""

    start: int
    end: int
    text: str
    info: Info | None


def words(text: str) -> int:
    """Number of whitespace-separated words.

    >>> words("By AFP")
    2
    """
    return len(text.split())


def ends_terminal(text: str) -> bool:
    """Whether ``text`` ends like a sentence (full stop, ?, !, colon, closing quote).

    >>> ends_terminal('the official said.\u201d'), ends_terminal("Related Stories")
    (True, False)
    """
    return _TERMINAL.search(text.rstrip()) is not None


def _norm(text: str) -> str:
    return " ".join(text.strip(_BULLETS).split()).lower().rstrip(":")


_COPYRIGHT = re.compile(
    r"(?i:copyright)[ ]{0,3}(?:©[ ]{0,3})?[12][0-9]{3}|©|(?i:all rights reserved)"
)
_COPYRIGHT_HOLDER = re.compile(
    r"""(?:©|\((?i:c)\)|(?i:copyright))[ ]{0,3}(?:©[ ]{0,3})?   # the sign or word
        (?:[12][0-9]{3}(?:[ ]{0,3}[-\u2013][ ]{0,3}[12][0-9]{3})?)?     # a year or years
        [ ]{0,3}[-\u2013,]?[ ]{0,3}
        (?P<holder>[A-Z][^.,;|©\n]{1,60}?)                         # the holder
        [ ]{0,3}(?:[.,;|]|(?i:all\ rights)|$)
    """,
    re.VERBOSE,
)


def copyright_holder(text: str) -> str | None:
    """The holder named in a copyright line.

    >>> copyright_holder("are Copyright 1995-2024 - Space Media Network. All websites")
    'Space Media Network'
    """
    found = _COPYRIGHT_HOLDER.search(text)
    return found.group("holder").strip() if found else None


def _marker(text: str) -> lex.Marker | None:
    if len(text) > _SHORT or words(text) > 12 or text.rstrip().endswith("."):
        return None
    norm = _norm(text)
    for marker in lex.MARKERS:
        if norm == marker.phrase:
            return marker
    for marker in lex.MARKERS:
        phrase = marker.phrase
        if (
            marker.prefix
            and norm.startswith(phrase)
            and norm[len(phrase) : len(phrase) + 1] in " :"
        ):
            return marker
    return None


_AGENCIES = dict(lex.WIRE_AGENCIES)
_DATELINE = re.compile(
    r"""(?P<head>[^\s()][^()\n]{0,60}?)[ ]{0,3}      # place, maybe a date: "LONDON, May 3"
        \((?P<agency>[A-Za-z][A-Za-z. ]{0,20})\)      # the agency: "(Reuters)"
        (?P<tail>[^-\u2014\u2013\n]{0,30}?)         # maybe a date: "Mar 5, 2025"
        [ ]{0,3}(?P<dash>[-\u2014\u2013]{1,2}|$)    # a dash before the story, or the end
    """,
    re.VERBOSE,
)
_BARE_AGENCY = re.compile(
    r"\((?P<agency>[A-Za-z][A-Za-z. ]{0,20})\)[ ]{0,3}(?:[-\u2013\u2014]{1,2}[ ]{0,3})?(?=[A-Z])"
)


def _agency_dateline(text: str) -> tuple[int, str, dt.date | None] | None:
    found = _DATELINE.match(text)
    if found is None:
        bare = _BARE_AGENCY.match(text)
        if bare is None or bare.group("agency") not in _AGENCIES:
            return None
        return bare.end(), _AGENCIES[bare.group("agency")], None
    head, agency, tail = found.group("head", "agency", "tail")
    known = _AGENCIES.get(agency.strip())
    if known is None and not (found.group("dash") and agency.isupper()):
        return None
    day = None
    place = head
    for part in (head, tail):
        for mention in scan_dates(part):
            if mention.kind == "point" and mention.range and mention.range.start:
                day = day or mention.range.start
            if part is head:
                place = head[: mention.span[0]]
    if scan_dates(tail) == () and tail.strip():
        return None
    place_words = place.replace(",", " ").split()
    if not 1 <= len(place_words) <= 5 or not all(w[:1].isupper() for w in place_words):
        return None
    end = found.end()
    while end < len(text) and text[end] in " \t\u00a0":
        end += 1
    return end, known or agency.strip(), day


def dateline(text: str) -> tuple[int, str | None, dt.date | None] | None:
    """A dateline at the start of ``text``: (end offset, agency, dated day).

    A dateline is a date stamp (:func:`date_stamp`), a place with an agency
    ("LONDON, May 3 (Reuters) -", "(Reuters) -") or a place alone
    (:func:`place_dateline`), or a stamp followed by one of those.  The end offset
    is past the dash (and following spaces) of an inline dateline, or the end of
    a dateline line.  Agencies come from the lexicon; an unknown one counts only
    in capitals before a dash.

    >>> dateline("Washington DC (UPI) Mar 5, 2025")
    (31, 'UPI', datetime.date(2025, 3, 5))
    >>> dateline("LONDON, May 3 (Reuters) - Britain's economy grew")[:2]
    (26, 'Reuters')
    >>> dateline("date 2021-10-08 HUNTINGTON BEACH, Calif. (AP) — Oil has been washing up")
    (48, 'AP', datetime.date(2021, 10, 8))
    >>> dateline("ROME – At least 58 people died")
    (7, None, None)
    >>> dateline("South Korea's spy agency (NIS) said") is None
    True
    """
    offset, day = 0, None
    stamp = date_stamp(text)
    if stamp is not None:
        offset, day = stamp
    rest = text[offset:]
    found = _agency_dateline(rest)
    if found is not None:
        end, agency, dated = found
        return offset + end, agency, day or dated
    place = place_dateline(rest)
    if place is not None:
        return offset + place, None, day
    return (offset, None, day) if stamp is not None else None


_STAMP_GAP = " \t\u00a0,|\u2022\u00b7-\u2013\u2014:"
_STAMP_REACH = 80  # a date stamp is read in the first this many characters
_YEAR = re.compile(r"(?<![0-9])[12][0-9]{3}(?![0-9])")


def names_year(text: str) -> bool:
    """Whether a date expression writes its year ("Aug. 20, 2018", "2022-04-11").

    >>> names_year("August 20, 2018"), names_year("on Monday")
    (True, False)
    """
    return _YEAR.search(text) is not None


_LABELS = sorted((label for label, _ in lex.DATE_LABELS), key=len, reverse=True)
_LABEL_WORDS_ALL = {w for label in _LABELS for w in label.split()}


def date_stamp(text: str) -> tuple[int, dt.date] | None:
    """A date printed at the start of a line, before its text: (text start, day).

    The date must name its year ("date 2022-04-11 Kiev: ...", "September 30,
    2023More than ..."), may follow a label from ``DATE_LABELS`` and carry a
    weekday or a clock time, and must be followed by text that starts with a
    capital or a digit.

    >>> date_stamp("August 3, 2014Chinese officials announced")
    (14, datetime.date(2014, 8, 3))
    >>> date_stamp("date 2022-04-11 Kiev: The number of civilians")[1]
    datetime.date(2022, 4, 11)
    >>> date_stamp("October 23 was the day the troops left.") is None
    True
    """
    if not names_year(text[:_STAMP_REACH]):
        return None  # no year among the first characters: no stamp (the common case)
    pos = 0
    lower = text.lower()
    for label in _LABELS:
        if lower.startswith(label) and text[len(label) : len(label) + 1] in (" ", ":"):
            pos = len(label)
            break
    head = text[: pos + _STAMP_REACH]
    day = None
    end = pos
    for mention in scan_dates(head[pos:]):
        start = pos + mention.span[0]
        if head[end:start].strip(_STAMP_GAP) or mention.kind not in ("point", "time"):
            break
        rng = mention.range
        if day is None and rng is not None and rng.start and names_year(mention.text):
            day = rng.start
        end = pos + mention.span[1]
    if day is None:
        return None
    rest = end
    while rest < len(text) and text[rest] in _STAMP_GAP:
        rest += 1
    if rest >= len(text) or not (text[rest].isupper() or text[rest].isdigit() or text[rest] == "("):
        return None
    return rest, day


#: "ROME – ", "BUTTE COUNTY — ", "KALAMATA, Greece - ", "Kiev: ",
#: "BERKADZOR-An explosion": a place of one to four capitalised words, maybe a
#: region after a comma, then a spaced dash or a colon, or a hyphen glued to the
#: story's first capital.
_PLACE_DATELINE = re.compile(
    r"""(?P<place>[A-Z][\w'’.]*(?:[ ][A-Z][\w'’.]*){0,3})
        (?:,[ ](?P<region>[A-Z][\w'’.]*(?:[ ][A-Z][\w'’.]*){0,2}))?
        (?:[ ]{0,2}\.?(?:--|[-–—•])[ ]{1,2}|:[ ]|(?P<glued>-)(?=[A-Z][a-z]))
        (?=[A-Z0-9“"])
    """,
    re.VERBOSE,
)


_NOT_PLACES = set(lex.NOT_DATELINE_WORDS) | set(_LABEL_WORDS_ALL)
_TITLE_PLACE_WORDS = 2  # a Title Case dateline place: "Canberra", "Caracas Venezuela"
_GLUED_PLACE_CHARS = 3  # a place glued to its hyphen is in capitals: "BERKADZOR-An"


def place_dateline(text: str) -> int | None:
    """The end of a dateline that names only a place, or ``None``.

    A place in capitals ("ROME", "BUTTE COUNTY") stands alone; a place in Title
    Case needs the separator to be a dash or a colon right after it, and no
    word of it may be a label ("Update", "Related").

    >>> place_dateline("KALAMATA, Greece - Rescuers scoured the seas")
    19
    >>> place_dateline("BERKADZOR-An explosion at a fuel depot")
    10
    >>> place_dateline("Police - who had closed the road - said") is None
    True
    >>> place_dateline("T-Mobile said on Friday") is None
    True
    """
    found = _PLACE_DATELINE.match(text)
    if found is None:
        return None
    place = found.group("place")
    names = place.split() + (found.group("region") or "").split()
    if any(w.lower().strip(".") in _NOT_PLACES for w in names):
        return None
    capitals = place.replace(" ", "").replace(".", "").isupper()
    if not capitals and len(place.split()) > _TITLE_PLACE_WORDS:
        return None
    if found.group("glued") and not (capitals and len(place) >= _GLUED_PLACE_CHARS):
        return None  # "T-Mobile said", "X-Men": a hyphenated name, not "BERKADZOR-An"
    return found.end()


_BYLINE = re.compile(
    r"""(?i:by|written\ by|words\ by|story\ by|posted\ by)[ \t\u00a0]{1,3}
        (?P<names>[A-Z][\w'\u2019.-]{0,30}                                # first name word
           (?:(?:[ \t\u00a0]{1,3}|,[ ]{0,3}|[ ]{1,3}(?:and|&)[ ]{1,3})  # space, comma, "and"
              [A-Z][\w'\u2019.-]{0,30}){0,7})                             # further name words
        (?P<rest>.*)
    """,
    re.VERBOSE,
)
_NOT_NAMES = set(MONTHS) | set(WEEKDAYS) | {"the", "a", "an", "then", "now", "far"}


def byline(text: str) -> str | None:
    """The name in a byline line ("By X", "BY X [email]", "by X"), tidied.

    All-capital personal names are written with capitals only at word starts.

    >>> byline("BY SEO JI-EUN [[email protected]]")
    'Seo Ji-eun'
    >>> byline("By MARY CLARE JALONICK and STEPHEN GROVES")
    'Mary Clare Jalonick and Stephen Groves'
    >>> byline("By Wednesday, the troops had left.") is None
    True
    """
    if len(text) > _SHORT or words(text) > 16:
        return None
    found = _BYLINE.match(text.strip())
    if found is None:
        return None
    names, rest = found.group("names").strip(" ,"), found.group("rest").strip()
    if names.split()[0].lower().rstrip(".,") in _NOT_NAMES:
        return None
    if rest and not (
        (rest[0] in "[(" and rest[-1] in "])")
        or (rest[0] in ",|-\u2013\u2014/" and words(rest) <= 4 and not ends_terminal(rest))
    ):
        return None
    parts = [w for w in names.split() if w.lower() not in ("and", "&")]
    if len(parts) > 1 and all(w.isupper() for w in parts) and names not in _AGENCIES:
        names = " ".join(w if w in ("and", "&") else w[:1] + w[1:].lower() for w in names.split())
    return names


_LABEL_WORDS = {w for label, _ in lex.DATE_LABELS for w in label.split()}
_FILLER = _LABEL_WORDS | {z.lower() for z in TIME_ZONES} | set(lex.DATE_FILLER)


def date_line(text: str) -> tuple[dt.date | None, bool] | None:
    """A line that is only a date, maybe labelled: (date, is first publication).

    >>> date_line("Published: 06 Mar. 2025, 17:42")
    (datetime.date(2025, 3, 6), True)
    >>> date_line("October 23, 2024")
    (datetime.date(2024, 10, 23), True)
    >>> date_line("He said on October 23, 2024.") is None
    True
    """
    if len(text) > 80:
        return None
    if "|" in text:  # "News | June 14, 2012": a section label beside the date
        for part in text.split("|"):
            found = date_line(part.strip()) if part.strip() and "|" not in part else None
            if found is not None and found[0] is not None:
                return found
    mentions = scan_dates(text)
    if not mentions:
        return None
    residue = list(text)
    for mention in mentions:
        residue[mention.span[0] : mention.span[1]] = [" "] * (mention.span[1] - mention.span[0])
    leftover = re.findall(r"[^\W\d_]+", "".join(residue))
    if any(w.lower() not in _FILLER for w in leftover) or text.rstrip().endswith("."):
        return None
    first = True
    for label, is_first in sorted(lex.DATE_LABELS, key=lambda e: -len(e[0])):
        if _norm(text).startswith(label):
            first = is_first
            break
    day = next(
        (m.range.start for m in mentions if m.kind == "point" and m.range and m.range.start), None
    )
    return day, first


def _navigation(text: str) -> bool:
    norm = _norm(text)
    if len(norm) <= 2:
        return True
    if len(text) > _SHORT or words(text) > 12 or text.rstrip().endswith("."):
        return False
    if norm in lex.NAVIGATION or any(norm.startswith(p) for p in lex.NAVIGATION_PREFIXES):
        return True
    if re.search(r"\b[0-9]{1,3}[ -]min(?:ute)?s?[ ]read\b", norm):
        return True
    if sum(norm.count(s) for s in (" > ", " » ", " \u203a ", " | ")) >= 2:
        return True
    tokens = re.findall(r"\w+", norm)
    return bool(tokens) and all(t in lex.SOCIAL for t in tokens)


def classify(text: str) -> Info | None:
    """The furniture kind of one stripped line, or ``None`` for a text line.

    >>> classify("Related Stories").reason
    'related'
    >>> classify("by Thomas Maresca").name
    'Thomas Maresca'
    >>> classify("North Korea recently sent some 3,500 additional soldiers.") is None
    True
    """
    if _COPYRIGHT.search(text):
        return Info("copyright", "copyright", name=copyright_holder(text))
    marker = _marker(text)
    if marker is not None:
        return Info("marker", marker.reason, marker=marker)
    if len(text) <= _SHORT:
        line = dateline(text)
        if line is not None and line[0] >= len(text.rstrip()):
            return Info("dateline", "dateline", agency=line[1], date=line[2])
        name = byline(text)
        if name is not None:
            return Info("byline", "byline", name=name)
        dated = date_line(text)
        if dated is not None:
            return Info("published", "published", date=dated[0], first=dated[1])
        # "Posted on 14 February 2024 by Sam Lee": a date line, then a byline
        cut = re.search(r"[ ,|]{1,3}(?=(?i:by)[ ])", text)
        if cut is not None and (dated := date_line(text[: cut.start()])) is not None:
            name = byline(text[cut.end() :])
            if name is not None:
                return Info("published", "published", name=name, date=dated[0], first=dated[1])
    if _navigation(text):
        return Info("navigation", "navigation")
    return None


_WRAP_WORDS = set(lex.WRAP_WORDS)


def _list_blocks(lines: list[tuple[int, int, str, int]]) -> set[int]:
    """Blocks of three or more lines that each start with a capital or digit and
    none ends like a sentence: a list of headlines or links, never wrapped prose
    (whose continuation lines mostly start in lower case)."""
    by_block: dict[int, list[str]] = {}
    for _, _, line, blk in lines:
        by_block.setdefault(blk, []).append(line)
    return {
        blk
        for blk, texts in by_block.items()
        if len(texts) >= 3
        and all(t[:1].isupper() or t[:1].isdigit() for t in texts)
        and not any(ends_terminal(t) for t in texts)
    }


def _joins(line: str, following: str, block_width: int, repeated: Counter[str]) -> bool:
    if len(line) < _WRAP_MIN or ends_terminal(line) or _CLOSED.search(line):
        return False
    if line == following or repeated[line] > 1 or repeated[following] > 1:
        return False
    last_word = line.split()[-1].lower() if line.split() else ""
    return (
        following[:1].islower()
        or line.endswith((",", ";", "\u2014", "\u2013"))
        or last_word in _WRAP_WORDS
        or len(line) >= _WRAP_FILL * block_width
    )


def paragraphs(text: str) -> list[Para]:
    """Split a page into paragraphs, joining hard-wrapped text lines.

    >>> [p.text for p in paragraphs("Title here\\n\\nA long line that was wrapped at\\nthe edge.")]
    ['Title here', 'A long line that was wrapped at\\nthe edge.']
    """
    lines: list[tuple[int, int, str, int]] = []  # start, end, stripped text, block
    block, offset, previous_blank = 0, 0, True
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            if previous_blank:
                block += 1
            start = offset + raw.index(stripped[0])
            lines.append((start, start + len(stripped), stripped, block))
        previous_blank = not stripped
        offset += len(raw)
    repeated = Counter(line[2] for line in lines)
    infos = [classify(line[2]) for line in lines]
    widths: dict[int, int] = {}
    for (_, _, line, blk), info in zip(lines, infos, strict=True):
        if info is None:
            widths[blk] = max(widths.get(blk, 0), len(line))
    lists = _list_blocks([ln for ln, info in zip(lines, infos, strict=True) if info is None])
    out: list[Para] = []
    index = 0
    while index < len(lines):
        start, end, line, blk = lines[index]
        info = infos[index]
        while (
            info is None
            and index + 1 < len(lines)
            and lines[index + 1][3] == blk
            and infos[index + 1] is None
            and blk not in lists
            and _joins(lines[index][2], lines[index + 1][2], widths.get(blk, 0), repeated)
        ):
            index += 1
            end = lines[index][1]
        out.append(Para(start, end, text[start:end], info))
        index += 1
    return out
