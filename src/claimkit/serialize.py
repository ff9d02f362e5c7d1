"""Lossless JSON for claims, with a schema version.

The document is ``{"schema": "claimkit.claims", "version": 1, "claims": [...]}``.
Figures are JSON numbers when a double holds them exactly and decimal strings
otherwise; an unbounded side is ``null``; dates are ISO 8601 strings; enums are
their lower-case values.  ``docs/json-schema.json`` is the JSON Schema.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, get_args, get_origin

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.v import format_exception

from claimkit.errors import ClaimkitError, InvalidClaimError, SerializationError
from claimkit.model import Claim, to_decimal

__all__ = [
    "SCHEMA",
    "VERSION",
    "claim_from_dict",
    "claim_to_dict",
    "dumps",
    "dumps_lines",
    "loads",
    "loads_lines",
]

SCHEMA = "claimkit.claims"
VERSION = 1

_converter = cattrs.Converter(forbid_extra_keys=True)


def _number_out(value: Decimal) -> int | float | str:
    if value == value.to_integral_value() and abs(value) < 10**15:
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) == value:
        return as_float
    return str(value)


def _number_in(value: Any, _: type) -> Decimal:
    # Raises a plain ValueError: an InvalidClaimError reaching the error walk
    # below is taken to come from a model constructor and names its own field.
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError(f"expected a number, got {value!r}")
    try:
        return to_decimal(value)
    except InvalidClaimError:
        raise ValueError(f"expected a finite number, got {value!r}") from None


def _str_in(value: Any, _: type) -> str:
    # cattrs' default would turn 5 into "5"; a lossless format refuses instead.
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    return value


def _bool_in(value: Any, _: type) -> bool:
    # cattrs' default is bool(value), which reads "false" as True.
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def _int_in(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, got {value!r}")
    return value


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_in(value: Any, kind: Any) -> tuple[Any, ...]:
    # A JSON array only: cattrs' default would iterate a string into characters.
    if not isinstance(value, list | tuple):
        raise ValueError(f"expected a list, got {value!r}")
    item_type = get_args(kind)[0]
    hook = _converter.get_structure_hook(item_type)
    out: list[Any] = []
    errors: list[Exception] = []
    for index, item in enumerate(value):
        try:
            out.append(hook(item, item_type))
        except Exception as exc:
            note = IterableValidationNote(f"Structuring {kind} @ index {index}", index, item_type)
            # __notes__ is how cattrs records paths (PEP 678; typeshed has it from 3.11)
            exc.__notes__ = [*getattr(exc, "__notes__", []), note]  # type: ignore[attr-defined]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
    return tuple(out)


def _date_in(value: Any, _: type) -> dt.date:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {value!r}")
    return dt.date.fromisoformat(value)


def _span_in(value: Any, _: type) -> tuple[int, int]:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise ValueError(f"expected [start, end], got {value!r}")
    return (value[0], value[1])


_converter.register_unstructure_hook(Decimal, _number_out)
_converter.register_structure_hook(Decimal, _number_in)
_converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
_converter.register_structure_hook(dt.date, _date_in)
_converter.register_unstructure_hook_func(lambda t: t == tuple[int, int], list)
_converter.register_structure_hook_func(lambda t: t == tuple[int, int], _span_in)
_converter.register_structure_hook_func(_is_homogeneous_tuple, _tuple_in)
_converter.register_structure_hook(str, _str_in)
_converter.register_structure_hook(bool, _bool_in)
_converter.register_structure_hook(int, _int_in)


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """One claim as plain JSON data: dicts, lists, str, int, float, bool, None.

    Examples:
        >>> from claimkit.model import Quantity
        >>> data = claim_to_dict(Claim(quantity=Quantity.exact(5), span=(0, 1)))
        >>> data["quantity"]["low"], data["span"]
        (5, [0, 1])
    """
    out: dict[str, Any] = _converter.unstructure(claim)
    return out


def _first_problem(exc: BaseException, path: str) -> SerializationError:
    """Follow the first failure down cattrs' exception groups to a path and reason."""
    kind: Any = None
    while isinstance(exc, cattrs.BaseValidationError):
        exc = exc.exceptions[0]
        for note in getattr(exc, "__notes__", []):
            if isinstance(note, AttributeValidationNote):
                path, kind = f"{path}.{note.name}", note.type
                break
            if isinstance(note, IterableValidationNote):
                path, kind = f"{path}[{note.index}]", note.type
                break
    if isinstance(exc, ForbiddenExtraKeysError):
        extra = sorted(exc.extra_fields)
        names = ", ".join(repr(name) for name in extra)
        plural = "s" if len(extra) > 1 else ""
        return SerializationError(f"{path}.{extra[0]}", f"unexpected field{plural} {names}")
    if isinstance(exc, InvalidClaimError):
        # raised by a model constructor once its fields were read: name the field
        return SerializationError(f"{path}.{exc.field}", str(exc))
    if isinstance(exc, ClaimkitError | ValueError) and str(exc):
        return SerializationError(path, str(exc))
    return SerializationError(path, format_exception(exc, kind))


