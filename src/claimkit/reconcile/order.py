"""Canonical order: records sorted, deduplicated and numbered independently of input order.

:func:`canonical` is how :func:`~claimkit.reconcile.reconcile` reads its input.
It sorts the claims first, from cheap per-claim keys, and only then builds the
records, in that order: the rules walk records by subject and time, and records
built in that order also lie together in memory, which keeps a million of them
quick to walk.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from claimkit.model import Claim, Source
from claimkit.reconcile.labels import FAR_FUTURE
from claimkit.reconcile.records import ClaimParts, Normaliser, Record

__all__ = ["canonical"]

_UNDATED = (FAR_FUTURE + 1, FAR_FUTURE + 1)
_SPAN = (1 << 40) - 1  # spans beyond it wrap; ties are broken by text and repr


def canonical(claims: Iterable[Claim], reader: Normaliser) -> list[Record]:
    """Records for ``claims`` in an order that does not depend on the input, equal
    claims once, each numbered by its place (:attr:`Record.rank`).

    The order is: subject (unit, key, role), interval, time window, voice,
    article and span, then the figure's text, the sentence and the claim's
    ``repr``.  Each costly part is replaced by its rank among the distinct values
    present and the ranks are packed into one int per claim, so sorting a
    million claims sorts a million ints.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Quantity
        >>> from claimkit.reconcile.options import ReconcileOptions
        >>> reader = Normaliser(P, ReconcileOptions())
        >>> claims = [Claim(quantity=Quantity.exact(n)) for n in (30, 10, 20, 10)]
        >>> [(r.rank, r.claim.quantity.text) for r in canonical(claims, reader)]
        [(0, '10'), (1, '20'), (2, '30')]
    """
    claims = list(claims)
    parts = [reader.parts(claim) for claim in claims]
    keys = _keys(claims, parts)
    # sort plain ints: the key with the input position in its low bits
    shift = len(claims).bit_length()
    low = (1 << shift) - 1
    order = sorted([(key << shift) | n for n, key in enumerate(keys)])
    del keys
    kept: list[int] = []
    start, total = 0, len(order)
    while start < total:
        end = start + 1
        head = order[start] >> shift
        while end < total and order[end] >> shift == head:
            end += 1
        if end == start + 1:
            kept.append(order[start] & low)
        else:  # equal keys: order by text, sentence and repr; count equal claims once
            run: list[int] = []
            for n in sorted(
                (v & low for v in order[start:end]), key=lambda n: _tiebreak(claims[n])
            ):
                if not any(claims[n] == claims[other] for other in run):
                    run.append(n)
            kept.extend(run)
        start = end
    del order
    return [reader.record(claims[n], rank, parts[n]) for rank, n in enumerate(kept)]


def _keys(claims: list[Claim], parts: list[ClaimParts]) -> list[int]:
    """One packed sort key per claim (the span's ends in the lowest bits)."""
    pairs = list(zip(claims, parts, strict=True))
    # subjects, intervals, windows and voices are shared objects: rank each once
    units = _rank_by({p[1][4]: p[1][4] for p in parts})
    subjects = _rank_by({id(p[0]): (p[0][0], p[0][1] or "") for p in parts})
    boxes = _rank_by({id(p[1]): p[1][1:3] for p in parts})
    windows = _rank_by({id(p[2]): p[2] or _UNDATED for p in parts})
    voices = _rank_by({id(p[4]): p[4][0] for p in parts})
    firsts = {p[5]: c.source for c, p in pairs}
    articles = _rank_by({number: _article(source) for number, source in firsts.items()})
    w_subject, w_box, w_window, w_voice, w_article = (
        max(t.values(), default=0).bit_length()
        for t in (subjects, boxes, windows, voices, articles)
    )
    keys = []
    for claim, (subject, interval, window, _, voice, source, _, _) in pairs:
        key = (units[interval[4]] << w_subject) | subjects[id(subject)]
        key = (key << w_box) | boxes[id(interval)]
        key = (key << w_window) | windows[id(window)]
        key = (key << w_voice) | voices[id(voice)]
        key = (key << w_article) | articles[source]
        start, end = claim.span
        keys.append((((key << 40) | (start & _SPAN)) << 40) | (end & _SPAN))
    return keys


def _rank_by(values: dict[Any, Any]) -> dict[Any, int]:
    """For each name, the rank of its value among the distinct values (equal
    values share a rank)."""
    ranks = {value: n for n, value in enumerate(sorted(set(values.values())))}
    return {name: ranks[value] for name, value in values.items()}


def _tiebreak(claim: Claim) -> tuple[str, str, str]:
    return (claim.quantity.text, claim.sentence, repr(claim))


def _article(source: Source) -> tuple[object, ...]:
    """An article's sort key: each of publisher, title, URL, date and byline, a
    missing one first (flat, so that comparing two keys is quick)."""
    publisher, title, url, published, byline = (
        source.publisher,
        source.title,
        source.url,
        source.published,
        source.byline,
    )
    return (
        publisher is not None,
        publisher or "",
        title is not None,
        title or "",
        url is not None,
        url or "",
        published is not None,
        published or "",
        byline is not None,
        byline or "",
    )
