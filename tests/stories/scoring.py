"""Score claimkit against the story corpus's gold (the rules are in docs/corpus-format.md).

The module reads ``stories.json``, the article texts, the gold article files and the
story relation files; runs :func:`claimkit.extract` on each article and
:func:`claimkit.reconcile` on each story; and counts, per split, figure precision and
recall and the accuracy of each field over matched figures.  It is shared by
``benchmarks/score_stories.py`` (the report), the regression test and
``benchmarks/story_agreement.py`` (agreement between two annotators), so the three
can never read the gold differently.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
ARTICLES = ROOT / "articles"
GOLD = ROOT / "gold"
RELATIONS = ROOT / "relations"
SECOND = ROOT / "second"
SCHEMA = ROOT / "gold.schema.json"

SYMMETRIC = frozenset({"corroborates", "conflicts", "misquotes", "repeats"})
CHAINING = frozenset({"corroborates", "repeats"})
_NULL_VOICES = frozenset({"outlet"})

# Words dropped before two voice names are compared (docs/corpus-format.md, "Names").
_NAME_NOISE = frozenset(
    """a an the of 's and mr mrs ms dr president prime minister vice deputy gen general lt col
    colonel maj major capt captain sgt rep sen senator gov governor mayor chief secretary
    spokesman spokeswoman spokesperson director head commissioner chairman chairwoman ceo
    officer superintendent inspector king queen prince sheikh""".split()
)

# Until claimkit's Subject carries a measure, its role and key are mapped to the gold's
# measure vocabulary with these tables (role first, then key).  Money and percentages
# with no role stay unmapped: the gold vocabulary tells insured from economic losses and
# turnout from vote share, which a unit alone cannot.
_MEASURE_OF_ROLE = {
    "killed": "deaths", "wounded": "injured", "casualties": "casualties",
    "missing": "missing", "arrested": "arrested", "captured": "arrested",
    "evacuated": "evacuated", "displaced": "displaced", "rescued": "rescued",
    "deployed": "troops deployed", "stationed": "troops deployed", "infected": "cases",
    "attended": "crowd size",
}  # fmt: skip
_MEASURE_OF_KEY = {
    "killed": "deaths", "wounded": "injured", "casualties": "casualties",
    "cases": "cases", "votes": "votes", "refugees": "refugees",
    "migrants": "migrant arrivals", "evacuees": "evacuated", "protesters": "crowd size",
    "troops": "troops deployed", "militants": "fighters", "jobs": "jobs cut",
    "workers": "workforce", "prisoners": "arrested", "hostages": "other: hostages",
}  # fmt: skip


class GoldError(ValueError):
    """A gold file that does not fit its article (a sentence or figure not found)."""


@dataclass(frozen=True)
class ArticleInfo:
    """One article of a story, as listed in ``stories.json``."""

    stem: str
    outlet: str
    url: str
    published: str | None
    published_from: str | None

    @property
    def path(self) -> Path:
        return ARTICLES / f"{self.stem}.txt"

    def text(self) -> str:
        """The article text: the file from its third line on (line 1 is the URL)."""
        raw = self.path.read_text(encoding="utf-8")
        _first, sep, rest = raw.partition("\n")
        if not sep or not rest.startswith("\n"):
            raise GoldError(f"{self.path.name}: line 1 must be the URL and line 2 blank")
        return rest[1:]


@dataclass(frozen=True)
class Story:
    """A story of ``stories.json``."""

    id: str
    title: str
    domain: str
    kind: str
    split: str
    articles: tuple[ArticleInfo, ...]


@dataclass(frozen=True)
class GoldClaim:
    """A gold figure with its span in the article text."""

    ref: str
    span: tuple[int, int]
    data: dict[str, Any]

    @property
    def value(self) -> Decimal | None:
        v = self.data["value"]
        return None if v is None else Decimal(v)

    @property
    def value2(self) -> Decimal | None:
        v = self.data["value2"]
        return None if v is None else Decimal(v)


@dataclass(frozen=True)
class GoldRelation:
    """One gold pair: for part_of and exceeds_whole each part is paired with the whole."""

    a: str
    b: str
    kind: str
    why: str

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))


def load_stories(path: Path | None = None) -> list[Story]:
    """The stories of ``stories.json`` in file order."""
    doc = json.loads((path or ROOT / "stories.json").read_text(encoding="utf-8"))
    out = []
    for s in doc["stories"]:
        arts = tuple(
            ArticleInfo(
                stem=a["file"].removesuffix(".txt"),
                outlet=a["outlet"],
                url=a["url"],
                published=a["published"],
                published_from=a["published_from"],
            )
            for a in s["articles"]
        )
        out.append(Story(s["id"], s["title"], s["domain"], s["kind"], s["split"], arts))
    return out


def _find(haystack: str, needle: str, occurrence: int, what: str) -> int:
    at = -1
    for _ in range(occurrence):
        at = haystack.find(needle, at + 1)
        if at < 0:
            raise GoldError(f"{what} {needle[:70]!r} (occurrence {occurrence}) not found")
    return at


def gold_claims(article: ArticleInfo, doc: dict[str, Any]) -> list[GoldClaim]:
    """The claims of one gold document with spans located in the article text."""
    text = article.text()
    out = []
    for c in doc["claims"]:
        where = f"{article.stem}#{c['id']}:"
        try:
            start = _find(text, c["sentence"], c.get("sentence_occurrence", 1), "sentence")
            inner = _find(c["sentence"], c["text"], c.get("text_occurrence", 1), "figure")
        except GoldError as err:
            raise GoldError(f"{where} {err}") from None
        begin = start + inner
        out.append(GoldClaim(f"{article.stem}#{c['id']}", (begin, begin + len(c["text"])), c))
    return out


def gold_relations(doc: dict[str, Any]) -> list[GoldRelation]:
    """The pairs of one relations document."""
    out = []
    for r in doc["relations"]:
        if "parts" in r:
            out.extend(GoldRelation(p, r["b"], r["kind"], r["why"]) for p in r["parts"])
        else:
            out.append(GoldRelation(r["a"], r["b"], r["kind"], r["why"]))
    return out


def read_json(path: Path) -> dict[str, Any]:
    """A JSON document that refuses duplicate keys (a silent overwrite is lost gold)."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        dupes = {k for k in keys if keys.count(k) > 1}
        if dupes:
            raise GoldError(f"{path.name}: duplicate keys {sorted(dupes)}")
        return dict(items)

    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=pairs)
    return result


