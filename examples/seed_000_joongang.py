"""Seed 000, Korea JoongAng Daily, 6 March 2025: parts of a stated whole.

"a second batch ... totaling 'around 5,000 personnel.' Of these, 1,500 have
already been stationed near Kursk, while the remaining 3,500 are undergoing
local adaptation training."  The parser links each part to the figure it is a
part of (``Claim.whole_span``), so reconciliation can check that the parts fit.

Run it from the top of the checkout: ``python examples/seed_000_joongang.py``.
"""

from pathlib import Path

import claimkit
from claimkit.demo import read_seed
from claimkit.table import claims_table

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_e15617222f3f52b0.txt"

article = read_seed(SEED)  # the text, plus its row of seeds/metadata.json
claims = claimkit.extract(article)

print(f"{article.source.publisher}, {article.source.published}\n{article.source.title}\n")
print(claims_table(claims))

print("\nParts of a stated whole:")
for claim in claims:
    if claim.whole_span is not None:
        whole = article.text[slice(*claim.whole_span)]
        print(f"  {claim.quantity.text} {claim.subject.role} is part of {whole}")
