"""The error tree: hierarchy, messages, pickling."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal

import pytest

from claimkit import errors
from claimkit.errors import (
    ClaimkitError,
    InvalidClaimError,
    MissingDependencyError,
    ParseError,
    PolicyError,
    SerializationError,
)

EXAMPLES = [
    pytest.param(ClaimkitError("something went wrong"), id="ClaimkitError"),
    pytest.param(
        InvalidClaimError("low", Decimal(7), "greater than high=5"), id="InvalidClaimError"
    ),
    pytest.param(ParseError("about tens of", (6, 10), "cannot read a number"), id="ParseError"),
    pytest.param(PolicyError("near_tolerance=0 must be a fraction in (0, 1)"), id="PolicyError"),
    pytest.param(
        SerializationError("$.claims[0].quantity.low", "expected a finite number, got 'x'"),
        id="SerializationError",
    ),
    pytest.param(
        MissingDependencyError("pandas is not installed: pip install 'claimkit[frame]'"),
        id="MissingDependencyError",
    ),
]


def test_every_public_error_has_an_example() -> None:
    named = {p.values[0].__class__.__name__ for p in EXAMPLES}
    assert named == set(errors.__all__)


@pytest.mark.parametrize("error", EXAMPLES)
def test_errors_pickle_with_the_same_str(error: ClaimkitError) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(back) is type(error)
        assert str(back) == str(error)
        assert back.args == error.args
        assert vars(back) == vars(error)


@pytest.mark.parametrize("error", EXAMPLES)
def test_errors_copy_with_the_same_str(error: ClaimkitError) -> None:
    assert str(copy.deepcopy(error)) == str(error)


@pytest.mark.parametrize("error", EXAMPLES)
def test_errors_are_claimkit_errors(error: ClaimkitError) -> None:
    assert isinstance(error, ClaimkitError)
    if isinstance(error, MissingDependencyError):
        assert isinstance(error, ImportError)
    elif type(error) is not ClaimkitError:
        assert isinstance(error, ValueError)


def test_messages_quote_the_input_and_position() -> None:
    assert str(InvalidClaimError("low", Decimal(7), "greater than high=5")) == (
        "invalid low=Decimal('7'): greater than high=5"
    )
    parse = ParseError("about tens of", (6, 10), "cannot read a number from")
    assert str(parse) == "cannot read a number from: 'tens' at 6:10"
    assert (parse.text, parse.span, parse.reason) == ("about tens of", (6, 10), parse.reason)
    empty_span = ParseError("", (0, 0), "nothing to read")
    assert str(empty_span) == "nothing to read: '' at 0:0"
    where = SerializationError("$.claims[0].quantity.low", "expected a number")
    assert str(where) == "cannot load claims: $.claims[0].quantity.low: expected a number"
    assert (where.path, where.reason) == ("$.claims[0].quantity.low", "expected a number")


def test_invalid_claim_error_keeps_its_fields() -> None:
    error = InvalidClaimError("span", (3, 1), "must be (start, end) with 0 <= start <= end")
    assert (error.field, error.value) == ("span", (3, 1))
    assert error.reason.startswith("must be")
