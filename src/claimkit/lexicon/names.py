"""Words before a number that make it part of a name or reference, not a figure.

"Article 5", "Route 66", "Flight 17", "No. 3", "Resolution 2231", "page 12".
Matched case-insensitively against the word right before a number.  A
capitalised word that is not in ``OPENERS`` also marks a name ("Shenzhou 19",
"Boeing 737") when the number has no thousands separator; ``OPENERS`` lists the
capitalised words that may start a sentence before a real figure.
"""

from __future__ import annotations

from typing import Final

__all__ = ["NAME_PREFIXES", "OPENERS"]

NAME_PREFIXES: Final[frozenset[str]] = frozenset(
    """article section chapter clause paragraph page pages p. pp. no. nos. number
    route highway interstate flight room level category grade phase resolution
    unit division brigade battalion regiment corps squadron gate terminal platform
    channel vol. volume episode season series version model type class mark mk
    district ward precinct lane street avenue block building floor apartment
    figure table item line bus train tier stage cat. covid- title formula""".split()
)

OPENERS: Final[frozenset[str]] = frozenset(
    """about around approximately roughly some nearly almost up at over more fewer
    less under just an a the only another all of and but while with by since in on
    between from to as estimated no close upwards well""".split()
)
