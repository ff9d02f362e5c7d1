"""Throughput of claimkit.extract against quantulum3.parser.parse on the same text.

Usage: python benchmarks/bench_extract.py [--size-kb 1000] [--pages-kb 2000]

Builds about ``--size-kb`` of article text by repeating the bundled seeds, and
``--pages-kb`` of web pages by repeating the story corpus's stored pages
(``tests/stories/articles``, navigation and all), times ``extract``,
``quantulum3.parser.parse`` and a bare digit scan over each in one process, and
prints kB/s for each with the ratios, the cold start of a fresh process (``import
claimkit`` and the first ``extract``), peak memory of ``extract`` (tracemalloc),
and the time of adversarial inputs (catastrophic-backtracking guard).  Timings
on shared machines are noisy: compare runs side by side, never across days.
"""

from __future__ import annotations

import argparse
import logging
import platform
import re
import subprocess
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

from claimkit import extract
from claimkit.parsing.quantities import scan_figures

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PAGES = ROOT / "tests" / "stories" / "articles"
_DIGITS = re.compile(r"[0-9]+")


def _page_texts() -> list[str]:
    # line 1 of a stored page is its URL, line 2 blank
    return [
        "\n".join(p.read_text(encoding="utf-8").split("\n")[2:])
        for p in sorted(PAGES.glob("*.txt"))
    ]


def corpus(size_kb: int, *, pages: bool = False) -> list[str]:
    """Seed articles (or stored web pages) repeated to ``size_kb`` kilobytes."""
    if pages:
        texts = _page_texts()
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out: list[str] = []
    total = 0
    while total < size_kb * 1000:
        for text in texts:
            out.append(text)
            total += len(text.encode("utf-8"))
    return out


def _rate(texts: list[str], run: object) -> tuple[float, int]:
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    count = 0
    for text in texts:
        count += len(run(text))  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    return size / 1000 / elapsed, count


def _quantulum() -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser as q
    return q.parse


def _quiet(run: object) -> object:
    """quantulum3 adds a handler to the root logger; keep the root as it was."""

    def wrapped(text: str) -> object:
        root = logging.getLogger()
        handlers = list(root.handlers)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = run(text)  # type: ignore[operator]
        root.handlers[:] = handlers
        return out

    return wrapped


def cold_start() -> tuple[float, float]:
    """Seconds for ``import claimkit`` and for the first ``extract`` in fresh processes."""

    def timed(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        return time.perf_counter() - start

    empty = timed("pass")
    imported = timed("import claimkit") - empty
    first = (
        timed(
            "import claimkit; claimkit.extract('The ministry said 1,240 people died and 40 km of "
            "road was closed.')"
        )
        - empty
    )
    return imported, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=1000)
    parser.add_argument("--pages-kb", type=int, default=2000)
    parser.add_argument(
        "--quantulum-kb",
        type=int,
        default=200,
        help="text given to quantulum3 (it is slow; rate is per kB)",
    )
    parser.add_argument("--no-adversarial", action="store_true")
    args = parser.parse_args()
    imported, first = cold_start()
    print(
        f"machine: {platform.machine()} {platform.processor() or ''}"
        f" python {platform.python_version()}"
    )
    print(f"cold start: import claimkit {imported:.2f} s, first extract {first:.2f} s")
    quantulum = _quiet(_quantulum())
    for name, pages, size in (("seeds", False, args.size_kb), ("web pages", True, args.pages_kb)):
        texts = corpus(size, pages=pages)
        for text in texts[:5]:
            extract(text)  # warm caches and imports (quantulum3 loads its tables lazily)
        ours, claims = _rate(texts, lambda t: extract(t).claims)
        theirs, quantities = _rate(corpus(args.quantulum_kb, pages=pages), quantulum)
        digits, found = _rate(texts, lambda t: _DIGITS.findall(t))
        print(f"{name}:")
        print(f"  claimkit.extract   {ours:9.1f} kB/s  ({claims} claims from {size} kB)")
        print(
            f"  quantulum3.parse   {theirs:9.1f} kB/s"
            f"  ({quantities} quantities from {args.quantulum_kb} kB)"
        )
        print(f"  bare digit scan    {digits:9.1f} kB/s  ({found} digit runs)")
        print(
            f"  extract / quantulum3 {ours / theirs:7.1f} x; digit scan / extract "
            f"{digits / ours:7.1f} x"
        )
    tracemalloc.start()
    kept = [extract(text) for text in corpus(1000)]  # results kept: all claims of 1 MB
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    held = sum(len(found) for found in kept)
    print(f"peak memory, extract of 1 MB keeping all {held} claims: {peak / 1e6:.1f} MB")
    if args.no_adversarial:
        return
    print("adversarial inputs (seconds for 100 kB and 1 MB; linear growth is about 10x):")
    for piece in ("1,1,", "1-", "about ", "“", "said ", "Rep. ", "in October and "):
        for stage, run in (("extract", extract), ("figures", scan_figures)):
            times = []
            for size in (100_000, 1_000_000):
                text = piece * (size // len(piece))
                start = time.perf_counter()
                run(text)
                times.append(time.perf_counter() - start)
            print(f"  {piece!r:18} {stage:8} {times[0]:6.2f} s  {times[1]:6.2f} s")


if __name__ == "__main__":
    main()
