"""HedgePolicy: every default rule in a reader's words, then properties by name."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.errors import ClaimkitError, PolicyError
from claimkit.intervals import contains
from claimkit.lexicon.hedges import HEDGES, POSTFIX, HedgeEntry, HedgeRule
from claimkit.lexicon.vague import VAGUE
from claimkit.model import Hedge, Interval, Quantity
from claimkit.policy import DEFAULT_POLICY, HedgePolicy
from strategies import decimals, hedge_entries, policies, postfix_entries, quantities

LITERAL = HedgePolicy(implicit_precision=False, name="literal")


def read(words: str, policy: HedgePolicy = DEFAULT_POLICY) -> Quantity:
    """Build a quantity from words as written: "about 10,000", "5,000 or more"."""
    tokens = words.split()
    if tokens[0][0].isdigit():  # the hedge follows the figure
        figure, hedge = tokens[0], " ".join(tokens[1:])
    else:
        figure, hedge = tokens[-1], " ".join(tokens[:-1])
    text = words
    return policy.quantity(figure.replace(",", ""), hedge, text=text)


# -- every default rule, as a reader would see it ---------------------------------

HEDGED = [
    ("about 10,000", "[9,500, 10,500]"),
    ("approximately 11,000", "[10,450, 11,550]"),
    ("around 39.3", "[37.335, 41.265]"),
    ("some 2,000", "[1,900, 2,100]"),
    ("up to 3,000", "[0, 3,000]"),
    ("as many as 12,000", "[0, 12,000]"),
    ("at most 40", "[0, 40]"),
    ("fewer than 50", "[0, 50)"),
    ("less than 1,000", "[0, 1,000)"),
    ("under 200", "[0, 200)"),
    ("at least 3,000", "[3,000, inf)"),
    ("no fewer than 100", "[100, inf)"),
    ("more than 600,000", "(600,000, inf)"),
    ("over 10,000", "(10,000, inf)"),
    ("upwards of 500", "(500, inf)"),
    ("nearly 1,000", "[950, 1,000)"),
    ("almost 12,000", "[11,400, 12,000)"),
    ("just under 2,000", "[1,900, 2,000)"),
    ("just over 200", "(200, 210]"),
    ("slightly more than 3,000", "(3,000, 3,150]"),
    ("3,000 or so", "[2,850, 3,150]"),
    ("5,000 or more", "[5,000, inf)"),
    ("100 or fewer", "[0, 100]"),
    ("11,000 plus", "[11,000, inf)"),
]


@pytest.mark.parametrize(("words", "expected"), HEDGED, ids=[w for w, _ in HEDGED])
def test_default_hedge_rule(words: str, expected: str) -> None:
    assert str(read(words).interval) == expected


VAGUE_WORDS = [
    ("thousands of", "[2,000, 10,000)"),
    ("dozens", "[24, 144)"),
    ("dozens of", "[24, 144)"),
    ("tens of thousands", "[20,000, 100,000)"),
    ("tens of thousands of", "[20,000, 100,000)"),
    ("hundreds of", "[200, 1,000)"),
    ("hundreds of thousands of", "[200,000, 1,000,000)"),
    ("millions of", "[2,000,000, 10,000,000)"),
    ("a few", "[2, 5]"),
    ("a couple of", "[2, 3]"),
    ("a handful of", "[2, 6]"),
    ("several", "[3, 10)"),
    ("several hundred", "[300, 1,000)"),
    ("a few thousand", "[2,000, 5,000]"),
    ("scores of", "[40, 200)"),
]


@pytest.mark.parametrize(("words", "expected"), VAGUE_WORDS, ids=[w for w, _ in VAGUE_WORDS])
def test_default_vague_rule(words: str, expected: str) -> None:
    box = DEFAULT_POLICY.vague_bounds(words)
    assert box is not None
    assert str(box) == expected
    stated = Quantity(low=0, high=None, hedge=Hedge.vague, hedge_text=words, text=words)
    assert DEFAULT_POLICY.interval(stated) == box


def test_unknown_vague_phrase_is_none() -> None:
    assert DEFAULT_POLICY.vague_bounds("loads of") is None


def test_explicit_range_keeps_its_stated_ends() -> None:
    stated = Quantity(low=10, high=20, hedge=Hedge.range, text="10-20")
    for policy in (DEFAULT_POLICY, LITERAL, HedgePolicy(approximate_tolerance="0.3")):
        assert str(policy.interval(stated)) == "[10, 20]"
        assert policy.apply(stated) == stated


IMPLICIT = [
    ("1,500", DEFAULT_POLICY, "[1,450, 1,550]"),
    ("1,500", LITERAL, "[1,500, 1,500]"),
    ("12,000", DEFAULT_POLICY, "[11,500, 12,500]"),
    ("12,000", LITERAL, "[12,000, 12,000]"),
    ("100", DEFAULT_POLICY, "[95, 105]"),
    ("600,000", DEFAULT_POLICY, "[570,000, 630,000]"),
    ("1,234", DEFAULT_POLICY, "[1,234, 1,234]"),
    ("39.3", DEFAULT_POLICY, "[39.3, 39.3]"),
    ("50", DEFAULT_POLICY, "[50, 50]"),
    ("50", HedgePolicy(implicit_precision_min=10), "[47.5, 52.5]"),
    ("1,500", HedgePolicy(implicit_precision_min=2000), "[1,500, 1,500]"),
    ("12,000", HedgePolicy(implicit_precision_cap="0.01"), "[11,880, 12,120]"),
]


@pytest.mark.parametrize(
    ("words", "policy", "expected"),
    IMPLICIT,
    ids=[f"{w}-{p.implicit_precision and p.implicit_precision_min}" for w, p, _ in IMPLICIT],
)
def test_implicit_precision(words: str, policy: HedgePolicy, expected: str) -> None:
    quantity = read(words, policy)
    assert quantity.hedge is Hedge.exact
    assert str(quantity.interval) == expected


def test_implicit_precision_does_not_touch_hedged_figures() -> None:
    assert str(read("up to 12,000").interval) == "[0, 12,000]"
    assert str(read("about 12,000").interval) == str(read("about 12,000", LITERAL).interval)


# -- knobs -----------------------------------------------------------------------


def test_upper_floor_raises_the_low_end_of_up_to() -> None:
    policy = HedgePolicy(upper_floor="0.5")
    assert str(read("up to 3,000", policy).interval) == "[1,500, 3,000]"
    assert str(read("fewer than 50", policy).interval) == "[25, 50)"


def test_near_tolerance_sets_how_far_nearly_reaches() -> None:
    policy = HedgePolicy(near_tolerance="0.1")
    assert str(read("nearly 1,000", policy).interval) == "[900, 1,000)"
    assert str(read("just over 200", policy).interval) == "(200, 220]"


def test_vague_override_replaces_a_row() -> None:
    policy = HedgePolicy(vague_overrides={"Thousands of": (1000, 10000)})
    assert str(policy.vague_bounds("thousands")) == "[1,000, 10,000)"
    assert str(policy.vague_bounds("thousands of")) == "[1,000, 10,000)"
    assert str(policy.vague_bounds("dozens")) == "[24, 144)"


def test_vague_overrides_accept_rows_and_survive_evolve() -> None:
    as_map = HedgePolicy(vague_overrides={"dozens": (12, 100), "scores": ("40", "100")})
    as_rows = HedgePolicy(vague_overrides=[("scores", 40, 100), ("dozens", 12, 100)])
    assert as_map == as_rows
    assert attrs.evolve(as_map, name="x").vague_overrides == as_map.vague_overrides


def test_rule_for_falls_back_to_the_hedge_kind() -> None:
    unknown = Quantity(value=10, low=10, high=None, hedge=Hedge.lower_bound, hedge_text="lots")
    assert DEFAULT_POLICY.rule_for(unknown) is HedgeRule.lower_closed
    mismatched = Quantity(value=10, low=0, high=10, hedge=Hedge.upper_bound, hedge_text="about")
    assert DEFAULT_POLICY.rule_for(mismatched) is HedgeRule.upper_closed


@pytest.mark.parametrize(
    "settings",
    [
        pytest.param({"approximate_tolerance": 1}, id="tolerance-one"),
        pytest.param({"approximate_tolerance": "-0.1"}, id="tolerance-negative"),
        pytest.param({"approximate_tolerance": "lots"}, id="tolerance-not-a-number"),
        pytest.param({"approximate_tolerance": float("nan")}, id="tolerance-nan"),
        pytest.param({"near_tolerance": 0}, id="near-zero"),
        pytest.param({"upper_floor": "1.5"}, id="floor-above-one"),
        pytest.param({"implicit_precision_cap": 2}, id="cap-above-one"),
        pytest.param({"implicit_precision": "yes"}, id="precision-not-bool"),
        pytest.param({"name": 3}, id="name-not-str"),
        pytest.param({"vague_overrides": {"dozens": (100, 12)}}, id="override-reversed"),
        pytest.param({"vague_overrides": {"dozens": (12, 12)}}, id="override-empty"),
        pytest.param({"vague_overrides": {"dozens": 12}}, id="override-not-a-pair"),
        pytest.param({"vague_overrides": {"": (1, 2)}}, id="override-no-phrase"),
        pytest.param({"vague_overrides": "dozens"}, id="override-a-string"),
        pytest.param({"vague_overrides": [("dozens", 1)]}, id="override-short-row"),
    ],
)
def test_impossible_settings_raise_policy_error(settings: dict[str, object]) -> None:
    with pytest.raises(PolicyError) as info:
        HedgePolicy(**settings)  # type: ignore[arg-type]
    assert isinstance(info.value, ClaimkitError)
    assert isinstance(info.value, ValueError)


def test_unknown_hedge_phrase_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="kinda"):
        DEFAULT_POLICY.quantity(5, "kinda")


def test_policy_settings_are_decimals() -> None:
    policy = HedgePolicy(approximate_tolerance=0.1)
    assert policy.approximate_tolerance == Decimal("0.1")


# -- properties ------------------------------------------------------------------


@given(hedge_entries() | postfix_entries(), st.just(Decimal(0)) | decimals(), policies())
def test_every_lexicon_row_gives_the_shape_its_rule_names(
    entry: HedgeEntry, value: Decimal, policy: HedgePolicy
) -> None:
    q = policy.quantity(value, entry.phrase)
    assert q.hedge is entry.hedge
    assert q.hedge_text == entry.phrase
    box = q.interval
    rule = entry.rule
    if rule is HedgeRule.approximate:
        assert box.low == value - value * policy.approximate_tolerance
        assert box.high == value + value * policy.approximate_tolerance
    elif rule in (HedgeRule.upper_closed, HedgeRule.upper_open):
        # upper_floor is a fraction of N: below a figure of 0 there is no floor
        assert box.high == value
        assert box.high_closed == (rule is HedgeRule.upper_closed)
        assert box.low == (value * policy.upper_floor if value > 0 else None)
    elif rule in (HedgeRule.lower_closed, HedgeRule.lower_open):
        assert (box.low, box.high) == (value, None)
        assert box.low_closed == (rule is HedgeRule.lower_closed)
    elif rule is HedgeRule.near_below:
        assert box.high == value
        assert box.low == value - value * policy.near_tolerance
    elif rule is HedgeRule.near_above:
        assert box.low == value
        assert box.high == value + value * policy.near_tolerance


@given(st.data())
def test_apply_is_the_identity_on_quantities_the_policy_built(data: st.DataObject) -> None:
    policy = data.draw(policies())
    q = data.draw(quantities(policy))
    assert policy.apply(q) == q
    assert policy.interval(q) == q.interval


def widened(policy: HedgePolicy, knob: str, step: Decimal) -> HedgePolicy:
    old = getattr(policy, knob)
    if knob == "upper_floor":
        return attrs.evolve(policy, upper_floor=old * step)
    return attrs.evolve(policy, **{knob: old + (1 - old) * step})


#: the rules each knob acts on; the monotone test draws those rows often
KNOB_RULES = {
    "approximate_tolerance": {HedgeRule.approximate},
    "near_tolerance": {HedgeRule.near_below, HedgeRule.near_above},
    "implicit_precision_cap": {HedgeRule.exact},
    "upper_floor": {HedgeRule.upper_closed, HedgeRule.upper_open},
}


@pytest.mark.parametrize("knob", sorted(KNOB_RULES))
@given(data=st.data())
def test_policy_widening_is_monotone(knob: str, data: st.DataObject) -> None:
    """Larger tolerances and cap, or a smaller upper_floor, never shrink an interval."""
    policy = data.draw(policies())
    step = data.draw(st.decimals(min_value=0, max_value=Decimal("0.99"), places=2))
    wider = widened(policy, knob, step)
    any_quantity = data.draw(quantities(policy))
    rows = (hedge_entries() | postfix_entries()).filter(lambda e: e.rule in KNOB_RULES[knob])
    phrase = "" if knob == "implicit_precision_cap" else data.draw(rows).phrase
    affected = policy.quantity(data.draw(decimals()), phrase)
    for q in (any_quantity, affected):
        assert contains(wider.interval(q), policy.interval(q))


@given(st.data())
def test_turning_implicit_precision_on_or_lowering_its_min_is_monotone(
    data: st.DataObject,
) -> None:
    policy = data.draw(policies())
    q = data.draw(quantities(policy, kinds=("exact",)))
    off = attrs.evolve(policy, implicit_precision=False)
    on = attrs.evolve(policy, implicit_precision=True)
    lower_min = attrs.evolve(on, implicit_precision_min=on.implicit_precision_min / 10)
    assert off.interval(q) == Interval.point(q.value) if q.value is not None else True
    assert contains(on.interval(q), off.interval(q))
    assert contains(lower_min.interval(q), on.interval(q))


@given(decimals())
def test_implicit_slack_is_within_the_cap(value: Decimal) -> None:
    slack = DEFAULT_POLICY.implicit_slack(value)
    assert 0 <= slack <= value * DEFAULT_POLICY.implicit_precision_cap
    if value < DEFAULT_POLICY.implicit_precision_min or value != value.to_integral_value():
        assert slack == 0


# -- docs/policy.md tabulates every row --------------------------------------------

POLICY_DOC = Path(__file__).resolve().parent.parent / "docs" / "policy.md"


def documented_phrases() -> set[str]:
    """Every comma-separated item in every cell of the tables in docs/policy.md."""
    found: set[str] = set()
    for line in POLICY_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("|"):
            for cell in line.strip("|").split("|"):
                found.update(item.strip() for item in cell.split(","))
    return found


@pytest.mark.parametrize(
    "phrase",
    [e.phrase for e in (*HEDGES, *POSTFIX)] + [v.phrase for v in VAGUE],
)
def test_docs_tabulate_every_lexicon_row(phrase: str) -> None:
    assert phrase in documented_phrases(), f"add {phrase!r} to docs/policy.md"


long_figures = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(min_value=10**28, max_value=10**45),
    st.integers(min_value=0, max_value=20),
)


@given(hedge_entries() | postfix_entries() | st.none(), long_figures, policies())
def test_bounds_are_exact_for_figures_longer_than_the_decimal_context(
    entry: HedgeEntry | None, value: Decimal, policy: HedgePolicy
) -> None:
    """A 40-digit figure gets its bounds without rounding (checked with Fraction)."""
    q = policy.quantity(value, entry.phrase if entry else "")
    rule = entry.rule if entry else HedgeRule.exact
    v = Fraction(value)
    box = q.interval
    if rule is HedgeRule.approximate:
        t = Fraction(policy.approximate_tolerance)
        assert (Fraction(box.low), Fraction(box.high)) == (v * (1 - t), v * (1 + t))  # type: ignore[arg-type]
    elif rule is HedgeRule.near_below and value > 0:
        assert Fraction(box.low) == v * (1 - Fraction(policy.near_tolerance))  # type: ignore[arg-type]
    elif rule is HedgeRule.near_above and value > 0:
        assert Fraction(box.high) == v * (1 + Fraction(policy.near_tolerance))  # type: ignore[arg-type]
    elif rule is HedgeRule.exact:
        slack = Fraction(policy.implicit_slack(value))
        assert (Fraction(box.low), Fraction(box.high)) == (v - slack, v + slack)  # type: ignore[arg-type]
