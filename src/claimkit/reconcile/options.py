"""ReconcileOptions: every knob of the reconciliation rules, with documented defaults."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from claimkit.errors import PolicyError
from claimkit.lexicon.measures import CUMULATIVE
from claimkit.lexicon.totals import CUMULATIVE_ROLES, TOTALS, TotalDefinition

__all__ = ["ReconcileOptions", "normalise"]

_NOT_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=1 << 14)
def normalise(name: str) -> str:
    """The comparison form of a name: case-folded, punctuation dropped, no leading "the".

    Examples:
        >>> normalise("The  National Intelligence Service (NIS)")
        'national intelligence service nis'
        >>> normalise("Yu Yong-weon") == normalise("yu yong weon")
        True
    """
    words = _NOT_WORD.sub(" ", name.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


Pairs = tuple[tuple[str, str], ...]


Names = Mapping[str, str] | Iterable[tuple[str, str]]


def _pairs(field: str, value: Names) -> Pairs:
    items = value.items() if isinstance(value, Mapping) else value
    out: dict[str, str] = {}
    for pair in items:
        try:
            key, target = pair
        except (TypeError, ValueError):
            raise PolicyError(f"{field}: {pair!r} is not a (name, canonical) pair") from None
        if not isinstance(key, str) or not isinstance(target, str):
            raise PolicyError(f"{field}: {pair!r} must map a str to a str")
        out[normalise(key)] = target.strip()
    return tuple(sorted(out.items()))


def _subject_synonyms(value: Names) -> Pairs:
    return _pairs("subject_synonyms", value)


def _role_synonyms(value: Names) -> Pairs:
    return _pairs("role_synonyms", value)


def _actor_aliases(value: Names) -> Pairs:
    return _pairs("actor_aliases", value)


def _place_aliases(value: Names) -> Pairs:
    return _pairs("place_aliases", value)


def _source_aliases(value: Names) -> Pairs:
    return _pairs("source_aliases", value)


def _totals(value: Iterable[TotalDefinition | tuple[Any, ...]]) -> tuple[TotalDefinition, ...]:
    out = []
    for row in value:
        definition = row if isinstance(row, TotalDefinition) else TotalDefinition(*row)
        if not definition.parts:
            raise PolicyError(f"totals: {definition.whole!r} needs at least one part")
        out.append(definition)
    return tuple(out)


def _roles(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise PolicyError(f"cumulative_roles: give a set of roles, not the string {value!r}")
    return frozenset(role.strip().lower() for role in value)


def _measures(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise PolicyError(f"cumulative_measures: give a set of measures, not the string {value!r}")
    return frozenset(measure.strip().lower() for measure in value)


def _count(minimum: int) -> Any:
    def check(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise PolicyError(f"{attribute.name}={value!r} must be an int >= {minimum}")

    return check


@attrs.frozen(kw_only=True)
class ReconcileOptions:
    """The configurable rules of :func:`~claimkit.reconcile.reconcile`.

    Name mappings take a dict (or pairs); keys are compared in
    :func:`normalise` form, targets are kept as written for display.

    Attributes:
        subject_synonyms: extra subject key -> canonical key ("soldiers" ->
            "troops"); applied to :attr:`Subject.key` (or the head when the key is
            empty) after lower-casing.
        role_synonyms: role -> canonical role ("injured" -> "wounded").
        actor_aliases: actor -> canonical actor ("DPRK" -> "North Korean").
        place_aliases: place -> canonical place ("Kursk" -> "Russia" when you
            want every place in Russia compared as one).  Places are otherwise
            compared exactly.
        source_aliases: attributor name -> canonical source, so that one
            original source under different names is one voice ("Kyrylo
            Budanov" -> "HUR").
        totals: part/whole definitions (default :data:`claimkit.lexicon.totals.TOTALS`).
        optional_parts: also count each definition's optional parts (casualties
            then include the missing and the captured).
        min_parts: the fewest parts a role definition sums before comparing
            them with a total (explicit text links need only one).
        cumulative_roles: roles whose counts are running totals.
        cumulative_measures: measures (``Subject.measure``) that are running totals
            (default :data:`claimkit.lexicon.measures.CUMULATIVE`: deaths, injured,
            cases, evacuated, ...): a later, higher figure is an update.
        time_window: two claims are compared only if the times they describe
            (``refers_to``, else when they were said, else publication) are at
            most this many days apart.
        relay_window: two relays of one source at most this many days apart
            report the same statement (a mismatch is a misquote, not a revision).
        exhaustive_limit: comparison buckets up to this size compare every pair;
            larger ones are summarised (see ``docs/relations.md``).
        max_partners: in a summarised bucket, how many overlapping neighbours in
            sorted order each claim is compared with.
        scan_limit: in a summarised bucket, how many neighbours are looked at
            to find those partners.
        max_wholes: how many totals one set of parts is compared with.
        self_conflicts: also compare the disjoint figures that one voice gives in
            one article for one time.  Off by default: an article that sets two
            such figures side by side ("we run 100 ri a week and 200 ri at the
            end of the month") is counting two things, so they are not compared.

    Examples:
        >>> ReconcileOptions(source_aliases={"Kyrylo Budanov": "HUR"}).source_aliases
        (('kyrylo budanov', 'HUR'),)
        >>> ReconcileOptions(time_window=-1)
        Traceback (most recent call last):
        ...
        claimkit.errors.PolicyError: time_window=-1 must be an int >= 0
    """

    subject_synonyms: Pairs = attrs.field(default=(), converter=_subject_synonyms)
    role_synonyms: Pairs = attrs.field(default=(), converter=_role_synonyms)
    actor_aliases: Pairs = attrs.field(default=(), converter=_actor_aliases)
    place_aliases: Pairs = attrs.field(default=(), converter=_place_aliases)
    source_aliases: Pairs = attrs.field(default=(), converter=_source_aliases)
    totals: tuple[TotalDefinition, ...] = attrs.field(default=TOTALS, converter=_totals)
    optional_parts: bool = False
    min_parts: int = attrs.field(default=2, validator=_count(1))
    cumulative_roles: frozenset[str] = attrs.field(default=CUMULATIVE_ROLES, converter=_roles)
    cumulative_measures: frozenset[str] = attrs.field(default=CUMULATIVE, converter=_measures)
    time_window: int = attrs.field(default=31, validator=_count(0))
    relay_window: int = attrs.field(default=7, validator=_count(0))
    exhaustive_limit: int = attrs.field(default=16, validator=_count(2))
    max_partners: int = attrs.field(default=1, validator=_count(1))
    scan_limit: int = attrs.field(default=64, validator=_count(1))
    max_wholes: int = attrs.field(default=8, validator=_count(1))
    self_conflicts: bool = False


DEFAULT_OPTIONS = ReconcileOptions()
