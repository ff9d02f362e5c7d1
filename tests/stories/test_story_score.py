"""claimkit's score on the story corpus's dev split does not fall: a guard, not a target.

The floors sit two or three points under the dev score recorded in
docs/accuracy.md (whole gold, commit e6afbc1); raise them when the rules improve.
The test split is never scored here.
"""

from __future__ import annotations

from tests.stories.scoring import score

FLOORS = {
    "F1": 0.88,
    "hedge": 0.86,
    "contains": 0.81,
    "attributor": 0.81,
    "measure": 0.53,
    "said_on": 0.84,
    "refers_to": 0.78,
    "rel_recall": 0.25,
    "rel_precision": 0.30,
}


def test_dev_score_holds() -> None:
    summary = score("dev").summary()
    fallen = {k: round(summary[k], 3) for k, floor in FLOORS.items() if summary[k] < floor}
    assert not fallen, f"below the floor: {fallen} (floors {FLOORS})"
