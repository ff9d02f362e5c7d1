"""Seed 002, National Security News, October 2024: hedges become intervals.

"Up to 3,000", "at least 3,000", "about 10,000" and "more than 600,000" each
become an interval under an explicit, configurable ``HedgePolicy``.  The
article prints no date; seeds/metadata.json supplies one (23 October 2024,
inferred from the events it reports).

Run it from the top of the checkout: ``python examples/seed_002_national_security_news.py``.
"""

from pathlib import Path

import claimkit
from claimkit.demo import read_seed
from claimkit.table import claims_table

SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_623c6515edfe568c.txt"

article = read_seed(SEED)  # the text, plus its row of seeds/metadata.json
claims = claimkit.extract(article)

print(f"{article.source.publisher}, {article.source.published}\n{article.source.title}\n")
print(claims_table(claims))

# The same figures under a stricter reading of "about" and of "up to".
wide = claimkit.HedgePolicy(approximate_tolerance="0.10", upper_floor="0.5", name="wide")
print(f"\n{'hedged figure':<20} {'default policy':<18} wide policy")
for claim in claims:
    q = claim.quantity
    if q.hedge_text:
        default = claimkit.DEFAULT_POLICY.interval(q)
        print(f"{q.text:<20} {default!s:<18} {wide.interval(q)}")
