"""Seed 001, UPI, 5 March 2025: who said it, and whom they were citing.

A South Korean lawmaker, Yu Yong-weon, relays a briefing from Ukraine's
military intelligence chief, Kyrylo Budanov.  Each claim keeps the relay chain
(``Attributor.chain()``) and its original source (``Attributor.original``), so
that reconciliation does not count one voice twice.

Run it from the top of the checkout: ``python examples/seed_001_upi.py``.
"""

from pathlib import Path

import claimkit
from claimkit.demo import read_seed
from claimkit.table import claims_table

SEED = Path(__file__).resolve().parent.parent / "seeds" / "001_0b4af26139589a7e.txt"

article = read_seed(SEED)  # the text, plus its row of seeds/metadata.json
claims = claimkit.extract(article)

print(f"{article.source.publisher}, {article.source.published}\n{article.source.title}\n")
print(claims_table(claims))

print("\nWho said it, and whom they cite:")
for claim in claims:
    if claim.attributor is not None and claim.attributor.via:
        who = claim.attributor
        print(f"  {claim.quantity.text:<20} {who.name} (original source: {who.original.name})")
