"""The comparability gate: intervals as sortable positions, time windows, episodes.

Claims are read into records (:mod:`.records`); two records are compared only if
:func:`comparable` says so.  ``docs/relations.md`` explains each choice.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from claimkit.model import Claim, Interval, SaidFrom
from claimkit.reconcile.labels import FAR_FUTURE, FAR_PAST, Position
from claimkit.reconcile.options import ReconcileOptions

if TYPE_CHECKING:
    from claimkit.reconcile.records import Record

__all__ = [
    "PRECISION_DAYS",
    "comparable",
    "episodes",
    "high_position",
    "low_position",
    "overlaps",
    "parts_fit_subject",
    "time_window",
    "window_gap",
]

#: How many days before ``said_on`` a coarse date may reach (``said_on`` is the
#: last day of the period).  Unknown precision reaches back without limit.
PRECISION_DAYS = {"day": 0, "week": 6, "month": 30, "quarter": 91, "season": 91, "year": 365}

#: A claim with no said date, or one dated only by its publication
#: (``SaidFrom.published``), was said at most this many days before publication.
REPORT_LAG = 6

_ZERO = Decimal(0)


def low_position(box: Interval) -> Position:
    """Where an interval starts, as a sortable tuple (-inf first; an open end just after).

    Examples:
        >>> low_position(Interval(low=3, high=None, low_closed=False))
        (1, Decimal('3'), 1)
    """
    if box.low is None:
        return (0, _ZERO, 0)
    return (1, box.low, 0 if box.low_closed else 1)


def high_position(box: Interval) -> Position:
    """Where an interval ends, as a sortable tuple (+inf last; an open end just before).

    Examples:
        >>> high_position(Interval(low=0, high=3000, high_closed=False))
        (1, Decimal('3000'), -1)
    """
    if box.high is None:
        return (2, _ZERO, 0)
    return (1, box.high, 0 if box.high_closed else -1)


def overlaps(lo_a: Position, hi_a: Position, lo_b: Position, hi_b: Position) -> bool:
    """Whether two intervals, given by their positions, share at least one value.

    Examples:
        >>> up_to = Interval(low=0, high=3000)
        >>> at_least = Interval(low=3000, high=None)
        >>> overlaps(low_position(up_to), high_position(up_to),
        ...          low_position(at_least), high_position(at_least))
        True
    """
    return (lo_a if lo_a > lo_b else lo_b) <= (hi_a if hi_a < hi_b else hi_b)


def window_gap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """Days between two time windows (0 when they meet or overlap or one is unknown).

    Examples:
        >>> window_gap((10, 12), (20, 20)), window_gap((10, 30), (20, 20)), window_gap(None, (1, 1))
        (8, 0, 0)
    """
    if a is None or b is None:
        return 0
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def time_window(claim: Claim) -> tuple[int, int] | None:
    """The days (ordinals, inclusive) a claim describes: ``refers_to``, else when it
    was said (reaching back over a coarse precision), else the week before
    publication; ``None`` when nothing dates it.

    Examples:
        >>> import datetime as dt
        >>> from claimkit.model import ClaimDate, Quantity
        >>> c = Claim(quantity=Quantity.exact(5), date=ClaimDate(said_on=dt.date(2025, 3, 5)))
        >>> w = time_window(c); w[1] - w[0], dt.date.fromordinal(w[1])
        (0, datetime.date(2025, 3, 5))
    """
    ref = claim.date.refers_to
    if ref is not None:
        start = ref.start.toordinal() if ref.start is not None else FAR_PAST
        end = ref.end.toordinal() if ref.end is not None else FAR_FUTURE
        return (start, end)
    said = claim.date.said_on
    if said is not None:
        day = said.toordinal()
        if claim.date.said_from is SaidFrom.published:
            return (day - REPORT_LAG, day)  # the day it was printed, not said
        reach = PRECISION_DAYS.get(claim.date.said_precision)
        return (day - reach if reach is not None else FAR_PAST, day)
    published = claim.source.published
    if published is not None:
        day = published.toordinal()
        return (day - REPORT_LAG, day)
    return None


def episodes(bucket: list[Record], window: int) -> tuple[list[list[Record]], list[Record]]:
    """Split a bucket into time episodes, and the undated records.

    Dated records are sorted by the start of their windows and chained: a new
    episode starts when a window begins more than ``window`` days after every
    window so far has ended.  Two records ``window`` days apart or closer are
    always in one episode.

    Examples:
        >>> import datetime as dt
        >>> from claimkit import DEFAULT_POLICY as P, ClaimDate, Quantity
        >>> from claimkit.reconcile.records import Normaliser
        >>> reader = Normaliser(P, ReconcileOptions())
        >>> def on(day):
        ...     date = ClaimDate(said_on=dt.date(2025, 1, 1) + dt.timedelta(days=day))
        ...     return reader.record(Claim(quantity=Quantity.exact(day + 1), date=date))
        >>> spells, undated = episodes([on(0), on(20), on(45), on(90)], 31)
        >>> [[r.claim.quantity.text for r in spell] for spell in spells], undated
        ([['1', '21', '46'], ['91']], [])
    """
    dated = sorted((r for r in bucket if r.window is not None), key=_start_rank)
    undated = [r for r in bucket if r.window is None]
    out: list[list[Record]] = []
    current: list[Record] = []
    end = FAR_PAST
    for rec in dated:
        assert rec.window is not None
        if current and rec.window[0] - end > window:
            out.append(current)
            current = []
        if not current:
            end = rec.window[1]
        current.append(rec)
        end = max(end, rec.window[1])
    if current:
        out.append(current)
    return out, undated


def _start_rank(rec: Record) -> tuple[int, int]:
    assert rec.window is not None
    return (rec.window[0], rec.rank)


def comparable(x: Record, y: Record, options: ReconcileOptions) -> bool:
    """Whether two records count the same quantity at compatible times.

    Unit, key and role must already match (they define the bucket).  Measure,
    actor and place must be equal when both are given; ``None`` matches anything.  Cohorts
    must be equal when both are given; a figure with no cohort matches one with a
    cohort, except that an increment ("an additional 1,500") of a running total
    is never compared with a running total.  Time windows may be at most
    ``options.time_window`` days apart.  Different figures that one voice states
    in one article (equal :class:`~claimkit.model.Source`, both claims with a
    span in its text) for one time are not compared (unless
    ``options.self_conflicts``): the article counts two different things.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Quantity, Subject
        >>> from claimkit.reconcile.records import Normaliser
        >>> options = ReconcileOptions()
        >>> reader = Normaliser(P, options)
        >>> def rec(**subject):
        ...     return reader.record(Claim(quantity=Quantity.exact(1500),
        ...                                subject=Subject(key="troops", **subject)))
        >>> total = rec(role="deployed")
        >>> comparable(total, rec(role="deployed", actor="North Korean"), options)
        True
        >>> comparable(total, rec(role="deployed", qualifiers=("additional",)), options)
        False
        >>> comparable(rec(role="deployed", place="Kursk"), rec(role="deployed", place="Gaza"),
        ...            options)
        False
    """
    mx, my = x.claim.subject.measure, y.claim.subject.measure
    if mx is not None and my is not None and mx != my:
        return False  # insured vs economic losses, deaths vs crowd size
    if x.actor is not None and y.actor is not None and x.actor != y.actor:
        return False
    if x.place is not None and y.place is not None and x.place != y.place:
        return False
    if x.cohort != y.cohort:
        if x.cohort is not None and y.cohort is not None:
            return False
        if x.cumulative and (x.increment or y.increment):
            return False
    a, b = x.window, y.window
    if (
        x.source == y.source
        and a == b
        and x.voice == y.voice
        and not options.self_conflicts
        and not overlaps(x.lo, x.hi, y.lo, y.hi)
        and _in_text(x)
        and _in_text(y)
    ):
        return False  # one voice, one article, one time: two different things
    if a is None or b is None:
        return True
    # the gap between the windows: later start minus earlier end
    later = a[0] if a[0] > b[0] else b[0]
    earlier = a[1] if a[1] < b[1] else b[1]
    return later - earlier <= options.time_window


def _in_text(rec: Record) -> bool:
    """Whether the claim has a place in its article's text (a non-empty span)."""
    start, end = rec.claim.span
    return end > start


def parts_fit_subject(part: Record, whole: Record, options: ReconcileOptions) -> bool:
    """Whether a part's subject can belong to a whole's: same unit and key (a
    generic key such as "killed" fits any), compatible actor, place, cohort and time.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Quantity, Subject
        >>> from claimkit.reconcile.records import Normaliser
        >>> options = ReconcileOptions()
        >>> reader = Normaliser(P, options)
        >>> def rec(key, role):
        ...     return reader.record(Claim(quantity=Quantity.exact(400),
        ...                                subject=Subject(key=key, role=role)))
        >>> parts_fit_subject(rec("killed", "killed"), rec("troops", "casualties"), options)
        True
        >>> parts_fit_subject(rec("civilians", "killed"), rec("troops", "casualties"), options)
        False
    """
    if part.unit != whole.unit:
        return False
    if part.key != whole.key and not part.generic and not whole.generic:
        return False
    if part.actor is not None and whole.actor is not None and part.actor != whole.actor:
        return False
    if part.place is not None and whole.place is not None and part.place != whole.place:
        return False
    if part.cohort is not None and whole.cohort is not None and part.cohort != whole.cohort:
        return False
    return window_gap(part.window, whole.window) <= options.time_window
