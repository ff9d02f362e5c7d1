"""Records: each claim read once, in the form the rules compare.

A :class:`Record` holds a claim's subject in canonical form (unit, key, role,
actor, place, cohort), its interval under the policy as sortable end positions,
the time window it describes (ordinal days) and its *voice* (the normalised
original source).  :class:`Normaliser` builds them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from claimkit.lexicon.totals import GENERIC_KEYS, cohort_for
from claimkit.model import Claim, Interval, Quantity
from claimkit.policy import HedgePolicy
from claimkit.reconcile.compare import high_position, low_position, time_window
from claimkit.reconcile.labels import Position, label
from claimkit.reconcile.options import ReconcileOptions, normalise

__all__ = ["ClaimParts", "IntervalParts", "Normaliser", "Record", "SubjectParts"]

#: A subject in canonical form: key, role, actor, place, cohort, and whether it
#: is an increment, a running total and a generic key.
SubjectParts = tuple[str, str | None, str | None, str | None, str | None, bool, bool, bool]
#: An interval under the policy, its two end positions, its text and the unit.
IntervalParts = tuple[Interval, Position, Position, str, str]
#: What a record holds besides its claim: subject, interval, time window, day
#: (ordinal), voice (normalised and shown), source number, attribution chain and
#: the claim's ``whole_span`` (see :meth:`Normaliser.parts`).
ClaimParts = tuple[
    SubjectParts,
    IntervalParts,
    "tuple[int, int] | None",
    "int | None",
    tuple[str, str],
    int,
    "str | None",
    "tuple[int, int] | None",
]


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
        "whole_span",
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
    whole_span: tuple[int, int] | None

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
        >>> again = reader.parts(rec.claim)  # looked up, not computed again
        >>> again[0] is reader.parts(rec.claim)[0], again[2:4], again[6]
        (True, (None, None), 'Yu, citing Budanov')
    """

    def __init__(self, policy: HedgePolicy, options: ReconcileOptions) -> None:
        self.policy = policy
        self.options = options
        self.subject_synonyms = dict(options.subject_synonyms)
        self.role_synonyms = dict(options.role_synonyms)
        self.actor_aliases = dict(options.actor_aliases)
        self.place_aliases = dict(options.place_aliases)
        self.source_aliases = dict(options.source_aliases)
        self._boxes: dict[int, tuple[Quantity, IntervalParts]] = {}
        self._subjects: dict[int, tuple[object, SubjectParts]] = {}
        self._voices: dict[str, tuple[str, str]] = {}
        self._chains: dict[int, tuple[object, str]] = {}
        self._sources: dict[int, tuple[object, int]] = {}
        self._source_ids: dict[object, int] = {}
        self._shown: dict[str, set[str]] = {}
        self._windows: dict[tuple[int, int], tuple[int, int]] = {}
        self._days: dict[dt.date, int] = {}

    def interval(self, quantity: Quantity) -> IntervalParts:
        """A quantity's interval under the policy, its end positions, its text and
        the quantity's unit (one shared tuple per quantity object)."""
        hit = self._boxes.get(id(quantity))
        if hit is not None and hit[0] is quantity:
            return hit[1]
        box = self.policy.interval(quantity)
        parts = (box, low_position(box), high_position(box), str(box), quantity.unit)
        self._boxes[id(quantity)] = (quantity, parts)
        return parts

    def subject(self, claim: Claim) -> SubjectParts:
        """A claim's subject in canonical form: ``(key, role, actor, place, cohort,
        increment, cumulative, generic)``."""
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
            (role is not None and role in self.options.cumulative_roles)
            or subject.measure in self.options.cumulative_measures,
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

    def voice(self, claim: Claim) -> tuple[str, str]:
        """A claim's original source: ``(normalised name, shown name)``."""
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

    def parts(self, claim: Claim) -> ClaimParts:
        """Everything a claim's record holds besides the claim, most of it shared
        between claims (see :data:`ClaimParts` and the class example)."""
        window = time_window(claim)
        if window is not None:  # equal windows share one tuple
            window = self._windows.setdefault(window, window)
        when = claim.when
        day = None
        if when is not None:  # equal days share one int
            day = self._days.get(when)
            if day is None:
                day = self._days[when] = when.toordinal()
        attributor = claim.attributor
        who = None
        if attributor is not None:
            hit = self._chains.get(id(attributor))
            if hit is None or hit[0] is not attributor:
                hit = self._chains[id(attributor)] = (attributor, attributor.chain())
            who = hit[1]
        return (
            self.subject(claim),
            self.interval(claim.quantity),
            window,
            day,
            self.voice(claim),
            self.source_id(claim),
            who,
            claim.whole_span,
        )

    def record(self, claim: Claim, rank: int = 0, parts: ClaimParts | None = None) -> Record:
        """Read one claim; ``parts`` are its :meth:`parts` when already known, so
        that building the record does not touch the claim again (see the class
        example)."""
        subject, interval, window, day, voice, source, who, whole_span = parts or self.parts(claim)
        rec = Record()
        rec.claim = claim
        rec.rank = rank
        (
            rec.key,
            rec.role,
            rec.actor,
            rec.place,
            rec.cohort,
            rec.increment,
            rec.cumulative,
            rec.generic,
        ) = subject
        rec.box, rec.lo, rec.hi, rec.box_text, rec.unit = interval
        rec.window = window
        rec.when = day
        rec.voice, rec.voice_name = voice
        rec.source = source
        rec.shown = None
        rec.who = who
        rec.whole_span = whole_span
        return rec