# ---------------------------------------------------------------- names and fields


def _words(text: str) -> frozenset[str]:
    folded = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    folded = folded.replace("'s", " ")
    tokens = re.findall(r"[a-z0-9]+", folded)
    return frozenset(t for t in tokens if t not in _NAME_NOISE)


def names_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Whether a predicted voice (name, description) is one of the gold's names.

    >>> names_match(["Correa"], ["Rafael Correa"])
    True
    >>> names_match(["the Philippine Institute of Volcanology and Seismology"],
    ...             ["Philippine Institute of Volcanology and Seismology", "Phivolcs"])
    True
    >>> names_match(["Xinhua"], ["Associated Press"])
    False
    """
    pred = [w for w in (_words(p) for p in predicted if p) if w]
    gold_sets = [w for w in (_words(g) for g in gold if g) if w]
    return any(p <= g or g <= p for p in pred for g in gold_sets)


def voice_matches(pred: Any, gold: dict[str, Any] | None) -> bool:
    """A predicted :class:`claimkit.Attributor` (or None) against a gold voice (or None)."""
    pred_null = pred is None or pred.kind.value in _NULL_VOICES
    if gold is None or gold["kind"] in _NULL_VOICES:
        return pred_null
    if pred_null:
        return False
    if gold["kind"] == "official_anonymous" and pred.kind.value == "official_anonymous":
        return True
    return names_match(
        [pred.name, pred.description or ""], [gold["name"], *gold.get("aliases", ())]
    )


def via_matches(pred: Any, gold: dict[str, Any] | None) -> bool:
    """The relay chains agree: same length, each voice matching in order."""
    pred_via = () if pred is None else pred.via
    gold_via = [] if gold is None else gold["via"]
    if len(pred_via) != len(gold_via):
        return False
    return all(voice_matches(p, {**g, "via": []}) for p, g in zip(pred_via, gold_via, strict=False))


def measure_of(claim: Any) -> str | None:
    """The gold-vocabulary measure of a predicted claim (see the tables above)."""
    own = getattr(claim.subject, "measure", None)
    if own:
        return str(own)
    role = claim.subject.role
    if role in _MEASURE_OF_ROLE:
        return _MEASURE_OF_ROLE[role]
    return _MEASURE_OF_KEY.get(claim.subject.key)


def contains_gold(claim: Any, gold: GoldClaim) -> bool:
    """The predicted interval holds the gold value (both ends for a range)."""
    box = claim.quantity.interval
    values = [v for v in (gold.value, gold.value2) if v is not None]
    return bool(values) and all(box.contains_value(v) for v in values)


def _period(start: str | None, end: str | None) -> tuple[str, str]:
    return (start or "0000-00-00", end or "9999-99-99")


def refers_to_matches(claim: Any, gold: dict[str, Any] | None) -> bool:
    """Both null, or the two periods overlap."""
    pred = claim.date.refers_to
    if gold is None or pred is None:
        return gold is None and pred is None
    p = _period(
        pred.start.isoformat() if pred.start else None,
        pred.end.isoformat() if pred.end else None,
    )
    g = _period(gold["start"], gold["end"])
    return p[0] <= g[1] and g[0] <= p[1]


def said_on_matches(claim: Any, gold: str | None) -> bool:
    """Equal days, both null counting as right."""
    said = claim.date.said_on
    return (said.isoformat() if said else None) == gold


# ---------------------------------------------------------------- matching


def match(
    pred_spans: Sequence[tuple[int, int]],
    pred_values: Sequence[Decimal | None],
    gold: Sequence[GoldClaim],
) -> dict[int, int]:
    """Predicted index -> gold index: overlapping spans, same value first, then overlap."""
    candidates = []
    for i, (ps, pe) in enumerate(pred_spans):
        for j, g in enumerate(gold):
            overlap = min(pe, g.span[1]) - max(ps, g.span[0])
            if overlap > 0:
                same = pred_values[i] is not None and pred_values[i] == g.value
                candidates.append((not same, -overlap, i, j))
    candidates.sort()
    taken_p: dict[int, int] = {}
    taken_g: set[int] = set()
    for _, _, i, j in candidates:
        if i not in taken_p and j not in taken_g:
            taken_p[i] = j
            taken_g.add(j)
    return taken_p


FIELDS = ("hedge", "contains", "attributor", "via", "measure", "said_on", "refers_to")


@dataclass
class Tally:
    """Counts for one split (or one article)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right: Counter[str] = field(default_factory=Counter)
    judged: Counter[str] = field(default_factory=Counter)
    rel_gold: int = 0
    rel_recalled: int = 0
    rel_kind_right: int = 0
    rel_predicted: int = 0
    rel_precise: int = 0
    conflict_gold: int = 0
    conflict_recalled: int = 0
    conflict_predicted: int = 0
    conflict_precise: int = 0
    articles: int = 0
    notes: list[str] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    def add_field(self, name: str, ok: bool, note: str) -> None:
        self.judged[name] += 1
        if ok:
            self.right[name] += 1
        else:
            self.errors[name] += 1
            self.notes.append(note)

    def ratio(self, name: str) -> float:
        return self.right[name] / self.judged[name] if self.judged[name] else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @staticmethod
    def _div(a: int, b: int) -> float:
        return a / b if b else 0.0

    def summary(self) -> dict[str, float]:
        """The figures of the one-line summary, in its order."""
        return {
            "P": self.precision,
            "R": self.recall,
            "F1": self.f1,
            **{name: self.ratio(name) for name in FIELDS},
            "rel_recall": self._div(self.rel_recalled, self.rel_gold),
            "rel_precision": self._div(self.rel_precise, self.rel_predicted),
            "kind_accuracy": self._div(self.rel_kind_right, self.rel_recalled),
            "conflict_recall": self._div(self.conflict_recalled, self.conflict_gold),
            "conflict_precision": self._div(self.conflict_precise, self.conflict_predicted),
        }


