"""The claim model: immutable attrs classes every other part of claimkit stands on.

A :class:`Claim` is (quantity, subject, date, attributor, source) plus the character
span of its evidence.  A :class:`Quantity` is always an interval with a point value,
unit and hedge, never a bare float.  All classes are frozen and slotted; use
:func:`attrs.evolve` to change one.  Validators raise :class:`InvalidClaimError`
naming the field and value.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from claimkit.errors import InvalidClaimError

__all__ = [
    "Attributor",
    "AttributorKind",
    "Claim",
    "ClaimDate",
    "DateRange",
    "Hedge",
    "Interval",
    "Quantity",
    "SaidFrom",
    "Source",
    "Subject",
    "to_decimal",
]

Number = Decimal | int | float | str


def to_decimal(value: Number, field: str = "value") -> Decimal:
    """Turn a stated figure into a finite :class:`~decimal.Decimal`.

    Floats go through ``str`` so that ``39.3`` stays ``39.3``.

    >>> to_decimal(39.3)
    Decimal('39.3')
    >>> to_decimal("1,500")
    Traceback (most recent call last):
    ...
    claimkit.errors.InvalidClaimError: invalid value='1,500': not a finite number
    """
    if isinstance(value, bool):
        raise InvalidClaimError(field, value, "a bool is not a number")
    if not isinstance(value, Decimal | int | float | str):
        # Decimal() would also take a (sign, digits, exponent) tuple or list, and
        # raise OverflowError for some; a figure is never given that way
        raise InvalidClaimError(field, value, "not a number")
    try:
        if isinstance(value, Decimal):
            out = value
        elif isinstance(value, float):
            if math.isnan(value) or math.isinf(value):
                raise InvalidClaimError(field, value, "not a finite number")
            out = Decimal(repr(value))
        else:
            out = Decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        raise InvalidClaimError(field, value, "not a finite number") from None
    if not out.is_finite():
        raise InvalidClaimError(field, value, "not a finite number")
    return out


def _opt_value(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "value")


def _opt_low(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "low")


def _opt_high(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "high")


class Hedge(enum.Enum):
    """How the stated figure bounds the true one."""

    exact = "exact"
    approximate = "approximate"
    upper_bound = "upper_bound"
    lower_bound = "lower_bound"
    range = "range"
    vague = "vague"


def _check_bounds(
    low: Decimal | None, high: Decimal | None, low_closed: bool, high_closed: bool
) -> None:
    if low is not None and high is not None:
        if low > high:
            raise InvalidClaimError("low", low, f"greater than high={high}")
        if low == high and not (low_closed and high_closed):
            raise InvalidClaimError(
                "low", low, "equal to high with an open end: the interval is empty"
            )


def _closed_flag(instance: Any, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise InvalidClaimError(attribute.name, value, "must be True or False")


def _text(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise InvalidClaimError(attribute.name, value, "must be a str")


def _opt_text(instance: Any, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidClaimError(attribute.name, value, "must be a str or None")


@attrs.frozen(kw_only=True)
class Interval:
    """A non-empty interval of the real line.

    ``None`` on a side means unbounded; an unbounded side is always open (the
    canonical form), whatever flag was passed.  The empty interval is never an
    :class:`Interval`: algebra that can produce it returns ``None``.

    >>> Interval(low=1, high=2)
    Interval(low=Decimal('1'), high=Decimal('2'), low_closed=True, high_closed=True)
    >>> Interval(low=5, high=None).high_closed
    False
    """

    low: Decimal | None = attrs.field(converter=_opt_low)
    high: Decimal | None = attrs.field(converter=_opt_high)
    low_closed: bool = attrs.field(default=True, validator=_closed_flag)
    high_closed: bool = attrs.field(default=True, validator=_closed_flag)

    def __attrs_post_init__(self) -> None:
        if self.low is None and self.low_closed:
            object.__setattr__(self, "low_closed", False)
        if self.high is None and self.high_closed:
            object.__setattr__(self, "high_closed", False)
        _check_bounds(self.low, self.high, self.low_closed, self.high_closed)

    @classmethod
    def point(cls, value: Number) -> Interval:
        """The degenerate interval ``[value, value]``.

        >>> str(Interval.point(3))
        '[3, 3]'
        """
        return cls(low=value, high=value)

    def __str__(self) -> str:
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        low = "-inf" if self.low is None else format_number(self.low)
        high = "inf" if self.high is None else format_number(self.high)
        return f"{left}{low}, {high}{right}"

    def bounds(self) -> dict[str, Any]:
        """The four bound fields, to build or evolve a :class:`Quantity` with.

        >>> Interval(low=1, high=None).bounds()
        {'low': Decimal('1'), 'high': None, 'low_closed': True, 'high_closed': False}
        """
        return {
            "low": self.low,
            "high": self.high,
            "low_closed": self.low_closed,
            "high_closed": self.high_closed,
        }

    def contains_value(self, value: Decimal) -> bool:
        """Whether ``value`` lies in the interval.

        >>> Interval(low=1, high=2, high_closed=False).contains_value(Decimal(2))
        False
        """
        if self.low is not None and (
            value < self.low or (value == self.low and not self.low_closed)
        ):
            return False
        return not (
            self.high is not None
            and (value > self.high or (value == self.high and not self.high_closed))
        )


def format_number(value: Decimal) -> str:
    """Format a figure with thousands separators, trimming trailing zeros.

    >>> format_number(Decimal("10450.00"))
    '10,450'
    >>> format_number(Decimal("39.30"))
    '39.3'
    """
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}".rstrip("0").rstrip(".")


@attrs.frozen(kw_only=True)
class Quantity:
    """A stated figure read as an interval.

    Attributes:
        value: the point figure as stated (``None`` for vague counts such as
            "thousands of" and for explicit ranges).
        low, high: bounds of the interval under the policy that built it;
            ``None`` means unbounded on that side.
        low_closed, high_closed: whether each end belongs to the interval.
        unit: ``"count"`` for head counts, else a unit name (``"kilometre"``,
            ``"percent"``, ``"US dollar"``).
        hedge: the kind of hedge (:class:`Hedge`).
        hedge_text: the normalised hedge phrase from the lexicon ("about",
            "up to", "thousands of"); empty for an unhedged figure.
        text: the surface words, e.g. ``"about 10,000"``.

    >>> q = Quantity(value=10000, low=9500, high=10500, hedge=Hedge.approximate,
    ...              hedge_text="about", text="about 10,000")
    >>> str(q.interval)
    '[9,500, 10,500]'
    """

    value: Decimal | None = attrs.field(default=None, converter=_opt_value)
    low: Decimal | None = attrs.field(default=None, converter=_opt_low)
    high: Decimal | None = attrs.field(default=None, converter=_opt_high)
    low_closed: bool = attrs.field(default=True, validator=_closed_flag)
    high_closed: bool = attrs.field(default=True, validator=_closed_flag)
    unit: str = attrs.field(default="count", validator=_text)
    hedge: Hedge = Hedge.exact
    hedge_text: str = attrs.field(default="", validator=_text)
    text: str = attrs.field(default="", validator=_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.hedge, Hedge):
            raise InvalidClaimError("hedge", self.hedge, "must be a claimkit.Hedge member")
        if self.low is None and self.high is None and self.value is not None:
            raise InvalidClaimError(
                "low", None, "a stated value needs at least one bound; use Interval.point"
            )
        if self.low is None and self.low_closed:
            object.__setattr__(self, "low_closed", False)
        if self.high is None and self.high_closed:
            object.__setattr__(self, "high_closed", False)
        _check_bounds(self.low, self.high, self.low_closed, self.high_closed)
        if self.unit == "count":
            for name in ("value", "low", "high"):
                bound = getattr(self, name)
                if bound is not None and bound < 0:
                    raise InvalidClaimError(name, bound, "a count cannot be negative")
        if self.value is not None and not self._closure_contains(self.value):
            raise InvalidClaimError(
                "value", self.value, f"outside its own interval {self.interval}"
            )

    def _closure_contains(self, value: Decimal) -> bool:
        return (self.low is None or self.low <= value) and (self.high is None or value <= self.high)

    @classmethod
    def exact(cls, value: Number, *, unit: str = "count", text: str = "") -> Quantity:
        """An unhedged figure read literally as ``[value, value]``.

        >>> Quantity.exact(1500).text
        '1,500'
        """
        number = to_decimal(value)
        return cls(
            value=number,
            low=number,
            high=number,
            unit=unit,
            text=text or format_number(number),
        )

    @property
    def interval(self) -> Interval:
        """The quantity's bounds as an :class:`Interval`."""
        return Interval(
            low=self.low,
            high=self.high,
            low_closed=self.low_closed,
            high_closed=self.high_closed,
        )


