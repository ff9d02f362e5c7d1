"""Vague counts ("thousands of", "dozens", "a few") and the bounds they stand for.

Plural scale words mean at least two of the unit and fewer than the next scale
("thousands" is [2,000, 10,000)), following the reading in the Oxford English
Dictionary's "in the plural, an indefinitely large number"; "dozens" tops out at
a gross (144).  Small quantifiers follow the bounds used by the Uppsala Conflict
Data Program for low-count reports.  Fields: ``phrase`` (lower case, as written
before the noun, without a trailing "of"), ``low``, ``high`` and whether ``high``
is included.  :class:`~claimkit.policy.HedgePolicy` can override any row.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

__all__ = ["VAGUE", "VagueEntry", "by_phrase"]


class VagueEntry(NamedTuple):
    """One vague count and its default bounds."""

    phrase: str
    low: Decimal
    high: Decimal
    high_closed: bool


def _v(phrase: str, low: int, high: int, high_closed: bool = False) -> VagueEntry:
    return VagueEntry(phrase, Decimal(low), Decimal(high), high_closed)


VAGUE: tuple[VagueEntry, ...] = (
    _v("a couple", 2, 3, True),
    _v("a few", 2, 5, True),
    _v("a handful", 2, 6, True),
    _v("several", 3, 10),
    _v("a dozen or so", 10, 15, True),
    _v("dozens", 24, 144),
    _v("scores", 40, 200),
    _v("hundreds", 200, 1_000),
    _v("several hundred", 300, 1_000),
    _v("a few hundred", 200, 500, True),
    _v("thousands", 2_000, 10_000),
    _v("several thousand", 3_000, 10_000),
    _v("a few thousand", 2_000, 5_000, True),
    _v("tens of thousands", 20_000, 100_000),
    _v("hundreds of thousands", 200_000, 1_000_000),
    _v("millions", 2_000_000, 10_000_000),
    _v("several million", 3_000_000, 10_000_000),
    _v("tens of millions", 20_000_000, 100_000_000),
    _v("hundreds of millions", 200_000_000, 1_000_000_000),
    _v("billions", 2_000_000_000, 10_000_000_000),
)

_BY_PHRASE = {entry.phrase: entry for entry in VAGUE}


def by_phrase(phrase: str) -> VagueEntry | None:
    """The entry for a normalised vague phrase ("of" stripped), or ``None``.

    >>> by_phrase("Thousands of").low
    Decimal('2000')
    """
    words = phrase.lower().split()
    if words and words[-1] == "of":
        words = words[:-1]
    return _BY_PHRASE.get(" ".join(words))