def _claim_fields(tally: Tally, claim: Any, gold: GoldClaim) -> None:
    g = gold.data
    where = f"{gold.ref} {g['text']!r}"
    q = claim.quantity
    tally.add_field(
        "hedge",
        q.hedge.value == g["hedge"],
        f"  hedge      {where}: {q.hedge.value} (gold {g['hedge']})",
    )
    if gold.value is not None:
        tally.add_field(
            "contains",
            contains_gold(claim, gold),
            f"  contains   {where}: {q.interval} lacks {g['value']}",
        )
    who = claim.attributor
    shown = "None" if who is None else who.chain() if hasattr(who, "chain") else who.name
    gold_who = g["attributor"]
    tally.add_field(
        "attributor",
        voice_matches(who, gold_who),
        f"  attributor {where}: {shown} (gold {None if gold_who is None else gold_who['name']})",
    )
    has_via = bool(gold_who and gold_who["via"]) or bool(who is not None and who.via)
    if has_via:
        tally.add_field(
            "via",
            via_matches(who, gold_who),
            f"  via        {where}: {shown} (gold via "
            f"{[v['name'] for v in (gold_who or {}).get('via', [])]})",
        )
    measure = measure_of(claim)
    tally.add_field(
        "measure",
        measure == g["measure"],
        f"  measure    {where}: {measure} "
        f"[{claim.subject.key}/{claim.subject.role}] (gold {g['measure']})",
    )
    tally.add_field(
        "said_on",
        said_on_matches(claim, g["said_on"]),
        f"  said_on    {where}: {claim.date.said_on} (gold {g['said_on']}, {g['said_on_from']})",
    )
    tally.add_field(
        "refers_to",
        refers_to_matches(claim, g["refers_to"]),
        f"  refers_to  {where}: {claim.date.refers_to} (gold {g['refers_to']})",
    )


