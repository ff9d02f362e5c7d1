"""The publication day a page's address spells out ("/2017/09/12/", "/20171003/",
"/27-Sep-2023/"), for pages that print no date of their own."""

from __future__ import annotations

import datetime as dt
import re

from claimkit.lexicon.time import MONTHS

__all__ = ["url_date"]

_MONTH_NUMBERS = {
    name: month.number
    for month in MONTHS
    for name in (month.name, *month.abbreviations)
    if name.isalpha()
}
_MONTH_NAMES = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))

_PATTERNS = (
    # /2017/09/12/ and /2017-09-12
    re.compile(
        r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[/-](?P<m>[01]?[0-9])[/-](?P<d>[0-3]?[0-9])(?![0-9])"
    ),
    # /20171003/ (a path segment of eight digits)
    re.compile(r"/(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])(?=/|$|[?#])"),
    # /2016/may/04/ (The Guardian)
    re.compile(
        rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})/(?P<mon>{_MONTH_NAMES})/(?P<d>[0-3]?[0-9])(?![0-9])",
        re.IGNORECASE,
    ),
    # /27-Sep-2023/
    re.compile(
        rf"(?<![0-9A-Za-z])(?P<d>[0-3]?[0-9])-(?P<mon>{_MONTH_NAMES})-(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])",
        re.IGNORECASE,
    ),
)


def url_date(url: str | None) -> dt.date | None:
    """The day in a page's address, or ``None`` when it spells out none.

    A year and month alone ("/2019/11/") give no day, so no date.

    >>> url_date("http://ktla.com/2017/09/07/equifax-says-breach/")
    datetime.date(2017, 9, 7)
    >>> url_date("http://www.pressreader.com/usa/usa-today/20171003/281947428054538")
    datetime.date(2017, 10, 3)
    >>> url_date("https://www.nation.com.pk/27-Sep-2023/fuel-depot-blast")
    datetime.date(2023, 9, 27)
    >>> url_date("https://www.theguardian.com/world/2016/may/04/canada-wildfire")
    datetime.date(2016, 5, 4)
    >>> url_date("https://example.com/2019/11/story") is None
    True
    """
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for pattern in _PATTERNS:
        for found in pattern.finditer(path):
            parts = found.groupdict()
            month = _MONTH_NUMBERS.get(parts["mon"].lower()) if parts.get("mon") else None
            try:
                return dt.date(int(parts["y"]), month or int(parts["m"]), int(parts["d"]))
            except (ValueError, TypeError):
                continue
    return None
