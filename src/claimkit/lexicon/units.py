"""Words after a figure that name a unit of measure rather than a counted noun.

Only a figure followed by one of these tokens is sent to quantulum3 (through
:mod:`claimkit.parsing._units`) to name its unit; every other figure keeps
``unit="count"`` and its following words become the counted subject.  The gate
keeps quantulum3's ~17 kB/s off the hot path and stops it from reading "5 in
Kursk" as five inches.  Entries are lower case; plural and abbreviated forms are
listed explicitly.  ``FALLBACK`` names units quantulum3 does not know or
misreads (one- or two-word keys, tried before quantulum3).
"""

from __future__ import annotations

from typing import Final

__all__ = ["FALLBACK", "UNIT_TOKENS"]

UNIT_TOKENS: Final[frozenset[str]] = frozenset(
    """
    km kms kilometre kilometres kilometer kilometers mile miles m metre metres meter
    meters cm mm ft feet foot inch inches yard yards nautical
    kg kgs kilogram kilograms g gram grams tonne tonnes ton tons lb lbs pound pounds
    ounce ounces
    hour hours hr hrs minute minutes min mins second seconds sec day days week weeks
    month months year years decade decades century centuries
    sq square acre acres hectare hectares ha
    litre litres liter liters gallon gallons barrel barrels bpd cubic
    degree degrees °c °f celsius fahrenheit
    mph km/h kph knots
    mw gw kw kwh mwh gwh twh megawatt megawatts gigawatt gigawatts
    dollar dollars euro euros yuan won yen rupee rupees rouble roubles ruble rubles
    hryvnia pesos peso shekels shekel
    ri li points
    sol soles real reais rand lira liras franc francs krona kronor krone kroner zloty
    zlotys baht ringgit rial riyal riyals dirham dirhams shilling shillings naira cedi
    """.split()
)

FALLBACK: Final[dict[str, str]] = {
    "ri": "ri",
    "li": "li",
    "hectare": "hectare",
    "hectares": "hectare",
    "ha": "hectare",
    "bpd": "barrel per day",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
    "points": "point",
    "nautical miles": "nautical mile",
    "nautical mile": "nautical mile",
    "sol": "Peruvian sol",
    "soles": "Peruvian sol",
    "reais": "Brazilian real",
    "rand": "South African rand",
    "lira": "Turkish lira",
    "francs": "Swiss franc",
    "kronor": "Swedish krona",
    "krona": "Swedish krona",
    "kroner": "Norwegian krone",
    "zlotys": "Polish zloty",
    "shillings": "shilling",
    "naira": "Nigerian naira",
}
