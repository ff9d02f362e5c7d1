"""Page furniture: the words that mark lines of a news page as not the article.

Entries come from reading saved pages of wire services (AP, Reuters, AFP, UPI,
Yonhap), broadsheets and regional sites (BBC, Korea JoongAng Daily, Space Media
Network, WordPress news themes): the labels their templates put around an article
body.  All phrases are lower case and matched case-insensitively against a whole
line (``MARKERS``, ``NAVIGATION``) or its start (``*_PREFIXES``).

Fields:

* :class:`Marker` ``phrase``; ``reason`` recorded for what it skips; ``scope``:
  ``"inline"`` skips the headline-like lines right after it ("Related Article"
  boxes inside a story), ``"end"`` ends the body, which resumes only if two full
  prose paragraphs follow ("Related Stories", "More in North Korea"), ``"final"``
  ends the body for good (copyright, author bio, comments); ``prefix`` means the
  line may continue after the phrase ("More in North Korea", "tags North Korea").
* ``WIRE_AGENCIES``: agencies that appear in datelines and bylines, as
  ``(written form, publisher name)``.
* ``WRAP_WORDS``: words a sentence cannot end on; a text line ending in one was
  hard-wrapped and goes on in the next line.
* ``OUTLET_WORDS``: last words of newspaper and site names ("Daily", "Times");
  a short Title Case line ending in one is a site-name candidate.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "BIO_VERBS",
    "CAPTION_PREFIXES",
    "CREDIT_WORDS",
    "DATE_FILLER",
    "DATE_LABELS",
    "MARKERS",
    "NAVIGATION",
    "NAVIGATION_PREFIXES",
    "NOT_DATELINE_WORDS",
    "OUTLET_WORDS",
    "SOCIAL",
    "TEASER_ENDINGS",
    "WIRE_AGENCIES",
    "WRAP_WORDS",
    "Marker",
]


class Marker(NamedTuple):
    """A line that opens a block of furniture."""

    phrase: str
    reason: str
    scope: str
    prefix: bool = False


def _m(phrase: str, reason: str, scope: str, prefix: bool = False) -> Marker:
    return Marker(phrase, reason, scope, prefix)


MARKERS: tuple[Marker, ...] = (
    # inline boxes: one linked headline, then the story goes on
    _m("related article", "related", "inline"),
    _m("related", "related", "inline"),
    _m("read more", "related", "inline", prefix=True),
    _m("read also", "related", "inline", prefix=True),
    _m("also read", "related", "inline", prefix=True),
    _m("see also", "related", "inline", prefix=True),
    _m("recommended", "related", "inline"),
    _m("more:", "related", "inline", prefix=True),
    # lists of other stories after the body
    _m("related stories", "related", "end"),
    _m("related articles", "related", "end"),
    _m("related links", "related", "end"),
    _m("related content", "related", "end"),
    _m("related topics", "related", "end"),
    _m("related news", "related", "end"),
    _m("related coverage", "related", "end"),
    _m("more in", "related", "end", prefix=True),
    _m("more from", "related", "end", prefix=True),
    _m("more on this story", "related", "end"),
    _m("more stories", "related", "end"),
    _m("more news", "related", "end"),
    _m("latest news", "related", "end"),
    _m("latest stories", "related", "end"),
    _m("most read", "related", "end"),
    _m("most popular", "related", "end"),
    _m("most viewed", "related", "end"),
    _m("top stories", "related", "end"),
    _m("trending", "related", "end"),
    _m("trending now", "related", "end"),
    _m("editor's picks", "related", "end"),
    _m("you may also like", "related", "end"),
    _m("you might also like", "related", "end"),
    _m("you may be interested in", "related", "end"),
    _m("what to read next", "related", "end"),
    _m("further reading", "related", "end"),
    _m("explore more on these topics", "related", "end"),
    _m("explore more", "related", "end", prefix=True),
    _m("recommended stories", "related", "end"),
    _m("tags", "tags", "end", prefix=True),
    _m("tagged", "tags", "end", prefix=True),
    _m("topics", "tags", "end", prefix=True),
    _m("filed under", "tags", "end", prefix=True),
    _m("keywords", "tags", "end", prefix=True),
    _m("reporting by", "credits", "end", prefix=True),
    _m("additional reporting by", "credits", "end", prefix=True),
    _m("editing by", "credits", "end", prefix=True),
    _m("writing by", "credits", "end", prefix=True),
    _m("compiled by", "credits", "end", prefix=True),
    # the end of the page
    _m("author", "author bio", "final"),
    _m("about the author", "author bio", "final"),
    _m("about the authors", "author bio", "final"),
    _m("comments", "comments", "final"),
    _m("leave a comment", "comments", "final"),
    _m("leave a reply", "comments", "final"),
    _m("post a comment", "comments", "final"),
    _m("join the conversation", "comments", "final"),
    _m("to write comments", "comments", "final", prefix=True),
    _m("our standards", "copyright", "final", prefix=True),
)

#: Whole short lines that are page chrome.
NAVIGATION: tuple[str, ...] = (
    "home",
    "menu",
    "search",
    "print",
    "share",
    "email",
    "tweet",
    "advertisement",
    "sponsored",
    "sponsored content",
    "skip to content",
    "skip to main content",
    "listen",
    "listen to this article",
    "copy link",
    "link copied",
    "back to top",
    "close",
    "view all posts",
    "view comments",
    "show comments",
    "load more",
    "next article",
    "previous article",
    "next story",
    "open in app",
    "follow us",
    "newsletter",
    "scroll to continue",
    "reuse this content",
    "save",
)

#: Starts of short lines (no final full stop) that are page chrome.
NAVIGATION_PREFIXES: tuple[str, ...] = (
    "share this",
    "share on",
    "share via",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "login",
    "register",
    "follow us",
    "follow on",
    "download the",
    "get the app",
    "click here",
    "print ",
    "home >",
    "home /",
    "home »",
    "advertisement",
    "story continues",
    "continue reading",
    "view all",
    "see all",
    "image source",
    "media caption",
)

#: Share-bar words: a line made only of these is navigation.
SOCIAL: tuple[str, ...] = (
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "email",
    "print",
    "copy",
    "link",
    "share",
    "tweet",
    "pinterest",
    "messenger",
)

#: Labels in front of a publication date ("Published: 06 Mar. 2025, 17:42").
#: ``True`` marks a label for the first publication, preferred over an update.
DATE_LABELS: tuple[tuple[str, bool], ...] = (
    ("published", True),
    ("first published", True),
    ("posted", True),
    ("date", True),
    ("released", True),
    ("updated", False),
    ("last updated", False),
    ("modified", False),
    ("last modified", False),
)

#: Words that open a paragraph before a dash or colon without being the place
#: of a dateline ("UPDATE: ...", "Watch - ...", "Police: ...").
NOT_DATELINE_WORDS: tuple[str, ...] = (
    "update",
    "updates",
    "breaking",
    "related",
    "watch",
    "listen",
    "read",
    "note",
    "editor's",
    "editor’s",
    "exclusive",
    "analysis",
    "opinion",
    "comment",
    "live",
    "video",
    "photos",
    "explainer",
    "correction",
    "police",
    "officials",
    "report",
    "sources",
    "the",
    "a",
    "an",
    "by",
)

#: Other words a date line may hold ("Updated 2 hours ago", "17:42 | Posted at").
DATE_FILLER: tuple[str, ...] = (
    "at",
    "on",
    "am",
    "pm",
    "ago",
    "min",
    "mins",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
)

#: Starts of photo captions.
CAPTION_PREFIXES: tuple[str, ...] = (
    "this image",
    "this photo",
    "this picture",
    "this handout",
    "this undated",
    "this screen grab",
    "this screengrab",
    "this video grab",
    "in this photo",
    "in this image",
    "in this file photo",
    "in this handout",
    "a handout photo",
    "a handout picture",
    "file photo",
    "file -",
    "image caption",
    "photo:",
    "picture:",
    "caption:",
)

#: Words that make a bracketed or trailing credit a photo credit.
CREDIT_WORDS: tuple[str, ...] = (
    "ap photo",
    "photo",
    "photograph",
    "image",
    "picture",
    "credit",
    "courtesy",
    "getty images",
    "shutterstock",
    "handout",
    "screen capture",
    "screenshot",
    "cc by",
    "cc0",
    "wikimedia",
)

#: Endings of teaser paragraphs in story lists.
TEASER_ENDINGS: tuple[str, ...] = ("read more", "continue reading", "full story", "more »")

WIRE_AGENCIES: tuple[tuple[str, str], ...] = (
    ("AFP", "AFP"),
    ("AP", "AP"),
    ("Associated Press", "AP"),
    ("ANI", "ANI"),
    ("ANSA", "ANSA"),
    ("Bernama", "Bernama"),
    ("Bloomberg", "Bloomberg"),
    ("dpa", "dpa"),
    ("DPA", "dpa"),
    ("EFE", "EFE"),
    ("IANS", "IANS"),
    ("Interfax", "Interfax"),
    ("KCNA", "KCNA"),
    ("Kyodo", "Kyodo"),
    ("PA", "PA"),
    ("PTI", "PTI"),
    ("Reuters", "Reuters"),
    ("TASS", "TASS"),
    ("UPI", "UPI"),
    ("Xinhua", "Xinhua"),
    ("Yonhap", "Yonhap"),
    ("CNA", "CNA"),
    ("Anadolu", "Anadolu"),
    ("Ukrinform", "Ukrinform"),
    ("RIA Novosti", "RIA Novosti"),
)

OUTLET_WORDS: tuple[str, ...] = (
    "daily",
    "news",
    "times",
    "post",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "telegraph",
    "guardian",
    "observer",
    "chronicle",
    "express",
    "mail",
    "press",
    "monitor",
    "review",
    "today",
    "weekly",
    "standard",
    "independent",
    "inquirer",
    "courier",
    "star",
    "sun",
    "mirror",
    "insider",
    "wire",
    "report",
    "register",
    "bulletin",
    "examiner",
    "dispatch",
    "agency",
    "network",
    "online",
    "magazine",
    "economist",
)

#: Verbs that follow an author's name at the start of a bio ("Sean Rayment is ...").
BIO_VERBS: tuple[str, ...] = ("is", "was", "has", "covers", "writes", "reports", "joined")

#: Words a sentence cannot end on (articles, prepositions, conjunctions, auxiliaries).
WRAP_WORDS: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "and",
    "or",
    "but",
    "nor",
    "that",
    "which",
    "who",
    "whose",
    "as",
    "than",
    "if",
    "while",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
)
