"""Regex alternations built from lexicon tables.

Every lexicon-driven pattern in the parser goes through :func:`alternation`:
entries are escaped, de-duplicated and sorted longest first (so "as many as"
wins over "as"), and a space in an entry matches any run of white space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]


def alternation(entries: Iterable[str]) -> str:
    """A regex alternation of literal entries, longest first, spaces flexible.

    >>> alternation(["as many as", "as", "about"])
    'as\\\\s+many\\\\s+as|about|as'
    >>> import re
    >>> bool(re.fullmatch(alternation(["up to"]), "up   to"))
    True
    """
    ordered = sorted(set(entries), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
