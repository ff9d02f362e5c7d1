"""Stage 2: figures: atoms with their hedges, ranges, vague counts and units.

Combines :mod:`claimkit.parsing.numbers` atoms into :class:`Figure` values, each
a :class:`~claimkit.model.Quantity` with its exact span, and reports numbers that
are not claims (years, times, ordinals, names, phone numbers, ages) as
:class:`Skip` records.  Hedge scope rule: a hedge applies to the figure it
precedes; an *approximate* hedge ("about", "approximately") also carries over to
an unhedged figure coordinated with it that breaks down the same statistic
("approximately 400 killed in action and 3,600 injured"), while bounds ("up to",
"at least") never carry over, since each states one limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

import attrs

from claimkit.errors import ParseError
from claimkit.lexicon import hedges as hedge_lexicon
from claimkit.lexicon import vague as vague_lexicon
from claimkit.lexicon.names import NAME_PREFIXES, OPENERS
from claimkit.lexicon.subjects import ROLE_HEADS, STOPS
from claimkit.model import Hedge, Quantity
from claimkit.parsing._alternation import alternation
from claimkit.parsing._units import unit_after
from claimkit.parsing.numbers import Atom, scan_atoms
from claimkit.policy import DEFAULT_POLICY, HedgePolicy

__all__ = ["Figure", "Skip", "parse_quantity", "scan_figures"]

_QUOTES = "\"'“”‘’«»"
_PREPOSITIONS = frozenset({"over", "under", "below", "above"})
_DURATIONS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)


_HEDGE_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?P<h>{alternation([e.phrase for e in hedge_lexicon.HEDGES])})"
    rf"[\s{_QUOTES}]*\Z",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(
    rf"\s+(?P<h>{alternation([e.phrase for e in hedge_lexicon.POSTFIX if e.phrase != 'plus'])})"
    r"(?![A-Za-z])|(?P<plus>-plus(?![A-Za-z])|\+)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    rf"(?<![A-Za-z])(?P<v>{alternation([e.phrase for e in vague_lexicon.VAGUE])})"
    r"(?P<of>\s+of)?(?![A-Za-z])",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+to\s+|\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"(?<![A-Za-z])(?:between|from)\s+\Z", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|GMT|hrs\b|local time)", re.IGNORECASE
)
_AGE_AFTER = re.compile(r"[-\s](?:year|month|week)s?[-\s]old(?![A-Za-z])", re.IGNORECASE)
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)"
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'-]*)\s+\Z")
_COORD_GAP = re.compile(r"[^\d.;:!?()]{0,60}?(?:\band|\bor|,)\s+\Z")
_FINITE_VERB = re.compile(
    r"\b(?:are|were|is|was|have|has|had|will|would|attended|arrived|gathered|left|said)\b",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:aged|ages|age)\s+(?:between\s+)?(?:\d{1,3}\s*(?:and|to|-|–|,)\s*)?\Z", re.I
)
_WINDOW_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:past|last|previous|next|coming|within|first|preceding|the)\s+\Z", re.I
)
_WINDOW_UNIT = re.compile(r"[\s-](?:hours?|days?|weeks?|months?|years?|minutes?)\b", re.I)
_SCORE = re.compile(r"(\d{1,3})[-–](\d{1,3})(?![\d,.])")
_SCORE_END = re.compile(r"(?<![\d,.])(\d{1,3})[-–]\Z")
_ONE_NOT_COUNT = re.compile(
    r"\s+(?:of|such|another|day|time|way|thing|point|side|hand|more|other|in|to|by)\b|\s*[^\sA-Za-z]|\s*\Z",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_MODEL = re.compile(r"[A-Z][\w-]*\s+\d+[-–]\Z")
_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s*\Z")
_THE_BEFORE = re.compile(r"(?<![A-Za-z])the\s+\Z", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Figure:
    """A figure found in text.

    Attributes:
        start, end: span of ``quantity.text`` in the scanned text.
        quantity: the figure read as an interval under the policy.
        tail: offset right after the figure's own words (where a counted noun
            may start).
        distributed: ``True`` when its hedge came from a coordinated figure.
    """

    start: int
    end: int
    quantity: Quantity
    tail: int
    distributed: bool = False


@attrs.frozen(kw_only=True)
class Skip:
    """A number that was read and deliberately not made a claim."""

    start: int
    end: int
    reason: str


def _mask(spans: Sequence[tuple[int, int]], size: int) -> bytearray:
    mask = bytearray(size)
    for start, end in spans:
        start, end = max(0, start), min(size, end)
        if end > start:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def _non_claim(text: str, atom: Atom, sentence_start: int) -> str | None:
    """Why an atom is not a figure, or ``None`` when it may be one."""
    after = text[atom.end : atom.end + 16]
    before = text[max(0, atom.start - 2) : atom.start]
    if not atom.words and _TIME_AFTER.match(after) and atom.unit == "count":
        return "time"
    if before.endswith(":") and before[:1].isdigit():
        return "time"
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(text, max(0, atom.start - 24), atom.start):
        return "age"
    if (
        not atom.words
        and atom.value <= 120
        and _NAME_COMMA.search(text, max(0, atom.start - 30), atom.start)
        and re.match(r"\s*[,)]", after)
    ):
        return "age"  # "Rosa Quispe, 64, said"
    if _WINDOW_BEFORE.search(text, max(0, atom.start - 24), atom.start) and _WINDOW_UNIT.match(
        after
    ):
        return "period"
    score = _SCORE.match(text, atom.start)
    if score is not None and not atom.words and int(score.group(1)) >= int(score.group(2)):
        return "score"
    if _MODEL.search(text, max(0, atom.start - 30), atom.start):
        return "name"  # "Boeing 737-800"
    score_end = _SCORE_END.search(text, max(0, atom.start - 8), atom.start)
    if score_end is not None and not atom.words and int(score_end.group(1)) >= atom.value:
        return "score"
    if not atom.words and _ORDINAL.match(after):
        return "ordinal"
    if after[:1].isalpha() and not atom.words and atom.unit == "count" and not atom.scaled:
        glued = re.match(r"[A-Za-z]+", after)
        if glued and glued.group(0).lower() not in ("m", "km", "kg", "g", "mm", "cm", "ft"):
            return "name"
    if before.endswith("-") and before[:1].isalpha():
        return "name"
    if (
        atom.unit == "count"
        and not atom.words
        and not atom.scaled
        and len(atom.digits) == 4
        and atom.digits.isdigit()
        and 1800 <= int(atom.digits) <= 2100
    ):
        return "year"
    if atom.words and atom.value == 1 and not atom.scaled and _ONE_NOT_COUNT.match(after):
        return "indefinite one"
    if (
        atom.words
        and 2 <= atom.value <= 10
        and _THE_BEFORE.search(text, max(0, atom.start - 5), atom.start)
    ):
        return "determiner"
    word = _WORD_BEFORE.search(text, max(0, atom.start - 30), atom.start)
    if word is not None and not atom.words:
        token = word.group(1)
        if token.lower() in NAME_PREFIXES or token.lower() + "." in NAME_PREFIXES:
            return "name"
        title_case_follows = re.match(r"\s+[A-Z][a-z]", text[atom.end : atom.end + 3]) is not None
        if (
            token[:1].isupper()
            and not token.endswith(("'s", "’s"))
            and (word.start(1) > sentence_start or title_case_follows)
            and token.lower() not in OPENERS
            and atom.digits.isdigit()
            and atom.value < 10_000
            and not text[word.start(1) - 2 : word.start(1)].strip().endswith((".", ":"))
        ):
            return "name"
    return None


def _hedge_before(text: str, start: int, floor: int) -> tuple[int, str] | None:
    window_start = max(floor, start - 40)
    match = _HEDGE_BEFORE.search(text, window_start, start)
    if match is None:
        return None
    return match.start("h"), " ".join(match.group("h").lower().split())


def scan_figures(
    text: str,
    *,
    policy: HedgePolicy = DEFAULT_POLICY,
    skip: Sequence[tuple[int, int]] = (),
    sentence_start: int = 0,
) -> tuple[list[Figure], list[Skip]]:
    """Find the figures in ``text`` (one sentence or more).

    Args:
        text: the text to scan; spans are offsets into it.
        policy: turns hedges into bounds.
        skip: spans already claimed by something else (dates): numbers inside
            them are reported as skipped, not read.
        sentence_start: offset of the sentence start, for capitalisation cues.

    >>> figures, skipped = scan_figures("Up to 3,000 troops arrived in 2024.")
    >>> [(f.quantity.text, f.quantity.hedge.value) for f in figures]
    [('Up to 3,000', 'upper_bound')]
    >>> [(s.reason, text) for s in skipped for text in ["2024"]]
    [('year', '2024')]
    """
    size = len(text)
    blocked = _mask(skip, size)
    skipped: list[Skip] = []
    for match in _PHONE.finditer(text):
        if match.group(0).count("-") + match.group(0).count(" ") + match.group(0).count(".") >= 2:
            blocked[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            skipped.append(Skip(start=match.start(), end=match.end(), reason="phone"))
    figures: list[Figure] = []
    for match in _VAGUE.finditer(text):
        if any(blocked[match.start() : match.end()]):
            continue
        figures.append(_vague_figure(text, match, policy))
    vague_mask = _mask([(f.start, f.end) for f in figures], size)
    atoms = []
    for atom in scan_atoms(text):
        if any(blocked[atom.start : atom.end]):
            if not atom.words:
                skipped.append(Skip(start=atom.start, end=atom.end, reason="date"))
            continue
        if any(vague_mask[atom.start : atom.end]):
            continue
        reason = _non_claim(text, atom, sentence_start)
        hedged_one = reason == "indefinite one" and _hedge_before(text, atom.start, 0) is not None
        if reason is not None and not hedged_one:
            skipped.append(Skip(start=atom.start, end=atom.end, reason=reason))
            continue
        atoms.append(atom)
    figures.extend(_combine(text, atoms, policy))
    figures.sort(key=lambda f: f.start)
    return _distribute(text, figures, policy), _dedupe(skipped)


def _dedupe(skipped: list[Skip]) -> list[Skip]:
    seen: set[tuple[int, int]] = set()
    out = []
    for item in sorted(skipped, key=lambda s: (s.start, s.end)):
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            out.append(item)
    return out


def _vague_figure(text: str, match: re.Match[str], policy: HedgePolicy) -> Figure:
    phrase = " ".join(match.group("v").lower().split())
    bounds = policy.vague_bounds(phrase)
    assert bounds is not None  # the regex only admits lexicon phrases
    end, tail, unit = match.end("v"), match.end(), "count"
    measured = unit_after(text, end) if not match.group("of") else None
    if measured is not None:  # "several hours", "a few days"
        unit, end = measured
        tail = end
    quantity = Quantity(
        value=None,
        **bounds.bounds(),
        unit=unit,
        hedge=Hedge.vague,
        hedge_text=phrase,
        text=text[match.start() : end],
    )
    return Figure(start=match.start(), end=end, quantity=quantity, tail=tail)


def _combine(text: str, atoms: list[Atom], policy: HedgePolicy) -> list[Figure]:
    figures: list[Figure] = []
    index = 0
    previous_end = 0
    while index < len(atoms):
        atom = atoms[index]
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        if following is not None:
            ranged = _range(text, atom, following, previous_end)
            if ranged is not None:
                figures.append(ranged)
                previous_end = ranged.end
                index += 2
                continue
        figure = _single(text, atom, policy, previous_end)
        figures.append(figure)
        previous_end = figure.end
        index += 1
    return figures


def _unit_end(text: str, atom_end: int, unit: str) -> tuple[str, int]:
    if unit != "count":
        return unit, atom_end
    found = unit_after(text, atom_end)
    if found is None:
        return unit, atom_end
    return found


def _range(text: str, first: Atom, second: Atom, floor: int) -> Figure | None:
    gap = text[first.end : second.start]
    gap_match = _RANGE_GAP.fullmatch(gap)
    if gap_match is None:
        return None
    opener = _BETWEEN.search(text, max(floor, first.start - 12), first.start)
    connector = gap.strip().lower()
    if connector == "and" and opener is None:
        return None
    if connector in ("-", "–", "—") and gap != gap.strip() and opener is None:
        return None  # "1,500 - 3,500" with spaces reads as a list, not a range
    low, high = first.value, second.value
    if second.scaled and not first.scaled:
        scale = second.value / _unscaled(second)
        if low * scale <= high:
            low = low * scale
    if low >= high:
        return None
    if "count" not in (first.unit, second.unit) and first.unit != second.unit:
        return None
    unit = second.unit if first.unit == "count" else first.unit
    unit, end = _unit_end(text, second.end, unit)
    start = opener.start() if opener is not None else first.start
    quantity = Quantity(
        value=None,
        low=low,
        high=high,
        unit=unit,
        hedge=Hedge.range,
        hedge_text=opener.group(0).strip().lower() if opener is not None else "",
        text=text[start:end],
    )
    return Figure(start=start, end=end, quantity=quantity, tail=end)


def _unscaled(atom: Atom) -> Decimal:
    digits = re.sub(r"[^\d.]", "", atom.digits) if atom.digits else ""
    return Decimal(digits) if digits else atom.value


def _single(text: str, atom: Atom, policy: HedgePolicy, floor: int) -> Figure:
    start, end = atom.start, atom.end
    hedge_kind, phrase = Hedge.exact, ""
    found = _hedge_before(text, atom.start, floor)
    unit, end = _unit_end(text, atom.end, atom.unit)
    if found is not None and found[1] in _PREPOSITIONS and unit in _DURATIONS:
        found = None  # "over five years" is a span of time, not "more than five"
    if found is not None:
        entry = hedge_lexicon.by_phrase(found[1])
        if entry is not None:
            start, hedge_kind, phrase = found[0], entry.hedge, entry.phrase
    post = _HEDGE_AFTER.match(text, end)
    if post is not None and hedge_kind is Hedge.exact:
        entry = hedge_lexicon.by_phrase(post.group("h") or "plus")
        if entry is not None:
            hedge_kind, phrase, end = entry.hedge, entry.phrase, post.end()
    quantity = policy.apply(
        Quantity(
            value=atom.value,
            low=atom.value,
            high=atom.value,
            unit=unit,
            hedge=hedge_kind,
            hedge_text=phrase,
            text=text[start:end],
        )
    )
    return Figure(start=start, end=end, quantity=quantity, tail=end)


def _first_word(text: str, position: int) -> str:
    match = _NEXT_WORD.match(text, position)
    return match.group(1).lower() if match is not None else ""


def _same_statistic(text: str, first: Figure, second: Figure) -> bool:
    """Whether two coordinated figures break down one statistic ("approximately
    400 killed and 3,600 injured"), rather than list different things ("close to
    4,000 blankets and 1,200 tents"): the second counts a role, the same noun, or
    nothing written."""
    noun = _first_word(text, second.tail)
    return (
        not noun
        or noun in ROLE_HEADS
        or noun.endswith("ed")
        or noun == _first_word(text, first.tail)
        or noun in STOPS
    )


def _distribute(text: str, figures: list[Figure], policy: HedgePolicy) -> list[Figure]:
    """Carry an approximate hedge over to coordinated unhedged figures."""
    out: list[Figure] = []
    for figure in figures:
        previous = out[-1] if out else None
        if (
            previous is not None
            and figure.quantity.hedge is Hedge.exact
            and previous.quantity.hedge is Hedge.approximate
            and figure.quantity.unit == previous.quantity.unit
            and _COORD_GAP.fullmatch(text, previous.end, figure.start) is not None
            and _FINITE_VERB.search(text, previous.end, figure.start) is None
            and _same_statistic(text, previous, figure)
        ):
            carried = attrs.evolve(
                figure.quantity,
                hedge=Hedge.approximate,
                hedge_text=previous.quantity.hedge_text,
            )
            figure = attrs.evolve(figure, quantity=policy.apply(carried), distributed=True)
        out.append(figure)
    return out


def parse_quantity(text: str, *, policy: HedgePolicy = DEFAULT_POLICY) -> Quantity:
    """Read one figure from a short fragment; words after it may name what it counts.

    Raises:
        ParseError: when the fragment does not start with a figure.

    >>> q = parse_quantity("about 10,000 troops")
    >>> q.text, q.hedge.value, str(q.interval)
    ('about 10,000', 'approximate', '[9,500, 10,500]')
    >>> parse_quantity("between 10,000 and 12,000").hedge.value
    'range'
    >>> parse_quantity("tens")
    Traceback (most recent call last):
    ...
    claimkit.errors.ParseError: cannot read a figure: 'tens' at 0:4
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), (0, 0), "expected a str")
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    figures, skipped = scan_figures(text, policy=policy)
    if figures and text[lead : figures[0].start].strip(_QUOTES + " ") == "":
        return figures[0].quantity
    if skipped and not figures:
        raise ParseError(
            text,
            (skipped[0].start, skipped[0].end),
            f"not a figure ({skipped[0].reason})",
        )
    raise ParseError(text, (lead, lead + len(stripped)), "cannot read a figure")
