"""The day of a wire photo's credit: the last resort for dating a page.

Wire agencies caption their photos "PLACE, Month D, YYYY. AGENCY/Photographer"
(Reuters, AP and AFP style guides): the date is the day the photo was taken,
almost always the day of the story or the day before.  A date anywhere else in a
caption ("a video provided on Jan. 11, 2025 shows ...") is about the picture's
subject and never dates the page.
"""

from __future__ import annotations

import datetime as dt
import re

from claimkit.lexicon import furniture as lex
from claimkit.parsing._lines import names_year
from claimkit.parsing.dates import scan_dates

__all__ = ["wire_photo_day"]

_CREDIT = re.compile(
    rf"\.?\s*(?:{'|'.join(re.escape(w.upper()) for w, _ in lex.WIRE_AGENCIES)})\s*/",
)


def wire_photo_day(caption: str) -> dt.date | None:
    """The day right before a wire credit in a photo caption, or ``None``.

    >>> wire_photo_day("Women queue at a camp in Kerala, August 20, 2018. REUTERS/Amit Dave")
    datetime.date(2018, 8, 20)
    >>> wire_photo_day("This image, from a video provided on Jan. 11, 2025, shows troops./Office")
    """
    for mention in scan_dates(caption):
        rng = mention.range
        if mention.kind != "point" or rng is None or rng.start is None:
            continue
        if names_year(mention.text) and _CREDIT.match(caption, mention.span[1]):
            return rng.start
    return None
