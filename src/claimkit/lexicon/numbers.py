"""Number words, scale words and suffixes, and phrases that stand for a number.

Sources: the English cardinal system (units, teens, tens, scales) as listed in the
Chicago Manual of Style 9.2-9.8, and the abbreviations wire services use for scales
("bn", "mn", "k").  Fields:

* ``UNITS`` / ``TENS``: number word -> value ("seven" -> 7, "forty" -> 40).
* ``SCALES``: scale word -> multiplier ("million" -> 10**6), used after digits
  ("1.5 million") and after number words ("two million").
* ``SUFFIXES``: scale abbreviations written after digits ("12k", "$3 bn").
* ``PHRASES``: fixed phrases that state an exact number ("a dozen", "a pair of",
  "half a million").
* ``CURRENCIES``: symbol or code before a figure -> unit name.
* ``PERCENT``: words after a figure that make it a percentage.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

__all__ = ["CURRENCIES", "PERCENT", "PHRASES", "SCALES", "SUFFIXES", "TENS", "UNITS"]

UNITS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip

TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

SCALES: Final[dict[str, Decimal]] = {
    "hundred": Decimal(100),
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
    "dozen": Decimal(12),
}

SUFFIXES: Final[dict[str, Decimal]] = {
    "k": Decimal(1_000),
    "K": Decimal(1_000),
    "m": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "mln": Decimal(1_000_000),
    "bn": Decimal(1_000_000_000),
    "b": Decimal(1_000_000_000),
    "tn": Decimal(1_000_000_000_000),
    "trn": Decimal(1_000_000_000_000),
}

PHRASES: Final[dict[str, Decimal]] = {
    "a dozen": Decimal(12),
    "a pair": Decimal(2),
    "a hundred": Decimal(100),
    "a thousand": Decimal(1_000),
    "a million": Decimal(1_000_000),
    "a billion": Decimal(1_000_000_000),
    "half a million": Decimal(500_000),
    "half a billion": Decimal(500_000_000),
    "half a dozen": Decimal(6),
    "a quarter of a million": Decimal(250_000),
    "a quarter million": Decimal(250_000),
}

CURRENCIES: Final[dict[str, str]] = {
    "$": "US dollar",
    "US$": "US dollar",
    "USD": "US dollar",
    "€": "euro",
    "EUR": "euro",
    "£": "pound sterling",
    "GBP": "pound sterling",
    "¥": "yen",
    "₩": "South Korean won",
    "₹": "Indian rupee",
    "₽": "Russian ruble",
    "C$": "Canadian dollar",
    "A$": "Australian dollar",
    "CHF": "Swiss franc",
    "JPY": "Japanese yen",
    "CNY": "Chinese yuan",
    "INR": "Indian rupee",
    "RUB": "Russian ruble",
    "UAH": "Ukrainian hryvnia",
    "KRW": "South Korean won",
    "AUD": "Australian dollar",
    "CAD": "Canadian dollar",
    "SEK": "Swedish krona",
    "NOK": "Norwegian krone",
    "PLN": "Polish zloty",
    "BRL": "Brazilian real",
    "ZAR": "South African rand",
    "TRY": "Turkish lira",
    "Rs": "Indian rupee",
    "R$": "Brazilian real",
}

PERCENT: Final[tuple[str, ...]] = (
    "%",
    "percent",
    "per cent",
    "percentage points",
    "percentage point",
)
