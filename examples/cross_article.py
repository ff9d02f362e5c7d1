"""How many North Korean troops has North Korea sent to Russia, according to whom, and when?

Reads the five seed articles, keeps the claims that count North Korean troops
deployed, stationed or in training, and reconciles them: claims grouped by the
quantity they count, each group's consensus (low, best, high), and every
conflict, update, part/whole check and repeat with the reason for it.

Run it from the top of the checkout: ``python examples/cross_article.py``.
"""

import textwrap
from decimal import Decimal
from pathlib import Path

import claimkit
from claimkit.demo import is_troop_deployment, read_seeds, seed_options
from claimkit.model import format_number
from claimkit.reconcile import RelationKind, reconcile

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def who(claim: claimkit.Claim) -> str:
    """The attributor with the relay chain, the outlet and the date described."""
    name = claim.attributor.chain() if claim.attributor else "the outlet"
    return f"{name}; {claim.source.publisher or 'unknown outlet'}, {claim.when or 'undated'}"


def figure(value: Decimal | None) -> str:
    return "open" if value is None else format_number(value)


def bullet(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, 100, initial_indent=indent + "- ", subsequent_indent=indent + "  ")


claims = [claim for _, article in read_seeds(SEEDS) for claim in claimkit.extract(article)]
chosen = [claim for claim in claims if is_troop_deployment(claim)]
# seed_options() says which names are one source (Budanov heads Ukraine's HUR).
result = reconcile(chosen, options=seed_options())

print(f"{len(chosen)} of {len(claims)} claims count North Korean troops sent to Russia.\n")
print("Claims grouped by the quantity they count")
for number, group in enumerate(result.groups, 1):
    est = group.consensus
    print(textwrap.fill(f"\n[{number}] {group.key}", 100, subsequent_indent="    "))
    print(f"    consensus: low {figure(est.low)}, best {figure(est.best)}, high {figure(est.high)}")
    for claim in group.timeline:
        print(bullet(f"{claim.quantity.text} {claim.quantity.interval} ({who(claim)})", "    "))

SHOWN = (
    RelationKind.conflicts,
    RelationKind.updates,
    RelationKind.misquotes,
    RelationKind.part_of,
    RelationKind.exceeds_whole,
    RelationKind.repeats,
)
for kind in SHOWN:
    found = result.by_kind(kind)
    print(f"\n{kind.value} ({len(found)})")
    for relation in found:
        print(bullet(relation.reason))
print(f"\ncorroborates ({len(result.by_kind(RelationKind.corroborates))}): independent sources")
print("whose intervals share a value; `claimkit demo` lists them with their reasons.")
