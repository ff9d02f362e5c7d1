# mypy: disable-error-code="arg-type"
# (the refusal tests pass wrong types on purpose)
"""The claim model: invariants, canonical forms and refusals."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.errors import ClaimkitError, InvalidClaimError
from claimkit.model import (
    Attributor,
    AttributorKind,
    Claim,
    ClaimDate,
    DateRange,
    Hedge,
    Interval,
    Quantity,
    Source,
    Subject,
    format_number,
    to_decimal,
)
from claimkit.policy import DEFAULT_POLICY
from strategies import claims, intervals, quantities

# -- properties ------------------------------------------------------------------


@given(quantities())
def test_quantity_interval_contains_its_own_value_in_the_closure(q: Quantity) -> None:
    """A stated value lies in its interval's closure.

    It may sit on an open end: "more than 600,000" is (600000, inf) with value
    600000, and "nearly 1,000" is [950, 1000) with value 1000.
    """
    if q.value is None:
        assert q.hedge in (Hedge.range, Hedge.vague)
        return
    box = q.interval
    assert box.low is None or box.low <= q.value
    assert box.high is None or q.value <= box.high
    if not box.contains_value(q.value):
        on_open_low = q.value == box.low and not box.low_closed
        on_open_high = q.value == box.high and not box.high_closed
        assert on_open_low or on_open_high


def test_more_than_puts_the_value_on_the_open_end() -> None:
    q = DEFAULT_POLICY.quantity(600_000, "more than")
    assert str(q.interval) == "(600,000, inf)"
    assert q.value == 600_000
    assert not q.interval.contains_value(Decimal(600_000))


@given(intervals(negative=True))
def test_interval_unbounded_sides_are_open(box: Interval) -> None:
    if box.low is None:
        assert not box.low_closed
    if box.high is None:
        assert not box.high_closed


@given(intervals(negative=True))
def test_interval_rebuilt_from_its_fields_is_equal(box: Interval) -> None:
    assert Interval(**attrs.asdict(box, recurse=False)) == box
    assert hash(Interval(**attrs.asdict(box, recurse=False))) == hash(box)


@given(claims())
def test_generated_claims_keep_their_evidence_span(claim: Claim) -> None:
    start, end = claim.span
    assert claim.sentence[start:end] == claim.quantity.text


wild = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=3),
    st.dates(),
    st.builds(object),
)


@given(wild, wild, wild, wild)
def test_interval_refuses_bad_input_only_with_invalid_claim_error(
    low: Any, high: Any, low_closed: Any, high_closed: Any
) -> None:
    with contextlib.suppress(InvalidClaimError):
        Interval(low=low, high=high, low_closed=low_closed, high_closed=high_closed)


@given(wild, wild, wild, st.sampled_from(["count", "percent"]))
def test_quantity_refuses_bad_input_only_with_invalid_claim_error(
    value: Any, low: Any, high: Any, unit: str
) -> None:
    with contextlib.suppress(InvalidClaimError):
        Quantity(value=value, low=low, high=high, unit=unit)


@given(wild, wild, wild)
def test_claim_parts_refuse_bad_input_only_with_invalid_claim_error(a: Any, b: Any, c: Any) -> None:
    makers: list[Callable[[], object]] = [
        lambda: DateRange(start=a, end=b, precision=c),
        lambda: ClaimDate(said_on=a, said_precision=b, refers_to=c),
        lambda: Source(title=a, published=b, url=c),
        lambda: Subject(text=a, head=b, qualifiers=c),
        lambda: Attributor(name=a, kind=b, via=c),
        lambda: Claim(quantity=Quantity.exact(1), span=a, sentence=b, whole_span=c),
    ]
    for make in makers:
        with contextlib.suppress(InvalidClaimError):
            make()


# -- invalid constructions, by example --------------------------------------------

D = dt.date(2024, 10, 1)
Q = Quantity.exact(5)

INVALID: list[tuple[str, Callable[[], object]]] = [
    ("interval-low-above-high", lambda: Interval(low=2, high=1)),
    ("interval-equal-ends-open-low", lambda: Interval(low=1, high=1, low_closed=False)),
    ("interval-equal-ends-open-high", lambda: Interval(low=1, high=1, high_closed=False)),
    ("interval-nan-float", lambda: Interval(low=math.nan, high=1)),
    ("interval-nan-decimal", lambda: Interval(low=Decimal("NaN"), high=1)),
    ("interval-snan-decimal", lambda: Interval(low=Decimal("sNaN"), high=1)),
    ("interval-nan-str", lambda: Interval(low="nan", high=1)),
    ("interval-inf-float", lambda: Interval(low=0, high=math.inf)),
    ("interval-inf-decimal", lambda: Interval(low=0, high=Decimal("Infinity"))),
    ("interval-bool-bound", lambda: Interval(low=True, high=2)),
    ("interval-str-with-comma", lambda: Interval(low="1,500", high=2000)),
    ("interval-list-bound", lambda: Interval(low=[1], high=2)),
    ("interval-decimal-tuple", lambda: Interval(low=(0, (1,), 0), high=2)),
    ("interval-overflowing-list", lambda: Interval(low=None, high=[2**63, 0, 0])),
    ("interval-flag-not-bool", lambda: Interval(low=1, high=2, low_closed=1)),
    ("quantity-low-above-high", lambda: Quantity(low=10, high=5)),
    ("quantity-negative-count-value", lambda: Quantity(value=-1, low=-1, high=-1)),
    ("quantity-negative-count-low", lambda: Quantity(low=-5, high=5)),
    ("quantity-negative-count-high", lambda: Quantity(low=None, high=-5)),
    ("quantity-value-outside", lambda: Quantity(value=20, low=0, high=10)),
    ("quantity-value-without-bounds", lambda: Quantity(value=5)),
    ("quantity-nan-value", lambda: Quantity(value=math.nan, low=0, high=1)),
    ("quantity-inf-high", lambda: Quantity(low=0, high=math.inf)),
    ("quantity-equal-ends-open", lambda: Quantity(low=3, high=3, high_closed=False)),
    ("quantity-hedge-str", lambda: Quantity(low=1, high=1, hedge="about")),
    ("quantity-unit-not-str", lambda: Quantity(low=1, high=1, unit=None)),
    ("quantity-text-not-str", lambda: Quantity(low=1, high=1, text=5)),
    ("exact-nan", lambda: Quantity.exact(math.nan)),
    ("subject-text-not-str", lambda: Subject(text=3)),
    ("subject-qualifiers-str", lambda: Subject(qualifiers="special forces")),
    ("subject-qualifiers-not-iterable", lambda: Subject(qualifiers=5)),
    ("subject-role-not-str", lambda: Subject(role=5)),
    ("attributor-blank-name", lambda: Attributor(name="  ")),
    ("attributor-name-not-str", lambda: Attributor(name=None)),
    ("attributor-kind-str", lambda: Attributor(name="Yu", kind="person")),
    ("attributor-via-single", lambda: Attributor(name="Yu", via=Attributor(name="B"))),
    ("attributor-via-names", lambda: Attributor(name="Yu", via=("Budanov",))),
    ("attributor-resolved-not-bool", lambda: Attributor(name="Yu", resolved="no")),
    ("date-range-datetime", lambda: DateRange(start=dt.datetime(2024, 1, 1))),
    ("date-range-str", lambda: DateRange(start="2024-01-01")),
    ("date-range-reversed", lambda: DateRange(start=D, end=D - dt.timedelta(days=1))),
    ("date-range-empty", lambda: DateRange()),
    ("date-range-bad-precision", lambda: DateRange(start=D, precision="fortnight")),
    ("claim-date-datetime", lambda: ClaimDate(said_on=dt.datetime(2024, 1, 1))),
    ("claim-date-int", lambda: ClaimDate(said_on=20241001)),
    ("claim-date-bad-precision", lambda: ClaimDate(said_precision="Day")),
    ("claim-date-refers-to-date", lambda: ClaimDate(refers_to=D)),
    ("source-published-str", lambda: Source(published="2024-10-01")),
    ("source-url-not-str", lambda: Source(url=5)),
    ("claim-quantity-interval", lambda: Claim(quantity=Interval.point(5))),
    ("claim-subject-str", lambda: Claim(quantity=Q, subject="troops")),
    ("claim-date-not-claim-date", lambda: Claim(quantity=Q, date=D)),
    ("claim-attributor-str", lambda: Claim(quantity=Q, attributor="Yu")),
    ("claim-source-none", lambda: Claim(quantity=Q, source=None)),
    ("claim-span-reversed", lambda: Claim(quantity=Q, span=(5, 2))),
    ("claim-span-negative", lambda: Claim(quantity=Q, span=(-1, 2))),
    ("claim-span-short", lambda: Claim(quantity=Q, span=(1,))),
    ("claim-span-floats", lambda: Claim(quantity=Q, span=(1.0, 2.0))),
    ("claim-span-bools", lambda: Claim(quantity=Q, span=(False, True))),
    ("claim-span-str", lambda: Claim(quantity=Q, span="ab")),
    ("claim-span-int", lambda: Claim(quantity=Q, span=3)),
    ("claim-span-none", lambda: Claim(quantity=Q, span=None)),
    ("claim-whole-span-reversed", lambda: Claim(quantity=Q, whole_span=(5, 2))),
    ("claim-whole-span-int", lambda: Claim(quantity=Q, whole_span=4)),
    ("claim-sentence-not-str", lambda: Claim(quantity=Q, sentence=None)),
    ("claim-cue-not-str", lambda: Claim(quantity=Q, cue=1)),
]


@pytest.mark.parametrize("make", [m for _, m in INVALID], ids=[i for i, _ in INVALID])
def test_invalid_construction_raises_invalid_claim_error(make: Callable[[], object]) -> None:
    with pytest.raises(InvalidClaimError) as info:
        make()
    error = info.value
    assert isinstance(error, ClaimkitError)
    assert isinstance(error, ValueError)
    assert str(error).startswith(f"invalid {error.field}=")


def test_evolve_revalidates() -> None:
    with pytest.raises(InvalidClaimError, match="greater than high"):
        attrs.evolve(Interval(low=1, high=2), low=3)


def test_models_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Q.value = Decimal(6)  # type: ignore[misc]


# -- canonical forms and helpers --------------------------------------------------


def test_unbounded_side_is_always_open() -> None:
    box = Interval(low=None, high=5, low_closed=True)
    assert box == Interval(low=None, high=5, low_closed=False)
    assert str(box) == "(-inf, 5]"
    q = Quantity(value=5, low=5, high=None, high_closed=True, hedge=Hedge.lower_bound)
    assert not q.high_closed


def test_equal_figures_in_different_notation_are_equal() -> None:
    assert Interval(low=Decimal("1E+3"), high=2000) == Interval(low=1000, high=2000)
    assert hash(Interval.point(Decimal("1E+3"))) == hash(Interval.point(1000))


@pytest.mark.parametrize(
    ("given_value", "expected"),
    [
        pytest.param(39.3, Decimal("39.3"), id="float-keeps-its-digits"),
        pytest.param(0.1, Decimal("0.1"), id="float-0.1"),
        pytest.param("12000", Decimal(12000), id="str"),
        pytest.param(12_000, Decimal(12000), id="int"),
        pytest.param(Decimal("39.30"), Decimal("39.30"), id="decimal-untouched"),
    ],
)
def test_to_decimal(given_value: Any, expected: Decimal) -> None:
    out = to_decimal(given_value)
    assert out == expected
    assert str(out) == str(expected)


def test_to_decimal_names_the_field() -> None:
    with pytest.raises(InvalidClaimError) as info:
        to_decimal(True, "high")
    assert info.value.field == "high"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("10450.00", "10,450"),
        ("39.30", "39.3"),
        ("0.05", "0.05"),
        ("1E+3", "1,000"),
        ("-39.3", "-39.3"),
        ("1234567.5", "1,234,567.5"),
    ],
)
def test_format_number(value: str, text: str) -> None:
    assert format_number(Decimal(value)) == text


@pytest.mark.parametrize(
    ("box", "text"),
    [
        (Interval(low=1, high=2), "[1, 2]"),
        (Interval(low=1, high=2, low_closed=False, high_closed=False), "(1, 2)"),
        (Interval(low=None, high=None), "(-inf, inf)"),
        (Interval.point("39.3"), "[39.3, 39.3]"),
    ],
)
def test_interval_str(box: Interval, text: str) -> None:
    assert str(box) == text


def test_contains_value_respects_open_ends() -> None:
    box = Interval(low=0, high=10, low_closed=False)
    assert not box.contains_value(Decimal(0))
    assert box.contains_value(Decimal(10))
    assert Interval(low=None, high=None).contains_value(Decimal(-(10**12)))


def test_negative_figures_are_fine_outside_counts() -> None:
    q = Quantity(value=-3, low=-3, high=-3, unit="degree Celsius", text="-3C")
    assert q.value == -3


def test_quantity_exact() -> None:
    q = Quantity.exact("39.3", unit="percent")
    assert (q.value, q.low, q.high, q.hedge, q.text) == (
        Decimal("39.3"),
        Decimal("39.3"),
        Decimal("39.3"),
        Hedge.exact,
        "39.3",
    )


def test_attributor_chain_and_original() -> None:
    budanov = Attributor(name="Kyrylo Budanov", kind=AttributorKind.government)
    yu = Attributor(name="Yu Yong-weon", via=[budanov])
    assert yu.via == (budanov,)
    assert yu.original is budanov
    assert budanov.original is budanov
    assert yu.chain() == "Yu Yong-weon, citing Kyrylo Budanov"


def test_subject_qualifiers_list_becomes_tuple() -> None:
    assert Subject(qualifiers=["special forces"]).qualifiers == ("special forces",)


def test_claim_span_list_becomes_tuple() -> None:
    claim = Claim(quantity=Q, span=[1, 2], whole_span=[0, 5])
    assert claim.span == (1, 2)
    assert claim.whole_span == (0, 5)


@pytest.mark.parametrize(
    ("date", "source", "expected"),
    [
        pytest.param(
            ClaimDate(said_on=D, refers_to=DateRange(start=D, end=dt.date(2024, 10, 31))),
            Source(published=dt.date(2024, 11, 2)),
            dt.date(2024, 10, 31),
            id="refers-to-end",
        ),
        pytest.param(
            ClaimDate(said_on=D, refers_to=DateRange(start=dt.date(2024, 9, 1))),
            Source(),
            dt.date(2024, 9, 1),
            id="refers-to-open-end",
        ),
        pytest.param(ClaimDate(said_on=D), Source(published=dt.date(2024, 11, 2)), D, id="said"),
        pytest.param(ClaimDate(), Source(published=D), D, id="published"),
        pytest.param(ClaimDate(), Source(), None, id="unknown"),
    ],
)
def test_claim_when(date: ClaimDate, source: Source, expected: dt.date | None) -> None:
    assert Claim(quantity=Q, date=date, source=source).when == expected