class AttributorKind(enum.Enum):
    """Who asserts a figure."""

    person = "person"
    organization = "organization"
    government = "government"
    official_anonymous = "official_anonymous"
    media = "media"
    outlet = "outlet"


class SaidFrom(enum.Enum):
    """How the day a figure was said is known.

    * ``stated``: the sentence names the day of saying ("said on Wednesday").
    * ``carried``: the same voice was dated earlier in the article and this
      figure continues it ("he added", a later paragraph from the same ministry).
    * ``published``: no day is given; the publication date stands in for it.
    """

    stated = "stated"
    carried = "carried"
    published = "published"


def _qualifiers(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise InvalidClaimError("qualifiers", value, "must be a tuple of str")
    if not all(isinstance(item, str) for item in value):
        raise InvalidClaimError("qualifiers", value, "every qualifier must be a str")
    return tuple(value)


@attrs.frozen(kw_only=True)
class Subject:
    """What a figure counts.

    Attributes:
        text: the counted noun phrase as written ("North Korean troops").
        head: its head noun, lower case ("troops").
        key: the normalised head from the synonym lexicon ("troops" for
            soldiers/personnel/forces; "killed" for dead/deaths).
        role: what happened to the counted things (deployed, killed, wounded,
            casualties, captured, training, ...), or ``None``.
        measure: what the figure measures, from the measure vocabulary
            (:mod:`claimkit.lexicon.measures`: "deaths", "crowd size", "insured
            losses", "volume spilled", ...), or ``None`` when unknown; unknown is
            compatible with any measure.
        place: where, as written ("Kursk"), or ``None``.
        actor: whose they are, e.g. a nationality ("North Korean"), or ``None``.
        qualifiers: other modifiers kept for display ("special forces").

    >>> Subject(text="3,600 injured", head="injured", key="wounded", role="wounded").key
    'wounded'
    """

    text: str = attrs.field(default="", validator=_text)
    head: str = attrs.field(default="", validator=_text)
    key: str = attrs.field(default="", validator=_text)
    role: str | None = attrs.field(default=None, validator=_opt_text)
    measure: str | None = attrs.field(default=None, validator=_opt_text)
    place: str | None = attrs.field(default=None, validator=_opt_text)
    actor: str | None = attrs.field(default=None, validator=_opt_text)
    qualifiers: tuple[str, ...] = attrs.field(default=(), converter=_qualifiers)


def _via(value: Any) -> tuple[Attributor, ...]:
    if not isinstance(value, tuple | list):
        raise InvalidClaimError("via", value, "must be a tuple of Attributor")
    if not all(isinstance(item, Attributor) for item in value):
        raise InvalidClaimError("via", value, "every element must be an Attributor")
    return tuple(value)


@attrs.frozen(kw_only=True)
class Attributor:
    """Who asserts a figure, with the relay chain behind them.

    Attributes:
        name: the name as first mentioned ("Yu Yong-weon", "South Korea's
            National Intelligence Service", "a senior U.S. official").
        kind: an :class:`AttributorKind`.
        description: title or apposition ("a South Korean lawmaker").
        via: whom this attributor cites, nearest first; the last element is the
            original source ("Yu, citing Budanov" gives ``via=(Budanov,)``).
        resolved: ``False`` when a pronoun or description could not be tied to
            a named attributor; ``name`` then holds the mention as written.

    >>> yu = Attributor(name="Yu Yong-weon", via=(Attributor(name="Kyrylo Budanov"),))
    >>> yu.original.name
    'Kyrylo Budanov'
    """

    name: str = attrs.field(validator=_text)
    kind: AttributorKind = AttributorKind.person
    description: str | None = attrs.field(default=None, validator=_opt_text)
    via: tuple[Attributor, ...] = attrs.field(default=(), converter=_via)
    resolved: bool = attrs.field(default=True, validator=_closed_flag)

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidClaimError("name", self.name, "an attributor needs a name")
        if not isinstance(self.kind, AttributorKind):
            raise InvalidClaimError("kind", self.kind, "must be an AttributorKind member")

    @property
    def original(self) -> Attributor:
        """The end of the relay chain: whoever first asserted the figure."""
        return self.via[-1] if self.via else self

    def chain(self) -> str:
        """The relay chain as one line.

        >>> Attributor(name="Yu", via=(Attributor(name="Budanov"),)).chain()
        'Yu, citing Budanov'
        """
        return ", citing ".join([self.name, *(a.name for a in self.via)])


PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "unknown")


