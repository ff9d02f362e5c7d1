"""Merge collectors' story lists (tests/stories/_gather/*.json) into stories.json.

Usage: python -m tests.stories.build_index

Stories already in stories.json keep their split (the split is fixed once); their
titles, domains and article lists are refreshed from the collectors' files.  New
stories are taken in the order of a hash of their id (so the choice does not
depend on who collected them or when) and each goes to ``dev`` while dev holds
under 60% of the stories, else to ``test``.
"""

from __future__ import annotations

import hashlib
import json

from tests.stories.scoring import ROOT

INDEX = ROOT / "stories.json"
GATHER = ROOT / "_gather"
DEV_SHARE = 0.6


def _order(story_id: str) -> str:
    return hashlib.sha256(story_id.encode("utf-8")).hexdigest()


def build() -> dict[str, object]:
    """The merged index, existing splits kept."""
    old = json.loads(INDEX.read_text(encoding="utf-8"))["stories"] if INDEX.exists() else []
    stories = {s["id"]: s for s in old}
    fresh = []
    for path in sorted(GATHER.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for kind, key in (("multi", "stories"), ("single", "singles")):
            for s in doc.get(key, []):
                split = stories[s["id"]]["split"] if s["id"] in stories else ""
                entry = {
                    "id": s["id"],
                    "title": s["title"],
                    "domain": s["domain"],
                    "kind": kind,
                    "split": split,
                    "articles": s["articles"],
                }
                stories[s["id"]] = entry
                if not split:
                    fresh.append(entry)
    for entry in sorted(fresh, key=lambda s: _order(str(s["id"]))):
        dev = sum(s["split"] == "dev" for s in stories.values())
        placed = sum(bool(s["split"]) for s in stories.values())
        entry["split"] = "dev" if dev < DEV_SHARE * (placed + 1) else "test"
    ordered = sorted(stories.values(), key=lambda s: (s["kind"], s["id"]))
    return {"format": "claimkit-stories/1", "stories": ordered}


if __name__ == "__main__":
    INDEX.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {INDEX}")
