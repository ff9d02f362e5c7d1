"""What a paragraph looks like: caption, teaser, heading, title, site name, prose.

Shape tests on one paragraph's text, used by :mod:`claimkit.parsing.article` to
decide where it belongs.  Word counts and markers come from
:mod:`claimkit.lexicon.furniture`; thresholds are named below with the reason for
each.
"""

from __future__ import annotations

import re

from claimkit.lexicon import furniture as lex
from claimkit.parsing._alternation import alternation
from claimkit.parsing._lines import Para, ends_terminal, words

__all__ = [
    "PIPED",
    "bio_name",
    "caption",
    "heading",
    "linked_headline",
    "norm",
    "prose",
    "site_name",
    "teaser",
    "title_like",
]

START_WORDS = 16  # a body starts with a sentence at least this long (headlines are shorter)
SHORT_HEADING = 12  # unpunctuated paragraphs this short are headings
HEADING_WORDS = 20  # longer unpunctuated paragraphs are prose that lost its full stop
INLINE_WORDS = 25  # longest linked headline after an inline "Related" marker


def norm(text: str) -> str:
    """Whitespace collapsed to single spaces, for comparing paragraphs.

    >>> norm(" Troops\\nto  Russia ")
    'Troops to Russia'
    """
    return " ".join(text.split())


_CREDITS = alternation(lex.CREDIT_WORDS)
CAPTION_END = re.compile(
    rf"""(?:\[[^\[\]a-z]{{2,60}}\]                                   # [SCREEN CAPTURE], [YONHAP]
         |\((?i:{_CREDITS})[^()]{{0,60}}\)                # (CC BY-SA 2.0), (AP Photo)
         |[.!?\u201d"][ ]?/[ ]?[A-Z][^/.!?]{{2,60}}                 # ./Press Office
         |\b[A-Z]{{2,12}}/[A-Z][\w .'-]{{1,40}})$                    # REUTERS/Kim Hong-Ji
    """,
    re.VERBOSE,
)


def caption(text: str) -> bool:
    """Whether a paragraph is a photo caption: a caption opening or a credit at the end.

    >>> caption("Five men stand outside a building. [SCREEN CAPTURE]")
    True
    >>> caption("North Korean soldiers. Uwe Brodrecht (CC BY-SA 2.0)")
    True
    >>> caption("The NIS said Wednesday that troops were training.")
    False
    """
    lower = norm(text).lower()
    if any(lower.startswith(p) for p in lex.CAPTION_PREFIXES):
        return True
    return bool(CAPTION_END.search(text.rstrip()))


def teaser(text: str) -> bool:
    """Whether a paragraph is a story-list teaser ending in "read more".

    >>> teaser("North Korea has halted international trips ... read more")
    True
    """
    lower = norm(text).lower().rstrip(".\u2026 ")
    return any(lower.endswith(e) for e in lex.TEASER_ENDINGS)


def heading(text: str) -> bool:
    """A short line without final punctuation: a crosshead or a stray headline.

    Up to 12 words always; up to 20 when at least half the words are capitalised
    (Title Case); longer unpunctuated paragraphs are prose that lost its full stop.

    >>> heading("Politics and diplomacy"), heading("The claim could not be verified.")
    (True, False)
    """
    if ends_terminal(text):
        return False
    count = words(text)
    capitals = sum(w[:1].isupper() for w in text.split())
    return count <= SHORT_HEADING or (count <= HEADING_WORDS and 2 * capitals >= count)


def linked_headline(text: str) -> bool:
    """Whether a paragraph can be the linked headline after a "Related Article" marker.

    >>> linked_headline("North Korea's military personnel in Russia expected to hit 5,000")
    True
    """
    return not ends_terminal(text) and words(text) <= INLINE_WORDS


#: "Headline | Site", as printed from an HTML ``<title>``.
PIPED = re.compile(r"(?P<head>\S.{8,}?)[ ]{1,3}\|[ ]{1,3}(?P<site>[^|]{2,60})")


def prose(para: Para, seen: set[str]) -> bool:
    """Whether a paragraph is full prose that can open (or reopen) the body.

    Not furniture, ends like a sentence, at least 16 words, not a caption, a teaser or
    a repeat of a paragraph in ``seen``.

    >>> from claimkit.parsing._lines import paragraphs
    >>> prose(paragraphs("Officials said " + "many " * 14 + "people left.")[0], set())
    True
    """
    return (
        para.info is None
        and ends_terminal(para.text)
        and words(para.text) >= START_WORDS
        and not caption(para.text)
        and not teaser(para.text)
        and norm(para.text) not in seen
    )


def title_like(text: str) -> bool:
    """Whether a header line can be the title: two words or more, not a short
    all-capitals section label.

    >>> title_like("NUKEWARS"), title_like("Troops to Russia")
    (False, True)
    """
    letters = [c for c in text if c.isalpha()]
    all_caps_label = bool(letters) and all(c.isupper() for c in letters) and words(text) <= 3
    return words(text) >= 2 and not all_caps_label


def site_name(text: str, page: str) -> bool:
    """Whether a header line names the site: a short Title Case name ending in an
    outlet word ("Daily", "News"), printed more than once on the page or starting
    with "The".

    >>> site_name("Korea JoongAng Daily", "Korea JoongAng Daily ... the Korea JoongAng Daily")
    True
    >>> site_name("Russian News", "Russian News ...")
    False
    """
    parts = text.split()
    if not 1 < len(parts) <= 6 or ends_terminal(text):
        return False
    if not all(p[:1].isupper() or not p[:1].isalpha() for p in parts):
        return False
    if parts[-1].lower() not in lex.OUTLET_WORDS:
        return False
    return parts[0] == "The" or page.count(norm(text)) > 1


_NAME_WORD = r"[A-Z][\w'\u2019.-]{0,30}"
_BIO = re.compile(
    rf"""[\s\u2022\u00b7*\u2013-]{{0,6}}                 # bullets before the bio
        (?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}})  # two to four capitalised words
        [ ,]{{1,2}}(?:{"|".join(lex.BIO_VERBS)})\b        # "is", "has", "writes", ...
    """,
    re.VERBOSE,
)


def bio_name(text: str) -> str | None:
    """The author's name at the start of an author bio.

    >>> bio_name("  \u2022 Sean Rayment is the Defence and Security Editor")
    'Sean Rayment'
    """
    found = _BIO.match(text)
    return found.group("name") if found else None
