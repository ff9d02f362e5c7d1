"""claimkit: source-attributed numeric claims.

Read who said how many of what, when, and whether the sources agree.
"""

from importlib.metadata import PackageNotFoundError, version

from claimkit.errors import (
    ClaimkitError,
    InvalidClaimError,
    ParseError,
    PolicyError,
    SerializationError,
)
from claimkit.intervals import consensus, hull, intersect
from claimkit.model import (
    Attributor,
    AttributorKind,
    Claim,
    ClaimDate,
    DateRange,
    Hedge,
    Interval,
    Quantity,
    SaidFrom,
    Source,
    Subject,
)
from claimkit.parsing.article import Article, read_article
from claimkit.parsing.extract import Extraction, Skipped, extract
from claimkit.parsing.quantities import parse_quantity
from claimkit.policy import DEFAULT_POLICY, HedgePolicy
from claimkit.reconcile import (
    Estimate,
    Group,
    ReconcileOptions,
    Reconciliation,
    Relation,
    RelationKind,
    reconcile,
)
from claimkit.serialize import dumps, loads

try:
    __version__ = version("claimkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "DEFAULT_POLICY",
    "Article",
    "Attributor",
    "AttributorKind",
    "Claim",
    "ClaimDate",
    "ClaimkitError",
    "DateRange",
    "Estimate",
    "Extraction",
    "Group",
    "Hedge",
    "HedgePolicy",
    "Interval",
    "InvalidClaimError",
    "ParseError",
    "PolicyError",
    "Quantity",
    "ReconcileOptions",
    "Reconciliation",
    "Relation",
    "RelationKind",
    "SaidFrom",
    "SerializationError",
    "Skipped",
    "Source",
    "Subject",
    "__version__",
    "consensus",
    "dumps",
    "extract",
    "hull",
    "intersect",
    "loads",
    "parse_quantity",
    "read_article",
    "reconcile",
]