def _components(relations: Iterable[GoldRelation]) -> dict[str, int]:
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in relations:
        if r.kind in CHAINING:
            parent[root(r.a)] = root(r.b)
    names: dict[str, int] = {}
    return {x: names.setdefault(root(x), len(names)) for x in list(parent)}


def _predicted_pairs(result: Any) -> Iterator[tuple[Any, Any, str]]:
    for rel in result.relations:
        if rel.parts:
            for part in rel.parts:
                yield part, rel.b, rel.kind.value
        else:
            yield rel.a, rel.b, rel.kind.value


@dataclass(frozen=True)
class ArticleGold:
    """An article with its gold claims (``None`` where no gold file exists yet)."""

    info: ArticleInfo
    text: str
    claims: list[GoldClaim] | None


def load_article_gold(info: ArticleInfo, folder: Path = GOLD) -> ArticleGold:
    """An article and its gold claims from ``folder``."""
    path = folder / f"{info.stem}.json"
    claims = gold_claims(info, read_json(path)) if path.exists() else None
    return ArticleGold(info, info.text(), claims)


def score_story(story: Story, tally: Tally, *, verbose: bool = False) -> None:
    """Extract and reconcile one story, adding its counts to ``tally``."""
    import claimkit

    ref_of: dict[Any, str] = {}
    story_claims = []
    for art in (load_article_gold(a) for a in story.articles):
        if art.claims is None:
            tally.notes.append(f"{art.info.stem}: no gold file")
            continue
        published = None if art.info.published_from == "page" else art.info.published
        article = claimkit.read_article(art.text, published=published, url=art.info.url)
        claims = list(claimkit.extract(article))
        story_claims.extend(claims)
        tally.articles += 1
        tally.gold += len(art.claims)
        tally.predicted += len(claims)
        pairs = match([c.span for c in claims], [c.quantity.value for c in claims], art.claims)
        tally.matched += len(pairs)
        tally.notes.append(
            f"{art.info.stem}: {len(pairs)} of {len(art.claims)} gold, {len(claims)} predicted"
        )
        for i, claim in enumerate(claims):
            if i in pairs:
                gold = art.claims[pairs[i]]
                ref_of[claim] = gold.ref
                _claim_fields(tally, claim, gold)
            else:
                tally.errors["extra"] += 1
                tally.notes.append(
                    f"  extra      {claim.quantity.text!r} in {claim.sentence[:90]!r}"
                )
        found = set(pairs.values())
        for j, gold in enumerate(art.claims):
            if j not in found:
                tally.errors["missed"] += 1
                tally.notes.append(
                    f"  missed     {gold.ref} {gold.data['text']!r} in "
                    f"{gold.data['sentence'][:90]!r}"
                )
    rel_path = RELATIONS / f"{story.id}.json"
    gold_rels = gold_relations(read_json(rel_path)) if rel_path.exists() else []
    result = claimkit.reconcile(story_claims)
    _score_relations(tally, gold_rels, result, ref_of)


