"""HedgePolicy: the explicit, configurable rules that turn a hedge into bounds.

A parsed :class:`~claimkit.model.Quantity` keeps what was *stated* (its value,
hedge kind and hedge phrase); the policy decides what interval that statement
stands for.  Two users with different policies reconcile the same claims and get
different answers, each explained by the policy's settings.  Defaults, with their
reasoning, are tabulated in ``docs/policy.md``.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from claimkit.errors import PolicyError
from claimkit.lexicon import hedges as hedge_lexicon
from claimkit.lexicon import vague as vague_lexicon
from claimkit.lexicon.hedges import HedgeRule
from claimkit.model import Hedge, Interval, Quantity, format_number, to_decimal

__all__ = ["DEFAULT_POLICY", "HedgePolicy"]

# Bounds are sums and products of stated figures and settings, so they are computed
# exactly: the default 28-digit context would round a long figure's bounds past the
# figure itself.  Only + - * and comparisons run in it (no division), so the huge
# precision never has to be filled.
_EXACT = decimal.Context(
    prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[]
)

_KIND_RULE = {
    Hedge.exact: HedgeRule.exact,
    Hedge.approximate: HedgeRule.approximate,
    Hedge.upper_bound: HedgeRule.upper_closed,
    Hedge.lower_bound: HedgeRule.lower_closed,
}


def _fraction(instance: Any, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if not (Decimal(0) <= value < Decimal(1)):
        raise PolicyError(f"{attribute.name}={value} must be a fraction in [0, 1)")


def _positive_fraction(instance: Any, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    # "nearly N" is below N and "just over N" above it: with no room at all the
    # reading is empty, so a zero tolerance is refused rather than read as N.
    if not (Decimal(0) < value < Decimal(1)):
        raise PolicyError(f"{attribute.name}={value} must be a fraction in (0, 1)")


def _flag(instance: Any, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise PolicyError(f"{attribute.name}={value!r} must be True or False")


def _label(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise PolicyError(f"{attribute.name}={value!r} must be a str")


def _dec(value: Any) -> Decimal:
    try:
        return to_decimal(value)
    except ValueError as exc:
        raise PolicyError(f"policy setting {value!r} is not a number") from exc


Override = tuple[str, Decimal, Decimal]


def _vague_key(phrase: str) -> str:
    words = phrase.lower().split()
    if words and words[-1] == "of":
        words = words[:-1]
    return " ".join(words)


def _overrides(
    value: Mapping[str, tuple[Any, Any]] | Iterable[tuple[str, Any, Any]],
) -> tuple[Override, ...]:
    """Normalise vague overrides to sorted ``(phrase, low, high)`` rows.

    Accepts a mapping ``{phrase: (low, high)}`` or rows ``(phrase, low, high)``
    (the stored form, so :func:`attrs.evolve` round-trips).
    """
    if isinstance(value, Mapping):
        items = [(phrase, bounds) for phrase, bounds in value.items()]
    elif isinstance(value, str) or not isinstance(value, Iterable):
        raise PolicyError(f"vague_overrides={value!r} must map phrases to (low, high)")
    else:
        items = []
        for row in value:
            if not isinstance(row, tuple | list) or len(row) != 3:
                raise PolicyError(f"vague override row {row!r} must be (phrase, low, high)")
            items.append((row[0], (row[1], row[2])))
    rows: dict[str, tuple[Decimal, Decimal]] = {}
    for phrase, bounds in items:
        if not isinstance(phrase, str) or not _vague_key(phrase):
            raise PolicyError(f"vague override phrase {phrase!r} must be a non-empty str")
        if not isinstance(bounds, tuple | list) or len(bounds) != 2:
            raise PolicyError(f"vague override {phrase!r}: bounds {bounds!r} must be (low, high)")
        low, high = _dec(bounds[0]), _dec(bounds[1])
        if low >= high:
            raise PolicyError(f"vague override {phrase!r}: low {low} not below high {high}")
        rows[_vague_key(phrase)] = (low, high)
    return tuple(sorted((phrase, low, high) for phrase, (low, high) in rows.items()))


@attrs.frozen(kw_only=True)
class HedgePolicy:
    """How hedged figures become intervals.

    Attributes:
        approximate_tolerance: relative half-width for "about", "around",
            "roughly", "some", "an estimated": about N is [N(1-t), N(1+t)].
        near_tolerance: how far below N "nearly/almost N" may reach, and above
            N "just over N": nearly N is [N(1-t), N).  Must be above 0: with no
            room the reading would be empty.
        upper_floor: the low end of "up to N" / "fewer than N" as a fraction
            of N.  0 reads them literally ([0, N]); 0.5 says "up to 3,000"
            implies at least 1,500.
        implicit_precision: read an unhedged round figure ("12,000") as
            roughly stated: plus or minus half a unit of its last significant
            digit, capped by ``implicit_precision_cap`` relative to N.
        implicit_precision_cap: the cap, relative to N.
        implicit_precision_min: figures below this are always literal
            ("five soldiers" means five).
        vague_overrides: ``{"thousands": (1000, 10000)}`` replaces a row of
            :mod:`claimkit.lexicon.vague` (high end open; a trailing "of" in the
            phrase is ignored).  Stored as sorted ``(phrase, low, high)`` rows.
        name: a label for reports.

    >>> q = DEFAULT_POLICY.quantity(11000, "approximately")
    >>> str(q.interval)
    '[10,450, 11,550]'
    >>> str(HedgePolicy(approximate_tolerance=0.1).quantity(11000, "about").interval)
    '[9,900, 12,100]'
    """

    approximate_tolerance: Decimal = attrs.field(
        default=Decimal("0.05"), converter=_dec, validator=_fraction
    )
    near_tolerance: Decimal = attrs.field(
        default=Decimal("0.05"), converter=_dec, validator=_positive_fraction
    )
    upper_floor: Decimal = attrs.field(default=Decimal(0), converter=_dec, validator=_fraction)
    implicit_precision: bool = attrs.field(default=True, validator=_flag)
    implicit_precision_cap: Decimal = attrs.field(
        default=Decimal("0.05"), converter=_dec, validator=_fraction
    )
    implicit_precision_min: Decimal = attrs.field(default=Decimal(100), converter=_dec)
    vague_overrides: tuple[Override, ...] = attrs.field(factory=tuple, converter=_overrides)
    name: str = attrs.field(default="default", validator=_label)

    def rule_for(self, quantity: Quantity) -> HedgeRule:
        """The bound rule for a quantity: from its hedge phrase, else its kind.

        >>> DEFAULT_POLICY.rule_for(DEFAULT_POLICY.quantity(50, "fewer than")).value
        'upper_open'
        >>> unknown = Quantity(value=9, low=9, hedge=Hedge.lower_bound, hedge_text="lots")
        >>> DEFAULT_POLICY.rule_for(unknown).value
        'lower_closed'
        """
        entry = hedge_lexicon.by_phrase(quantity.hedge_text) if quantity.hedge_text else None
        if entry is not None and entry.hedge is quantity.hedge:
            return entry.rule
        return _KIND_RULE.get(quantity.hedge, HedgeRule.exact)

    def bounds(self, value: Decimal, rule: HedgeRule) -> Interval:
        """The interval a figure stands for under ``rule``.

        >>> str(DEFAULT_POLICY.bounds(Decimal(3000), HedgeRule.upper_closed))
        '[0, 3,000]'
        >>> str(DEFAULT_POLICY.bounds(Decimal(600000), HedgeRule.lower_open))
        '(600,000, inf)'
        """
        with decimal.localcontext(_EXACT):
            return self._bounds(value, rule)

    def _bounds(self, value: Decimal, rule: HedgeRule) -> Interval:
        magnitude = abs(value)
        if rule is HedgeRule.exact:
            slack = self.implicit_slack(value)
            return Interval(low=value - slack, high=value + slack)
        if rule is HedgeRule.approximate:
            slack = magnitude * self.approximate_tolerance
            return Interval(low=value - slack, high=value + slack)
        if rule is HedgeRule.near_below:
            return self._half_open(
                value - magnitude * self.near_tolerance, value, high_closed=False
            )
        if rule is HedgeRule.near_above:
            return self._half_open(value, value + magnitude * self.near_tolerance, low_closed=False)
        if rule in (HedgeRule.upper_closed, HedgeRule.upper_open):
            floor = value * self.upper_floor if value > 0 else None
            return self._half_open(floor, value, high_closed=rule is HedgeRule.upper_closed)
        return Interval(low=value, high=None, low_closed=rule is HedgeRule.lower_closed)

    @staticmethod
    def _half_open(
        low: Decimal | None, high: Decimal, *, low_closed: bool = True, high_closed: bool = True
    ) -> Interval:
        if low is not None and low == high:
            return Interval.point(high)
        return Interval(low=low, high=high, low_closed=low_closed, high_closed=high_closed)

    def implicit_slack(self, value: Decimal) -> Decimal:
        """Half-width an unhedged figure gets from its rounding.

        >>> DEFAULT_POLICY.implicit_slack(Decimal(1500))
        Decimal('50')
        >>> DEFAULT_POLICY.implicit_slack(Decimal(12000))
        Decimal('500')
        >>> DEFAULT_POLICY.implicit_slack(Decimal(1234))
        Decimal('0')
        """
        with decimal.localcontext(_EXACT):
            return self._implicit_slack(value)

    def _implicit_slack(self, value: Decimal) -> Decimal:
        if not self.implicit_precision or abs(value) < self.implicit_precision_min:
            return Decimal(0)
        if value != value.to_integral_value():
            return Decimal(0)
        digits = str(abs(int(value)))
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros == 0:
            return Decimal(0)
        half_unit = Decimal(5) * Decimal(10) ** (zeros - 1)
        return min(half_unit, abs(value) * self.implicit_precision_cap)

    def vague_bounds(self, phrase: str) -> Interval | None:
        """Bounds for a vague count phrase, or ``None`` if it is not one.

        >>> str(DEFAULT_POLICY.vague_bounds("thousands of"))
        '[2,000, 10,000)'
        """
        words = _vague_key(phrase)
        for key, low, high in self.vague_overrides:
            if key == words:
                return Interval(low=low, high=high, high_closed=False)
        entry = vague_lexicon.by_phrase(words)
        if entry is None:
            return None
        return Interval(low=entry.low, high=entry.high, high_closed=entry.high_closed)

    def interval(self, quantity: Quantity) -> Interval:
        """The interval ``quantity`` stands for under this policy.

        Ranges keep their stated ends; vague counts take their lexicon row;
        everything else is recomputed from the stated value and hedge.

        >>> str(DEFAULT_POLICY.interval(Quantity(low=10, high=20, hedge=Hedge.range)))
        '[10, 20]'
        >>> vague = Quantity(low=0, high=None, hedge=Hedge.vague, hedge_text="dozens of")
        >>> str(DEFAULT_POLICY.interval(vague))
        '[24, 144)'
        """
        if quantity.hedge is Hedge.range or quantity.value is None:
            if quantity.hedge is Hedge.vague:
                found = self.vague_bounds(quantity.hedge_text)
                if found is not None:
                    return found
            return quantity.interval
        return self.bounds(quantity.value, self.rule_for(quantity))

    def apply(self, quantity: Quantity) -> Quantity:
        """``quantity`` with its bounds recomputed under this policy.

        >>> about = DEFAULT_POLICY.quantity(10000, "about")
        >>> str(HedgePolicy(approximate_tolerance="0.2").apply(about).interval)
        '[8,000, 12,000]'
        """
        return attrs.evolve(quantity, **self.interval(quantity).bounds())

    def quantity(
        self, value: Any, hedge: str = "", *, unit: str = "count", text: str = ""
    ) -> Quantity:
        """Build a quantity by hand from a figure and a hedge phrase.

        >>> q = DEFAULT_POLICY.quantity(3000, "at least")
        >>> q.hedge.value, str(q.interval)
        ('lower_bound', '[3,000, inf)')
        >>> DEFAULT_POLICY.quantity(5, "kinda")
        Traceback (most recent call last):
        ...
        claimkit.errors.PolicyError: unknown hedge phrase 'kinda'; see claimkit.lexicon.hedges
        """
        number = _dec(value)
        if hedge:
            entry = hedge_lexicon.by_phrase(hedge)
            if entry is None:
                raise PolicyError(f"unknown hedge phrase {hedge!r}; see claimkit.lexicon.hedges")
            kind, rule, phrase = entry.hedge, entry.rule, entry.phrase
        else:
            kind, rule, phrase = Hedge.exact, HedgeRule.exact, ""
        box = self.bounds(number, rule)
        surface = text or " ".join(part for part in (phrase, format_number(number)) if part)
        return Quantity(
            value=number,
            **box.bounds(),
            unit=unit,
            hedge=kind,
            hedge_text=phrase,
            text=surface,
        )


DEFAULT_POLICY = HedgePolicy()
