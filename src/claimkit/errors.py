"""The claimkit exception tree.

Every error claimkit raises on purpose derives from :class:`ClaimkitError`, and each
concrete error also subclasses the builtin that callers already catch (``ValueError``),
so ``except ValueError`` keeps working.  Messages quote the offending input and, where
there is one, its position.  This module imports nothing else from claimkit.
"""

from __future__ import annotations

__all__ = [
    "ClaimkitError",
    "InvalidClaimError",
    "MissingDependencyError",
    "ParseError",
    "PolicyError",
    "SerializationError",
]


class ClaimkitError(Exception):
    """Root of every error raised by claimkit."""


class InvalidClaimError(ClaimkitError, ValueError):
    """A model value was built with a field that breaks its invariants.

    Args:
        field: the name of the offending field, e.g. ``"low"``.
        value: the value that was rejected.
        reason: why it was rejected, phrased so the caller knows what to change.
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(field, value, reason)

    def __str__(self) -> str:
        return f"invalid {self.field}={self.value!r}: {self.reason}"


class ParseError(ClaimkitError, ValueError):
    """Text could not be read as what was asked for.

    Attributes:
        text: the whole input text.
        span: ``(start, end)`` offsets of the part that could not be read.
        reason: what was expected there.
    """

    def __init__(self, text: str, span: tuple[int, int], reason: str) -> None:
        self.text = text
        self.span = span
        self.reason = reason
        super().__init__(text, span, reason)

    def __str__(self) -> str:
        start, end = self.span
        fragment = self.text[start:end] if end > start else self.text
        return f"{self.reason}: {fragment!r} at {start}:{end}"


class PolicyError(ClaimkitError, ValueError):
    """A hedge policy was configured with an impossible setting."""


class SerializationError(ClaimkitError, ValueError):
    """JSON could not be read back as claims.

    Attributes:
        path: where in the document the problem is, e.g. ``"claims[3].quantity.low"``.
        reason: what was wrong there.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(path, reason)

    def __str__(self) -> str:
        return f"cannot load claims: {self.path}: {self.reason}"


class MissingDependencyError(ClaimkitError, ImportError):
    """An optional dependency (pandas, matplotlib) is not installed.

    The message names the extra that installs it, e.g. ``pip install 'claimkit[plot]'``.
    """
