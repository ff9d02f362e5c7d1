"""Accuracy of claimkit.extract on held-out articles it was not developed on.

Usage: python benchmarks/score_heldout.py [-v]

tests/heldout/ holds eight whole web pages from other domains with an answer key
written independently of the parser.  Prints, per article and overall, figure
recall and precision (by exact surface text, in order) and, among matched
figures, how often hedge, value, unit kind, head noun and attributor are right.
With -v, lists every difference.
"""

from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.heldout.expected import ARTICLES, Expect  # noqa: E402

from claimkit import AttributorKind, Claim, extract  # noqa: E402

_ANONYMOUS = AttributorKind.official_anonymous
FIELDS = ("hedge", "value", "unit", "head", "attributor", "anonymous", "via")


def _who(claim: Claim) -> str:
    if claim.attributor is None:
        return ""
    chain = [claim.attributor, *claim.attributor.via]
    return " ".join(f"{a.name} {a.description or ''}" for a in chain).lower()


def _wrong(expect: Expect, claim: Claim) -> list[str]:
    out = []
    q = claim.quantity
    if q.hedge.value != expect.hedge:
        out.append("hedge")
    if expect.value is not None and q.value != Decimal(expect.value):
        out.append("value")
    if (expect.unit == "count") != (q.unit == "count"):
        out.append("unit")
    if expect.head is not None and claim.subject.head.lower() != expect.head:
        out.append("head")
    if expect.attributor is None:
        if claim.attributor is not None:
            out.append("attributor")
    elif expect.attributor not in _who(claim):
        out.append("attributor")
    if expect.via is not None and claim.attributor is not None:
        via = " ".join(f"{a.name} {a.description or ''}" for a in claim.attributor.via).lower()
        if expect.via not in via:
            out.append("via")
    original = claim.attributor.original if claim.attributor is not None else None
    if expect.anonymous and original is not None and original.kind is not _ANONYMOUS:
        out.append("anonymous")
    return out


def main() -> None:
    verbose = "-v" in sys.argv
    totals: Counter[str] = Counter()
    for article in ARTICLES:
        text = (ROOT / "tests" / "heldout" / "articles" / article.file).read_text(encoding="utf-8")
        claims = list(extract(text))
        unmatched = list(claims)
        matched = 0
        wrong: Counter[str] = Counter()
        notes = []
        for expect in article.expected:
            claim = next((c for c in unmatched if c.quantity.text == expect.text), None)
            if claim is None:
                notes.append(f"  missing {expect.text!r}")
                continue
            unmatched.remove(claim)
            matched += 1
            for field in _wrong(expect, claim):
                wrong[field] += 1
                notes.append(
                    f"  {field:10} {expect.text!r}: expected {getattr(expect, field)!r}, "
                    f"got {_got(field, claim)!r}"
                )
        notes += [f"  extra {c.quantity.text!r}" for c in unmatched]
        expected = len(article.expected)
        print(
            f"{article.file:32} recall {matched:2}/{expected:2}  precision {matched:2}/"
            f"{len(claims):2}  " + " ".join(f"{f}-{n}" for f, n in sorted(wrong.items()))
        )
        if verbose:
            print("\n".join(notes))
        totals.update(expected=expected, found=len(claims), matched=matched)
        totals.update({f"wrong {k}": v for k, v in wrong.items()})
    m = totals["matched"]
    print(
        f"\noverall: recall {m}/{totals['expected']} = {m / totals['expected']:.1%}, "
        f"precision {m}/{totals['found']} = {m / max(totals['found'], 1):.1%}"
    )
    for field in FIELDS:
        print(f"  {field:10} right on {1 - totals['wrong ' + field] / max(m, 1):.1%} of matched")


def _got(field: str, claim: Claim) -> object:
    if field in ("hedge",):
        return claim.quantity.hedge.value
    if field == "value":
        return str(claim.quantity.value)
    if field == "unit":
        return claim.quantity.unit
    if field == "head":
        return claim.subject.head
    return _who(claim)


if __name__ == "__main__":
    main()
