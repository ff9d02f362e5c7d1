"""Abbreviations that end in a period without ending a sentence.

Titles, months, common Latin and corporate abbreviations, and state or country
abbreviations seen in wire copy.  Compared case-sensitively against the token
before a period; single capital letters (initials: "U.S.", "J.") are handled by
the splitter itself.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ABBREVIATIONS"]

ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    """Mr Mrs Ms Dr Prof Rep Sen Gen Lt Col Maj Capt Sgt Adm Cmdr Gov Pres Rev St Jr Sr
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs
    Fri Sat Sun No Nos Vol vs etc approx est Inc Corp Co Ltd Bros Dept Univ Ave Blvd
    Mt Ft Brig Gov Att Atty Supt Insp Cpl Pvt Fr Hon Amb Sec Min Messrs p pp e.g i.e
    a.m p.m U.S U.K U.N E.U D.C""".split()
)
