"""A probe corpus: realistic news sentences with hand-written expected claims.

Each :class:`Probe` is one wire-style sentence (or a 2-3 sentence paragraph when
the rule needs context) from a topic other than the seed articles, with every
figure a careful reader would list, in order of appearance.  The data is plain
Python so that any test can import it without importing claimkit.

Conventions
-----------

``text`` (the surface span of a figure)
    * includes the hedge words before the figure ("About 10,000", "more than 600",
      "An estimated 1.5 million") and a postfix hedge ("2,000 or so", "30 or more",
      "80,000-plus"); case is kept as written, so it is an exact substring.
    * includes the scale word or suffix ("1.5 million", "1.2m", "12k", "$3 bn").
    * includes the measure for non-count units: the currency symbol, code or word
      ("$3 bn", "A$4 billion", "CHF 1.2 billion", "500,000 euros"), the percent
      sign or word ("12%", "4.2 percent", "3.4 per cent"), the unit word or
      symbol ("about 70 km", "46.2C", "magnitude 6.8", "four years").
    * EXCLUDES the counted noun and a trailing "of" ("Thousands" in "Thousands of
      people", "A pair" in "A pair of goals"); an inner "of" stays ("Tens of
      thousands").
    * for ranges, includes "between ... and ..." and "from ... to ..." but not a
      verb ("rose from 1,200 to about 1,900" is a change: two figures, no range).
    * hyphenated modifiers keep only the figure: "2,000" in "a 2,000-strong
      contingent".

``hedge`` follows ``claimkit.lexicon.hedges``: "nearly", "almost", "close to",
"just over", "just under" are ``approximate``; "up to", "as many as", "at most",
"no more than", "fewer than", "less than", "under", "a maximum of" are
``upper_bound``; "at least", "no fewer than", "more than", "over", "well over",
"in excess of", "upwards of", "or more", "-plus" are ``lower_bound``.  A bare figure
is ``exact`` (its implicit precision is the parser's business), and so are number
words: "a dozen" = 12, "a pair" = 2, "half a million" = 500000, "a decade" = 10
years.  Vague counts ("dozens", "thousands", "tens of thousands", "several",
"several thousand", "a few", "a handful", "scores", "millions") are ``vague``.
A verb is never a hedge ("surpassed", "rose to"), and "plus add-ons" is not the
postfix hedge "plus".

``value``/``low``/``high`` are canonical decimal strings, scale applied
("1200000", "0.5", "36000000000000"); ``value`` is None for ranges and vague
counts; ``low``/``high`` are set only for ranges.  A scale or unit written once
in a range applies to both ends ("between $1.5 and $2 billion" ->
1500000000..2000000000; "20\u201325 kg" -> 20..25).

``unit``: "count" for counts of people and things; otherwise one of "percent",
"percentage point", "US dollar", "Australian dollar", "euro", "British pound",
"Japanese yen", "Swiss franc", "kilometre", "mile", "kilogram", "hectare",
"millimetre", "centimetre", "kilometre per hour", "degree Celsius",
"magnitude", "point" (stock-index points), and the durations "hour", "day",
"week", "month", "year".

``head``: for counts only (None for every other unit, percent included), the
head noun of what is counted, lower case, as written ("troops", "people",
"asylum-seekers", "counter-protesters").  A participle standing for the noun is
the head ("400 killed and 3,600 injured" -> "killed", "injured").  When the noun
is elided ("14 were arrested", "a further 4,200 damaged", "45 more", "Of these,
1,500") the head is the antecedent noun as written in the probe ("people",
"homes", ...).  In "X of N"/"put the X at N" constructions with no other noun the
head is X ("a crowd of 74,000" -> "crowd", "put the toll at 230" -> "toll").

``attributor``: a distinctive lower-case substring of the asserting source as
written in the probe ("police", "kovacs", "world health organization"); None
when the outlet itself states the figure, including when an actor only *does*
something ("the ministry approved EUR 2.4 billion", "a judge fined him").  A
pronoun or description ("he said", "the minister said", "the group said",
"it said") is resolved to the named antecedent.  A verbless headline attribution
("...: Red Cross") counts.  Attribution scopes over its clause; a second clause
with its own verb of saying has its own source.

``via``: in a relay, the ORIGINAL source.  The attributor is the relaying party:
"X said, citing Y" -> attributor X, via Y; "X quoted Y as saying" -> X, via Y;
"Y put the toll at N, according to a report by X" -> X, via Y.

``anonymous``: True when the original source (``via`` if set, else the
attributor) is an unnamed official or insider, singular or plural ("a senior
commander", "two Western officials", "officials who spoke on condition of
anonymity", "a person familiar with", "three security sources", "local health
officials").  Institutions ("police", "the health ministry"), named people,
spokespeople speaking for a named body ("a spokeswoman for operator Fraport")
and non-official groups ("residents", "organisers", "economists") are False.

NOT claims (left out of ``expected``): dates and years ("Nov. 28", "Feb. 23 to
26", "June 15-17", "Jan. 11, 2025", "in 2024", "between 2015 and 2022", "fiscal
2024"); clock times ("17:42", "11:11 p.m.", "0100 GMT"); reference periods
("in the past 24 hours", "over the next 24 hours", "in the first 10 months"),
while durations that ARE the figure are claims ("banned for four years",
"waited more than 10 hours"); ordinals ("second", "third quarter", "21st",
"47th Mechanized Brigade"); numbers in names ("G7", "Article 5", "COVID-19",
"Boeing 737 MAX 9", "T-72", "F-16", "Route 66", "Proposition 36", "Section 230",
"S&P 500", "Formula 1", "iPhone 16", "H5N1", "Flight 2216"); phone and case
numbers; page numbers; ages ("a 34-year-old man", "aged 19 and 23", "children
under five"); scores and vote splits ("beat Chelsea 2-1", "ruled 6-3");
hyphenated maturities ("the 10-year note"); determiners ("the two leaders",
"one of", "an attack on one member"); and the number of sources in an
attribution ("two Western officials said").
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["DOMAINS", "HEDGES", "PROBES", "UNITS", "Expect", "Probe"]

HEDGES = ("exact", "approximate", "upper_bound", "lower_bound", "range", "vague")

UNITS = (
    "count",
    "percent",
    "percentage point",
    "US dollar",
    "Australian dollar",
    "euro",
    "British pound",
    "Japanese yen",
    "Swiss franc",
    "kilometre",
    "mile",
    "kilogram",
    "hectare",
    "millimetre",
    "centimetre",
    "kilometre per hour",
    "degree Celsius",
    "magnitude",
    "point",
    "hour",
    "day",
    "week",
    "month",
    "year",
)

DOMAINS = (
    "crowd",
    "disaster",
    "conflict",
    "economy",
    "health",
    "election",
    "politics",
    "sport",
    "court",
    "migration",
    "weather",
    "transport",
    "science",
)


class Expect(NamedTuple):
    """One figure a careful reader would list (see the module docstring)."""

    text: str
    hedge: str
    value: str | None
    low: str | None
    high: str | None
    unit: str
    head: str | None
    attributor: str | None
    anonymous: bool = False
    via: str | None = None


class Probe(NamedTuple):
    """One sentence or short paragraph and every figure in it."""

    id: str
    domain: str
    rule: str
    text: str
    expected: tuple[Expect, ...]


E = Expect
P = Probe
C = "count"
PCT = "percent"
USD = "US dollar"
EX, APX, UB, LB, RNG, VAG = HEDGES


PROBES: tuple[Probe, ...] = (
    # ------------------------------------------------------------------ crowd
    P(
        "crowd-police-about",
        "crowd",
        "hedge-about",
        "About 10,000 people marched through central Lisbon on Saturday to protest "
        "against soaring rents, police said.",
        (E("About 10,000", APX, "10000", None, None, C, "people", "police"),),
    ),
    P(
        "crowd-competing-estimates",
        "crowd",
        "attribution-competing",
        "Organisers said 250,000 people joined the march, while police put the number at 42,000.",
        (
            E("250,000", EX, "250000", None, None, C, "people", "organisers"),
            E("42,000", EX, "42000", None, None, C, "people", "police"),
        ),
    ),
    P(
        "crowd-thin-space",
        "crowd",
        "thin-space",
        "Some 15\u2009000 demonstrators gathered outside the Federal Palace in Bern, "
        "according to city police.",
        (E("Some 15\u2009000", APX, "15000", None, None, C, "demonstrators", "city police"),),
    ),
    P(
        "crowd-nbsp-competing",
        "crowd",
        "nbsp",
        "The interior ministry counted 38\u00a0500 protesters in Paris and 1.28 million "
        "across France, while the CGT union claimed 3.5 million.",
        (
            E("38\u00a0500", EX, "38500", None, None, C, "protesters", "interior ministry"),
            E("1.28 million", EX, "1280000", None, None, C, "protesters", "interior ministry"),
            E("3.5 million", EX, "3500000", None, None, C, "protesters", "cgt"),
        ),
    ),
    P(
        "crowd-thin-space-range",
        "crowd",
        "thin-space",
        "Between 8\u2009000 and 9\u2009000 people took part in the counter-demonstration "
        "in Geneva, police estimated.",
        (E("Between 8\u2009000 and 9\u2009000", RNG, None, "8000", "9000", C, "people", "police"),),
    ),
    P(
        "crowd-nbsp-money",
        "crowd",
        "nbsp",
        "The organisers were fined CHF 12\u00a0500 for staging the march without a "
        "permit, the cantonal prosecutor's office said.",
        (E("CHF 12\u00a0500", EX, "12500", None, None, "Swiss franc", None, "prosecutor"),),
    ),
    P(
        "crowd-tens-of-thousands",
        "crowd",
        "vague-count",
        "Tens of thousands of people rallied outside parliament in Tbilisi on Sunday "
        "night, waving EU and Georgian flags.",
        (E("Tens of thousands", VAG, None, None, None, C, "people", None),),
    ),
    P(
        "crowd-vague-then-range",
        "crowd",
        "range-between",
        "Hundreds of thousands of people filled the streets of Belgrade on Saturday. "
        "The Archive of Public Gatherings, an independent monitoring group, estimated "
        "the crowd at between 275,000 and 325,000.",
        (
            E("Hundreds of thousands", VAG, None, None, None, C, "people", None),
            E(
                "between 275,000 and 325,000",
                RNG,
                None,
                "275000",
                "325000",
                C,
                "crowd",
                "archive of public gatherings",
            ),
        ),
    ),
    P(
        "crowd-range-dash-competing",
        "crowd",
        "range-dash",
        "Police estimated the turnout at 8,000-10,000, while organisers claimed more than 30,000.",
        (
            E("8,000-10,000", RNG, None, "8000", "10000", C, "turnout", "police"),
            E("more than 30,000", LB, "30000", None, None, C, "turnout", "organisers"),
        ),
    ),
    P(
        "crowd-or-so",
        "crowd",
        "hedge-or-so",
        "A crowd of 2,000 or so gathered in Syntagma Square as the vote took place "
        "inside parliament.",
        (E("2,000 or so", APX, "2000", None, None, C, "crowd", None),),
    ),
    P(
        "crowd-several-thousand",
        "crowd",
        "vague-count",
        "Several thousand farmers drove tractors into Brussels on Thursday, blocking "
        "roads around the European Parliament.",
        (E("Several thousand", VAG, None, None, None, C, "farmers", None),),
    ),
    P(
        "crowd-upwards-of-told",
        "crowd",
        "hedge-upwards-of",
        "Upwards of 50,000 fans lined the route of the victory parade, the city's "
        "mayor, Anne Kovacs, told reporters.",
        (E("Upwards of 50,000", LB, "50000", None, None, C, "fans", "kovacs"),),
    ),
    P(
        "crowd-said-inverted-quote",
        "crowd",
        "attribution-said-inverted",
        '"We had at least 120,000 people on the streets today," said Marta Lindqvist, '
        "a spokeswoman for the climate group.",
        (E("at least 120,000", LB, "120000", None, None, C, "people", "lindqvist"),),
    ),
    P(
        "crowd-estimated-statement",
        "crowd",
        "attribution-statement",
        "An estimated 1.5 million pilgrims attended the closing Mass, the Vatican said "
        "in a statement.",
        (E("An estimated 1.5 million", APX, "1500000", None, None, C, "pilgrims", "vatican"),),
    ),
    P(
        "crowd-half-a-million",
        "crowd",
        "number-words",
        "Nearly half a million people have signed the petition calling for a new "
        "referendum, organisers said.",
        (E("Nearly half a million", APX, "500000", None, None, C, "people", "organisers"),),
    ),
    P(
        "crowd-dozens-arrested",
        "crowd",
        "vague-count",
        "Dozens of protesters were detained after clashes broke out near the embassy, "
        "Istanbul police said.",
        (E("Dozens", VAG, None, None, None, C, "protesters", "istanbul police"),),
    ),
    P(
        "crowd-coref-he",
        "crowd",
        "coref-pronoun",
        "Police Commissioner Daniel Okafor said the rally had been largely peaceful. "
        "About 3,000 people attended and 14 were arrested, he said.",
        (
            E("About 3,000", APX, "3000", None, None, C, "people", "okafor"),
            E("14", EX, "14", None, None, C, "people", "okafor"),
        ),
    ),
    P(
        "crowd-approximately-outlet",
        "crowd",
        "hedge-approximately",
        "Approximately 600 counter-protesters were kept apart from the march by a police cordon.",
        (E("Approximately 600", APX, "600", None, None, C, "counter-protesters", None),),
    ),
    P(
        "crowd-scores",
        "crowd",
        "vague-count",
        "Scores of students staged a sit-in at the university's rectorate, demanding "
        "the dean's resignation.",
        (E("Scores", VAG, None, None, None, C, "students", None),),
    ),
    P(
        "crowd-not-a-date",
        "crowd",
        "not-a-date",
        "The protests, which began on Nov. 28, have drawn crowds to Rustaveli Avenue "
        "every night since.",
        (),
    ),
    P(
        "crowd-ranged-from-to",
        "crowd",
        "range-from-to",
        "Estimates of the crowd ranged from 20,000 to 35,000, depending on the source.",
        (E("from 20,000 to 35,000", RNG, None, "20000", "35000", C, "crowd", None),),
    ),
    P(
        "crowd-plus-postfix",
        "crowd",
        "hedge-plus",
        "The festival drew 80,000-plus visitors over the weekend, organisers said.",
        (E("80,000-plus", LB, "80000", None, None, C, "visitors", "organisers"),),
    ),
    P(
        "crowd-just-over",
        "crowd",
        "hedge-just-over",
        "Just over 1,000 residents turned out for the town-hall meeting on the "
        "proposed wind farm, the local council said.",
        (E("Just over 1,000", APX, "1000", None, None, C, "residents", "local council"),),
    ),
    P(
        "crowd-attribution-scope",
        "crowd",
        "attribution-scope",
        "Thousands of people marched in Buenos Aires against cuts to university "
        "funding, and police said 12 were detained.",
        (
            E("Thousands", VAG, None, None, None, C, "people", None),
            E("12", EX, "12", None, None, C, "people", "police"),
        ),
    ),
    P(
        "crowd-curfew-times",
        "crowd",
        "not-a-time",
        "The curfew runs from 10 p.m. to 5 a.m. until further notice.",
        (),
    ),
    P(
        "crowd-downing-street",
        "crowd",
        "not-a-name",
        "Protesters gathered outside No. 10 Downing Street as the cabinet met.",
        (),
    ),
    # --------------------------------------------------------------- disaster
    P(
        "disaster-killed-injured",
        "disaster",
        "subject-participle",
        "Provincial authorities reported 400 killed and 3,600 injured as rescue teams "
        "reached remote mountain villages on Tuesday.",
        (
            E("400", EX, "400", None, None, C, "killed", "provincial authorities"),
            E("3,600", EX, "3600", None, None, C, "injured", "provincial authorities"),
        ),
    ),
    P(
        "disaster-hedge-scope-clause",
        "disaster",
        "hedge-scope",
        "At least 37 people were killed in the flooding and 12 remain missing, the "
        "civil protection agency said.",
        (
            E("At least 37", LB, "37", None, None, C, "people", "civil protection"),
            E("12", EX, "12", None, None, C, "people", "civil protection"),
        ),
    ),
    P(
        "disaster-magnitude-clock",
        "disaster",
        "not-a-time",
        "The magnitude 6.8 earthquake struck at 11:11 p.m. local time about 70 km "
        "southwest of Marrakech, the U.S. Geological Survey said.",
        (
            E("magnitude 6.8", EX, "6.8", None, None, "magnitude", None, "geological survey"),
            E("about 70 km", APX, "70", None, None, "kilometre", None, "geological survey"),
        ),
    ),
    P(
        "disaster-some-evacuated",
        "disaster",
        "hedge-some",
        "Some 30,000 residents were evacuated from low-lying coastal areas ahead of the "
        "storm, Governor Elena Ruiz said.",
        (E("Some 30,000", APX, "30000", None, None, C, "residents", "ruiz"),),
    ),
    P(
        "disaster-coref-title",
        "disaster",
        "coref-title",
        "Interior Minister Kwame Mensah toured the worst-hit districts on Monday. More "
        "than 1,500 homes were destroyed and a further 4,200 damaged, the minister said.",
        (
            E("More than 1,500", LB, "1500", None, None, C, "homes", "mensah"),
            E("4,200", EX, "4200", None, None, C, "homes", "mensah"),
        ),
    ),
    P(
        "disaster-hectares",
        "disaster",
        "unit",
        "The wildfire has burned nearly 12,000 hectares of forest and destroyed at least "
        "80 buildings, according to the regional fire service.",
        (
            E(
                "nearly 12,000 hectares",
                APX,
                "12000",
                None,
                None,
                "hectare",
                None,
                "regional fire service",
            ),
            E("at least 80", LB, "80", None, None, C, "buildings", "regional fire service"),
        ),
    ),
    P(
        "disaster-toll-change",
        "disaster",
        "change-from",
        "The death toll from the landslide rose to 54 on Thursday, up from 31 a day "
        "earlier, local authorities said.",
        (
            E("54", EX, "54", None, None, C, "toll", "local authorities"),
            E("31", EX, "31", None, None, C, "toll", "local authorities"),
        ),
    ),
    P(
        "disaster-a-dozen",
        "disaster",
        "number-words",
        "A dozen people were killed when a bus plunged into a ravine in western Nepal, "
        "police said.",
        (E("A dozen", EX, "12", None, None, C, "people", "police"),),
    ),
    P(
        "disaster-scale-suffix-m",
        "disaster",
        "scale-suffix",
        "The storm cut power to 1.2m homes across north-east England, the network operator said.",
        (E("1.2m", EX, "1200000", None, None, C, "homes", "network operator"),),
    ),
    P(
        "disaster-anonymous-told",
        "disaster",
        "attribution-anonymous",
        "More than 200 people are feared buried under the rubble, a rescue official "
        "who asked not to be named told AFP.",
        (
            E(
                "More than 200",
                LB,
                "200",
                None,
                None,
                C,
                "people",
                "rescue official",
                anonymous=True,
            ),
        ),
    ),
    P(
        "disaster-in-excess-of-aud",
        "disaster",
        "hedge-in-excess-of",
        "Insured losses are expected to be in excess of A$4 billion, the Insurance "
        "Council of Australia said.",
        (
            E(
                "in excess of A$4 billion",
                LB,
                "4000000000",
                None,
                None,
                "Australian dollar",
                None,
                "insurance council",
            ),
        ),
    ),
    P(
        "disaster-hundreds",
        "disaster",
        "vague-count",
        "Hundreds of families spent the night in schools and sports halls converted into shelters.",
        (E("Hundreds", VAG, None, None, None, C, "families", None),),
    ),
    P(
        "disaster-ordinals",
        "disaster",
        "not-an-ordinal",
        "It was the second major storm to hit the region in a week and the third since "
        "the start of the year.",
        (),
    ),
    P(
        "disaster-range-shared-scale",
        "disaster",
        "range-shared-scale",
        "The World Bank estimated the damage at between $1.5 and $2 billion.",
        (
            E(
                "between $1.5 and $2 billion",
                RNG,
                None,
                "1500000000",
                "2000000000",
                USD,
                None,
                "world bank",
            ),
        ),
    ),
    P(
        "disaster-seven",
        "disaster",
        "number-words",
        "Rescuers were still searching for seven fishermen whose boat capsized off the "
        "coast on Friday, the coast guard said.",
        (E("seven", EX, "7", None, None, C, "fishermen", "coast guard"),),
    ),
    P(
        "disaster-close-to",
        "disaster",
        "hedge-close-to",
        "Close to 9,000 people remain in evacuation centres, the national disaster agency said.",
        (E("Close to 9,000", APX, "9000", None, None, C, "people", "disaster agency"),),
    ),
    P(
        "disaster-route-66",
        "disaster",
        "not-a-name",
        "Flash flooding washed out about 40 miles of Route 66 near Kingman, the Arizona "
        "Department of Transportation said.",
        (
            E(
                "about 40 miles",
                APX,
                "40",
                None,
                None,
                "mile",
                None,
                "arizona department of transportation",
            ),
        ),
    ),
    P(
        "disaster-hedge-scope-including",
        "disaster",
        "hedge-scope",
        "The fire at the apartment block killed at least 17 people, including three "
        "children, the fire department said in a statement.",
        (
            E("at least 17", LB, "17", None, None, C, "people", "fire department"),
            E("three", EX, "3", None, None, C, "children", "fire department"),
        ),
    ),
    P(
        "disaster-headline-colon",
        "disaster",
        "attribution-headline-colon",
        "Over 200 dead in Kenya floods: Red Cross",
        (E("Over 200", LB, "200", None, None, C, "dead", "red cross"),),
    ),
    P(
        "disaster-one-killed",
        "disaster",
        "number-words",
        "One person was killed and 14 injured when a gas explosion tore through a "
        "residential building in Lyon, the prefecture said.",
        (
            E("One", EX, "1", None, None, C, "person", "prefecture"),
            E("14", EX, "14", None, None, C, "injured", "prefecture"),
        ),
    ),
    P(
        "disaster-relay-quoted",
        "disaster",
        "attribution-relay-quoted",
        "State news agency IRNA quoted provincial governor Ali Rezaei as saying that 23 "
        "people had died in the blast.",
        (E("23", EX, "23", None, None, C, "people", "irna", via="rezaei"),),
    ),
    P(
        "disaster-relay-report-anonymous",
        "disaster",
        "attribution-relay-report",
        "An anonymous health ministry official put the toll at 230, according to a "
        "report by the Kyodo news agency.",
        (
            E(
                "230",
                EX,
                "230",
                None,
                None,
                C,
                "toll",
                "kyodo",
                anonymous=True,
                via="health ministry official",
            ),
        ),
    ),
    P(
        "disaster-several",
        "disaster",
        "vague-count",
        "Several people were injured by falling debris, the regional hospital said.",
        (E("Several", VAG, None, None, None, C, "people", "regional hospital"),),
    ),
    P(
        "disaster-millions",
        "disaster",
        "vague-count",
        "Millions of people in southern Brazil were left without clean water, the state "
        "government said.",
        (E("Millions", VAG, None, None, None, C, "people", "state government"),),
    ),
    P(
        "disaster-coref-they",
        "disaster",
        "coref-pronoun",
        "Rescue workers pulled survivors from the rubble throughout the night. They "
        "said at least 50 people were still trapped.",
        (E("at least 50", LB, "50", None, None, C, "people", "rescue workers"),),
    ),
    P(
        "disaster-twenty-five",
        "disaster",
        "number-words",
        "Twenty-five miners remained trapped underground, the mine's operator said.",
        (E("Twenty-five", EX, "25", None, None, C, "miners", "operator"),),
    ),
    P(
        "disaster-reported",
        "disaster",
        "attribution-reported",
        "Public broadcaster NHK reported that 2,400 households in Ishikawa were still "
        "without running water.",
        (E("2,400", EX, "2400", None, None, C, "households", "nhk"),),
    ),
    # ----------------------------------------------------------------- weather
    P(
        "weather-rain-window",
        "weather",
        "not-a-time-window",
        "Forecasters warned that up to 300 mm of rain could fall in parts of Valencia "
        "over the next 24 hours.",
        (E("up to 300 mm", UB, "300", None, None, "millimetre", None, "forecasters"),),
    ),
    P(
        "weather-temperature-c",
        "weather",
        "unit",
        "Temperatures reached 46.2C in Seville on Sunday, the highest reading of the "
        "summer, the state weather agency AEMET said.",
        (E("46.2C", EX, "46.2", None, None, "degree Celsius", None, "aemet"),),
    ),
    P(
        "weather-wind-kmh",
        "weather",
        "unit",
        "Gusts of up to 180 km/h were recorded on the island of Mayotte, Météo-France said.",
        (
            E(
                "up to 180 km/h",
                UB,
                "180",
                None,
                None,
                "kilometre per hour",
                None,
                "météo-france",
            ),
        ),
    ),
    P(
        "weather-snow-cm",
        "weather",
        "unit",
        "More than 50 cm of snow fell in parts of Bavaria overnight, the German weather "
        "service DWD said.",
        (E("More than 50 cm", LB, "50", None, None, "centimetre", None, "dwd"),),
    ),
    P(
        "weather-degrees-words",
        "weather",
        "unit",
        "Temperatures are expected to climb to around 40 degrees Celsius by Thursday, "
        "forecasters said.",
        (
            E(
                "around 40 degrees Celsius",
                APX,
                "40",
                None,
                None,
                "degree Celsius",
                None,
                "forecasters",
            ),
        ),
    ),
    P(
        "weather-range-number-words",
        "weather",
        "range-to",
        "Restoring power to all customers could take two to three weeks, the utility said.",
        (E("two to three weeks", RNG, None, "2", "3", "week", None, "utility"),),
    ),
    P(
        "transport-well-over",
        "transport",
        "hedge-well-over",
        "Well over 100 flights were cancelled at Frankfurt airport because of the storm, "
        "a spokeswoman for operator Fraport said.",
        (E("Well over 100", LB, "100", None, None, C, "flights", "fraport"),),
    ),
    P(
        "transport-flight-number",
        "transport",
        "not-a-name",
        "Jeju Air Flight 2216, a Boeing 737-800 carrying 181 people, crash-landed at "
        "Muan International Airport on Dec. 29.",
        (E("181", EX, "181", None, None, C, "people", None),),
    ),
    P(
        "science-shenzhou",
        "science",
        "not-a-name",
        "The Shenzhou 19 crew returned to Earth after spending six months aboard "
        "China's Tiangong space station.",
        (E("six months", EX, "6", None, None, "month", None, None),),
    ),
    # ---------------------------------------------------------------- conflict
    P(
        "conflict-relay-citing",
        "conflict",
        "attribution-relay-citing",
        "Sudan's health ministry said at least 120 civilians were killed in the "
        "shelling of El Fasher, citing reports from hospital staff.",
        (
            E(
                "at least 120",
                LB,
                "120",
                None,
                None,
                C,
                "civilians",
                "health ministry",
                via="hospital staff",
            ),
        ),
    ),
    P(
        "conflict-range-between",
        "conflict",
        "range-between",
        "Between 10,000 and 12,000 troops have been massed near the border, two Western "
        "officials said.",
        (
            E(
                "Between 10,000 and 12,000",
                RNG,
                None,
                "10000",
                "12000",
                C,
                "troops",
                "western officials",
                anonymous=True,
            ),
        ),
    ),
    P(
        "conflict-claimed-up-to",
        "conflict",
        "hedge-up-to",
        "Russia's defence ministry claimed its forces had killed up to 400 Ukrainian "
        "servicemen over the past day.",
        (E("up to 400", UB, "400", None, None, C, "servicemen", "defence ministry"),),
    ),
    P(
        "conflict-anaphora-of-these",
        "conflict",
        "subject-anaphora-of-these",
        "The army said it had detained 5,000 suspected militants since January. Of "
        "these, 1,500 have been charged and the remaining 3,500 released, it said.",
        (
            E("5,000", EX, "5000", None, None, C, "militants", "army"),
            E("1,500", EX, "1500", None, None, C, "militants", "army"),
            E("3,500", EX, "3500", None, None, C, "militants", "army"),
        ),
    ),
    P(
        "conflict-subject-later-noun",
        "conflict",
        "subject-later-noun",
        "Around 4,000 of the approximately 11,000 fighters deployed to the region have "
        "been killed or wounded, the intelligence agency estimated.",
        (
            E("Around 4,000", APX, "4000", None, None, C, "fighters", "intelligence agency"),
            E(
                "approximately 11,000",
                APX,
                "11000",
                None,
                None,
                C,
                "fighters",
                "intelligence agency",
            ),
        ),
    ),
    P(
        "conflict-told-anonymous",
        "conflict",
        "attribution-told",
        "A senior Ukrainian commander told the BBC that roughly 1,000 Russian soldiers "
        "were being killed or wounded every day.",
        (
            E(
                "roughly 1,000",
                APX,
                "1000",
                None,
                None,
                C,
                "soldiers",
                "ukrainian commander",
                anonymous=True,
            ),
        ),
    ),
    P(
        "conflict-model-numbers",
        "conflict",
        "not-a-name",
        "Ukrainian forces destroyed 12 T-72 tanks and five BMP-2 infantry fighting "
        "vehicles near Pokrovsk, the General Staff said.",
        (
            E("12", EX, "12", None, None, C, "tanks", "general staff"),
            E("five", EX, "5", None, None, C, "vehicles", "general staff"),
        ),
    ),
    P(
        "conflict-f16",
        "conflict",
        "not-a-name",
        "The Netherlands has delivered 24 F-16 fighter jets to Ukraine, Defence "
        "Minister Pieter de Graaf said.",
        (E("24", EX, "24", None, None, C, "jets", "de graaf"),),
    ),
    P(
        "conflict-brigade-ordinal",
        "conflict",
        "not-an-ordinal",
        "Soldiers of the 47th Mechanized Brigade said they had repelled more than 20 "
        "assaults in a single week.",
        (E("more than 20", LB, "20", None, None, C, "assaults", "mechanized brigade"),),
    ),
    P(
        "conflict-of-which",
        "conflict",
        "subject-of-which",
        "As many as 60 drones were launched overnight, 48 of which were shot down, "
        "Ukraine's air force said on Telegram.",
        (
            E("As many as 60", UB, "60", None, None, C, "drones", "air force"),
            E("48", EX, "48", None, None, C, "drones", "air force"),
        ),
    ),
    P(
        "conflict-more-than",
        "conflict",
        "hedge-more-than",
        "The health ministry in Gaza said more than 43,000 people had been killed "
        "since the war began, a figure the United Nations considers broadly reliable.",
        (E("more than 43,000", LB, "43000", None, None, C, "people", "health ministry"),),
    ),
    P(
        "conflict-coref-she",
        "conflict",
        "coref-pronoun",
        "Amira Haddad, a spokeswoman for the World Food Programme, said aid convoys had "
        "been blocked for weeks. Nearly 2 million people now face acute hunger in the "
        "region, she said.",
        (E("Nearly 2 million", APX, "2000000", None, None, C, "people", "haddad"),),
    ),
    P(
        "conflict-condition-of-anonymity",
        "conflict",
        "attribution-anonymous",
        "About 300 special forces troops took part in the raid, according to officials "
        "who spoke on condition of anonymity because they were not authorised to "
        "discuss the operation.",
        (E("About 300", APX, "300", None, None, C, "troops", "officials", anonymous=True),),
    ),
    P(
        "conflict-article-5",
        "conflict",
        "not-a-name",
        "Under Article 5 of the NATO treaty, an attack on one member is considered an "
        "attack on all.",
        (),
    ),
    P(
        "conflict-prisoner-exchange",
        "conflict",
        "exact-count",
        "Russia and Ukraine each handed over 103 prisoners of war in the latest "
        "exchange, which was brokered by the United Arab Emirates.",
        (E("103", EX, "103", None, None, C, "prisoners", None),),
    ),
    P(
        "conflict-relay-reported-citing",
        "conflict",
        "attribution-relay-citing",
        "Two Israeli air strikes killed at least 18 people in central Gaza on Wednesday, "
        "Reuters reported, citing local health officials.",
        (
            E(
                "Two",
                EX,
                "2",
                None,
                None,
                C,
                "strikes",
                "reuters",
                anonymous=True,
                via="health officials",
            ),
            E(
                "at least 18",
                LB,
                "18",
                None,
                None,
                C,
                "people",
                "reuters",
                anonymous=True,
                via="health officials",
            ),
        ),
    ),
    P(
        "conflict-more-than-a-dozen",
        "conflict",
        "number-words",
        "More than a dozen villages were set on fire during the offensive, residents said.",
        (E("More than a dozen", LB, "12", None, None, C, "villages", "residents"),),
    ),
    P(
        "conflict-names-and-ordinal",
        "conflict",
        "not-a-name",
        "Houthi rebels said they had shot down a U.S. MQ-9 Reaper drone, the fifth this year.",
        (),
    ),
    P(
        "conflict-an-estimated",
        "conflict",
        "hedge-an-estimated",
        "The fighting has displaced an estimated 150,000 people in North Kivu since the "
        "start of the year, the U.N. refugee agency said.",
        (E("an estimated 150,000", APX, "150000", None, None, C, "people", "refugee agency"),),
    ),
    P(
        "conflict-strong-modifier",
        "conflict",
        "subject-compound-strong",
        "A 2,000-strong contingent of Kenyan police officers is due to arrive in Haiti "
        "by the end of the month, the mission said.",
        (E("2,000", EX, "2000", None, None, C, "officers", "mission"),),
    ),
    P(
        "conflict-source-count",
        "conflict",
        "not-a-source-count",
        "Roughly 1,500 fighters crossed into the province last week, three security "
        "sources told Reuters.",
        (
            E(
                "Roughly 1,500",
                APX,
                "1500",
                None,
                None,
                C,
                "fighters",
                "security sources",
                anonymous=True,
            ),
        ),
    ),
    P(
        "conflict-several-hundred",
        "conflict",
        "vague-count",
        "Several hundred fighters surrendered to government forces after a weeks-long "
        "siege, the military said.",
        (E("Several hundred", VAG, None, None, None, C, "fighters", "military"),),
    ),
    P(
        "conflict-range-to",
        "conflict",
        "range-to",
        "Western intelligence agencies estimate that 600,000 to 700,000 Russian soldiers "
        "have been killed or wounded.",
        (
            E(
                "600,000 to 700,000",
                RNG,
                None,
                "600000",
                "700000",
                C,
                "soldiers",
                "western intelligence agencies",
            ),
        ),
    ),
    P(
        "conflict-relay-report-citing",
        "conflict",
        "attribution-relay-report",
        "According to a report by The Wall Street Journal citing U.S. officials, Iran "
        "has supplied some 400 ballistic missiles to Russia.",
        (
            E(
                "some 400",
                APX,
                "400",
                None,
                None,
                C,
                "missiles",
                "wall street journal",
                anonymous=True,
                via="u.s. officials",
            ),
        ),
    ),
    P(
        "conflict-date-before-claim",
        "conflict",
        "not-a-date",
        "The defence ministry said on March 5 that 2,100 soldiers had completed the "
        "training course.",
        (E("2,100", EX, "2100", None, None, C, "soldiers", "defence ministry"),),
    ),
    P(
        "conflict-clock-time",
        "conflict",
        "not-a-time",
        "At 17:42 local time, a second explosion shook the port.",
        (),
    ),
    # ----------------------------------------------------------------- economy
    P(
        "economy-dollar-bn",
        "economy",
        "money",
        "Norvik Motors said it would invest $3 bn in a new battery plant in Ohio, "
        "creating about 2,000 jobs.",
        (
            E("$3 bn", EX, "3000000000", None, None, USD, None, "norvik"),
            E("about 2,000", APX, "2000", None, None, C, "jobs", "norvik"),
        ),
    ),
    P(
        "economy-euro-action-verb",
        "economy",
        "attribution-none",
        "Germany's economy ministry approved \u20ac2.4 billion in subsidies for the chip "
        "plant in Magdeburg on Tuesday.",
        (E("\u20ac2.4 billion", EX, "2400000000", None, None, "euro", None, None),),
    ),
    P(
        "economy-pound-m",
        "economy",
        "scale-suffix",
        "Shares in the retailer fell 12% on Thursday after it reported a pre-tax loss "
        "of \u00a3450m for the year to March.",
        (
            E("12%", EX, "12", None, None, PCT, None, None),
            E("\u00a3450m", EX, "450000000", None, None, "British pound", None, "retailer"),
        ),
    ),
    P(
        "economy-percent-word",
        "economy",
        "percent",
        "The unemployment rate rose to 4.2 percent in July from 4.1 percent in June, "
        "the Labor Department said on Friday.",
        (
            E("4.2 percent", EX, "4.2", None, None, PCT, None, "labor department"),
            E("4.1 percent", EX, "4.1", None, None, PCT, None, "labor department"),
        ),
    ),
    P(
        "economy-12k",
        "economy",
        "scale-suffix",
        '"We added 12k manufacturing jobs last month alone," Governor Dana Whitfield wrote on X.',
        (E("12k", EX, "12000", None, None, C, "jobs", "whitfield"),),
    ),
    P(
        "economy-gdp-quarter",
        "economy",
        "not-an-ordinal",
        "Gross domestic product grew 0.5% in the third quarter, the statistics office said.",
        (E("0.5%", EX, "0.5", None, None, PCT, None, "statistics office"),),
    ),
    P(
        "economy-trillion",
        "economy",
        "money",
        "The U.S. national debt stands at more than $36 trillion, according to Treasury "
        "Department data.",
        (
            E(
                "more than $36 trillion",
                LB,
                "36000000000000",
                None,
                None,
                USD,
                None,
                "treasury department",
            ),
        ),
    ),
    P(
        "economy-yen-coref-company",
        "economy",
        "coref-title",
        "Sakura Electronics said it would cut about 5,000 jobs worldwide. The "
        "restructuring will cost 200 billion yen, the company added.",
        (
            E("about 5,000", APX, "5000", None, None, C, "jobs", "sakura"),
            E("200 billion yen", EX, "200000000000", None, None, "Japanese yen", None, "sakura"),
        ),
    ),
    P(
        "economy-range-percent-to",
        "economy",
        "range-to",
        "Economists polled by Reuters expect annual inflation of 2.4% to 2.6% in March.",
        (E("2.4% to 2.6%", RNG, None, "2.4", "2.6", PCT, None, "economists"),),
    ),
    P(
        "economy-percentage-points",
        "economy",
        "unit",
        "The central bank raised its key rate by 0.75 percentage points to 5.25%, the "
        "biggest increase since 1994.",
        (
            E("0.75 percentage points", EX, "0.75", None, None, "percentage point", None, None),
            E("5.25%", EX, "5.25", None, None, PCT, None, None),
        ),
    ),
    P(
        "economy-index-names",
        "economy",
        "not-a-name",
        "The S&P 500 fell 1.2% and the Nasdaq 100 lost 2.1%, while London's FTSE 100 "
        "closed almost flat.",
        (
            E("1.2%", EX, "1.2", None, None, PCT, None, None),
            E("2.1%", EX, "2.1", None, None, PCT, None, None),
        ),
    ),
    P(
        "economy-anonymous-familiar",
        "economy",
        "attribution-anonymous",
        "The deal values the company at roughly $1.2bn, according to two people "
        "familiar with the matter.",
        (
            E(
                "roughly $1.2bn",
                APX,
                "1200000000",
                None,
                None,
                USD,
                None,
                "people familiar",
                anonymous=True,
            ),
        ),
    ),
    P(
        "economy-just-under",
        "economy",
        "hedge-just-under",
        "Exports fell to just under \u20ac150 billion in the first half, the lowest "
        "since 2020, Eurostat data showed.",
        (
            E(
                "just under \u20ac150 billion",
                APX,
                "150000000000",
                None,
                None,
                "euro",
                None,
                "eurostat",
            ),
        ),
    ),
    P(
        "economy-fewer-than",
        "economy",
        "hedge-fewer-than",
        "Fewer than 40,000 new homes were completed in Ireland last year, government figures show.",
        (E("Fewer than 40,000", UB, "40000", None, None, C, "homes", "government figures"),),
    ),
    P(
        "economy-at-most-boeing",
        "economy",
        "not-a-name",
        "The airline will retire at most 12 of its Boeing 737 MAX 9 aircraft this year, "
        "its chief executive, Lars Holm, said.",
        (E("at most 12", UB, "12", None, None, C, "aircraft", "holm"),),
    ),
    P(
        "economy-phone",
        "economy",
        "not-a-phone",
        "Customers affected by the outage can call the bank's hotline on 0800 123 4567 "
        "or, from abroad, +44 20 7946 0958.",
        (),
    ),
    P(
        "economy-as-much-as",
        "economy",
        "hedge-as-much-as",
        "The strike could cost the carmaker as much as $5 billion, analysts at Deutsche "
        "Bank estimated.",
        (E("as much as $5 billion", UB, "5000000000", None, None, USD, None, "deutsche bank"),),
    ),
    P(
        "economy-three-hundred",
        "economy",
        "number-words",
        "Three hundred workers at the plant in Saarlouis will lose their jobs, the IG "
        "Metall union said.",
        (E("Three hundred", EX, "300", None, None, C, "workers", "ig metall"),),
    ),
    P(
        "economy-or-apposition",
        "economy",
        "not-an-ordinal",
        "The bank announced a second round of job cuts, eliminating 1,800 positions, or "
        "about 4% of its workforce.",
        (
            E("1,800", EX, "1800", None, None, C, "positions", None),
            E("about 4%", APX, "4", None, None, PCT, None, None),
        ),
    ),
    P(
        "economy-year-range",
        "economy",
        "not-a-date",
        "Home prices rose 40% between 2015 and 2022, according to the national statistics agency.",
        (E("40%", EX, "40", None, None, PCT, None, "statistics agency"),),
    ),
    P(
        "economy-fiscal-year",
        "economy",
        "not-a-date",
        "In fiscal 2024, the company booked revenue of $61.9 billion, up 16% from a year earlier.",
        (
            E("$61.9 billion", EX, "61900000000", None, None, USD, None, None),
            E("16%", EX, "16", None, None, PCT, None, None),
        ),
    ),
    P(
        "economy-us-dollar-prefix",
        "economy",
        "money",
        "The IMF approved a US$500 million loan to Sri Lanka under its extended fund facility.",
        (E("US$500 million", EX, "500000000", None, None, USD, None, None),),
    ),
    P(
        "economy-swiss-franc",
        "economy",
        "money",
        "The bank set aside CHF 1.2 billion for legal costs, it said in its quarterly report.",
        (E("CHF 1.2 billion", EX, "1200000000", None, None, "Swiss franc", None, "bank"),),
    ),
    P(
        "economy-bond-maturity",
        "economy",
        "not-a-compound-modifier",
        "The yield on the 10-year Treasury note rose to 4.62%, its highest level since May.",
        (E("4.62%", EX, "4.62", None, None, PCT, None, None),),
    ),
    P(
        "economy-per-cent",
        "economy",
        "percent",
        "Retail sales rose 3.4 per cent year on year in December, the Office for "
        "National Statistics said.",
        (
            E(
                "3.4 per cent",
                EX,
                "3.4",
                None,
                None,
                PCT,
                None,
                "office for national statistics",
            ),
        ),
    ),
    P(
        "economy-index-points",
        "economy",
        "unit",
        "The Dow Jones Industrial Average fell 312 points, or 0.7%, to close at 42,520.",
        (
            E("312 points", EX, "312", None, None, "point", None, None),
            E("0.7%", EX, "0.7", None, None, PCT, None, None),
            E("42,520", EX, "42520", None, None, "point", None, None),
        ),
    ),
    P(
        "economy-product-name",
        "economy",
        "not-a-name",
        "Apple sold an estimated 50 million iPhone 16 units in the quarter, according to "
        "Counterpoint Research.",
        (E("an estimated 50 million", APX, "50000000", None, None, C, "units", "counterpoint"),),
    ),
    P(
        "economy-g20",
        "economy",
        "not-a-name",
        "G20 finance ministers meeting in Rio de Janeiro discussed a proposed 2% minimum "
        "tax on billionaires.",
        (E("2%", EX, "2", None, None, PCT, None, None),),
    ),
    # ------------------------------------------------------------------ health
    P(
        "health-covid-name",
        "health",
        "not-a-name",
        "COVID-19 hospitalisations rose to 1,234 last week, the health ministry said.",
        (E("1,234", EX, "1234", None, None, C, "hospitalisations", "health ministry"),),
    ),
    P(
        "health-including",
        "health",
        "hedge-scope",
        "The World Health Organization said more than 15,600 mpox cases had been "
        "recorded in Africa this year, including 537 deaths.",
        (
            E("more than 15,600", LB, "15600", None, None, C, "cases", "world health organization"),
            E("537", EX, "537", None, None, C, "deaths", "world health organization"),
        ),
    ),
    P(
        "health-h5n1",
        "health",
        "not-a-name",
        "The California Department of Public Health confirmed three new human cases of "
        "H5N1 bird flu, bringing the number of human cases in the state to 34.",
        (
            E("three", EX, "3", None, None, C, "cases", "california department of public health"),
            E("34", EX, "34", None, None, C, "cases", "california department of public health"),
        ),
    ),
    P(
        "health-study-percent",
        "health",
        "attribution-according-to",
        "Roughly 38% of adults in the country are obese, according to a study published "
        "in The Lancet.",
        (E("Roughly 38%", APX, "38", None, None, PCT, None, "lancet"),),
    ),
    P(
        "health-decimal-percent",
        "health",
        "percent",
        "The measles vaccination rate among kindergartners fell to 92.7% last school "
        "year, the Centers for Disease Control and Prevention said.",
        (E("92.7%", EX, "92.7", None, None, PCT, None, "centers for disease control"),),
    ),
    P(
        "health-age",
        "health",
        "not-an-age",
        "A 34-year-old man died after contracting the virus, the third death this "
        "season, officials said.",
        (),
    ),
    P(
        "health-age-range",
        "health",
        "not-an-age",
        "The patients, aged between 3 and 81, were treated at Riverside General Hospital.",
        (),
    ),
    P(
        "health-some-millions",
        "health",
        "scale-words",
        "Some 7.6 million people in England are waiting for hospital treatment, NHS "
        "figures showed.",
        (E("Some 7.6 million", APX, "7600000", None, None, C, "people", "nhs"),),
    ),
    P(
        "health-less-than",
        "health",
        "hedge-less-than",
        "Less than 5% of the vaccine doses pledged to the region have been delivered, "
        "the vaccine alliance Gavi said.",
        (E("Less than 5%", UB, "5", None, None, PCT, None, "gavi"),),
    ),
    P(
        "health-number-words-thousand",
        "health",
        "number-words",
        "Health workers administered twenty-five thousand doses in the first week of the campaign.",
        (E("twenty-five thousand", EX, "25000", None, None, C, "doses", None),),
    ),
    P(
        "health-range-en-dash",
        "health",
        "range-dash",
        "The heatwave caused 1,800\u20132,300 excess deaths, researchers at Imperial "
        "College London estimated.",
        (E("1,800\u20132,300", RNG, None, "1800", "2300", C, "deaths", "imperial college"),),
    ),
    P(
        "health-page-number",
        "health",
        "not-a-page",
        "The findings are set out on page 47 of the report.",
        (),
    ),
    P(
        "health-coref-group-under-five",
        "health",
        "coref-title",
        "Doctors Without Borders said its clinics had treated 4,300 patients for "
        "cholera in August. Of those, 1,900 were children under five, the group said.",
        (
            E("4,300", EX, "4300", None, None, C, "patients", "doctors without borders"),
            E("1,900", EX, "1900", None, None, C, "children", "doctors without borders"),
        ),
    ),
    P(
        "health-duration-hours",
        "health",
        "unit-duration",
        "Ambulance crews waited more than 10 hours to hand over patients at some "
        "hospitals, the GMB union said.",
        (E("more than 10 hours", LB, "10", None, None, "hour", None, "gmb"),),
    ),
    P(
        "health-no-fewer-than",
        "health",
        "hedge-no-fewer-than",
        "No fewer than 14 hospitals in the north have closed since the fighting began, "
        "the International Committee of the Red Cross said.",
        (
            E(
                "No fewer than 14",
                LB,
                "14",
                None,
                None,
                C,
                "hospitals",
                "international committee of the red cross",
            ),
        ),
    ),
    P(
        "health-date-comma-number",
        "health",
        "not-a-date",
        "As of Jan. 11, 2025, 3,412 cases had been confirmed nationwide.",
        (E("3,412", EX, "3412", None, None, C, "cases", None),),
    ),
    P(
        "health-a-handful",
        "health",
        "vague-count",
        "Only a handful of hospitals in the province can perform the procedure, the "
        "health minister, Ana Ferreira, told Reuters.",
        (E("a handful", VAG, None, None, None, C, "hospitals", "ferreira"),),
    ),
    P(
        "health-over",
        "health",
        "hedge-over",
        "Over 2,500 nurses walked off the job at four hospitals in Minneapolis, the union said.",
        (
            E("Over 2,500", LB, "2500", None, None, C, "nurses", "union"),
            E("four", EX, "4", None, None, C, "hospitals", "union"),
        ),
    ),
    P(
        "health-time-window",
        "health",
        "not-a-time-window",
        "In the past 24 hours, the ministry recorded 312 new infections and two deaths.",
        (
            E("312", EX, "312", None, None, C, "infections", "ministry"),
            E("two", EX, "2", None, None, C, "deaths", "ministry"),
        ),
    ),
    P(
        "health-more-than-a-million",
        "health",
        "number-words",
        "More than a million children missed routine vaccinations during the conflict, "
        "UNICEF said.",
        (E("More than a million", LB, "1000000", None, None, C, "children", "unicef"),),
    ),
    # ---------------------------------------------------------------- election
    P(
        "election-seats-of-total",
        "election",
        "subject-of-total",
        "The ruling party won 52.3% of the vote and 412 of the 650 seats, official results showed.",
        (
            E("52.3%", EX, "52.3", None, None, PCT, None, "official results"),
            E("412", EX, "412", None, None, C, "seats", "official results"),
            E("650", EX, "650", None, None, C, "seats", "official results"),
        ),
    ),
    P(
        "election-turnout-about",
        "election",
        "hedge-about",
        "Turnout was about 67 percent, the highest since 1992, the electoral commission said.",
        (E("about 67 percent", APX, "67", None, None, PCT, None, "electoral commission"),),
    ),
    P(
        "election-fewer-than-votes",
        "election",
        "hedge-fewer-than",
        "Ortega leads by fewer than 12,000 votes with 98% of ballots counted.",
        (
            E("fewer than 12,000", UB, "12000", None, None, C, "votes", None),
            E("98%", EX, "98", None, None, PCT, None, None),
        ),
    ),
    P(
        "election-proposition",
        "election",
        "not-a-name",
        "Voters in California approved Proposition 36, which toughens penalties for "
        "some theft and drug crimes.",
        (),
    ),
    P(
        "election-polls-range",
        "election",
        "range-between",
        "Recent polls put the Social Democrats on between 28 and 31 percent, narrowly "
        "ahead of the conservatives.",
        (E("between 28 and 31 percent", RNG, None, "28", "31", PCT, None, "polls"),),
    ),
    P(
        "election-margin-of-error",
        "election",
        "unit",
        "The survey of 1,021 likely voters has a margin of error of plus or minus 3.1 "
        "percentage points.",
        (
            E("1,021", EX, "1021", None, None, C, "voters", None),
            E("3.1 percentage points", EX, "3.1", None, None, "percentage point", None, None),
        ),
    ),
    P(
        "election-seats-number-words",
        "election",
        "number-words",
        "The Greens lost nine of their 14 seats in the regional assembly.",
        (
            E("nine", EX, "9", None, None, C, "seats", None),
            E("14", EX, "14", None, None, C, "seats", None),
        ),
    ),
    P(
        "election-nearly-million",
        "election",
        "scale-words",
        "Nearly 970 million people are registered to vote in the world's largest "
        "election, the Election Commission of India said.",
        (
            E(
                "Nearly 970 million",
                APX,
                "970000000",
                None,
                None,
                C,
                "people",
                "election commission",
            ),
        ),
    ),
    P(
        "election-coref-he-quote",
        "election",
        "coref-pronoun",
        'Opposition leader Tomasz Wrona conceded defeat late on Sunday. "We got more '
        'than 4 million votes, and that is a foundation to build on," he told '
        "supporters in Krakow.",
        (E("more than 4 million", LB, "4000000", None, None, C, "votes", "wrona"),),
    ),
    P(
        "election-change-year",
        "election",
        "not-a-date",
        "About 4% of ballots were declared invalid, up from 2.8% in 2019.",
        (
            E("About 4%", APX, "4", None, None, PCT, None, None),
            E("2.8%", EX, "2.8", None, None, PCT, None, None),
        ),
    ),
    P(
        "election-poll-close-time",
        "election",
        "not-a-time",
        "Polls close at 8 p.m. local time (0100 GMT on Wednesday).",
        (),
    ),
    P(
        "election-or-more",
        "election",
        "hedge-or-more",
        "Results from 30 or more districts are still being contested, the party's "
        "lawyer, Ines Carvalho, said.",
        (E("30 or more", LB, "30", None, None, C, "districts", "carvalho"),),
    ),
    P(
        "election-fundraising-window",
        "election",
        "not-a-time-window",
        "The campaign said it raised $81 million in the first 24 hours after the "
        "candidate's announcement.",
        (E("$81 million", EX, "81000000", None, None, USD, None, "campaign"),),
    ),
    P(
        "election-under-percent",
        "election",
        "hedge-under",
        "Under 30% of eligible voters cast a ballot in the runoff, according to "
        "preliminary figures from the election authority.",
        (E("Under 30%", UB, "30", None, None, PCT, None, "election authority"),),
    ),
    P(
        "election-nearly-two-dozen",
        "election",
        "number-words",
        "Nearly two dozen Democratic lawmakers signed the letter urging the president "
        "to reconsider.",
        (E("Nearly two dozen", APX, "24", None, None, C, "lawmakers", None),),
    ),
    P(
        "politics-two-leaders",
        "politics",
        "not-a-determiner",
        "The two leaders spoke by phone for the first time since the election.",
        (),
    ),
    P(
        "politics-g7-dates",
        "politics",
        "not-a-name",
        "Leaders of the G7 will meet in Kananaskis, Alberta, on June 15-17.",
        (),
    ),
    P(
        "politics-under-processed",
        "politics",
        "hedge-under",
        "Immigration Minister Sofia Bergman said under 2,000 applications had been "
        "processed under the new scheme so far.",
        (E("under 2,000", UB, "2000", None, None, C, "applications", "bergman"),),
    ),
    # ------------------------------------------------------------------- sport
    P(
        "sport-score-fans",
        "sport",
        "not-a-score",
        "Liverpool beat Chelsea 2-1 in front of 60,123 fans at Anfield.",
        (E("60,123", EX, "60123", None, None, C, "fans", None),),
    ),
    P(
        "sport-crowd-of",
        "sport",
        "subject-noun-of-figure",
        "A sell-out crowd of 74,000 watched the final at the Stade de France.",
        (E("74,000", EX, "74000", None, None, C, "crowd", None),),
    ),
    P(
        "sport-plus-not-postfix",
        "sport",
        "hedge-plus-false",
        "Real Madrid agreed to pay a fee of around \u20ac100 million plus add-ons, "
        "according to the Spanish newspaper Marca.",
        (E("around \u20ac100 million", APX, "100000000", None, None, "euro", None, "marca"),),
    ),
    P(
        "sport-ordinals",
        "sport",
        "not-an-ordinal",
        "It was his 21st Grand Slam title and his 100th match win at Wimbledon.",
        (),
    ),
    P(
        "sport-formula-1",
        "sport",
        "not-a-name",
        "Formula 1 returns to Las Vegas for a third year, with organisers expecting "
        "more than 300,000 spectators.",
        (E("more than 300,000", LB, "300000", None, None, C, "spectators", "organisers"),),
    ),
    P(
        "sport-prize-pound",
        "sport",
        "money",
        "The champion will receive \u00a32.7m in prize money, up 10% on last year.",
        (
            E("\u00a32.7m", EX, "2700000", None, None, "British pound", None, None),
            E("10%", EX, "10", None, None, PCT, None, None),
        ),
    ),
    P(
        "sport-hedge-scope-athletes",
        "sport",
        "hedge-scope",
        "Approximately 10,500 athletes from 206 delegations will compete at the Games, "
        "the International Olympic Committee said.",
        (
            E(
                "Approximately 10,500",
                APX,
                "10500",
                None,
                None,
                C,
                "athletes",
                "international olympic committee",
            ),
            E("206", EX, "206", None, None, C, "delegations", "international olympic committee"),
        ),
    ),
    P(
        "sport-pair",
        "sport",
        "number-words",
        "A pair of second-half goals from Kane sealed the win for Bayern.",
        (E("A pair", EX, "2", None, None, C, "goals", None),),
    ),
    P(
        "sport-ban-years",
        "sport",
        "unit-duration",
        "The cyclist was banned for four years after testing positive for EPO, the "
        "sport's governing body said.",
        (E("four years", EX, "4", None, None, "year", None, "governing body"),),
    ),
    P(
        "sport-stage-km",
        "sport",
        "unit",
        "The 14th stage covers 152 km through the Pyrenees and finishes with a climb of "
        "almost 12 km.",
        (
            E("152 km", EX, "152", None, None, "kilometre", None, None),
            E("almost 12 km", APX, "12", None, None, "kilometre", None, None),
        ),
    ),
    P(
        "sport-tickets",
        "sport",
        "scale-words",
        "More than 9.5 million tickets were sold for the Paris Olympics, organisers said.",
        (E("More than 9.5 million", LB, "9500000", None, None, C, "tickets", "organisers"),),
    ),
    P(
        "sport-a-hundred",
        "sport",
        "number-words",
        "More than a hundred fans were ejected from the stadium, the club said.",
        (E("More than a hundred", LB, "100", None, None, C, "fans", "club"),),
    ),
    # ------------------------------------------------------------------- court
    P(
        "court-sentence-fine",
        "court",
        "unit-duration",
        "A judge sentenced the former mayor to 12 years in prison and fined him $2.5 "
        "million for taking bribes.",
        (
            E("12 years", EX, "12", None, None, "year", None, None),
            E("$2.5 million", EX, "2500000", None, None, USD, None, None),
        ),
    ),
    P(
        "court-attribution-scope",
        "court",
        "attribution-scope",
        "Prosecutors charged 14 people over the scheme, which they said had defrauded "
        "investors of more than $30 million.",
        (
            E("14", EX, "14", None, None, C, "people", None),
            E("more than $30 million", LB, "30000000", None, None, USD, None, "prosecutors"),
        ),
    ),
    P(
        "court-section-230",
        "court",
        "not-a-name",
        "The case turns on Section 230 of the Communications Decency Act of 1996.",
        (),
    ),
    P(
        "court-case-number",
        "court",
        "not-a-name",
        "The lawsuit, filed as case No. 1:24-cv-01234, seeks damages of at least $10 million.",
        (E("at least $10 million", LB, "10000000", None, None, USD, None, "lawsuit"),),
    ),
    P(
        "court-kg-seizure",
        "court",
        "unit",
        "Belgian customs said they had seized more than 300 kg of cocaine hidden in a "
        "shipment of bananas at the port of Antwerp.",
        (E("more than 300 kg", LB, "300", None, None, "kilogram", None, "belgian customs"),),
    ),
    P(
        "court-range-kg",
        "court",
        "range-dash",
        "Each package weighed 20\u201325 kg, according to the indictment.",
        (E("20\u201325 kg", RNG, None, "20", "25", "kilogram", None, "indictment"),),
    ),
    P(
        "court-jury-hours",
        "court",
        "unit-duration",
        "The jury deliberated for about nine hours before finding him guilty on all counts.",
        (E("about nine hours", APX, "9", None, None, "hour", None, None),),
    ),
    P(
        "court-almost-money",
        "court",
        "hedge-almost",
        "The former doctor was convicted of defrauding Medicare of almost $4 million.",
        (E("almost $4 million", APX, "4000000", None, None, USD, None, None),),
    ),
    P(
        "court-anonymous-familiar",
        "court",
        "attribution-anonymous",
        "Investigators have identified as many as 30 suspects, a person familiar with "
        "the investigation said.",
        (
            E(
                "as many as 30",
                UB,
                "30",
                None,
                None,
                C,
                "suspects",
                "person familiar",
                anonymous=True,
            ),
        ),
    ),
    P(
        "court-date-range",
        "court",
        "not-a-date",
        "The trial is scheduled to run from Feb. 23 to 26 at the district court in Rotterdam.",
        (),
    ),
    P(
        "court-bail-euros",
        "court",
        "money",
        "She was released on bail of 500,000 euros, her lawyer, Jean-Marc Dufour, told AFP.",
        (E("500,000 euros", EX, "500000", None, None, "euro", None, "dufour"),),
    ),
    P(
        "court-up-to-percent",
        "court",
        "hedge-up-to",
        "Under the Digital Markets Act, regulators can fine companies up to 10% of "
        "their global turnover.",
        (E("up to 10%", UB, "10", None, None, PCT, None, None),),
    ),
    P(
        "court-ruling-split",
        "court",
        "not-a-score",
        "The Supreme Court ruled 6-3 that the law was unconstitutional.",
        (),
    ),
    P(
        "court-ages",
        "court",
        "not-an-age",
        "The defendants, aged 19 and 23, pleaded not guilty to the charges.",
        (),
    ),
    P(
        "court-coref-it-decade",
        "court",
        "coref-pronoun",
        "The European Commission fined the tech giant \u20ac1.8 billion on Monday. It "
        "said the company had abused its dominant position for nearly a decade.",
        (
            E("\u20ac1.8 billion", EX, "1800000000", None, None, "euro", None, None),
            E("nearly a decade", APX, "10", None, None, "year", None, "european commission"),
        ),
    ),
    P(
        "court-a-maximum-of",
        "court",
        "hedge-a-maximum-of",
        "The offence carries a maximum of 14 years in prison.",
        (E("a maximum of 14 years", UB, "14", None, None, "year", None, None),),
    ),
    P(
        "court-ten-arrested",
        "court",
        "number-words",
        "Ten people were arrested in dawn raids across Sicily, Italian police said.",
        (E("Ten", EX, "10", None, None, C, "people", "italian police"),),
    ),
    # --------------------------------------------------------------- migration
    P(
        "migration-channel",
        "migration",
        "hedge-more-than",
        "More than 600 migrants crossed the English Channel in small boats on "
        "Saturday, the Home Office said.",
        (E("More than 600", LB, "600", None, None, C, "migrants", "home office"),),
    ),
    P(
        "migration-title-42",
        "migration",
        "not-a-name",
        "Title 42, the pandemic-era border policy, was used to expel migrants more than "
        "2.8 million times.",
        (E("more than 2.8 million", LB, "2800000", None, None, C, "times", None),),
    ),
    P(
        "migration-up-to",
        "migration",
        "hedge-up-to",
        "Up to 60 people were believed to have been on board when the boat capsized off "
        "Lampedusa, the International Organization for Migration said.",
        (
            E(
                "Up to 60",
                UB,
                "60",
                None,
                None,
                C,
                "people",
                "international organization for migration",
            ),
        ),
    ),
    P(
        "migration-two-claims",
        "migration",
        "attribution-said-before",
        "The coast guard said it had rescued 112 people and recovered nine bodies.",
        (
            E("112", EX, "112", None, None, C, "people", "coast guard"),
            E("nine", EX, "9", None, None, C, "bodies", "coast guard"),
        ),
    ),
    P(
        "migration-asylum",
        "migration",
        "percent",
        "Germany received 329,120 first-time asylum applications in 2023, an increase "
        "of 51%, according to the Federal Office for Migration and Refugees.",
        (
            E(
                "329,120",
                EX,
                "329120",
                None,
                None,
                C,
                "applications",
                "federal office for migration",
            ),
            E("51%", EX, "51", None, None, PCT, None, "federal office for migration"),
        ),
    ),
    P(
        "migration-relay-media",
        "migration",
        "attribution-relay-citing",
        "Turkish media reported that about 3.6 million Syrians live in the country, "
        "citing interior ministry figures.",
        (
            E(
                "about 3.6 million",
                APX,
                "3600000",
                None,
                None,
                C,
                "syrians",
                "turkish media",
                via="interior ministry",
            ),
        ),
    ),
    P(
        "migration-over",
        "migration",
        "hedge-over",
        "Border Patrol recorded over 250,000 encounters at the southern border in "
        "December, the highest monthly total on record.",
        (E("over 250,000", LB, "250000", None, None, C, "encounters", "border patrol"),),
    ),
    P(
        "migration-a-few",
        "migration",
        "vague-count",
        "Only a few families have returned to the town since the ceasefire, a local official said.",
        (
            E(
                "a few",
                VAG,
                None,
                None,
                None,
                C,
                "families",
                "local official",
                anonymous=True,
            ),
        ),
    ),
    P(
        "migration-elided-more",
        "migration",
        "subject-elided",
        "Panama's immigration service said 150 Venezuelans had been deported on two "
        "flights, and that 45 more would follow next week.",
        (
            E("150", EX, "150", None, None, C, "venezuelans", "immigration service"),
            E("two", EX, "2", None, None, C, "flights", "immigration service"),
            E("45", EX, "45", None, None, C, "venezuelans", "immigration service"),
        ),
    ),
    P(
        "migration-frontex-window",
        "migration",
        "not-a-time-window",
        "Irregular border crossings into the EU fell by 38% in the first 10 months of "
        "the year, to about 166,000, the EU border agency Frontex said.",
        (
            E("38%", EX, "38", None, None, PCT, None, "frontex"),
            E("about 166,000", APX, "166000", None, None, C, "crossings", "frontex"),
        ),
    ),
    P(
        "migration-no-more-than",
        "migration",
        "hedge-no-more-than",
        "The government will admit no more than 125,000 refugees in the coming fiscal "
        "year, the State Department said.",
        (
            E(
                "no more than 125,000",
                UB,
                "125000",
                None,
                None,
                C,
                "refugees",
                "state department",
            ),
        ),
    ),
    P(
        "migration-nbsp",
        "migration",
        "nbsp",
        "Some 4\u00a0500 asylum-seekers are currently housed in federal asylum centres, "
        "the State Secretariat for Migration said.",
        (
            E(
                "Some 4\u00a0500",
                APX,
                "4500",
                None,
                None,
                C,
                "asylum-seekers",
                "state secretariat for migration",
            ),
        ),
    ),
    P(
        "migration-said-after",
        "migration",
        "attribution-said-after",
        "Among those rescued were 23 unaccompanied children, Save the Children said.",
        (E("23", EX, "23", None, None, C, "children", "save the children"),),
    ),
    P(
        "migration-coref-she-quote",
        "migration",
        "coref-pronoun",
        'Maria Santos runs a migrant shelter in Tijuana. "Last year we had 200 people '
        'sleeping here every night; now there are about 40," she said.',
        (
            E("200", EX, "200", None, None, C, "people", "santos"),
            E("about 40", APX, "40", None, None, C, "people", "santos"),
        ),
    ),
    P(
        "migration-year-comma-number",
        "migration",
        "not-a-date",
        "In 2024, 1,500 people died or went missing while trying to cross the central "
        "Mediterranean, according to the IOM.",
        (E("1,500", EX, "1500", None, None, C, "people", "iom"),),
    ),
    P(
        "migration-thousands",
        "migration",
        "vague-count",
        "Thousands of people fled across the border into Chad over the weekend, aid agencies said.",
        (E("Thousands", VAG, None, None, None, C, "people", "aid agencies"),),
    ),
    P(
        "migration-confirmed",
        "migration",
        "attribution-confirmed",
        "The Pentagon confirmed on Tuesday that roughly 1,500 active-duty troops had "
        "been sent to the southern border.",
        (E("roughly 1,500", APX, "1500", None, None, C, "troops", "pentagon"),),
    ),
    P(
        "migration-some-two-million",
        "migration",
        "number-words",
        "Some two million Afghans have been forced to return from Iran and Pakistan "
        "since 2023, UNHCR said.",
        (E("Some two million", APX, "2000000", None, None, C, "afghans", "unhcr"),),
    ),
)
