"""What a figure measures: the measure vocabulary and the rules that read it.

The vocabulary is the story corpus's (``docs/corpus-format.md``, "Measure
vocabulary"), which was drawn from the quantities that news reports of
disasters, conflicts, protests, elections, economies, breaches and recalls
report and that fact-checkers compare (the ACLED and UCDP casualty codebooks'
killed / injured / missing; IDMC's displaced and evacuated; the insurance
industry's insured vs economic losses).

Each :class:`MeasureRule` reads a measure from what extraction already knows of a
figure: the counted subject's key and role (``lexicon.subjects``), the figure's
unit, and words of the clause around it.  Rules are tried in order; the first
whose conditions all hold wins.  Fields:

* ``measure``: the canonical measure.
* ``keys``: subject keys that count it (any); empty means any key.
* ``roles``: subject roles that count it (any); empty means any role.
* ``units``: quantity units it is measured in (any); ``"currency"`` stands for
  every currency; empty means any unit.
* ``context``: words or phrases of which one must occur near the figure (in
  its sentence, within ``REACH`` characters); empty means none is needed.
* ``wide``: the context words may stand anywhere in the figure's sentence (for
  measures whose unit or subject already narrows them: gallons of a spill,
  hectares of a fire).
* ``next_to``: words of which one must stand right before or after the figure
  ("magnitude 6.1", "a 6.5-magnitude quake"); empty means none is needed.
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = ["CUMULATIVE", "CURRENCY", "MEASURES", "REACH", "MeasureRule"]

#: Measures that news reports as running totals, which only grow as counting goes
#: on (ACLED, UCDP, WHO, IOM and IDMC situation reports publish these as
#: cumulative tallies): a later, higher figure is an update, not a conflict.
#: Estimates of one fixed thing (a crowd, a spill, insured losses, turnout) are
#: not running totals.
CUMULATIVE: Final[frozenset[str]] = frozenset(
    {
        "deaths", "injured", "casualties", "cases", "evacuated", "arrested", "rescued",
        "buildings destroyed", "buildings damaged", "area burned", "aftershocks",
        "refugees", "users affected", "units recalled", "migrant arrivals",
    }
)  # fmt: skip

#: How far from a figure, in characters, its context words are looked for.
REACH: Final = 60

#: The ``units`` entry that stands for any currency.
CURRENCY: Final = "currency"


class MeasureRule(NamedTuple):
    """One way of reading a measure."""

    measure: str
    keys: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    next_to: tuple[str, ...] = ()
    wide: bool = False


_COUNT = ("count",)
_SPILL = ("spill", "spilled", "spilt", "leak", "leaked", "leaking", "oil", "crude", "discharge")
_FIRE = ("burned", "burnt", "scorched", "charred", "fire", "blaze", "wildfire", "flames")
_CROWD = (
    "march", "marched", "marches", "rally", "rallies", "protest", "protests", "protested",
    "crowd", "crowds", "attended", "attendance", "gathered", "took to the streets",
    "demonstration", "demonstrations", "mass", "marchers", "protesters", "demonstrators",
    "joined", "protesting", "streets", "turnout", "took part", "participants",
)  # fmt: skip
_BREACH = (
    "breach", "breached", "hack", "hacked", "hackers", "stolen", "compromised",
    "exposed", "leaked data", "cyberattack",
)  # fmt: skip
_TURNOUT = ("turnout", "polling", "voted", "voter", "voters")
_ELECTION = ("voter turnout", "voters", "polling", "ballots", "election", "electoral", "voted")
_DEATHS = (
    "death toll", "dead", "deaths", "killed", "lives", "victims", "bodies", "remains",
    "fatalities", "died",
)  # fmt: skip
_SHARE = ("of the vote", "of the votes", "vote share", "of votes", "per cent of the vote")
_AREA = ("acre", "hectare", "square kilometre", "square mile", "km2", "sq km")
_VOLUME = ("gallon", "barrel", "litre", "liter", "tonne", "ton", "cubic metre")

MEASURES: Final[tuple[MeasureRule, ...]] = (
    MeasureRule("magnitude", units=("magnitude",)),
    MeasureRule("magnitude", units=("count",), next_to=("magnitude", "richter")),
    MeasureRule("casualties", roles=("casualties",), units=_COUNT),
    MeasureRule("casualties", keys=("casualties",), units=_COUNT),
    MeasureRule("deaths", roles=("killed",), units=_COUNT),
    MeasureRule("deaths", keys=("killed",), units=_COUNT),
    MeasureRule("injured", roles=("wounded",), units=_COUNT),
    MeasureRule("injured", keys=("wounded",), units=_COUNT),
    MeasureRule("missing", roles=("missing",), units=_COUNT),
    MeasureRule("missing", context=("missing", "unaccounted for", "unaccounted"), units=_COUNT),
    MeasureRule("rescued", roles=("rescued",), units=_COUNT),
    MeasureRule("arrested", roles=("arrested", "detained", "captured"), units=_COUNT),
    MeasureRule("evacuated", keys=("evacuees",), units=_COUNT),
    MeasureRule("evacuated", roles=("evacuated",), units=_COUNT),
    MeasureRule(
        "evacuated",
        context=(
            "evacuate",
            "evacuated",
            "evacuation",
            "evacuees",
            "ordered to leave",
            "forced to flee",
            "forced to leave",
        ),
        units=_COUNT,
    ),
    MeasureRule("displaced", roles=("displaced", "homeless"), units=_COUNT),
    MeasureRule(
        "displaced",
        context=("displaced", "homeless", "relief camps", "shelters", "sheltering", "fled"),
        units=_COUNT,
    ),
    MeasureRule(
        "hospitalised",
        context=("hospitalised", "hospitalized", "in hospital", "hospitals"),
        units=_COUNT,
    ),
    MeasureRule("cases", keys=("cases",), units=_COUNT),
    MeasureRule("refugees", keys=("refugees",), units=_COUNT),
    MeasureRule(
        "migrant arrivals",
        keys=("migrants", "people"),
        context=("on board", "aboard", "arrived", "crossed", "carrying"),
        units=_COUNT,
    ),
    MeasureRule("troops deployed", keys=("troops",), units=_COUNT),
    MeasureRule(
        "jobs cut",
        keys=("jobs", "workers", "people"),
        context=(
            "cut",
            "cuts",
            "cutting",
            "lay off",
            "laid off",
            "layoffs",
            "lay-offs",
            "slash",
            "eliminate",
            "eliminated",
            "redundancies",
            "reduce",
            "reducing",
        ),
        units=_COUNT,
    ),
    MeasureRule("jobs cut", units=("percent",), context=("workforce", "headcount", "staff")),
    MeasureRule("jobs added", keys=("jobs",)),
    MeasureRule("jobs added", units=_COUNT, context=("payrolls", "job gains", "hiring")),
    MeasureRule("workforce", context=("workforce", "employees", "headcount", "staff of")),
    MeasureRule("unemployment rate", units=("percent",), context=("unemployment", "jobless")),
    MeasureRule("vote share", units=("percent",), context=_SHARE),
    MeasureRule("turnout", units=("percent",), context=_TURNOUT, wide=True),
    MeasureRule(
        "crowd size", keys=("protesters", "people", ""), context=_CROWD, units=_COUNT, wide=True
    ),
    MeasureRule("turnout", context=_ELECTION, keys=("people", "votes", ""), units=_COUNT),
    MeasureRule("votes", keys=("votes",)),
    MeasureRule("seats", context=("seats",)),
    MeasureRule("volume spilled", units=_VOLUME, context=_SPILL, wide=True),
    MeasureRule("area burned", units=_AREA, context=_FIRE, wide=True),
    MeasureRule(
        "area flooded", units=_AREA, context=("flooded", "flood", "inundated", "submerged")
    ),
    MeasureRule(
        "insured losses", units=(CURRENCY,), context=("insured", "insurance", "insurers"), wide=True
    ),
    MeasureRule("fine", units=(CURRENCY,), context=("fine", "fined", "penalty", "settlement")),
    MeasureRule(
        "aid", units=(CURRENCY,), context=("aid", "relief", "pledged", "donated", "donation")
    ),
    MeasureRule("ransom", units=(CURRENCY,), context=("ransom",)),
    MeasureRule(
        "economic losses",
        units=(CURRENCY,),
        context=("economic loss", "economic losses", "damage", "damages", "losses", "cost of"),
    ),
    MeasureRule("units recalled", context=("recall", "recalled", "recalling", "recalls")),
    MeasureRule(
        "users affected",
        keys=("people", "customers", "accounts", "records", "users", "consumers"),
        context=_BREACH,
    ),
    MeasureRule("users affected", context=_BREACH, units=("count",)),
    MeasureRule("deaths", keys=("people", "killed", ""), context=_DEATHS, units=_COUNT),
    MeasureRule("aftershocks", context=("aftershock", "aftershocks"), units=_COUNT),
    MeasureRule(
        "wind speed",
        units=("mile per hour", "kilometre per hour", "knot"),
        context=("wind", "winds", "gusts"),
    ),
    MeasureRule(
        "rainfall", units=("mm", "millimetre", "inch", "centimetre"), context=("rain", "rainfall")
    ),
    MeasureRule(
        "buildings destroyed",
        keys=("homes", "buildings", "structures"),
        context=("destroyed", "razed", "flattened", "burned", "collapsed", "lost"),
        units=_COUNT,
    ),
    MeasureRule(
        "buildings damaged",
        keys=("homes", "buildings", "structures"),
        context=("damaged",),
        units=_COUNT,
    ),
    MeasureRule("population", context=("home to", "population", "inhabitants", "live in")),
    MeasureRule("price", units=(CURRENCY,)),
)
