"""A human-readable text report of a reconciliation, lines at most 100 columns."""

from __future__ import annotations

import textwrap
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

from claimkit.model import Claim, format_number
from claimkit.reconcile.kinds import Estimate, Group, RelationKind
from claimkit.reconcile.labels import label

if TYPE_CHECKING:
    from claimkit.reconcile.kinds import Reconciliation

__all__ = ["WIDTH", "render"]

WIDTH = 100


def _wrap(text: str, first: str = "", rest: str | None = None) -> list[str]:
    rest = first + "    " if rest is None else rest
    return textwrap.wrap(
        text, width=WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    ) or [first.rstrip()]


def _number(value: Decimal | None, missing: str = "open") -> str:
    return missing if value is None else format_number(value)


def _name(claim: Claim) -> str:
    return label(claim, "unattributed")


def _estimate(found: Estimate, total: int) -> list[str]:
    if found.interval is None:
        return ["  consensus: none"]
    text = (
        f"consensus: best {_number(found.best, 'none')} ({found.rule}); "
        f"envelope {_number(found.low)} to {_number(found.high)}; "
        f"region {found.interval}; {len(found.support)} of {total} claims agree"
    )
    lines = _wrap(text, "  ")
    if found.outliers:
        outliers = "; ".join(_name(c) for c in found.outliers)
        lines += _wrap(f"outliers: {outliers}", "  ")
    return lines


def _group(number: int, group: Group) -> list[str]:
    lines = _wrap(f"[{number}] {group.key}")
    lines += _estimate(group.consensus, len(group.claims))
    if len(group.timeline) > 1:
        lines.append("  timeline:")
        for claim in group.timeline:
            lines += _wrap(_name(claim), "    - ", "        ")
    if group.latest is not None:
        lines += _wrap(f"latest: {_name(group.latest)}", "  ")
    return lines


def render(result: Reconciliation) -> str:
    """The report: a summary, each group (consensus, timeline, latest), then every
    relation with its reason, grouped by kind.

    Examples:
        >>> from claimkit import DEFAULT_POLICY as P, Claim, Source, Subject
        >>> from claimkit.reconcile import reconcile
        >>> s = Subject(key="troops", role="deployed")
        >>> result = reconcile([Claim(quantity=P.quantity(3000, "up to"), subject=s,
        ...                           source=Source(publisher="NSN")),
        ...                     Claim(quantity=P.quantity(3000, "at least"), subject=s,
        ...                           source=Source(publisher="AFP"))])
        >>> print(render(result))
        Reconciliation of 2 claims under the default policy: 1 group, 1 relation.
        Relations: corroborates 1.
        Rules: time window 31 days, relay window 7 days; totals: casualties = killed + wounded; ...
        <BLANKLINE>
        Groups
        ------
        [1] troops, deployed | any actor | any place | undated
          consensus: best 3,000 (median of 2 stated figures from 2 independent sources); ...
              region [3,000, 3,000]; 2 of 2 claims agree
          timeline:
            - up to 3,000 (NSN, undated)
            - at least 3,000 (AFP, undated)
          latest: up to 3,000 (NSN, undated)
        <BLANKLINE>
        Relations
        ---------
        corroborates (1)
          - up to 3,000 (NSN, undated) and at least 3,000 (AFP, undated): [0, 3,000] and ... touch
            at 3,000 under the default policy; NSN and AFP are independent sources that agree [rule:
            overlap].
    """
    counts = Counter(r.kind for r in result.relations)
    n_claims, n_groups, n_rel = len(result.claims), len(result.groups), len(result.relations)
    head = (
        f"Reconciliation of {n_claims} claim{'s' if n_claims != 1 else ''} under the "
        f"{result.policy.name} policy: {n_groups} group{'s' if n_groups != 1 else ''}, "
        f"{n_rel} relation{'s' if n_rel != 1 else ''}."
    )
    lines = _wrap(head)
    tally = ", ".join(f"{k.value} {counts[k]}" for k in RelationKind if counts[k])
    lines += _wrap(f"Relations: {tally or 'none'}.")
    options = result.options
    totals = "; ".join(t.describe(with_optional=options.optional_parts) for t in options.totals)
    lines += _wrap(
        f"Rules: time window {options.time_window} days, relay window "
        f"{options.relay_window} days; totals: {totals or 'none'}."
    )
    lines += ["", "Groups", "------"]
    for number, group in enumerate(result.groups, start=1):
        lines += _group(number, group)
    lines += ["", "Relations", "---------"]
    for kind in RelationKind:
        chosen = [r for r in result.relations if r.kind is kind]
        if not chosen:
            continue
        lines.append(f"{kind.value} ({len(chosen)})")
        for relation in chosen:
            lines += _wrap(relation.reason, "  - ", "    ")
    return "\n".join(lines)
