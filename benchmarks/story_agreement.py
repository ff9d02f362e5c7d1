"""Agreement between the two blind annotators of the story corpus's double-read sample.

Usage: python benchmarks/story_agreement.py [--verbose]

tests/stories/second/ holds a second annotator's gold for a sample of articles (and
the relations of the stories it covers).  Figures are matched between the two
readers by span as the scorer matches claimkit to the gold; over matched figures
the script counts agreement on value, hedge, measure, attributor (either reader's
names matching the other's), via, said_on and refers_to; relations are compared as
pairs of matched figures (pair F1, and kind agreement on shared pairs).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.stories.scoring import (  # noqa: E402
    GOLD,
    RELATIONS,
    SECOND,
    GoldClaim,
    gold_relations,
    load_article_gold,
    load_stories,
    match,
    names_match,
    read_json,
)

FIELDS = ("value", "hedge", "unit", "measure", "attributor", "via", "said_on", "refers_to")


def _voice_names(v: dict | None) -> list[str]:
    return [] if v is None else [v["name"], *v.get("aliases", ())]


def _same_voice(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a["kind"] == b["kind"] == "official_anonymous":
        return True
    return names_match(_voice_names(a), _voice_names(b))


def _agree(name: str, a: GoldClaim, b: GoldClaim) -> bool:
    x, y = a.data, b.data
    if name == "value":
        return (a.value, a.value2) == (b.value, b.value2)
    if name == "attributor":
        return _same_voice(x["attributor"], y["attributor"])
    if name == "via":
        va = (x["attributor"] or {}).get("via", [])
        vb = (y["attributor"] or {}).get("via", [])
        return len(va) == len(vb) and all(
            _same_voice({**p, "via": []}, {**q, "via": []}) for p, q in zip(va, vb, strict=False)
        )
    if name == "refers_to":
        ra, rb = x["refers_to"], y["refers_to"]
        if ra is None or rb is None:
            return ra is None and rb is None
        return (ra["start"] or "0") <= (rb["end"] or "9") and (rb["start"] or "0") <= (
            ra["end"] or "9"
        )
    return bool(x[name] == y[name])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    first_n = second_n = matched = 0
    agree: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    rel_a = rel_b = rel_both = rel_kind = 0
    articles = 0
    for story in load_stories():
        id_map: dict[str, str] = {}
        covered = []
        for info in story.articles:
            if not (SECOND / f"{info.stem}.json").exists():
                continue
            one = load_article_gold(info, GOLD).claims
            two = load_article_gold(info, SECOND).claims
            if one is None or two is None:
                continue
            covered.append(info.stem)
            articles += 1
            first_n += len(one)
            second_n += len(two)
            pairs = match([c.span for c in two], [c.value for c in two], one)
            matched += len(pairs)
            for i, j in pairs.items():
                id_map[two[i].ref] = one[j].ref
                for name in FIELDS:
                    judged[name] += 1
                    if _agree(name, one[j], two[i]):
                        agree[name] += 1
                    elif args.verbose:
                        print(
                            f"{name:<10} {one[j].ref} {one[j].data['text']!r}: "
                            f"{one[j].data.get(name)!r} / {two[i].data.get(name)!r}"
                        )
            if args.verbose:
                got = set(pairs.values())
                for j, c in enumerate(one):
                    if j not in got:
                        print(f"only first  {c.ref} {c.data['text']!r}")
                for i, c in enumerate(two):
                    if i not in pairs:
                        print(f"only second {c.ref} {c.data['text']!r}")
        whole = covered and len(covered) == len(story.articles)
        if whole and (SECOND / "relations" / f"{story.id}.json").exists():
            ra = {r.pair: r.kind for r in gold_relations(read_json(RELATIONS / f"{story.id}.json"))}
            rb_raw = gold_relations(read_json(SECOND / "relations" / f"{story.id}.json"))
            rb = {}
            for r in rb_raw:
                if r.a in id_map and r.b in id_map:
                    rb[frozenset((id_map[r.a], id_map[r.b]))] = r.kind
            rel_a += len(ra)
            rel_b += len(rb)
            shared = set(ra) & set(rb)
            rel_both += len(shared)
            rel_kind += sum(ra[p] == rb[p] for p in shared)
    p = matched / second_n if second_n else 0.0
    r = matched / first_n if first_n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"articles {articles}: first reader {first_n} figures, second {second_n}, "
        f"matched {matched}, figure F1 {f1:.3f}"
    )
    for name in FIELDS:
        share = agree[name] / judged[name] if judged[name] else 0.0
        print(f"{name:<10} {share:.3f} ({agree[name]} of {judged[name]})")
    rp = rel_both / rel_b if rel_b else 0.0
    rr = rel_both / rel_a if rel_a else 0.0
    rf = 2 * rp * rr / (rp + rr) if rp + rr else 0.0
    kind = rel_kind / rel_both if rel_both else 0.0
    print(
        f"relations first {rel_a} pairs, second {rel_b}, shared {rel_both}: pair F1 {rf:.3f}, "
        f"kind agreement {kind:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
