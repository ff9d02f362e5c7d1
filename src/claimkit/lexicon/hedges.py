"""Hedge phrases and the bound rule each one stands for.

Entries were collected from wire-service style guides (AP, Reuters "about/around",
"more than/over") and from reading conflict, disaster and crowd-size reporting.
Each row is one phrase as it appears before a figure (matched case-insensitively,
whitespace-flexible), its :class:`~claimkit.model.Hedge` kind, and the
:class:`HedgeRule` that :class:`~claimkit.policy.HedgePolicy` turns into bounds.
Adding a hedge means adding a row here; parsers and property tests pick it up.

``POSTFIX`` holds phrases that follow the figure ("3,000 or so", "5,000 or more").
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from claimkit.model import Hedge

__all__ = ["HEDGES", "POSTFIX", "HedgeEntry", "HedgeRule", "by_phrase"]


class HedgeRule(enum.Enum):
    """How a hedge turns a figure N into bounds (tolerances come from the policy)."""

    exact = "exact"  # N, widened only by implicit precision
    approximate = "approximate"  # [N(1-t), N(1+t)]
    near_below = "near_below"  # [N(1-t), N)   "nearly", "almost"
    near_above = "near_above"  # (N, N(1+t)]   "just over"
    upper_closed = "upper_closed"  # [floor, N]   "up to", "at most"
    upper_open = "upper_open"  # [floor, N)    "fewer than", "under"
    lower_closed = "lower_closed"  # [N, inf)   "at least"
    lower_open = "lower_open"  # (N, inf)       "more than", "over"


class HedgeEntry(NamedTuple):
    """One hedge phrase: its words, kind and bound rule."""

    phrase: str
    hedge: Hedge
    rule: HedgeRule


_A, _U, _L = Hedge.approximate, Hedge.upper_bound, Hedge.lower_bound

HEDGES: tuple[HedgeEntry, ...] = (
    HedgeEntry("about", _A, HedgeRule.approximate),
    HedgeEntry("around", _A, HedgeRule.approximate),
    HedgeEntry("approximately", _A, HedgeRule.approximate),
    HedgeEntry("approx.", _A, HedgeRule.approximate),
    HedgeEntry("roughly", _A, HedgeRule.approximate),
    HedgeEntry("some", _A, HedgeRule.approximate),
    HedgeEntry("an estimated", _A, HedgeRule.approximate),
    HedgeEntry("estimated", _A, HedgeRule.approximate),
    HedgeEntry("an approximate", _A, HedgeRule.approximate),
    HedgeEntry("circa", _A, HedgeRule.approximate),
    HedgeEntry("ca.", _A, HedgeRule.approximate),
    HedgeEntry("nearly", _A, HedgeRule.near_below),
    HedgeEntry("almost", _A, HedgeRule.near_below),
    HedgeEntry("close to", _A, HedgeRule.near_below),
    HedgeEntry("just under", _A, HedgeRule.near_below),
    HedgeEntry("just below", _A, HedgeRule.near_below),
    HedgeEntry("just shy of", _A, HedgeRule.near_below),
    HedgeEntry("just short of", _A, HedgeRule.near_below),
    HedgeEntry("just over", _A, HedgeRule.near_above),
    HedgeEntry("just above", _A, HedgeRule.near_above),
    HedgeEntry("slightly more than", _A, HedgeRule.near_above),
    HedgeEntry("a little over", _A, HedgeRule.near_above),
    HedgeEntry("up to", _U, HedgeRule.upper_closed),
    HedgeEntry("as many as", _U, HedgeRule.upper_closed),
    HedgeEntry("as much as", _U, HedgeRule.upper_closed),
    HedgeEntry("at most", _U, HedgeRule.upper_closed),
    HedgeEntry("no more than", _U, HedgeRule.upper_closed),
    HedgeEntry("not more than", _U, HedgeRule.upper_closed),
    HedgeEntry("a maximum of", _U, HedgeRule.upper_closed),
    HedgeEntry("fewer than", _U, HedgeRule.upper_open),
    HedgeEntry("less than", _U, HedgeRule.upper_open),
    HedgeEntry("under", _U, HedgeRule.upper_open),
    HedgeEntry("below", _U, HedgeRule.upper_open),
    HedgeEntry("at least", _L, HedgeRule.lower_closed),
    HedgeEntry("no fewer than", _L, HedgeRule.lower_closed),
    HedgeEntry("no less than", _L, HedgeRule.lower_closed),
    HedgeEntry("not less than", _L, HedgeRule.lower_closed),
    HedgeEntry("a minimum of", _L, HedgeRule.lower_closed),
    HedgeEntry("more than", _L, HedgeRule.lower_open),
    HedgeEntry("over", _L, HedgeRule.lower_open),
    HedgeEntry("in excess of", _L, HedgeRule.lower_open),
    HedgeEntry("upwards of", _L, HedgeRule.lower_open),
    HedgeEntry("upward of", _L, HedgeRule.lower_open),
    HedgeEntry("above", _L, HedgeRule.lower_open),
    HedgeEntry("exceeding", _L, HedgeRule.lower_open),
    HedgeEntry("well over", _L, HedgeRule.lower_open),
    HedgeEntry("well above", _L, HedgeRule.lower_open),
)

POSTFIX: tuple[HedgeEntry, ...] = (
    HedgeEntry("or so", _A, HedgeRule.approximate),
    HedgeEntry("or more", _L, HedgeRule.lower_closed),
    HedgeEntry("or fewer", _U, HedgeRule.upper_closed),
    HedgeEntry("or less", _U, HedgeRule.upper_closed),
    HedgeEntry("plus", _L, HedgeRule.lower_closed),
)

_BY_PHRASE = {entry.phrase: entry for entry in (*HEDGES, *POSTFIX)}


def by_phrase(phrase: str) -> HedgeEntry | None:
    """The entry for a normalised hedge phrase, or ``None``.

    >>> by_phrase("up to").rule
    <HedgeRule.upper_closed: 'upper_closed'>
    """
    return _BY_PHRASE.get(" ".join(phrase.lower().split()))
