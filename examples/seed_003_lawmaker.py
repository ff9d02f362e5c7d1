"""Seed 003, March 2025: an article with no masthead, title or date.

The parser reads what it can from the text alone.  Without a publication date,
"said on March 5" has no year, so no claim knows when it was said; the
metadata file's date (the earliest the article can have been published) fixes
that.  Units other than head counts (km, kg, hours) come through as they are.

Run it from the top of the checkout: ``python examples/seed_003_lawmaker.py``.
"""

from pathlib import Path

import claimkit
from claimkit.demo import read_seed
from claimkit.table import claims_table

SEED = Path(__file__).resolve().parent.parent / "seeds" / "003_c367de61af71798a.txt"

bare = claimkit.extract(SEED.read_text(encoding="utf-8"))  # the text alone
dated = claimkit.extract(read_seed(SEED))  # the text plus seeds/metadata.json

known = sum(1 for claim in bare if claim.date.said_on is not None)
print(f"Text alone: {len(bare)} claims, {known} with a date said.")
print(f"With metadata (published {dated.article.source.published}):")
print(claims_table(dated))

print("\nUnits other than head counts:")
for claim in dated:
    if claim.quantity.unit != "count":
        print(f"  {claim.quantity.text:<12} unit={claim.quantity.unit}")
