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
    Source,
    Subject,
)
from claimkit.policy import DEFAULT_POLICY, HedgePolicy
from claimkit.serialize import dumps, loads

try:
    __version__ = version("claimkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "DEFAULT_POLICY",
    "Attributor",
    "AttributorKind",
    "Claim",
    "ClaimDate",
    "ClaimkitError",
    "DateRange",
    "Hedge",
    "HedgePolicy",
    "Interval",
    "InvalidClaimError",
    "ParseError",
    "PolicyError",
    "Quantity",
    "SerializationError",
    "Source",
    "Subject",
    "__version__",
    "consensus",
    "dumps",
    "hull",
    "intersect",
    "loads",
]
