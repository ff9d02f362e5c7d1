"""Plain-text tables for the terminal: aligned, never wrapped, at most ``width`` columns.

A table that wraps is unreadable in a terminal, so cells that do not fit are cut
and end in "…" instead.  The column with the most room above its minimum gives
way first; fixed columns (numbers, intervals, dates) keep their width.  No
dependency beyond the stdlib.

Examples:
    >>> print(render([["about 10,000", "Seoul"], ["up to 3,000", "US"]], ["figure", "who"]))
    figure        who
    ------------  -----
    about 10,000  Seoul
    up to 3,000   US
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from claimkit.model import Claim, format_number

if TYPE_CHECKING:
    from decimal import Decimal

    from claimkit.reconcile import Reconciliation

__all__ = [
    "CLAIM_HEADERS",
    "claim_row",
    "claims_table",
    "consensus_table",
    "render",
    "short_key",
    "truncate",
]

ELLIPSIS = "…"
GAP = "  "
MIN_WIDTH = 4

CLAIM_HEADERS = ("#", "figure", "interval", "subject", "attributor", "said on", "span")
_CLAIM_MINIMUM = (None, 14, None, 14, 20, None, None)


def truncate(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters, ending in "…" when it was cut.

    Line breaks become spaces: a cell is one line.

    Examples:
        >>> truncate("Yu Yong-weon, citing Kyrylo Budanov", 16)
        'Yu Yong-weon, c…'
        >>> truncate("short", 16)
        'short'
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    if width <= 0:
        return ""
    return text[: width - 1].rstrip() + ELLIPSIS


def _fit(natural: list[int], floors: list[int], width: int) -> list[int]:
    """Shrink columns until the row fits in ``width``.

    The column with the most room above its floor gives up a character first,
    so long cells are cut before short ones; a floor of ``natural`` width (a
    fixed column) is cut only when nothing else is left.
    """
    widths = list(natural)
    budget = width - len(GAP) * (len(widths) - 1)
    while sum(widths) > budget:
        room = [w - f for w, f in zip(widths, floors, strict=True)]
        widest = max(range(len(widths)), key=lambda i: room[i])
        if room[widest] <= 0:
            # Every column is at its floor: squeeze the widest column of all.
            widest = max(range(len(widths)), key=lambda i: widths[i])
            if widths[widest] <= MIN_WIDTH:
                break
        widths[widest] -= 1
    return widths


def render(
    rows: Iterable[Sequence[str]],
    headers: Sequence[str],
    *,
    width: int = 100,
    minimum: Sequence[int | None] | None = None,
    right: Sequence[bool] | None = None,
) -> str:
    """Lay ``rows`` out under ``headers`` in at most ``width`` characters a line.

    Args:
        rows: one sequence of cell strings per row.
        headers: the column titles.
        width: the most characters a line may take.
        minimum: per column, the width it keeps while other columns can still
            give way, or ``None`` for a fixed column that keeps its natural
            width (default: every column may go down to 4).
        right: which columns align right (default: none).

    Examples:
        >>> print(render([["a very long subject line", "1"]], ["subject", "n"], width=14))
        subject      n
        -----------  -
        a very lon…  1
    """
    table = [[truncate(cell, 10**6) for cell in row] for row in rows]
    ncols = len(headers)
    align = list(right) if right is not None else [False] * ncols
    natural = [max([len(h), *(len(row[i]) for row in table)]) for i, h in enumerate(headers)]
    mins = list(minimum) if minimum is not None else [MIN_WIDTH] * ncols
    floors = [n if m is None else min(m, n) for m, n in zip(mins, natural, strict=True)]
    widths = _fit(natural, floors, width)

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, cell in enumerate(cells):
            text = truncate(cell, widths[i])
            parts.append(text.rjust(widths[i]) if align[i] else text.ljust(widths[i]))
        return GAP.join(parts).rstrip()

    out = [line(headers), GAP.join("-" * w for w in widths)]
    out.extend(line(row) for row in table)
    return "\n".join(out)


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "-"


def claim_row(claim: Claim, number: int | None = None) -> list[str]:
    """The cells of one claim, in the order of :data:`CLAIM_HEADERS`.

    Examples:
        >>> from claimkit.model import Claim, Quantity, Subject
        >>> claim = Claim(quantity=Quantity.exact(1500, text="1,500"),
        ...               subject=Subject(text="troops", key="troops", role="deployed"),
        ...               span=(40, 45))
        >>> claim_row(claim, 1)
        ['1', '1,500', '[1,500, 1,500]', 'troops/deployed', '(the outlet)', '-', '40-45']
    """
    subject = claim.subject.key or claim.subject.head or claim.subject.text or "?"
    if claim.subject.role:
        subject += "/" + claim.subject.role
    who = claim.attributor.chain() if claim.attributor is not None else "(the outlet)"
    return [
        "" if number is None else str(number),
        claim.quantity.text,
        str(claim.quantity.interval),
        subject,
        who,
        _date(claim.date.said_on),
        f"{claim.span[0]}-{claim.span[1]}",
    ]


def claims_table(claims: Iterable[Claim], *, width: int = 100) -> str:
    """Claims as an aligned table: figure, interval, subject, attributor, date, span.

    Examples:
        >>> from claimkit.model import Attributor, Claim, Quantity, Subject
        >>> claim = Claim(quantity=Quantity(value=10000, low=9500, high=10500,
        ...                                 text="about 10,000"),
        ...               subject=Subject(key="troops", role="deployed"),
        ...               attributor=Attributor(name="Park Sun-won"), span=(120, 132))
        >>> print(claims_table([claim]))
        #  figure        interval         subject          attributor    said on  span
        -  ------------  ---------------  ---------------  ------------  -------  -------
        1  about 10,000  [9,500, 10,500]  troops/deployed  Park Sun-won  -        120-132
    """
    rows = [claim_row(claim, i) for i, claim in enumerate(claims, 1)]
    right = (True, False, False, False, False, False, False)
    return render(rows, CLAIM_HEADERS, width=width, minimum=_CLAIM_MINIMUM, right=right)


def _figure(value: Decimal | None) -> str:
    return "open" if value is None else format_number(value)


def short_key(key: str) -> str:
    """A group key without its "any ..." parts and field names, for narrow columns.

    Examples:
        >>> short_key("troops, deployed | actor North Korean | any place | open to 2024-12-31")
        'troops, deployed | North Korean | open to 2024-12-31'
    """
    parts = [p for p in key.split(" | ") if not p.startswith("any ")]
    for prefix in ("actor ", "place "):
        parts = [p.removeprefix(prefix) for p in parts]
    return " | ".join(parts)


def consensus_table(reconciliation: Reconciliation, *, width: int = 100) -> str:
    """One row per group of claims: what it counts and its consensus low, best and high.

    Examples:
        >>> from claimkit.model import Attributor, Quantity, Subject
        >>> from claimkit.reconcile import reconcile
        >>> troops = Subject(key="troops", role="deployed")
        >>> rec = reconcile([
        ...     Claim(quantity=Quantity.exact(10000), subject=troops,
        ...           attributor=Attributor(name="Seoul")),
        ...     Claim(quantity=Quantity(value=10000, low=9500, high=10500, text="about 10,000"),
        ...           subject=troops, attributor=Attributor(name="Kyiv")),
        ... ])
        >>> print(consensus_table(rec))
        #  group                       low    best    high  claims
        -  --------------------------  -----  ------  ------  ------
        1  troops, deployed | undated  9,500  10,000  10,500       2
    """
    rows = []
    for number, group in enumerate(reconciliation.groups, 1):
        est = group.consensus
        rows.append(
            [
                str(number),
                short_key(group.key),
                _figure(est.low),
                _figure(est.best),
                _figure(est.high),
                str(len(group.claims)),
            ]
        )
    headers = ("#", "group", "low", "best", "high", "claims")
    right = (True, False, True, True, True, True)
    return render(
        rows, headers, width=width, minimum=(None, 30, None, None, None, None), right=right
    )
