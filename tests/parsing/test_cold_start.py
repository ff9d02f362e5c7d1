"""A fresh process reads common units without loading quantulum3 (seconds of import)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimkit.lexicon.units import UNITS
from claimkit.parsing._units import unit_after


def test_common_units_need_no_quantulum3() -> None:
    code = (
        "import sys, claimkit\n"
        "claimkit.extract('The ministry said 1,240 people died, 40 km of road closed, '"
        " '3,000 acres burned and 25,000 gallons of oil spilled.')\n"
        "print('quantulum3' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ran 39.3 km that day", "kilometre"),
        ("winds of 150 miles per hour", "mile per hour"),
        ("850 square kilometres of forest", "square kilometre"),
        ("a 30 minutes drive", "minute"),
        ("temperatures of 30 degrees Celsius", "degree Celsius"),
    ],
)
def test_the_own_table_names_units(text: str, unit: str) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] in ".,"):
        end += 1
    found = unit_after(text, end)
    assert found is not None
    assert found[0] == unit


def test_the_own_table_is_lower_case_and_named() -> None:
    assert all(key == key.lower() and value for key, value in UNITS.items())
