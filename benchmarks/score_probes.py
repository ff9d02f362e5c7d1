"""Accuracy of claimkit.extract on the probe corpus and the seed articles.

Usage: python benchmarks/score_probes.py

Prints figure-level recall and precision, and among matched figures the share
with the right hedge, value, head noun and attributor, overall and per rule.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.corpus.probes import PROBES
from tests.corpus.scoring import PUBLISHED, differences

from claimkit import extract


def main() -> None:
    expected = found = matched = 0
    wrong: dict[str, int] = defaultdict(int)
    by_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for probe in PROBES:
        claims = list(extract(probe.text, published=PUBLISHED))
        texts = [c.quantity.text for c in claims]
        expected += len(probe.expected)
        found += len(claims)
        matched += sum(1 for e in probe.expected if e.text in texts)
        problems = differences(probe)
        for problem in problems:
            for field in ("hedge", "value", "head", "attributor", "via", "unit", "anonymous"):
                if f": {field}" in problem or (field == "anonymous" and "not anonymous" in problem):
                    wrong[field] += 1
        by_rule[probe.rule][0] += 1
        by_rule[probe.rule][1] += not problems
    print(f"probes: {len(PROBES)}, fully right: {sum(v[1] for v in by_rule.values())}")
    print(
        f"figures: recall {matched}/{expected} = {matched / expected:.1%}, "
        f"precision {matched}/{found} = {matched / max(found, 1):.1%}"
    )
    for field, count in sorted(wrong.items()):
        print(f"  wrong {field:10} on {count} matched figures ({1 - count / matched:.1%} right)")
    print("per rule (fully right / probes):")
    for rule, (total, right) in sorted(by_rule.items()):
        if right < total:
            print(f"  {rule:32} {right}/{total}")


if __name__ == "__main__":
    main()
