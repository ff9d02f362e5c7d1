"""Which pairs to judge: every pair of a small episode, a bounded sweep of a large one.

Records are first bucketed by unit, key and role and split into time episodes
(:func:`~claimkit.reconcile.compare.episodes`).  Then, per episode:

* **Exhaustive.**  Up to ``options.exhaustive_limit`` records (undated ones of
  the bucket included), every pair is judged.  Every property in
  ``docs/relations.md`` holds exactly here.
* **Summarised.**  A larger episode is split by subject signature (actor, place,
  cohort; a record that leaves one out joins the only signature it could mean)
  and each signature is swept in time order.  A record is judged only against
  records that start at most ``options.time_window`` days after it (and, on a
  crowded day, at most ``4 * options.scan_limit`` records after it), and among
  those only against its neighbours in value: at most ``options.max_partners``
  overlapping ones, the nearest wholly above it and the nearest wholly below it.
  So n records yield at most ``n * (max_partners + 2)`` relations, whatever the
  figures, and the cost is ``O(n log n)``.  Undated records
  are compared with their value neighbours across the whole episode.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Iterator

from claimkit.reconcile.compare import comparable
from claimkit.reconcile.consensus import group_records
from claimkit.reconcile.labels import FAR_PAST, Position
from claimkit.reconcile.options import ReconcileOptions
from claimkit.reconcile.records import Record

__all__ = ["episode_pairs", "slices", "time_sweep", "value_sweep"]

Entry = tuple[int, int, int, int]  # (code of lo, code of hi, rank, index)


def _start(rec: Record) -> int:
    """The day a dated record's window starts (its end when open at the start)."""
    assert rec.window is not None
    return rec.window[0] if rec.window[0] > FAR_PAST else rec.window[1]


def episode_pairs(
    spell: list[Record], undated: list[Record], first: bool, options: ReconcileOptions
) -> Iterator[tuple[Record, Record, bool]]:
    """Pairs to judge in one episode, each with whether it is known to be
    comparable; ``undated`` are the bucket's undated records, compared among
    themselves only when ``first``.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Quantity
        >>> from claimkit.reconcile.records import Normaliser
        >>> options = ReconcileOptions()
        >>> reader = Normaliser(P, options)
        >>> loose = [reader.record(Claim(quantity=Quantity.exact(n))) for n in (1, 2, 3)]
        >>> [checked for _, _, checked in episode_pairs([], loose, True, options)]
        [False, False, False]
        >>> len(list(episode_pairs([], loose, False, options)))
        0
    """
    members = spell + undated
    if len(members) <= options.exhaustive_limit:
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                if first or x.window is not None or y.window is not None:
                    yield x, y, False
        return
    split = group_records(members, members[0].cumulative)
    for signature in sorted(split, key=str):
        run = split[signature]
        dated = [r for r in run if r.window is not None]
        for x, y in time_sweep(dated, options):
            yield x, y, True
        if len(dated) < len(run):
            ordered = sorted(run, key=_value_order)
            for x, y in value_sweep(ordered, options):
                loose = (x.window is None) + (y.window is None)
                if loose == 1 or (loose == 2 and first):
                    yield x, y, True


def _value_order(rec: Record) -> tuple[Position, Position, int]:
    return (rec.lo, rec.hi, rec.rank)


def value_sweep(
    ordered: list[Record], options: ReconcileOptions
) -> Iterator[tuple[Record, Record]]:
    """Comparable pairs among records sorted by ``(lo, hi, rank)``: each record with
    up to ``max_partners`` overlapping successors and the nearest one wholly above
    (every comparable pair when the list is small).

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Quantity
        >>> from claimkit.reconcile.records import Normaliser
        >>> options = ReconcileOptions(exhaustive_limit=2)
        >>> reader = Normaliser(P, options)
        >>> ordered = [reader.record(Claim(quantity=Quantity.exact(n)), n) for n in (1, 2, 3)]
        >>> [(x.rank, y.rank) for x, y in value_sweep(ordered, options)]
        [(1, 2), (2, 3)]
    """
    n = len(ordered)
    if n <= options.exhaustive_limit:
        for i, x in enumerate(ordered):
            for y in ordered[i + 1 :]:
                if comparable(x, y, options):
                    yield x, y
        return
    code = _codes(ordered)
    lows = [code[r.lo] for r in ordered]
    limit, wanted = options.scan_limit, options.max_partners
    for i, x in enumerate(ordered):
        x_hi = code[x.hi]
        partners = 0
        for j in range(i + 1, min(n, i + 1 + limit)):
            if lows[j] > x_hi or partners >= wanted:
                break
            if comparable(x, ordered[j], options):
                partners += 1
                yield x, ordered[j]
        k = bisect_right(lows, x_hi, lo=i + 1)
        for y in ordered[k : k + limit]:
            if comparable(x, y, options):
                yield x, y
                break


