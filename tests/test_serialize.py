"""JSON round-trip, error paths, and the JSON Schema in docs/json-schema.json."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimkit.errors import ClaimkitError, SerializationError
from claimkit.model import (
    Attributor,
    AttributorKind,
    Claim,
    ClaimDate,
    DateRange,
    Hedge,
    Quantity,
    Source,
    Subject,
)
from claimkit.policy import DEFAULT_POLICY
from claimkit.serialize import (
    SCHEMA,
    VERSION,
    claim_from_dict,
    claim_to_dict,
    dumps,
    dumps_lines,
    loads,
    loads_lines,
)
from strategies import claims

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "json-schema.json"

FULL = Claim(
    quantity=DEFAULT_POLICY.quantity(12000, "about", text="about 12,000"),
    subject=Subject(
        text="North Korean troops",
        head="troops",
        key="troops",
        role="deployed",
        place="Kursk",
        actor="North Korean",
        qualifiers=("special forces",),
    ),
    date=ClaimDate(
        said_on=dt.date(2024, 11, 2),
        said_precision="day",
        refers_to=DateRange(
            start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31), precision="month", text="Oct"
        ),
    ),
    attributor=Attributor(
        name="Yu Yong-weon",
        kind=AttributorKind.person,
        description="a South Korean lawmaker",
        via=(Attributor(name="Kyrylo Budanov", kind=AttributorKind.government),),
    ),
    source=Source(
        title="Troops in Kursk",
        publisher="Reuters",
        published=dt.date(2024, 11, 3),
        byline="A. Reporter",
        url="https://example.com/a",
    ),
    span=(5, 17),
    sentence="Some about 12,000 troops ...",
    cue="said",
    whole_span=(0, 4),
)


# -- round trip ------------------------------------------------------------------

round_trip = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])


@round_trip
@given(st.lists(claims(), max_size=4))
def test_json_round_trip_is_the_identity(items: list[Claim]) -> None:
    assert loads(dumps(items)) == items
    assert loads(dumps(items, indent=None)) == items


@round_trip
@given(st.lists(claims(), max_size=4))
def test_json_lines_round_trip_is_the_identity(items: list[Claim]) -> None:
    text = dumps_lines(items)
    assert text.count("\n") == len(items)
    assert loads_lines(text) == items
    assert loads_lines(text.encode("utf-8")) == items
    assert loads_lines(text.replace("\n", "\r\n")) == items


@round_trip
@given(claims())
def test_claim_dict_round_trip_is_the_identity(claim: Claim) -> None:
    data = claim_to_dict(claim)
    assert json.loads(json.dumps(data)) == data  # plain JSON data only
    assert claim_from_dict(data) == claim


def test_dumps_accepts_one_claim_and_loads_accepts_a_bare_list() -> None:
    document = json.loads(dumps(FULL))
    assert (document["schema"], document["version"]) == (SCHEMA, VERSION)
    assert loads(json.dumps(document["claims"])) == [FULL]
    assert loads(dumps(FULL).encode("utf-8")) == [FULL]


def test_round_trip_keeps_unicode_and_line_separators() -> None:
    kyiv = "\u041a\u0438\u0457\u0432"  # Cyrillic, spelled out for ruff's RUF001
    claim = Claim(quantity=Quantity.exact(5), sentence=f"Kyiv\u2028{kyiv}\x85 \u2014 5")
    assert loads(dumps(claim)) == [claim]
    assert loads_lines(dumps_lines([claim, claim])) == [claim, claim]


@pytest.mark.parametrize(
    ("figure", "written"),
    [
        pytest.param(Decimal("39.3"), 39.3, id="short-decimal-as-number"),
        pytest.param(Decimal(12000), 12000, id="integer-as-number"),
        pytest.param(Decimal("1E+3"), 1000, id="exponent-integer-as-number"),
        pytest.param(Decimal(10**20 + 1), "100000000000000000001", id="huge-integer-as-string"),
        pytest.param(
            Decimal("0.12345678901234567890123"),
            "0.12345678901234567890123",
            id="long-decimal-as-string",
        ),
    ],
)
def test_figures_are_numbers_when_a_double_holds_them(figure: Decimal, written: Any) -> None:
    claim = Claim(quantity=Quantity(value=figure, low=figure, high=figure, unit="percent"))
    data = claim_to_dict(claim)
    assert data["quantity"]["value"] == written
    assert type(data["quantity"]["value"]) is type(written)
    (back,) = loads(dumps(claim))
    assert back.quantity.value == figure


def test_unbounded_side_is_null_and_enums_are_values() -> None:
    data = claim_to_dict(Claim(quantity=DEFAULT_POLICY.quantity(600000, "more than")))
    quantity = data["quantity"]
    assert quantity["high"] is None
    assert quantity["low_closed"] is False
    assert quantity["hedge"] == Hedge.lower_bound.value
    assert claim_to_dict(FULL)["date"]["said_on"] == "2024-11-02"


def test_left_out_fields_take_the_model_defaults() -> None:
    (claim,) = loads('[{"quantity": {"value": 5, "low": 5, "high": 5}}]')
    assert claim == Claim(quantity=Quantity(value=5, low=5, high=5))


# -- errors name the path ----------------------------------------------------------


def document(mutate: Callable[[dict[str, Any]], object]) -> str:
    data = json.loads(dumps([FULL, FULL]))
    mutate(data)
    return json.dumps(data)


def claim0(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = data["claims"][0]
    return out


def claim1(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = data["claims"][1]
    return out


ERRORS: list[Any] = [
    pytest.param('{"schema": "claimkit.claims", ', "$", "not JSON", id="malformed-json"),
    pytest.param(b"\xff\xfe", "$", "not JSON", id="not-utf8"),
    pytest.param('"claims"', "$", "expected an object or a list", id="json-string"),
    pytest.param('{"schema": "geojson"}', "$.schema", "expected 'claimkit.claims'", id="foreign"),
    pytest.param('{"claims": []}', "$.schema", "got None", id="no-schema"),
    pytest.param(
        document(lambda d: d.update(version=VERSION + 1)),
        "$.version",
        "from 1 to",
        id="newer-version",
    ),
    pytest.param(document(lambda d: d.update(version="1")), "$.version", "'1'", id="version-str"),
    pytest.param(document(lambda d: d.update(version=0)), "$.version", "got 0", id="version-zero"),
    pytest.param(
        document(lambda d: d.update(version=True)), "$.version", "True", id="version-bool"
    ),
    pytest.param(document(lambda d: d.update(claims={})), "$.claims", "list", id="claims-not-list"),
    pytest.param(
        document(lambda d: d["claims"].append(5)), "$.claims[2]", "claim object", id="claim-int"
    ),
    pytest.param(
        document(lambda d: claim0(d)["quantity"].update(low="x")),
        "$.claims[0].quantity.low",
        "expected a finite number, got 'x'",
        id="low-not-a-number",
    ),
    pytest.param(
        document(lambda d: claim1(d)["quantity"].update(high=True)),
        "$.claims[1].quantity.high",
        "expected a number, got True",
        id="high-bool",
    ),
    pytest.param(
        document(lambda d: claim0(d)["quantity"].update(low=20000)),
        "$.claims[0].quantity.low",
        "greater than high",
        id="low-above-high",
    ),
    pytest.param(
        document(lambda d: claim0(d)["quantity"].update(low_closed="false")),
        "$.claims[0].quantity.low_closed",
        "expected true or false",
        id="flag-str",
    ),
    pytest.param(
        document(lambda d: claim0(d)["quantity"].update(text=12000)),
        "$.claims[0].quantity.text",
        "expected a string",
        id="text-int",
    ),
    pytest.param(
        document(lambda d: claim0(d)["quantity"].update(hedge="kinda")),
        "$.claims[0].quantity.hedge",
        "'kinda'",
        id="hedge-unknown",
    ),
    pytest.param(
        document(lambda d: claim0(d)["quantity"].update(extra=1)),
        "$.claims[0].quantity.extra",
        "unexpected field 'extra'",
        id="extra-field-in-quantity",
    ),
    pytest.param(
        document(lambda d: claim1(d).update(confidence=0.9)),
        "$.claims[1].confidence",
        "unexpected field 'confidence'",
        id="extra-field-in-claim",
    ),
    pytest.param(
        document(lambda d: claim0(d).pop("quantity")),
        "$.claims[0].quantity",
        "required field missing",
        id="missing-quantity",
    ),
    pytest.param(
        document(lambda d: claim0(d)["subject"].update(qualifiers="special forces")),
        "$.claims[0].subject.qualifiers",
        "expected a list",
        id="qualifiers-str",
    ),
    pytest.param(
        document(lambda d: claim0(d)["subject"].update(qualifiers=["a", 3])),
        "$.claims[0].subject.qualifiers[1]",
        "expected a string",
        id="qualifier-int",
    ),
    pytest.param(
        document(lambda d: claim0(d)["attributor"]["via"][0].update(kind="alien")),
        "$.claims[0].attributor.via[0].kind",
        "'alien'",
        id="via-kind",
    ),
    pytest.param(
        document(lambda d: claim0(d)["attributor"]["via"][0].update(name=" ")),
        "$.claims[0].attributor.via[0].name",
        "needs a name",
        id="via-blank-name",
    ),
    pytest.param(
        document(lambda d: claim0(d)["date"].update(said_on="2024-13-01")),
        "$.claims[0].date.said_on",
        "month",
        id="bad-date",
    ),
    pytest.param(
        document(lambda d: claim0(d)["source"].update(published=20241103)),
        "$.claims[0].source.published",
        "ISO date",
        id="date-int",
    ),
    pytest.param(
        document(lambda d: claim0(d)["date"]["refers_to"].update(start="2025-01-01")),
        "$.claims[0].date.refers_to.start",
        "after end",
        id="range-reversed",
    ),
    pytest.param(
        document(lambda d: claim0(d).update(span=[1])),
        "$.claims[0].span",
        "expected [start, end]",
        id="span-short",
    ),
    pytest.param(
        document(lambda d: claim0(d).update(span=[9, 2])),
        "$.claims[0].span",
        "0 <= start <= end",
        id="span-reversed",
    ),
    pytest.param(
        document(lambda d: claim0(d).update(whole_span=[1.5, 2])),
        "$.claims[0].whole_span",
        "expected [start, end]",
        id="whole-span-float",
    ),
]


@pytest.mark.parametrize(("text", "path", "reason"), ERRORS)
def test_load_errors_name_the_path(text: str | bytes, path: str, reason: str) -> None:
    with pytest.raises(SerializationError) as info:
        loads(text)
    error = info.value
    assert isinstance(error, ClaimkitError)
    assert isinstance(error, ValueError)
    assert error.path == path
    assert reason in error.reason
    assert str(error).startswith(f"cannot load claims: {path}: ")


def test_load_lines_errors_name_the_line() -> None:
    good = dumps_lines([FULL])
    with pytest.raises(SerializationError) as info:
        loads_lines(good + "\n" + "{not json\n")
    assert info.value.path == "line 3: $"
    bad = json.loads(good)
    bad["quantity"]["low"] = "x"
    with pytest.raises(SerializationError) as info:
        loads_lines(good + json.dumps(bad))
    assert info.value.path == "line 2: $.quantity.low"


def test_claim_from_dict_refuses_a_non_object() -> None:
    with pytest.raises(SerializationError, match=r"\$: expected a claim object, got list"):
        claim_from_dict([])


# -- the JSON Schema -------------------------------------------------------------


def load_schema() -> dict[str, Any]:
    out: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return out


def resolve(schema: dict[str, Any], node: dict[str, Any], value: Any) -> dict[str, Any]:
    """Follow ``$ref`` and pick the ``anyOf`` branch for a non-null ``value``."""
    while True:
        if "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/$defs/"), ref
            node = schema["$defs"][ref.removeprefix("#/$defs/")]
        elif "anyOf" in node and isinstance(value, dict | list):
            # the branch for a container: a $ref to one, or an array type
            branches = [b for b in node["anyOf"] if "$ref" in b or b.get("type") == "array"]
            assert len(branches) == 1, node
            node = branches[0]
        else:
            return node


def walk(schema: dict[str, Any], node: dict[str, Any], value: Any, where: str) -> None:
    node = resolve(schema, node, value)
    if isinstance(value, dict):
        properties = node.get("properties")
        assert properties is not None, f"{where}: schema has no properties"
        assert set(value) == set(properties), f"{where}: {set(value) ^ set(properties)}"
        assert node.get("additionalProperties") is False, where
        for key, item in value.items():
            walk(schema, properties[key], item, f"{where}.{key}")
    elif isinstance(value, list) and "items" in node and node["items"] is not False:
        for index, item in enumerate(value):
            walk(schema, node["items"], item, f"{where}[{index}]")


def test_schema_is_json_and_draft_2020_12() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"] == {"const": SCHEMA}
    assert schema["properties"]["version"] == {"const": VERSION}


def test_schema_names_every_field_claim_to_dict_writes() -> None:
    schema = load_schema()
    data = json.loads(dumps(FULL))
    walk(schema, schema, data, "$")


@settings(max_examples=50)
@given(claims())
def test_schema_names_every_field_of_generated_claims(claim: Claim) -> None:
    schema = load_schema()
    walk(schema, schema, json.loads(dumps(claim)), "$")


def test_schema_enums_match_the_model() -> None:
    schema = load_schema()["$defs"]
    assert schema["quantity"]["properties"]["hedge"]["enum"] == [h.value for h in Hedge]
    kinds = schema["attributor"]["properties"]["kind"]["enum"]
    assert kinds == [k.value for k in AttributorKind]


def test_dumps_output_validates_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(
        load_schema(), format_checker=jsonschema.FormatChecker()
    )
    validator.validate(json.loads(dumps(FULL)))

    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(claims(), max_size=3))
    def check(items: list[Claim]) -> None:
        validator.validate(json.loads(dumps(items)))

    check()


def test_schema_rejects_what_loads_rejects() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(load_schema())
    for mutate in (
        lambda d: claim0(d)["quantity"].update(extra=1),
        lambda d: claim0(d)["quantity"].update(hedge="kinda"),
        lambda d: claim0(d).update(span=[1]),
        lambda d: claim0(d)["attributor"].update(name=" "),
        lambda d: d.update(version=2),
    ):
        data = json.loads(document(mutate))
        assert not validator.is_valid(data)
        with pytest.raises(SerializationError):
            loads(json.dumps(data))
