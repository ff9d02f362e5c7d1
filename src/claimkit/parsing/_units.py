"""The only module that imports quantulum3: names the unit after a figure.

quantulum3 is slow (about 17 kB/s) and eager (it reads "5 in Kursk" as inches),
so it is only asked about the few words right after a figure, only when the
first of them is in :data:`claimkit.lexicon.units.UNIT_TOKENS` and the words
are in neither of claimkit's own tables (``UNITS``, ``FALLBACK``), and answers
are cached; it is imported on that first need.  quantulum3 configures the root
logger inside ``parse()``; this adapter restores the logging state around each
call so claimkit never configures logging.
"""

from __future__ import annotations

import functools
import logging
import re
import warnings
from typing import Any

from claimkit.lexicon.units import FALLBACK, UNIT_TOKENS, UNITS

__all__ = ["unit_after"]


@functools.cache
def _q_parser() -> Any:
    """quantulum3's parser, imported on first need: it costs seconds in a fresh
    process (it imports inflect, which imports typeguard)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    return parser


_TOKEN = re.compile(r"[ \t\u00a0-]?([A-Za-z°][A-Za-z°/.]*)")
_WORDS_AFTER = re.compile(r"[ \t\u00a0-]?[A-Za-z°][A-Za-z°/.]*(?:[ \t][A-Za-z°][A-Za-z°/]*){0,2}")


def _quiet_parse(text: str) -> list[Any]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(_q_parser().parse(text))
    except Exception:  # quantulum3 raises assorted errors on odd input
        return []
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


@functools.lru_cache(maxsize=4096)
def _lookup(words: str) -> tuple[str, int] | None:
    tokens = words.split()
    for size in (3, 2, 1):
        written = " ".join(tokens[:size]).rstrip(".")
        key = written.lower()
        if len(tokens) >= size and (key in FALLBACK or key in UNITS):
            return FALLBACK.get(key) or UNITS[key], len(written)
    probe = "1 " + words
    for quantity in _quiet_parse(probe):
        name = str(quantity.unit.name)
        start, end = quantity.span
        if start == 0 and end > 2 and name != "dimensionless":
            return name, end - 2
    return None


_FUNCTION_WORDS = frozenset("in on at of to for from by and or with as the a an".split())


def _cut_at_function_word(raw: str) -> str:
    """The unit words before the first function word ("degrees Celsius in" ->
    "degrees Celsius"); quantulum3 would read "in" as inches."""
    kept: list[str] = []
    for token in re.split(r"(\s+)", raw):
        if token.strip().lower() in _FUNCTION_WORDS and any(k.strip() for k in kept):
            break
        kept.append(token)
    return "".join(kept).rstrip()


def unit_after(text: str, position: int) -> tuple[str, int] | None:
    """The unit named right after ``position`` and where its words end.

    Returns ``(unit name, end offset)`` or ``None`` when the words there are
    not a unit (then they are what the figure counts).

    >>> unit_after("ran 39.3 km that day", 8)
    ('kilometre', 11)
    >>> unit_after("3,000 troops", 5) is None
    True
    """
    head = _TOKEN.match(text, position)
    if head is None or head.group(1).lower().rstrip(".") not in UNIT_TOKENS:
        return None
    words = _WORDS_AFTER.match(text, position)
    if words is None:  # pragma: no cover - _TOKEN matched, so this does too
        return None
    raw = _cut_at_function_word(words.group(0))
    lead = len(raw) - len(raw.lstrip(" \t\u00a0-"))
    found = _lookup(raw[lead:])
    if found is None:
        return None
    name, length = found
    return name, position + lead + length
