"""The comparability gate: what each claim counts, when, and who says it.

Every claim is read once into a :class:`Record`: its subject in canonical form
(unit, key, role, actor, place, cohort), its interval under the policy as sortable
end positions, the time window it describes (ordinal days), and its *voice* (the
normalised original source).  Two records are compared only if
:func:`comparable` says so; ``docs/relations.md`` explains each choice.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from decimal import Decimal

from claimkit.lexicon.totals import GENERIC_KEYS, cohort_for
from claimkit.model import Claim, Interval, Quantity
from claimkit.model import format_number as _format_number
from claimkit.policy import HedgePolicy
from claimkit.reconcile.options import ReconcileOptions, normalise

__all__ = [
    "FAR_FUTURE",
    "FAR_PAST",
    "Normaliser",
    "Record",
    "comparable",
    "episodes",
    "format_number",
    "high_position",
    "low_position",
    "overlaps",
    "position_text",
    "window_gap",
]

FAR_PAST = -(10**9)
FAR_FUTURE = 10**9

#: How many days before ``said_on`` a coarse date may reach (``said_on`` is the
#: last day of the period).  Unknown precision reaches back without limit.
PRECISION_DAYS = {"day": 0, "week": 6, "month": 30, "quarter": 91, "season": 91, "year": 365}

#: A claim with no said date was said at most this many days before publication.
REPORT_LAG = 6

Position = tuple[int, Decimal, int]
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


@functools.lru_cache(maxsize=1 << 16)
def format_number(value: Decimal) -> str:
    """:func:`claimkit.model.format_number`, remembered (reasons repeat figures).

    Examples:
        >>> format_number(Decimal("10450.00"))
        '10,450'
    """
    return _format_number(value)


def position_text(lo: Position, hi: Position) -> str:
    """An interval given by its positions, written as ``str(Interval)`` writes it.

    Examples:
        >>> box = Interval(low=3000, high=None)
        >>> position_text(low_position(box), high_position(box)) == str(box)
        True
    """
    left = "(-inf" if lo[0] == 0 else ("[" if lo[2] == 0 else "(") + format_number(lo[1])
    right = "inf)" if hi[0] == 2 else format_number(hi[1]) + ("]" if hi[2] == 0 else ")")
    return f"{left}, {right}"


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
        >>> from claimkit.model import ClaimDate
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
        reach = PRECISION_DAYS.get(claim.date.said_precision)
        day = said.toordinal()
        return (day - reach if reach is not None else FAR_PAST, day)
    published = claim.source.published
    if published is not None:
        day = published.toordinal()
        return (day - REPORT_LAG, day)
    return None


class Record:
    """One claim as the rules see it (internal; built by :class:`Normaliser`)."""

    __slots__ = (
        "actor",
        "box",
        "box_text",
        "claim",
        "cohort",
        "cumulative",
        "generic",
        "hi",
        "increment",
        "key",
        "lo",
        "place",
        "rank",
        "role",
        "shown",
        "source",
        "unit",
        "voice",
        "voice_name",
        "when",
        "who",
        "window",
    )

    claim: Claim
    rank: int
    unit: str
    key: str
    generic: bool
    role: str | None
    actor: str | None
    place: str | None
    cohort: str | None
    increment: bool
    cumulative: bool
    box: Interval
    box_text: str
    lo: Position
    hi: Position
    window: tuple[int, int] | None
    when: int | None
    voice: str
    voice_name: str
    source: int
    shown: str | None
    who: str | None

    @property
    def label(self) -> str:
        """How the claim is named in reasons (see :func:`label`), computed once
        (see :class:`Normaliser` for an example)."""
        if self.shown is None:
            self.shown = label(self.claim, self.voice_name, self.who)
        return self.shown

    @property
    def value(self) -> Decimal | None:
        """The stated point figure, else the midpoint of a bounded interval.

        Examples:
            >>> from claimkit import DEFAULT_POLICY as P, Hedge
            >>> vague = Quantity(low=2000, high=10000, hedge=Hedge.range, text="2,000-10,000")
            >>> Normaliser(P, ReconcileOptions()).record(Claim(quantity=vague)).value
            Decimal('6000')
        """
        value = self.claim.quantity.value
        if value is not None:
            return value
        box = self.box
        if box.low is not None and box.high is not None:
            return (box.low + box.high) / 2
        return None


class Normaliser:
    """Reads claims into records under one policy and one set of options.

    Lookups are cached per object identity (quantities, subjects, attributors
    and sources are usually shared between claims), so a million claims cost one
    pass.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Attributor, Source, Subject
        >>> reader = Normaliser(P, ReconcileOptions(source_aliases={"Budanov": "HUR"}))
        >>> rec = reader.record(Claim(
        ...     quantity=P.quantity(11000, "about"),
        ...     subject=Subject(key="Soldiers", role="Deployed", actor="North Korean"),
        ...     attributor=Attributor(name="Yu", via=(Attributor(name="Budanov"),)),
        ...     source=Source(publisher="UPI")))
        >>> rec.key, rec.role, rec.actor, rec.box_text, rec.voice, rec.voice_name
        ('soldiers', 'deployed', 'north korean', '[10,450, 11,550]', 'hur', 'HUR')
        >>> rec.label, reader.shown(rec.actor), reader.source_id(rec.claim)
        ('about 11,000 (Yu, citing Budanov; UPI, undated)', 'North Korean', 0)
        >>> len(reader.records([rec.claim, rec.claim]))
        2
    """

    def __init__(self, policy: HedgePolicy, options: ReconcileOptions) -> None:
        self.policy = policy
        self.options = options
        self.subject_synonyms = dict(options.subject_synonyms)
        self.role_synonyms = dict(options.role_synonyms)
        self.actor_aliases = dict(options.actor_aliases)
        self.place_aliases = dict(options.place_aliases)
        self.source_aliases = dict(options.source_aliases)
        self._boxes: dict[int, tuple[Quantity, Interval, Position, Position, str]] = {}
        self._subjects: dict[int, tuple[object, tuple[object, ...]]] = {}
        self._voices: dict[str, tuple[str, str]] = {}
        self._chains: dict[int, tuple[object, str]] = {}
        self._sources: dict[int, tuple[object, int]] = {}
        self._source_ids: dict[object, int] = {}
        self._shown: dict[str, set[str]] = {}

    def _interval(self, quantity: Quantity) -> tuple[Interval, Position, Position, str]:
        hit = self._boxes.get(id(quantity))
        if hit is not None and hit[0] is quantity:
            return hit[1:]
        box = self.policy.interval(quantity)
        entry = (quantity, box, low_position(box), high_position(box), str(box))
        self._boxes[id(quantity)] = entry
        return entry[1:]

    def _subject(self, claim: Claim) -> tuple[object, ...]:
        subject = claim.subject
        hit = self._subjects.get(id(subject))
        if hit is not None and hit[0] is subject:
            return hit[1]
        raw_key = (subject.key or subject.head).strip().lower()
        key = self.subject_synonyms.get(normalise(raw_key), raw_key)
        role = subject.role.strip().lower() if subject.role else None
        if role is not None:
            role = self.role_synonyms.get(normalise(role), role)
        cohort = cohort_for(subject.qualifiers)
        out = (
            key,
            role,
            self._alias(subject.actor, self.actor_aliases),
            self._alias(subject.place, self.place_aliases),
            None if cohort is None else cohort.label,
            cohort is not None and cohort.increment,
            role is not None and role in self.options.cumulative_roles,
            key == role or key in GENERIC_KEYS or not key,
        )
        self._subjects[id(subject)] = (subject, out)
        return out

    def _alias(self, value: str | None, aliases: dict[str, str]) -> str | None:
        if value is None or not value.strip():
            return None
        found = aliases.get(normalise(value))
        shown = found if found is not None else value.strip()
        key = normalise(shown)
        self._shown.setdefault(key, set()).add(shown)
        return key

    def shown(self, key: str | None) -> str | None:
        """How a normalised actor or place is displayed (the smallest spelling seen;
        see the class example)."""
        if key is None:
            return None
        return min(self._shown.get(key, {key}))

    def source_id(self, claim: Claim) -> int:
        """A small int per distinct :class:`Source` (equal sources share one; see
        the class example)."""
        source = claim.source
        hit = self._sources.get(id(source))
        if hit is not None and hit[0] is source:
            return hit[1]
        number = self._source_ids.setdefault(source, len(self._source_ids))
        self._sources[id(source)] = (source, number)
        return number

    def _voice(self, claim: Claim) -> tuple[str, str]:
        attributor, source = claim.attributor, claim.source
        if attributor is not None:
            name = attributor.original.name
        else:
            name = source.publisher or source.title or source.url or "unattributed"
        hit = self._voices.get(name)
        if hit is None:
            canonical = self.source_aliases.get(normalise(name))
            shown = canonical if canonical is not None else name
            hit = self._voices[name] = (normalise(shown) or shown, shown)
        return hit

    def record(self, claim: Claim, rank: int = 0) -> Record:
        """Read one claim (see the class example)."""
        rec = Record()
        rec.claim = claim
        rec.rank = rank
        rec.unit = claim.quantity.unit
        (
            rec.key,
            rec.role,
            rec.actor,
            rec.place,
            rec.cohort,
            rec.increment,
            rec.cumulative,
            rec.generic,
        ) = self._subject(claim)  # type: ignore[assignment]
        rec.box, rec.lo, rec.hi, rec.box_text = self._interval(claim.quantity)
        rec.window = time_window(claim)
        when = claim.when
        rec.when = when.toordinal() if when is not None else None
        rec.voice, rec.voice_name = self._voice(claim)
        rec.source = self.source_id(claim)
        rec.shown = None
        attributor = claim.attributor
        if attributor is None:
            rec.who = None
        else:
            hit = self._chains.get(id(attributor))
            if hit is None or hit[0] is not attributor:
                hit = self._chains[id(attributor)] = (attributor, attributor.chain())
            rec.who = hit[1]
        return rec

    def records(self, claims: Iterable[Claim]) -> list[Record]:
        """Read many claims (ranks are assigned later, in canonical order; see the
        class example)."""
        return [self.record(claim) for claim in claims]


def label(claim: Claim, voice_name: str, who: str | None = None) -> str:
    """How a claim is named in reasons: figure, who, outlet and date.

    Examples:
        >>> from claimkit.model import Attributor, ClaimDate, Source
        >>> c = Claim(quantity=Quantity.exact(12000, text="12,000"),
        ...           attributor=Attributor(name="Yu", via=(Attributor(name="Budanov"),)),
        ...           source=Source(publisher="UPI"), date=ClaimDate(said_on=dt.date(2025, 3, 5)))
        >>> label(c, "Budanov")
        '12,000 (Yu, citing Budanov; UPI, 2025-03-05)'
        >>> import attrs
        >>> from claimkit.model import DateRange
        >>> later = DateRange(end=dt.date(2024, 12, 31), precision="month", text="by December")
        >>> label(attrs.evolve(c, date=ClaimDate(said_on=dt.date(2024, 10, 23), refers_to=later)),
        ...       "Budanov")
        '12,000 (Yu, citing Budanov; UPI, 2024-10-23, for by December)'
    """
    quantity = claim.quantity
    figure = quantity.text or _figure(quantity)
    if who is None and claim.attributor is not None:
        who = claim.attributor.chain()
    outlet = claim.source.publisher or claim.source.title or claim.source.url
    date = _dates(claim)
    if who is None:
        return f"{figure} ({outlet or voice_name}, {date})"
    if outlet and normalise(outlet) != normalise(who):
        return f"{figure} ({who}; {outlet}, {date})"
    return f"{figure} ({who}, {date})"


def _dates(claim: Claim) -> str:
    ref = claim.date.refers_to
    if ref is None:
        when = claim.when
        return when.isoformat() if when is not None else "undated"
    said = claim.date.said_on or claim.source.published
    shown = ref.text.strip() or " to ".join(
        d.isoformat() if d is not None else "open" for d in (ref.start, ref.end)
    )
    return f"{said.isoformat() if said is not None else 'undated'}, for {shown}"


def _figure(quantity: Quantity) -> str:
    if quantity.value is not None:
        return format_number(quantity.value)
    return str(quantity.interval)


def episodes(bucket: list[Record], window: int) -> tuple[list[list[Record]], list[Record]]:
    """Split a bucket into time episodes, and the undated records.

    Dated records are sorted by the start of their windows and chained: a new
    episode starts when a window begins more than ``window`` days after every
    window so far has ended.  Two records ``window`` days apart or closer are
    always in one episode.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, ClaimDate
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

    Unit, key and role must already match (they define the bucket).  Actor and
    place must be equal when both are given; ``None`` matches anything.  Cohorts
    must be equal when both are given; a figure with no cohort matches one with a
    cohort, except that an increment ("an additional 1,500") of a running total
    is never compared with a running total.  Time windows may be at most
    ``options.time_window`` days apart.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Subject
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
    if a is None or b is None:
        return True
    # the gap between the windows: later start minus earlier end
    later = a[0] if a[0] > b[0] else b[0]
    earlier = a[1] if a[1] < b[1] else b[1]
    return later - earlier <= options.time_window


def parts_fit_subject(part: Record, whole: Record, options: ReconcileOptions) -> bool:
    """Whether a part's subject can belong to a whole's: same unit and key (a
    generic key such as "killed" fits any), compatible actor, place, cohort and time.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Subject
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


def day(ordinal: int | None) -> str:
    """An ordinal day as ISO text ("open" for the far sentinels, "undated" for None).

    Examples:
        >>> day(dt.date(2025, 2, 21).toordinal()), day(None)
        ('2025-02-21', 'undated')
    """
    if ordinal is None:
        return "undated"
    if ordinal <= FAR_PAST or ordinal >= FAR_FUTURE:
        return "open"
    return dt.date.fromordinal(ordinal).isoformat()
