"""Every script in examples/ runs offline and prints the figures and names it promises.

The scripts run in this process (``runpy``), from a scratch working directory so
that they find the seeds through their own path, with sockets switched off.
"""

from __future__ import annotations

import re
import runpy
import socket
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("examples must not use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.chdir(tmp_path)


def run(name: str, capsys: pytest.CaptureFixture[str]) -> str:
    runpy.run_path(str(EXAMPLES / name), run_name="__main__")
    out = capsys.readouterr().out
    assert all(len(line) <= 100 for line in out.splitlines()), "lines fit 100 columns"
    return out


EXPECTED = {
    "seed_000_joongang.py": [
        "Korea JoongAng Daily, 2025-03-06",
        "around 5,000",
        "approximately 11,000",
        "Yu Yong-weon",
        "1,500 stationed is part of around 5,000",
        "3,500 training is part of around 5,000",
    ],
    "seed_001_upi.py": [
        "UPI, 2025-03-05",
        "roughly 12,000",
        "[11,400, 12,600]",
        "Yu Yong-weon (original source: Kyrylo Budanov)",
    ],
    "seed_002_national_security_news.py": [
        "National Security News, 2024-10-23",
        "John Kirby",
        "Up to 3,000         [0, 3,000]         [1,500, 3,000]",
        "about 10,000        [9,500, 10,500]    [9,000, 11,000]",
        "(600,000, inf)",
    ],
    "seed_003_lawmaker.py": [
        "With metadata (published 2025-03-05)",
        "12,000",
        "Some 3,500",
        "39.3 km",
        "unit=kilometre",
    ],
    "seed_004_afp.py": [
        "AFP, 2024-10-23",
        "thousands",
        "[2,000, 10,000)",
        "Park Sun-won",
        "about 10,000   said 2024-10-23 (published); describes by December (to 2024-12-31)",
        "1,500          said 2024-10-20 (stated)",
        "caption",
    ],
}


def test_every_example_is_tested() -> None:
    scripts = {path.name for path in EXAMPLES.glob("*.py")}
    assert scripts == {*EXPECTED, "cross_article.py"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.usefixtures("offline")
def test_seed_example(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(name, capsys)
    flat = " ".join(out.split())  # compare words, not column padding
    missing = [text for text in EXPECTED[name] if " ".join(text.split()) not in flat]
    assert missing == [], out


@pytest.mark.usefixtures("offline")
def test_seed_003_reads_the_text_without_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    out = run("seed_003_lawmaker.py", capsys)
    found = re.search(r"Text alone: (\d+) claims", out)
    assert found is not None
    assert int(found.group(1)) >= 10


@pytest.mark.usefixtures("offline")
def test_cross_article_answers_the_question(capsys: pytest.CaptureFixture[str]) -> None:
    out = run("cross_article.py", capsys)
    for text in ("about 10,000", "roughly 12,000", "Up to 3,000", "at least 3,000"):
        assert text in out
    for name in ("Yu Yong-weon", "Kyrylo Budanov", "Park Sun-won", "John Kirby", "AFP", "UPI"):
        assert name in out
    assert "consensus: low 9,500, best 10,000, high 10,500" in out
    counts = dict(re.findall(r"^(\w+) \((\d+)\)$", out, re.MULTILINE))
    for kind in ("conflicts", "updates", "part_of", "repeats"):
        assert int(counts.get(kind, 0)) >= 1, f"no {kind} in the answer"
    assert "1,500 stationed + 3,500 training" in out
    assert "fits within around 5,000" in out
    assert "[rule: disjoint]" in out
    assert "both trace to HUR (Ukrainian military intelligence)" in out