def claim_from_dict(data: Any, path: str = "$") -> Claim:
    """Build a claim from :func:`claim_to_dict` output.

    Raises:
        SerializationError: naming the field that was wrong.

    >>> claim_from_dict({"quantity": {"low": "x"}})
    Traceback (most recent call last):
    ...
    claimkit.errors.SerializationError: cannot load claims: $.quantity.low:
        expected a finite number, got 'x'
    """
    if not isinstance(data, dict):
        raise SerializationError(path, f"expected a claim object, got {type(data).__name__}")
    try:
        return _converter.structure(data, Claim)
    except (cattrs.BaseValidationError, ClaimkitError, ValueError, TypeError, KeyError) as exc:
        raise _first_problem(exc, path) from None
    except ForbiddenExtraKeysError as exc:
        raise _first_problem(exc, path) from None


def dumps(claims: Claim | Iterable[Claim], *, indent: int | None = 2) -> str:
    """Claims as a versioned JSON document.

    >>> from claimkit.model import Quantity
    >>> loads(dumps([Claim(quantity=Quantity.exact(3))]))[0].quantity.value
    Decimal('3')
    """
    items = [claims] if isinstance(claims, Claim) else list(claims)
    document = {
        "schema": SCHEMA,
        "version": VERSION,
        "claims": [claim_to_dict(c) for c in items],
    }
    return json.dumps(document, indent=indent, ensure_ascii=False)


def _parse_json(text: str | bytes, where: str) -> Any:
    try:
        return json.loads(text, parse_float=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SerializationError(where, f"not JSON ({exc})") from None


def loads(text: str | bytes) -> list[Claim]:
    """Claims from a document written by :func:`dumps` (or a bare list of claims).

    Raises:
        SerializationError: for malformed JSON, a foreign document, a newer
            schema version, or a claim with a bad field (the message names it).

    >>> loads('{"schema": "other"}')
    Traceback (most recent call last):
    ...
    claimkit.errors.SerializationError: cannot load claims: $.schema:
        expected 'claimkit.claims', got 'other'
    """
    data = _parse_json(text, "$")
    items: Any
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        if data.get("schema") != SCHEMA:
            raise SerializationError("$.schema", f"expected {SCHEMA!r}, got {data.get('schema')!r}")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
            raise SerializationError(
                "$.version", f"expected an integer from 1 to {VERSION}, got {version!r}"
            )
        items = data.get("claims")
        if not isinstance(items, list):
            raise SerializationError("$.claims", "expected a list of claims")
    else:
        raise SerializationError("$", f"expected an object or a list, got {type(data).__name__}")
    return [claim_from_dict(item, f"$.claims[{i}]") for i, item in enumerate(items)]


def dumps_lines(claims: Iterable[Claim]) -> str:
    r"""Claims as JSON Lines, one claim object per line (no schema header).

    >>> from claimkit.model import Quantity
    >>> dumps_lines([Claim(quantity=Quantity.exact(3))]).count("\n")
    1
    """
    return "".join(json.dumps(claim_to_dict(c), ensure_ascii=False) + "\n" for c in claims)


def loads_lines(text: str | bytes) -> list[Claim]:
    r"""Claims from JSON Lines written by :func:`dumps_lines`; blank lines are skipped.

    Lines end at ``\n`` only (``\r\n`` too): :meth:`str.splitlines` would also
    break at U+2028 or U+0085, which JSON strings may hold unescaped.  Error paths
    name the line, e.g. ``line 2: $.quantity.low``.

    >>> from claimkit.model import Quantity
    >>> loads_lines(dumps_lines([Claim(quantity=Quantity.exact(3))]))[0].quantity.text
    '3'
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SerializationError("$", f"not UTF-8 ({exc})") from None
    out = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            where = f"line {number}: $"
            out.append(claim_from_dict(_parse_json(line, where), where))
    return out