def _precision(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in PRECISIONS:
        raise InvalidClaimError(attribute.name, value, f"must be one of {PRECISIONS}")


def _is_date(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise InvalidClaimError(attribute.name, value, "must be a datetime.date or None")


@attrs.frozen(kw_only=True)
class DateRange:
    """A span of calendar time a figure describes, with its precision.

    ``start`` or ``end`` is ``None`` when open ("by December" has no start).

    >>> DateRange(start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31),
    ...           precision="month", text="in October").precision
    'month'
    """

    start: dt.date | None = attrs.field(default=None, validator=_is_date)
    end: dt.date | None = attrs.field(default=None, validator=_is_date)
    precision: str = attrs.field(default="day", validator=_precision)
    text: str = attrs.field(default="", validator=_text)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise InvalidClaimError("start", self.start, f"after end={self.end}")
        if self.start is None and self.end is None:
            raise InvalidClaimError("end", None, "a date range needs a start or an end")


@attrs.frozen(kw_only=True)
class ClaimDate:
    """When a figure was said and, where stated, the time it describes.

    Attributes:
        said_on: the day the attributor said it, or ``None`` when unknown.  For a
            coarse expression ("last week") it is the last day of that period that
            is not after publication: the latest day it can have been said.
        said_precision: the precision of ``said_on`` ("day", "week", "month", ...).
        refers_to: the time the figure describes, where the text says so.
        said_from: how ``said_on`` is known (:class:`SaidFrom`), or ``None`` when
            not recorded; it needs a ``said_on``.
    """

    said_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    said_precision: str = attrs.field(default="day", validator=_precision)
    refers_to: DateRange | None = attrs.field(default=None)
    said_from: SaidFrom | None = attrs.field(default=None)

    @said_from.validator
    def _check_said_from(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, SaidFrom):
            raise InvalidClaimError(attribute.name, value, "must be a SaidFrom or None")
        if self.said_on is None:
            raise InvalidClaimError(attribute.name, value, "needs a said_on")

    @refers_to.validator
    def _check_refers_to(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, DateRange):
            raise InvalidClaimError(attribute.name, value, "must be a DateRange or None")


@attrs.frozen(kw_only=True)
class Source:
    """The article a claim was read from."""

    title: str | None = attrs.field(default=None, validator=_opt_text)
    publisher: str | None = attrs.field(default=None, validator=_opt_text)
    published: dt.date | None = attrs.field(default=None, validator=_is_date)
    byline: str | None = attrs.field(default=None, validator=_opt_text)
    url: str | None = attrs.field(default=None, validator=_opt_text)


def _as_tuple(value: Any) -> Any:
    # Lists (as JSON gives them) become tuples; anything else is left for the
    # validator to reject with an InvalidClaimError.
    return tuple(value) if isinstance(value, list) else value


def _span(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.name == "whole_span":
        return
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or value[0] < 0
        or value[0] > value[1]
    ):
        raise InvalidClaimError(
            attribute.name, value, "must be (start, end) with 0 <= start <= end"
        )


@attrs.frozen(kw_only=True)
class Claim:
    """A source-attributed numeric claim.

    Attributes:
        quantity: the figure as an interval.
        subject: what it counts.
        date: when it was said and what time it describes.
        attributor: who asserts it; ``None`` only when the outlet itself does.
        source: the article.
        span: ``(start, end)`` offsets of the figure in the text it came from,
            so that ``text[start:end] == quantity.text``.
        sentence: the evidence sentence.
        cue: the attribution cue ("said", "estimated", "according to",
            "denied"), or ``None``.
        whole_span: when the text states this figure is part of another one
            ("Of these, 1,500 ..."), the span of that other figure in the same
            text; ``None`` otherwise.
    """

    quantity: Quantity
    subject: Subject = attrs.field(factory=Subject)
    date: ClaimDate = attrs.field(factory=ClaimDate)
    attributor: Attributor | None = None
    source: Source = attrs.field(factory=Source)
    span: tuple[int, int] = attrs.field(default=(0, 0), converter=_as_tuple, validator=_span)
    sentence: str = attrs.field(default="", validator=_text)
    cue: str | None = attrs.field(default=None, validator=_opt_text)
    whole_span: tuple[int, int] | None = attrs.field(
        default=None, converter=_as_tuple, validator=_span
    )

    def __attrs_post_init__(self) -> None:
        expected: tuple[tuple[str, type, bool], ...] = (
            ("quantity", Quantity, False),
            ("subject", Subject, False),
            ("date", ClaimDate, False),
            ("attributor", Attributor, True),
            ("source", Source, False),
        )
        for name, kind, optional in expected:
            value = getattr(self, name)
            if not (isinstance(value, kind) or (optional and value is None)):
                article = "a claimkit." + kind.__name__ + (" or None" if optional else "")
                raise InvalidClaimError(name, value, f"must be {article}")

    @property
    def when(self) -> dt.date | None:
        """The best single date for ordering: the end of ``refers_to``, else ``said_on``,
        else the publication date."""
        ref = self.date.refers_to
        if ref is not None and (ref.end or ref.start) is not None:
            return ref.end or ref.start
        return self.date.said_on or self.source.published
