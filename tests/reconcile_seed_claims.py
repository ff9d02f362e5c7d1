"""The figures of the five seed articles, built by hand as a parser would give them.

Each claim's ``span`` points into its article (``seeds/*.txt``), so that
``text[span[0]:span[1]] == quantity.text`` holds; the spans are found in the files
at import, the rest (subject, attributor, dates) is written out by reading the
articles.  Choices a reader might make differently are noted next to the claim.

Publication dates: 000 (Korea JoongAng Daily) and 001 (UPI) carry theirs; 002
(National Security News) has none in the text and is dated 2024-10-23, the day
Austin spoke in Rome and Kirby gave the "at least 3,000" figure; 003 has neither
outlet nor date, so its claims carry only the "said on March 5" of its lead
(2025, from the photo caption) and the unattributed "Reports indicate" figure is
undated; 004 (AFP) is dated October 23, 2024.

``SEED_OPTIONS`` holds what a reader of these five articles knows and the rules
cannot: every place named here is in Russia, "South Korea's intelligence agency"
and "Seoul's National Intelligence Service" are one agency (NIS), and Ukraine's
defense intelligence agency and its representative are one source (HUR).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from claimkit import (
    DEFAULT_POLICY,
    Attributor,
    AttributorKind,
    Claim,
    ClaimDate,
    DateRange,
    Hedge,
    Quantity,
    Source,
    Subject,
)
from claimkit.reconcile import ReconcileOptions

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
P = DEFAULT_POLICY
K = AttributorKind

_FILES = {
    "000": "000_e15617222f3f52b0.txt",
    "001": "001_0b4af26139589a7e.txt",
    "002": "002_623c6515edfe568c.txt",
    "003": "003_c367de61af71798a.txt",
    "004": "004_c02cb47a3876a1ac.txt",
}
TEXTS = {key: (SEEDS / name).read_text(encoding="utf-8") for key, name in _FILES.items()}

SOURCES = {
    "000": Source(
        title="U.S. defense official confirms 2nd deployment of North Korean troops to "
        "Ukraine-Russia conflict",
        publisher="Korea JoongAng Daily",
        published=dt.date(2025, 3, 6),
        byline="Seo Ji-eun",
    ),
    "001": Source(
        title="North Korea has sent thousands of additional troops to Russia: S. Korean lawmaker",
        publisher="UPI",
        published=dt.date(2025, 3, 5),
        byline="Thomas Maresca",
    ),
    "002": Source(
        title="North Korea sends 3,000 troops to Russia to fight in Ukraine.",
        publisher="National Security News",
        published=dt.date(2024, 10, 23),
        byline="Sean Rayment",
    ),
    "003": Source(url="seeds/003_c367de61af71798a.txt"),
    "004": Source(
        title="U.S. Officials Confirm North Korea Sent Troops to Russia",
        publisher="AFP",
        published=dt.date(2024, 10, 23),
    ),
}


def _span(doc: str, text: str, anchor: str | None = None, nth: int = 0) -> tuple[int, int]:
    """The span of ``text`` in article ``doc``: its ``nth`` occurrence, or the one
    inside the first occurrence of ``anchor``."""
    body = TEXTS[doc]
    if anchor is not None:
        base = body.index(anchor)
        start = body.index(text, base)
    else:
        start = -1
        for _ in range(nth + 1):
            start = body.index(text, start + 1)
    return (start, start + len(text))


def _sentence(doc: str, span: tuple[int, int]) -> str:
    body = TEXTS[doc]
    left = max(body.rfind(". ", 0, span[0]) + 2, body.rfind("\n", 0, span[0]) + 1)
    found = re.search(r"[.!?][\"\u201d\u2019]?(?=\s|$)", body[span[1] :])
    right = span[1] + found.end() if found else len(body)
    return " ".join(body[left:right].split())


def _claim(
    doc: str,
    quantity: Quantity,
    subject: Subject,
    attributor: Attributor | None,
    *,
    said: dt.date | None = None,
    precision: str = "day",
    refers: DateRange | None = None,
    cue: str | None = "said",
    anchor: str | None = None,
    nth: int = 0,
    whole: tuple[int, int] | None = None,
) -> Claim:
    span = _span(doc, quantity.text, anchor, nth)
    return Claim(
        quantity=quantity,
        subject=subject,
        date=ClaimDate(said_on=said, said_precision=precision, refers_to=refers),
        attributor=attributor,
        source=SOURCES[doc],
        span=span,
        sentence=_sentence(doc, span),
        cue=cue,
        whole_span=whole,
    )


def _troops(
    role: str,
    *,
    text: str = "North Korean troops",
    place: str | None = None,
    qualifiers: tuple[str, ...] = (),
) -> Subject:
    head = text.split()[-1].lower() if text else ""
    return Subject(
        text=text,
        head=head,
        key="troops",
        role=role,
        place=place,
        actor="North Korean",
        qualifiers=qualifiers,
    )


# --- who -----------------------------------------------------------------------------------

HUR_REP = Attributor(
    name="a Ukrainian defense intelligence representative", kind=K.official_anonymous
)
HUR = Attributor(name="Ukraine's defense intelligence agency", kind=K.government)
YU = Attributor(
    name="Yu Yong-weon", kind=K.person, description="lawmaker of the People Power Party"
)
YU_CITING_HUR = Attributor(
    name="Yu Yong-weon", kind=K.person, description="a South Korean lawmaker", via=(HUR,)
)
YU_CITING_SOURCES = Attributor(
    name="Yu Yong-weon",
    kind=K.person,
    description="a South Korean lawmaker",
    via=(Attributor(name="Ukrainian intelligence sources", kind=K.official_anonymous),),
)
NIS_AFP = Attributor(name="South Korea's intelligence agency", kind=K.government)
NIS_NSN = Attributor(name="Seoul's National Intelligence Service", kind=K.government)
US_GOVERNMENT = Attributor(name="the United States government", kind=K.government)
KIRBY = Attributor(name="John Kirby", kind=K.person, description="White House spokesperson")
SK_GOVERNMENT = Attributor(name="The South Korean government", kind=K.government)
ZELENSKIY = Attributor(name="Volodymyr Zelenskiy", kind=K.person, description="Ukrainian President")
US_OFFICIALS = Attributor(name="U.S. officials", kind=K.official_anonymous)
US_SENIOR = Attributor(name="A senior U.S. official", kind=K.official_anonymous)
PARK = Attributor(name="Park Sun-won", kind=K.person, description="lawmaker")
UKRAINIAN_OFFICIALS = Attributor(name="Ukrainian officials", kind=K.official_anonymous)
REPORTS = Attributor(name="reports", kind=K.media, resolved=False)

FEB21 = dt.date(2025, 2, 21)
MAR5 = dt.date(2025, 3, 5)
OCT20 = dt.date(2024, 10, 20)  # "last week", said on Wednesday 23 October: week precision
OCT23 = dt.date(2024, 10, 23)
BY_DECEMBER = DateRange(end=dt.date(2024, 12, 31), precision="month", text="by December")

# --- 000 Korea JoongAng Daily, 2025-03-06 ---------------------------------------------------

JA_DEPLOYED_11000 = _claim(
    "000",
    P.quantity(11000, "approximately"),
    _troops("deployed", place="Kursk", qualifiers=("initially",)),
    HUR_REP,
    said=FEB21,
    cue="revealed",
)
JA_CASUALTIES_4000 = _claim(
    "000",
    P.quantity(4000, "around"),
    _troops("casualties", place="Kursk"),
    HUR_REP,
    said=FEB21,
    cue="revealed",
    whole=JA_DEPLOYED_11000.span,  # "around 4,000 of the approximately 11,000 ..."
)
JA_WAVE2_5000 = _claim(
    "000",
    P.quantity(5000, "around"),
    _troops("deployed", text="personnel", qualifiers=("second",)),  # "a second batch"
    YU,
    cue="reported",  # no date given: the claim is dated by publication
)
JA_STATIONED_1500 = _claim(
    "000",
    P.quantity(1500),
    _troops("stationed", text="", place="Kursk"),
    YU,
    cue="reported",
    anchor="Of these, 1,500",
    whole=JA_WAVE2_5000.span,
)
JA_TRAINING_3500 = _claim(
    "000",
    P.quantity(3500),
    _troops("training", text="", qualifiers=("remaining",)),
    YU,
    cue="reported",
    anchor="remaining 3,500",
    whole=JA_WAVE2_5000.span,
)

# --- 001 UPI, 2025-03-05 --------------------------------------------------------------------

UPI_TRAINING_3500 = _claim(
    "001",
    P.quantity(3500, "some"),
    _troops(
        "training",
        text="additional soldiers",
        place="Russia's Far East",
        qualifiers=("additional",),
    ),
    YU,
    said=MAR5,
)
UPI_DEPLOYED_12000 = _claim(
    "001",
    P.quantity(12000, "roughly"),
    # "sent roughly 12,000 troops to Russia in October": a parser that resolves
    # "in October" would set refers_to (see test_seed_refers_to_moves_the_figure)
    _troops("deployed", text="troops", place="Russia"),
    YU,
    said=MAR5,
)
UPI_WAVE2_1500 = _claim(
    "001",
    P.quantity(1500),
    _troops("deployed", text="soldiers", place="Kursk", qualifiers=("second",)),
    YU,
    said=MAR5,
    anchor="second wave of 1,500",
)
UPI_TRAINING_3500_QUOTE = _claim(
    "001",
    P.quantity(3500, "some"),
    _troops("training", text="North Korean soldiers", place="Russia's Far East"),
    YU,
    said=MAR5,
    nth=1,
)
UPI_KILLED_400 = _claim(
    "001",
    P.quantity(400, "approximately"),
    Subject(
        text="killed in action", head="killed", key="killed", role="killed", actor="North Korean"
    ),
    YU_CITING_HUR,
    said=MAR5,
    cue="quoted",
)
UPI_WOUNDED_3600 = _claim(
    "001",
    P.quantity(3600),
    Subject(text="injured", head="injured", key="wounded", role="wounded", actor="North Korean"),
    YU_CITING_HUR,
    said=MAR5,
    cue="quoted",
)
UPI_RETURNED_300 = _claim(
    "001",
    P.quantity(300),
    _troops("returned", text=""),
    YU_CITING_HUR,
    said=MAR5,
    cue="quoted",
    anchor="with 300 returned",
)
UPI_JOINT_63000 = _claim(
    "001",
    P.quantity(63000, "an estimated", text="An estimated 63,000"),
    Subject(
        text="Russian and North Korean troops",
        head="troops",
        key="troops",
        role="fighting",
        actor="Russian and North Korean",
        place="Kursk",
    ),
    UKRAINIAN_OFFICIALS,
    said=MAR5,
)

# --- 002 National Security News, 2024-10-23 (inferred) ----------------------------------------

NSN_HEADLINE_3000 = _claim(
    "002",
    P.quantity(3000),
    _troops("deployed", text="troops", place="Russia"),
    None,  # the outlet's own headline
    cue=None,
)
NSN_UP_TO_3000 = _claim(
    "002",
    P.quantity(3000, "up to", text="Up to 3,000"),
    _troops("deployed", place="Russia"),
    US_GOVERNMENT,
    cue="according to",
)
NSN_AT_LEAST_3000 = _claim(
    "002",
    P.quantity(3000, "at least"),
    # "are undergoing training at three military bases": a different role from "sent"
    _troops("training", place="eastern Russia"),
    KIRBY,
)
NSN_PROMISED_10000 = _claim(
    "002",
    P.quantity(10000, "about"),
    # "promised to provide": a pledge, not a count (the parser's role lexicon maps
    # "provide" to deployed; a planned role keeps pledges out of the counts)
    _troops("planned", text="troops"),
    SK_GOVERNMENT,
    refers=BY_DECEMBER,
)
NSN_ZELENSKIY_10000 = _claim(
    "002",
    P.quantity(10000),
    _troops("planned", text="soldiers", place="Russia"),
    ZELENSKIY,
    cue="accused",
    anchor="send 10,000",
)
NSN_NIS_1500 = _claim(
    "002",
    P.quantity(1500, "some"),
    _troops(
        "deployed",
        text="special forces personnel",
        place="Russia",
        qualifiers=("special forces",),
    ),
    NIS_NSN,
    said=OCT20,
    precision="week",
)
NSN_RUSSIAN_600000 = _claim(
    "002",
    P.quantity(600000, "more than"),
    Subject(
        text="killed or wounded troops",
        head="troops",
        key="troops",
        role="casualties",
        actor="Russian",
    ),
    US_OFFICIALS,
    cue="say",
)

# --- 003 no outlet, no date; "said on March 5" ----------------------------------------------

K3_WAVE2_1500 = _claim(
    "003",
    P.quantity(1500),
    _troops("deployed", text="troops", place="Kursk", qualifiers=("second",)),
    YU,
    said=MAR5,
)
K3_THIRD_3500 = _claim(
    "003",
    P.quantity(3500),
    _troops("planned", text="troops", qualifiers=("additional", "third")),  # "may send"
    YU_CITING_SOURCES,
    said=MAR5,
    cue="cited",
    anchor="additional 3,500",
)
K3_DEPLOYED_12000 = _claim(
    "003",
    P.quantity(12000),
    _troops("deployed", text="troops", qualifiers=("initial",)),
    YU,
    said=MAR5,
)
K3_CASUALTIES_4000 = _claim(
    "003",
    P.quantity(4000, "about"),
    _troops("casualties", text="them"),
    REPORTS,
    cue="indicate",
)
K3_TRAINING_3500 = _claim(
    "003",
    P.quantity(3500, "some", text="Some 3,500"),
    _troops("training", place="Russia's Far East"),
    YU,
    said=MAR5,
)

# --- 004 AFP, 2024-10-23 ----------------------------------------------------------------------

AFP_THOUSANDS = _claim(
    "004",
    Quantity(
        low=2000,
        high=10000,
        high_closed=False,
        hedge=Hedge.vague,
        hedge_text="thousands",
        text="thousands",
    ),
    _troops("deployed", text="North Korean soldiers", place="Russia"),
    US_SENIOR,
    said=OCT23,
    cue="confirmed",
)
AFP_NIS_1500 = _claim(
    "004",
    P.quantity(1500),
    _troops(
        "deployed",
        text="special forces soldiers",
        place="Vladivostok",
        qualifiers=("initial", "special forces"),
    ),
    NIS_AFP,
    said=OCT20,
    precision="week",
    anchor="contingent of 1,500",
)
AFP_NIS_ADDITIONAL_1500 = _claim(
    "004",
    P.quantity(1500),
    _troops("deployed", text="troops", qualifiers=("additional",)),
    NIS_AFP,
    said=OCT23,
    cue="told",
    anchor="additional 1,500",
)
AFP_PARK_10000 = _claim(
    "004",
    P.quantity(10000, "about"),
    _troops("planned", text="troops", place="Russia"),  # "The planned deployment"
    PARK,
    said=OCT23,
    refers=BY_DECEMBER,
    cue="told",
)

SEED_CLAIMS: tuple[Claim, ...] = tuple(
    value for name, value in sorted(globals().items()) if isinstance(value, Claim)
)

SEED_OPTIONS = ReconcileOptions(
    place_aliases={
        "Kursk": "Russia",
        "Vladivostok": "Russia",
        "Russia's Far East": "Russia",
        "eastern Russia": "Russia",
    },
    source_aliases={
        "South Korea's intelligence agency": "NIS",
        "Seoul's National Intelligence Service": "NIS",
        "a Ukrainian defense intelligence representative": "HUR",
        "Ukraine's defense intelligence agency": "HUR",
    },
)


def name_of(claim: Claim) -> str:
    """The module-level name of a seed claim (for readable test ids)."""
    for name, value in globals().items():
        if value is claim:
            return name
    raise KeyError(claim)