def _score_relations(
    tally: Tally, gold_rels: list[GoldRelation], result: Any, ref_of: dict[Any, str]
) -> None:
    gold_kinds: dict[frozenset[str], set[str]] = defaultdict(set)
    for r in gold_rels:
        gold_kinds[r.pair].add(r.kind)
    chained = _components(gold_rels)

    def group(ref: str) -> str:
        return f"#{chained[ref]}" if ref in chained else ref

    # gold relations between groups of figures that corroborate or repeat each
    # other: annotators relate one figure of a group, not every pair
    group_kinds: dict[frozenset[str], set[str]] = defaultdict(set)
    for r in gold_rels:
        group_kinds[frozenset((group(r.a), group(r.b)))].add(r.kind)
    predicted: dict[frozenset[str], set[str]] = defaultdict(set)
    for a, b, kind in _predicted_pairs(result):
        if a in ref_of and b in ref_of and ref_of[a] != ref_of[b]:
            predicted[frozenset((ref_of[a], ref_of[b]))].add(kind)
    tally.rel_gold += len(gold_kinds)
    tally.conflict_gold += sum("conflicts" in k for k in gold_kinds.values())
    for pair, kinds in gold_kinds.items():
        got = predicted.get(pair)
        label = " ~ ".join(sorted(pair))
        if got is None:
            tally.notes.append(f"  rel missed {label}: gold {sorted(kinds)}")
            tally.errors["relation missed"] += 1
            continue
        tally.rel_recalled += 1
        if kinds & got:
            tally.rel_kind_right += 1
        else:
            tally.errors["relation kind"] += 1
            tally.notes.append(f"  rel kind   {label}: {sorted(got)} (gold {sorted(kinds)})")
        if "conflicts" in kinds and "conflicts" in got:
            tally.conflict_recalled += 1
    for pair, kinds in predicted.items():
        a, b = sorted(pair)
        tally.rel_predicted += 1
        between = frozenset((group(a), group(b)))
        known = (
            pair in gold_kinds
            or (a in chained and chained.get(a) == chained.get(b))
            or between in group_kinds
        )
        if known:
            tally.rel_precise += 1
        else:
            tally.errors["relation extra"] += 1
            tally.notes.append(f"  rel extra  {a} ~ {b}: {sorted(kinds)}")
        if "conflicts" in kinds:
            tally.conflict_predicted += 1
            if "conflicts" in gold_kinds.get(pair, ()) or "conflicts" in group_kinds.get(
                between, ()
            ):
                tally.conflict_precise += 1


def score(split: str = "dev", stories: Sequence[Story] | None = None) -> Tally:
    """Score every story of ``split`` (``dev``, ``test`` or ``all``)."""
    tally = Tally()
    for story in stories if stories is not None else load_stories():
        if split in ("all", story.split):
            score_story(story, tally)
    return tally


def summary_line(split: str, tally: Tally) -> str:
    """The one-line summary the scorer prints last."""
    figures = " ".join(f"{k}={v:.2f}" for k, v in tally.summary().items())
    return f"stories split={split} articles={tally.articles} {figures}"
