"""Throughput of claimkit.extract against quantulum3.parser.parse on the same text.

Usage: python benchmarks/bench_extract.py [--size-kb 1000] [--repeat 1]

Builds about ``--size-kb`` of article text by repeating the bundled seeds,
times ``extract`` and ``quantulum3.parser.parse`` over it in one process, and
prints kB/s for each, the ratio, peak memory of ``extract`` (tracemalloc), and
the time of adversarial 1 MB inputs (catastrophic-backtracking guard).
"""

from __future__ import annotations

import argparse
import logging
import platform
import time
import tracemalloc
import warnings
from pathlib import Path

from claimkit import extract
from claimkit.parsing.quantities import scan_figures

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def corpus(size_kb: int) -> list[str]:
    """Seed articles repeated until their total reaches ``size_kb`` kilobytes."""
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=1000)
    parser.add_argument(
        "--quantulum-kb",
        type=int,
        default=200,
        help="text given to quantulum3 (it is slow; rate is per kB)",
    )
    args = parser.parse_args()
    texts = corpus(args.size_kb)
    for text in texts[:5]:
        extract(text)  # warm caches and imports (quantulum3 loads its tables lazily)
    ours, claims = _rate(texts, lambda t: extract(t).claims)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser as q

        root = logging.getLogger()
        handlers = list(root.handlers)
        theirs, quantities = _rate(corpus(args.quantulum_kb), q.parse)
        root.handlers[:] = handlers
    tracemalloc.start()
    kept = [extract(text) for text in corpus(1000)]  # results kept: all claims of 1 MB
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    held = sum(len(found) for found in kept)
    print(
        f"machine: {platform.machine()} {platform.processor() or ''}"
        f" python {platform.python_version()}"
    )
    print(f"claimkit.extract   {ours:9.1f} kB/s  ({claims} claims from {args.size_kb} kB)")
    print(
        f"quantulum3.parse   {theirs:9.1f} kB/s"
        f"  ({quantities} quantities from {args.quantulum_kb} kB)"
    )
    print(f"ratio              {ours / theirs:9.1f} x")
    print(f"peak memory, extract of 1 MB keeping all {held} claims: {peak / 1e6:.1f} MB")
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
