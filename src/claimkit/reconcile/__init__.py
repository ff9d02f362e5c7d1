"""Reconciliation: do the sources agree?

Given claims from many articles, say what each figure means next to the others:
which describe the same quantity, which agree, conflict, add up to a total,
update an earlier count, or merely repeat one original source through relays.
Every verdict carries its reason.  See ``docs/relations.md``.
"""

from claimkit.reconcile.engine import reconcile
from claimkit.reconcile.kinds import Estimate, Group, Reconciliation, Relation, RelationKind
from claimkit.reconcile.options import ReconcileOptions

__all__ = [
    "Estimate",
    "Group",
    "ReconcileOptions",
    "Reconciliation",
    "Relation",
    "RelationKind",
    "reconcile",
]
