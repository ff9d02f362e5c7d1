"""Totals and their parts, cumulative roles, and cohort words: data for reconciliation.

Fields:

* ``TOTALS``: :class:`TotalDefinition` rows.  A total (the ``whole`` role) is the
  sum of its ``parts`` roles; ``optional`` parts are added only when
  :class:`~claimkit.reconcile.ReconcileOptions` asks for them.  "Casualties"
  follows the usage of wire copy and of the ACLED and UCDP codebooks (killed plus
  wounded); military usage (NATO AAP-6, the U.S. DoD dictionary) also counts the
  missing and the captured, hence the optional parts.  "Deployed" is split the way
  the seed articles split a wave of troops (stationed at the front plus in
  training).
* ``CUMULATIVE_ROLES``: roles whose counts only grow as time passes (running
  totals): a later, higher figure for one of these is an update, not a
  conflict.  Taken from casualty and displacement reporting (ACLED, UCDP, UNHCR
  and IOM situation reports all publish these as cumulative tallies).
* ``GENERIC_KEYS``: subject keys that only repeat the role ("400 killed" has key
  ``killed``): such a part fits a whole of any key when summing parts.
* ``COHORTS``: words in :attr:`~claimkit.model.Subject.qualifiers` that say which
  batch of a running total a figure counts ("initial", "second", "additional"),
  with the cohort label and whether the figure is an increment rather than a
  running total.  Unordered increment words share the label ``"additional"``.
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = [
    "COHORTS",
    "CUMULATIVE_ROLES",
    "GENERIC_KEYS",
    "TOTALS",
    "CohortEntry",
    "TotalDefinition",
    "cohort_for",
]


class TotalDefinition(NamedTuple):
    """One total: ``whole = sum(parts)``, optionally ``+ sum(optional)``."""

    whole: str
    parts: tuple[str, ...]
    optional: tuple[str, ...] = ()

    def describe(self, *, with_optional: bool = False) -> str:
        """The definition as a readable equation.

        Examples:
            >>> TOTALS[0].describe(), TOTALS[0].describe(with_optional=True)
            ('casualties = killed + wounded', 'casualties = killed + wounded + missing + captured')
        """
        roles = self.parts + (self.optional if with_optional else ())
        return f"{self.whole} = {' + '.join(roles)}"


TOTALS: Final[tuple[TotalDefinition, ...]] = (
    TotalDefinition("casualties", ("killed", "wounded"), ("missing", "captured")),
    TotalDefinition("deployed", ("stationed", "training")),
)

CUMULATIVE_ROLES: Final[frozenset[str]] = frozenset(
    {
        "deployed",
        "killed",
        "wounded",
        "casualties",
        "missing",
        "captured",
        "arrested",
        "displaced",
        "evacuated",
        "infected",
        "recruited",
        "vaccinated",
        "rescued",
    }
)

GENERIC_KEYS: Final[frozenset[str]] = frozenset(
    {"killed", "wounded", "casualties", "missing", "captured", "arrested", "displaced"}
)


class CohortEntry(NamedTuple):
    """A cohort word: the label it stands for and whether it names an increment."""

    word: str
    label: str
    increment: bool
    ordinal: int  # 0 for unordered increments; a later wave outranks an earlier one


def _ordinal(words: tuple[str, ...], label: str, ordinal: int) -> list[CohortEntry]:
    return [CohortEntry(word, label, ordinal > 1, ordinal) for word in words]


COHORTS: Final[tuple[CohortEntry, ...]] = (
    *_ordinal(("initial", "initially", "first"), "first wave", 1),
    *_ordinal(("second",), "second wave", 2),
    *_ordinal(("third",), "third wave", 3),
    *_ordinal(("fourth",), "fourth wave", 4),
    *_ordinal(("fifth",), "fifth wave", 5),
    *(
        CohortEntry(word, "additional", True, 0)
        for word in ("additional", "extra", "new", "further", "fresh", "more", "remaining")
    ),
)

_BY_WORD: Final[dict[str, CohortEntry]] = {entry.word: entry for entry in COHORTS}


def cohort_for(qualifiers: tuple[str, ...]) -> CohortEntry | None:
    """The cohort named by a subject's qualifiers, or ``None``.

    A qualifier may hold several words ("second batch"); an ordinal outranks an
    unordered increment word, a later wave an earlier one.

    Examples:
        >>> cohort_for(("additional", "third deployment")).label
        'third wave'
        >>> cohort_for(("special forces",)) is None
        True
    """
    best: CohortEntry | None = None
    for qualifier in qualifiers:
        for word in qualifier.lower().split():
            entry = _BY_WORD.get(word)
            if entry is not None and (best is None or entry.ordinal > best.ordinal):
                best = entry
    return best
