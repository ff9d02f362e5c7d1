"""Seed 004, AFP, 23 October 2024: vague counts, deadlines, and what was skipped.

"thousands of DPRK troops" is a vague count with a policy-defined interval;
"about 10,000 ... by December" refers to a time other than when it was said
(``ClaimDate.refers_to``).  Numbers the parser read but did not make claims
(dates, captions, years) are reported in ``Extraction.skipped`` with a reason.

Run it from the top of the checkout: ``python examples/seed_004_afp.py``.
"""

from pathlib import Path

import claimkit
from claimkit.demo import read_seed
from claimkit.table import claims_table

SEED = Path(__file__).resolve().parent.parent / "seeds" / "004_c02cb47a3876a1ac.txt"

article = read_seed(SEED)  # the text, plus its row of seeds/metadata.json
claims = claimkit.extract(article)

print(f"{article.source.publisher}, {article.source.published}\n{article.source.title}\n")
print(claims_table(claims))

print("\nWhen each figure was said, and the time it describes:")
for claim in claims:
    refers = claim.date.refers_to
    about = f"{refers.text} (to {refers.end})" if refers is not None else "-"
    how = claim.date.said_from.value if claim.date.said_from is not None else "unknown"
    said = f"{claim.date.said_on or '?'} ({how})"
    print(f"  {claim.quantity.text:<14} said {said}; describes {about}")

print("\nRead but not made claims:")
for skipped in claims.skipped:
    print(f"  {skipped.reason:<10} {skipped.text[:70]}")
