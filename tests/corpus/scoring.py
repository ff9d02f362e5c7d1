"""Compare what extract() finds in a probe with what a careful reader expects.

Shared by the probe tests and ``benchmarks/score_probes.py``; returns a list of
readable differences, empty when the probe is read as expected.
"""

from __future__ import annotations

from decimal import Decimal

from tests.corpus.probes import Expect, Probe

from claimkit import AttributorKind, Claim, extract

PUBLISHED = "2025-06-18"


def _attributor_text(claim: Claim) -> str:
    if claim.attributor is None:
        return ""
    parts = [claim.attributor.name, claim.attributor.description or ""]
    return " ".join(parts).lower()


def _check(expect: Expect, claim: Claim) -> list[str]:
    problems: list[str] = []
    quantity = claim.quantity
    if quantity.hedge.value != expect.hedge:
        problems.append(f"{expect.text!r}: hedge {quantity.hedge.value} != {expect.hedge}")
    if expect.value is not None and quantity.value != Decimal(expect.value):
        problems.append(f"{expect.text!r}: value {quantity.value} != {expect.value}")
    if expect.low is not None and quantity.low != Decimal(expect.low):
        problems.append(f"{expect.text!r}: low {quantity.low} != {expect.low}")
    if expect.high is not None and quantity.high != Decimal(expect.high):
        problems.append(f"{expect.text!r}: high {quantity.high} != {expect.high}")
    if (expect.unit == "count") != (quantity.unit == "count"):
        problems.append(f"{expect.text!r}: unit {quantity.unit} != {expect.unit}")
    if expect.head is not None and claim.subject.head.lower() != expect.head:
        problems.append(f"{expect.text!r}: head {claim.subject.head!r} != {expect.head!r}")
    who = _attributor_text(claim)
    if expect.attributor is None and claim.attributor is not None:
        problems.append(f"{expect.text!r}: attributor {claim.attributor.name!r} != None")
    elif expect.attributor is not None and expect.attributor not in who:
        problems.append(f"{expect.text!r}: attributor {who!r} lacks {expect.attributor!r}")
    if expect.via is not None:
        chain = " ".join(
            f"{a.name} {a.description or ''}".lower()
            for a in (claim.attributor.via if claim.attributor else ())
        )
        if expect.via not in chain:
            problems.append(f"{expect.text!r}: via {chain!r} lacks {expect.via!r}")
    original = claim.attributor.original if claim.attributor is not None else None
    named = original is not None and original.kind is not AttributorKind.official_anonymous
    if expect.anonymous and named:
        problems.append(f"{expect.text!r}: not anonymous")
    return problems


def differences(probe: Probe) -> list[str]:
    """What extract() got wrong on one probe (empty: all right)."""
    claims = list(extract(probe.text, published=PUBLISHED))
    problems: list[str] = []
    unmatched = list(claims)
    for expect in probe.expected:
        match = next((c for c in unmatched if c.quantity.text == expect.text), None)
        if match is None:
            problems.append(f"missing {expect.text!r}")
            continue
        unmatched.remove(match)
        problems.extend(_check(expect, match))
    problems.extend(f"extra {c.quantity.text!r}" for c in unmatched)
    return problems