def time_sweep(dated: list[Record], options: ReconcileOptions) -> Iterator[tuple[Record, Record]]:
    """Comparable pairs among dated records of one signature (see the module docstring).

    Examples:
        >>> import datetime as dt
        >>> from claimkit import DEFAULT_POLICY as P, Claim, ClaimDate, Quantity
        >>> from claimkit.reconcile.records import Normaliser
        >>> options = ReconcileOptions(time_window=5)
        >>> reader = Normaliser(P, options)
        >>> def rec(figure, day):
        ...     date = ClaimDate(said_on=dt.date(2025, 1, day))
        ...     return reader.record(Claim(quantity=Quantity.exact(figure), date=date), day)
        >>> [(x.rank, y.rank) for x, y in time_sweep([rec(7, 1), rec(7, 3), rec(9, 20)], options)]
        [(1, 3)]
    """
    timed = sorted([(_start(r), r.rank, r) for r in dated])  # ranks are unique
    starts = [t for t, _, _ in timed]
    order = [r for _, _, r in timed]
    code = _codes(order)
    entries: list[Entry] = [(code[r.lo], code[r.hi], r.rank, i) for i, r in enumerate(order)]
    above_all = len(code)
    n, window = len(order), options.time_window
    limit, wanted = options.scan_limit, options.max_partners
    horizon = 4 * limit  # at most this many later records are in view at once
    active: list[Entry] = []  # records starting after x, by value
    added = 0
    for i, x in enumerate(order):
        if added > i:
            del active[bisect_left(active, entries[i])]
        else:
            added = i + 1
        while added < n and starts[added] - starts[i] <= window and added - i <= horizon:
            insort(active, entries[added])
            added += 1
        x_lo, x_hi = entries[i][0], entries[i][1]
        here = bisect_left(active, (x_lo, -1, -1, -1))
        partners = 0
        for entry in active[here : here + limit]:  # overlapping, from x upwards
            if entry[0] > x_hi or partners >= wanted:
                break
            y = order[entry[3]]
            if comparable(x, y, options):
                partners += 1
                yield x, y
        below = None
        for entry in reversed(active[max(0, here - limit) : here]):  # from x downwards
            if entry[1] >= x_lo:  # starts below x and reaches it: overlaps
                if partners < wanted:
                    y = order[entry[3]]
                    if comparable(x, y, options):
                        partners += 1
                        yield x, y
            elif below is None:
                y = order[entry[3]]
                if comparable(x, y, options):
                    below = y
            if below is not None and partners >= wanted:
                break
        if below is not None:
            yield x, below
        above = bisect_right(active, (x_hi, above_all, -1, -1))
        for entry in active[above : above + limit]:
            y = order[entry[3]]
            if comparable(x, y, options):
                yield x, y
                break


def _codes(records: list[Record]) -> dict[Position, int]:
    """Each end position of ``records`` numbered in order: sweeps compare small
    ints, not ``(kind, Decimal, tweak)`` tuples."""
    ends = {r.lo for r in records}
    ends.update(r.hi for r in records)
    return {position: n for n, position in enumerate(sorted(ends))}


def slices(spell: list[Record], options: ReconcileOptions) -> list[list[Record]]:
    """An episode for grouping: one slice, or, when it is crowded (more than
    ``exhaustive_limit`` records) and long (over three time windows), slices of
    one time window each by where records start.

    Examples:
        >>> import datetime as dt
        >>> from claimkit import DEFAULT_POLICY as P, Claim, ClaimDate, Quantity
        >>> from claimkit.reconcile.records import Normaliser
        >>> options = ReconcileOptions(exhaustive_limit=2, time_window=10)
        >>> reader = Normaliser(P, options)
        >>> def rec(day):
        ...     date = ClaimDate(said_on=dt.date(2025, 1, 1) + dt.timedelta(days=day))
        ...     return reader.record(Claim(quantity=Quantity.exact(day), date=date))
        >>> [len(piece) for piece in slices([rec(d) for d in (0, 5, 12, 25, 33)], options)]
        [2, 1, 1, 1]
    """
    window = max(options.time_window, 1)
    times = [_start(r) for r in spell]
    if len(spell) <= options.exhaustive_limit or max(times) - min(times) <= 3 * window:
        return [spell]
    first = min(times)
    cut: dict[int, list[Record]] = defaultdict(list)
    for rec, time in zip(spell, times, strict=True):
        cut[(time - first) // window].append(rec)
    return [cut[k] for k in sorted(cut)]
