"""What a figure measures, read from its subject, unit and the words around it.

The rules and their vocabulary are data (:mod:`claimkit.lexicon.measures`); this
module only applies them, first match wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import attrs

from claimkit.lexicon import measures as lex
from claimkit.lexicon.numbers import CURRENCIES
from claimkit.model import Claim, Subject
from claimkit.parsing._alternation import alternation

__all__ = ["article_measures", "measure_of"]

_CURRENCIES = frozenset(CURRENCIES.values())
_NEXT = 14  # how close a ``next_to`` word stands to the figure


@cache
def _words(entries: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(entries)})(?![A-Za-z])", re.IGNORECASE)


def _unit_matches(rule: lex.MeasureRule, unit: str) -> bool:
    if not rule.units:
        return True
    return unit in rule.units or (lex.CURRENCY in rule.units and unit in _CURRENCIES)


def measure_of(subject: Subject, unit: str, sentence: str, span: tuple[int, int]) -> str | None:
    """The measure a figure counts, from the vocabulary of ``lexicon.measures``.

    ``span`` is the figure's place in ``sentence``.

    >>> s = "Insured losses from the storm could reach $47 billion, the modeller said."
    >>> measure_of(Subject(), "US dollar", s, (42, 53))
    'insured losses'
    >>> measure_of(Subject(key="killed", role="killed"), "count", "400 killed", (0, 3))
    'deaths'
    >>> measure_of(Subject(), "count", "The town has a bakery and 3 shops.", (26, 27)) is None
    True
    """
    start, end = span
    near = sentence[max(0, start - lex.REACH) : end + lex.REACH]
    beside = sentence[max(0, start - _NEXT) : end + _NEXT]
    for rule in lex.MEASURES:
        if rule.keys and subject.key not in rule.keys:
            continue
        if rule.roles and subject.role not in rule.roles:
            continue
        if not _unit_matches(rule, unit):
            continue
        if rule.context and not _words(rule.context).search(sentence if rule.wide else near):
            continue
        if rule.next_to and not _words(rule.next_to).search(beside):
            continue
        return rule.measure
    return None


def article_measures(claims: Sequence[Claim]) -> list[Claim]:
    """Give a measured figure with no measure of its own the one measure that the
    article's other figures in the same unit have ("officials said it may be under
    30,000 gallons", in a story whose gallons are all oil spilled).

    Counts are left alone: "3 children" and "3 homes" share the unit ``count``.
    """
    seen: dict[str, set[str]] = {}
    for claim in claims:
        unit = claim.quantity.unit
        if unit != "count" and claim.subject.measure is not None:
            seen.setdefault(unit, set()).add(claim.subject.measure)
    out = []
    for claim in claims:
        known = seen.get(claim.quantity.unit, set())
        if claim.subject.measure is None and len(known) == 1:
            subject = attrs.evolve(claim.subject, measure=next(iter(known)))
            claim = attrs.evolve(claim, subject=subject)
        out.append(claim)
    return out
