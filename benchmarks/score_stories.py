"""Accuracy of claimkit on the story corpus (tests/stories/, docs/corpus-format.md).

Usage: python benchmarks/score_stories.py [--split dev|test|all] [--verbose]

Runs claimkit.extract on every article of the split (passing the publication date
from stories.json when the page prints none) and claimkit.reconcile on each story's
claims, matches predicted to gold figures by span and value, and prints figure
precision/recall/F1, the accuracy of each field over matched figures, relation
pair recall and precision, kind accuracy, and conflict recall and precision.
--verbose lists every miss, extra and field error.  The last line is the summary.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.stories.scoring import FIELDS, score, summary_line  # noqa: E402


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    tally = score(args.split)
    if args.verbose:
        print("\n".join(tally.notes))
        print()
    s = tally.summary()
    print(
        f"commit {_commit()}, split {args.split}: {tally.articles} articles, "
        f"{tally.gold} gold figures, {tally.predicted} predicted, {tally.matched} matched"
    )
    print(f"figures     P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f}")
    for name in FIELDS:
        print(f"{name:<11} {s[name]:.3f}  ({tally.right[name]} of {tally.judged[name]})")
    print(
        f"relations   recall={s['rel_recall']:.3f} ({tally.rel_recalled} of {tally.rel_gold}) "
        f"precision={s['rel_precision']:.3f} ({tally.rel_precise} of {tally.rel_predicted}) "
        f"kind={s['kind_accuracy']:.3f}"
    )
    print(
        f"conflicts   recall={s['conflict_recall']:.3f} "
        f"({tally.conflict_recalled} of {tally.conflict_gold}) "
        f"precision={s['conflict_precision']:.3f} "
        f"({tally.conflict_precise} of {tally.conflict_predicted})"
    )
    print("errors      " + ", ".join(f"{k} {v}" for k, v in tally.errors.most_common()))
    print(summary_line(args.split, tally))
    return 0


if __name__ == "__main__":
    sys.exit(main())
