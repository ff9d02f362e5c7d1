"""Stage 1: find the numeric atoms in a piece of text.

An atom is one stated number with its own surface: digits with thousands
separators (comma, thin space, no-break space), decimals, scale suffixes and words
("12k", "$3 bn", "1.5 million"), number words ("twenty-five", "two million"),
fixed phrases ("a dozen", "a pair of", "half a million"), an optional currency
before and a percent sign or word after.  Atoms know nothing of hedges, ranges or
what is counted; later stages combine them.  Regexes are built once from
:mod:`claimkit.lexicon.numbers` and run in linear time.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import attrs

from claimkit.lexicon import numbers as lex
from claimkit.parsing._alternation import alternation

__all__ = ["Atom", "parse_words", "scan_atoms"]


_SEPARATORS = ",\u00a0\u2009\u202f"
_WORD_UNITS = alternation(list(lex.UNITS))
_WORD_TENS = alternation(list(lex.TENS))
_SCALE_WORDS = alternation(list(lex.SCALES))
_CURRENCY = alternation(list(lex.CURRENCIES))
_GLUED_SUFFIX = alternation(list(lex.SUFFIXES))
_PERCENT_WORDS = alternation(w for w in lex.PERCENT if w != "%")

_DIGITS = re.compile(
    rf"""
    (?:(?P<cur>{_CURRENCY})\s?)?                # optional currency before the figure
    (?P<num>
        \d{{1,3}}(?:[{_SEPARATORS}]\d{{3}})+    # 10,000 / 10 000 (thin or no-break space)
        (?:\.\d+)?                              #   with optional decimals
      | \d+(?:\.\d+)?                           # 1500 / 39.3
    )
    (?![\d])
    (?:
        (?P<suf>(?:{_GLUED_SUFFIX}))(?![A-Za-z]) # 12k, 3bn: suffix glued to the digits
      | \s(?P<spsuf>bn|mn|mln|tn|trn)(?![A-Za-z])   # 3 bn: spaced suffix, never bare m/b/k
      | \s+(?P<scale>{_SCALE_WORDS})(?![A-Za-z])  # 1.5 million
    )?
    (?P<pct>\s?%|\s+(?:{_PERCENT_WORDS})(?![A-Za-z]))?
    """,
    re.VERBOSE,
)

_WORDS = re.compile(
    rf"""
    (?<![A-Za-z-])
    (?P<cur>(?:{_CURRENCY}))?
    (?P<words>
        (?:{_WORD_TENS})(?:[-\s](?:{_WORD_UNITS}))?   # twenty-five / forty
      | (?:{_WORD_UNITS})                            # five / nineteen
    )
    (?P<scales>(?:\s+(?:{_SCALE_WORDS}))*)           # two million, five hundred thousand
    (?![A-Za-z])
    (?P<pct>\s+per\s?cent(?![A-Za-z]))?
    """,
    re.VERBOSE | re.IGNORECASE,
)

_PHRASES = re.compile(
    rf"(?<![A-Za-z])(?P<phrase>{alternation(list(lex.PHRASES))})(?=\s+of\b|(?![A-Za-z]))",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class Atom:
    """One stated number.

    Attributes:
        start, end: offsets of the atom's surface in the scanned text.
        value: the number it states.
        unit: ``"count"``, ``"percent"`` or a currency name.
        digits: the digit string as written (``"10,000"``), empty for words.
        words: ``True`` when written in words ("five", "a dozen").
        scaled: ``True`` when a scale word or suffix multiplied it.
    """

    start: int
    end: int
    value: Decimal
    unit: str = "count"
    digits: str = ""
    words: bool = False
    scaled: bool = False


def parse_words(words: str) -> Decimal:
    """The value of a number written in words.

    >>> parse_words("twenty-five")
    Decimal('25')
    >>> parse_words("two million")
    Decimal('2000000')
    """
    total = Decimal(0)
    current = Decimal(0)
    for token in re.split(r"[-\s]+", words.lower()):
        if token in lex.UNITS:
            current += lex.UNITS[token]
        elif token in lex.TENS:
            current += lex.TENS[token]
        elif token == "dozen":
            current = (current or Decimal(1)) * 12
        elif token == "hundred":
            current = (current or Decimal(1)) * 100
        elif token in lex.SCALES:
            total += (current or Decimal(1)) * lex.SCALES[token]
            current = Decimal(0)
    return total + current


def _scale_of(match: re.Match[str]) -> Decimal:
    suffix = match.group("suf") or match.group("spsuf")
    if suffix:
        return lex.SUFFIXES[suffix]
    scale = match.group("scale")
    if scale:
        return lex.SCALES[scale.lower()]
    return Decimal(1)


def _unit_of(match: re.Match[str]) -> str:
    percent = match.group("pct")
    if percent and "point" in percent.lower():
        return "percentage point"
    if percent:
        return "percent"
    currency = match.group("cur")
    if currency:
        return lex.CURRENCIES[currency]
    return "count"


def _from_digits(match: re.Match[str]) -> Atom | None:
    raw = match.group("num")
    try:
        number = Decimal(re.sub(f"[{_SEPARATORS}]", "", raw))
    except InvalidOperation:  # pragma: no cover - the regex only admits digits
        return None
    scale = _scale_of(match)
    return Atom(
        start=match.start(),
        end=match.end(),
        value=number * scale,
        unit=_unit_of(match),
        digits=raw,
        scaled=scale != 1,
    )


def scan_atoms(text: str) -> list[Atom]:
    """Every numeric atom in ``text``, in order, without overlaps.

    >>> [(a.value, a.unit) for a in scan_atoms("$3 bn in munitions and a dozen tanks")]
    [(Decimal('3000000000'), 'US dollar'), (Decimal('12'), 'count')]
    >>> [str(a.value) for a in scan_atoms("twenty-five people, 12k fans, 1.5 million")]
    ['25', '12000', '1500000.0']
    """
    atoms: list[Atom] = []
    for match in _DIGITS.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue  # glued to a word or another number: "G7", "1,1", ".5"
        atom = _from_digits(match)
        if atom is not None:
            atoms.append(atom)
    taken = bytearray(len(text))
    for atom in atoms:
        taken[atom.start : atom.end] = b"\x01" * (atom.end - atom.start)
    for match in _PHRASES.finditer(text):
        if not any(taken[match.start() : match.end()]):
            phrase = " ".join(match.group("phrase").lower().split())
            atoms.append(
                Atom(
                    start=match.start(),
                    end=match.end(),
                    value=lex.PHRASES[phrase],
                    words=True,
                )
            )
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    for match in _WORDS.finditer(text):
        if any(taken[match.start() : match.end()]):
            continue
        words = match.group("words") + match.group("scales")
        atoms.append(
            Atom(
                start=match.start(),
                end=match.end(),
                value=parse_words(words),
                unit=_unit_of(match),
                words=True,
                scaled=bool(match.group("scales").strip()),
            )
        )
    atoms.sort(key=lambda a: a.start)
    return atoms
