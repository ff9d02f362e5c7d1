"""Time reconcile() on synthetic claims: 10,000, 100,000 and 1,000,000 by default.

The mix imitates a news archive: a few thousand subjects (key x role x actor x
place), each with a running figure that drifts over two years; articles of five
claims from a few hundred outlets; a few hundred attributors, some of them relays
of a handful of agencies; figures clustered around the truth of the day (most
within 10%, a few far off) with the hedges reporters use; one article in twenty
splits a casualty total into killed and wounded, stated as parts of it.  Claim
pieces (subjects, attributors, dates, quantities) are shared between claims, as a
parser's output held in memory would share equal values.

Each size runs in its own process, so the peak resident memory reported is that
size's.  With ``--repeat N`` each size runs N times, each in a fresh process, and
the table shows the fastest run (as :mod:`timeit` does: slower runs measure the
machine's other work, not the code) and the slowest as a check on noise.  Usage::

    python benchmarks/bench_reconcile.py                 # 10k, 100k, 1M
    python benchmarks/bench_reconcile.py --repeat 3      # fastest of three runs each
    python benchmarks/bench_reconcile.py --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from decimal import Decimal

from claimkit import (
    DEFAULT_POLICY,
    Attributor,
    AttributorKind,
    Claim,
    ClaimDate,
    Quantity,
    Source,
    Subject,
)
from claimkit.reconcile import reconcile

KEYS = (
    "troops",
    "civilians",
    "people",
    "protesters",
    "refugees",
    "migrants",
    "workers",
    "prisoners",
    "hostages",
    "militants",
)
ROLES = ("deployed", "killed", "wounded", "casualties", "training", "displaced", "arrested")
ACTORS = (None, "North Korean", "Russian", "Ukrainian", "Israeli", "Palestinian", "Sudanese")
PLACES = (None, None, "Kursk", "Gaza", "Kharkiv", "Khartoum", "Darfur", "Donetsk")
HEDGES = ("", "", "", "about", "around", "some", "more than", "at least", "up to", "nearly")
AGENCIES = ("NIS", "HUR", "Pentagon", "UN OCHA", "Health Ministry", "ACLED")
START = dt.date(2023, 1, 1)
DAYS = 730


def _round(value: float) -> int:
    """Round to two significant figures, as reporters do."""
    if value < 100:
        return max(1, int(value))
    digits = len(str(int(value))) - 2
    return int(round(value / 10**digits) * 10**digits)


class Archive:
    """Shared pieces for synthetic claims (seeded, so runs are repeatable)."""

    def __init__(self, rnd: random.Random, n_subjects: int = 3000) -> None:
        self.rnd = rnd
        combos = {
            (rnd.choice(KEYS), rnd.choice(ROLES), rnd.choice(ACTORS), rnd.choice(PLACES))
            for _ in range(n_subjects * 3)
        }
        picked = sorted(combos, key=str)[:n_subjects]
        self.subjects = [
            Subject(text=f"{k}", head=k, key=k, role=r, actor=a, place=p) for k, r, a, p in picked
        ]
        # the truth for each subject: a base figure and a daily growth rate
        self.truth = [
            (rnd.lognormvariate(7, 1.5), rnd.choice((0.0, 0.0, 0.001, 0.003)))
            for _ in self.subjects
        ]
        self.outlets = [f"Outlet {i}" for i in range(300)]
        agencies = [Attributor(name=a, kind=AttributorKind.government) for a in AGENCIES]
        people = [Attributor(name=f"Official {i}") for i in range(250)]
        relays = [Attributor(name=f"Reporter {i}", via=(rnd.choice(agencies),)) for i in range(100)]
        self.attributors: list[Attributor | None] = [
            *agencies * 20,
            *people,
            *relays,
            *[None] * 60,
        ]
        self.dates = [
            ClaimDate(said_on=START + dt.timedelta(days=d), said_precision="day")
            for d in range(DAYS)
        ]
        self.quantities: dict[tuple[int, str], Quantity] = {}

    def quantity(self, value: int, hedge: str) -> Quantity:
        key = (value, hedge)
        found = self.quantities.get(key)
        if found is None:
            found = self.quantities[key] = DEFAULT_POLICY.quantity(value, hedge)
        return found

    def figure(self, subject: int, day: int) -> int:
        base, growth = self.truth[subject]
        value = base * (1 + growth) ** day
        noise = self.rnd.gauss(1, 0.06) if self.rnd.random() < 0.9 else self.rnd.uniform(0.3, 3)
        return _round(max(1.0, value * noise))

    def article(self, number: int) -> list[Claim]:
        rnd = self.rnd
        day = rnd.randrange(DAYS)
        source = Source(
            publisher=rnd.choice(self.outlets),
            title=f"Article {number}",
            published=START + dt.timedelta(days=day),
        )
        date = self.dates[max(0, day - rnd.randrange(3))]
        # reporting clusters on a few busy subjects (Zipf-like)
        out = []
        for slot in range(5):
            subject = min(int(rnd.paretovariate(0.6)) - 1, len(self.subjects) - 1)
            value = self.figure(subject, day)
            out.append(
                Claim(
                    quantity=self.quantity(value, rnd.choice(HEDGES)),
                    subject=self.subjects[subject],
                    date=date,
                    attributor=rnd.choice(self.attributors),
                    source=source,
                    span=(slot * 100, slot * 100 + 6),
                )
            )
        if number % 20 == 0:  # a casualty total and its parts, linked in the text
            whole = out[0]
            killed = _round(rnd.uniform(0.1, 0.4) * float(whole.quantity.value or Decimal(1)))
            wounded = _round(float(whole.quantity.value or Decimal(1)) - killed)
            for slot, (role, value) in enumerate((("killed", killed), ("wounded", wounded))):
                out.append(
                    Claim(
                        quantity=self.quantity(value, ""),
                        subject=Subject(key=role, role=role, actor=whole.subject.actor),
                        date=date,
                        attributor=whole.attributor,
                        source=source,
                        span=(600 + slot * 100, 606 + slot * 100),
                        whole_span=whole.span,
                    )
                )
        return out


def synthesize(n: int, seed: int = 7) -> list[Claim]:
    """``n`` synthetic claims."""
    archive = Archive(random.Random(seed))
    claims: list[Claim] = []
    number = 0
    while len(claims) < n:
        claims.extend(archive.article(number))
        number += 1
    return claims[:n]


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(n: int) -> dict[str, float]:
    """Generate and reconcile ``n`` claims in this process."""
    began = time.perf_counter()
    claims = synthesize(n)
    made = time.perf_counter() - began
    before = _rss_mib()
    began = time.perf_counter()
    result = reconcile(claims)
    spent = time.perf_counter() - began
    return {
        "claims": n,
        "generate_s": made,
        "reconcile_s": spent,
        "relations": len(result.relations),
        "groups": len(result.groups),
        "rss_before_mib": before,
        "rss_peak_mib": _rss_mib(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (fastest shown)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one)))
        return 0
    print(f"python {sys.version.split()[0]}, fastest of {max(1, args.repeat)} run(s) per size")
    print(
        f"{'claims':>10} {'reconcile s':>12} {'slowest s':>10} {'x prev':>7} {'relations':>10} "
        f"{'groups':>8} {'RSS before':>11} {'RSS peak':>9}"
    )
    previous: dict[str, float] | None = None
    for n in args.sizes:
        runs = [_run_in_process(n) for _ in range(max(1, args.repeat))]
        row = min(runs, key=lambda r: r["reconcile_s"])
        slowest = max(r["reconcile_s"] for r in runs)
        ratio = (
            f"{row['reconcile_s'] / previous['reconcile_s']:.1f}"
            if previous and previous["reconcile_s"] > 0
            else "-"
        )
        print(
            f"{row['claims']:>10,} {row['reconcile_s']:>12.2f} {slowest:>10.2f} {ratio:>7} "
            f"{row['relations']:>10,} {row['groups']:>8,} "
            f"{row['rss_before_mib']:>8.0f} MiB {max(r['rss_peak_mib'] for r in runs):>5.0f} MiB",
            flush=True,
        )
        previous = row
    return 0


def _run_in_process(n: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
    )
    row: dict[str, float] = json.loads(out.stdout)
    return row


if __name__ == "__main__":
    raise SystemExit(main())
