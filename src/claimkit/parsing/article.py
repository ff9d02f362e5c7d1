"""Read a saved news page: metadata (title, publisher, date, byline) and body paragraphs.

The page is cut into paragraphs (:mod:`claimkit.parsing._lines`, which rejoins
hard-wrapped lines) and read top to bottom in three regions:

* **header**, before the first full prose paragraph (at least 16 words, ending like a
  sentence, not a caption): title, site name, navigation, byline, dateline, date.
  The title is the header line printed twice, else the longest header line.
* **body**: prose paragraphs.  Dropped on the way: captions (ending in an upper-case
  "[CREDIT]", a "(CC BY ...)" licence or "./Credit", or starting "This image ..."; a
  paragraph printed twice in a row is an image caption too), repeats of earlier
  paragraphs, short lines without final punctuation (headings and inline "Related
  Article" links), navigation ("Advertisement", "Share this article").
* **after the body**: a related-stories marker ("Related Stories", "More in ..."), a
  closing byline or a tags line ends the body; it resumes only when two full prose
  paragraphs follow.  Copyright, "Author" and comment markers end it for good.

Offsets always refer to the original text; nothing is rewritten.  Every non-blank
character of the page is in exactly one body paragraph or one :class:`Skipped` span.
"""

from __future__ import annotations

import datetime as dt

import attrs

from claimkit.errors import ParseError
from claimkit.lexicon import furniture as lex
from claimkit.model import Source
from claimkit.parsing._dates import parse_date
from claimkit.parsing._lines import (
    Info,
    Para,
    classify,
    date_stamp,
    dateline,
    ends_terminal,
    paragraphs,
)
from claimkit.parsing._shapes import (
    PIPED,
    bio_name,
    caption,
    heading,
    linked_headline,
    norm,
    prose,
    site_name,
    teaser,
    title_like,
)
from claimkit.parsing._urls import url_date
from claimkit.parsing._wire import wire_photo_day

__all__ = ["Article", "Skipped", "read_article"]

_AGENCIES = dict(lex.WIRE_AGENCIES)


@attrs.frozen(kw_only=True)
class Skipped:
    """A span of the page left out of the body, and why ("caption", "related", ...)."""

    span: tuple[int, int]
    reason: str


@attrs.frozen(kw_only=True)
class Article:
    """A news page split into metadata and body.

    Attributes:
        text: the page exactly as given.
        source: title, publisher, publication date, byline and URL.
        paragraphs: ``(start, end)`` spans in :attr:`text` of the body paragraphs, in
            order; a span may hold newlines where a paragraph was hard-wrapped.
        skipped: the furniture left out, in order.
    """

    text: str
    source: Source
    paragraphs: tuple[tuple[int, int], ...]
    skipped: tuple[Skipped, ...]

    @property
    def paragraph_texts(self) -> tuple[str, ...]:
        """The body paragraphs as strings."""
        return tuple(self.text[start:end] for start, end in self.paragraphs)

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines, for display only."""
        return "\n\n".join(self.paragraph_texts)


def _split_stamp(paras: list[Para]) -> list[Para]:
    """A page that opens with a date stamp glued to its first line ("date
    2019-10-27 At least 80,000 attend march ..."): the stamp becomes a date line
    of its own, and the rest is read as the line it is."""
    if not paras or paras[0].info is not None:
        return paras
    first = paras[0]
    stamp = date_stamp(first.text)
    if stamp is None:
        return paras
    cut, day = stamp
    head = Para(
        first.start, first.start + cut, first.text[:cut], Info("published", "published", date=day)
    )
    rest = first.text[cut:]
    return [head, Para(first.start + cut, first.end, rest, classify(rest)), *paras[1:]]


class _Reader:
    """One pass over the paragraphs of a page, collecting body, skips and metadata."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paras = _split_stamp(paragraphs(text))
        self.body: list[tuple[int, int]] = []
        self.skipped: list[Skipped] = []
        self.photo_day: dt.date | None = None  # a wire photo's dated credit
        self.title: str | None = None
        self.site: str | None = None
        self.agency: str | None = None  # from a dateline
        self.dates: list[tuple[int, int, dt.date]] = []  # (priority, position, date)
        self.bylines: list[str] = []
        self.holder: str | None = None
        self.bio: str | None = None

    def skip(self, para: Para, reason: str) -> None:
        self.skipped.append(Skipped(span=(para.start, para.end), reason=reason))

    def run(self) -> None:
        norms = [norm(p.text) for p in self.paras]
        start = next((i for i, p in enumerate(self.paras) if prose(p, set())), None)
        if start is None:
            start = next(
                (i for i, p in enumerate(self.paras) if p.info is None and ends_terminal(p.text)),
                len(self.paras),
            )
        self.header(self.paras[:start], norms)
        self.walk(start, norms)

    def note(self, para: Para, index: int, *, header: bool) -> None:
        """Collect the metadata a furniture line carries."""
        info = para.info
        if info is None:
            return
        if info.kind == "dateline":
            self.agency = self.agency or info.agency
            if info.date:
                self.dates.append((1, index, info.date))
        elif info.kind == "published" and info.date:
            priority = 0 if info.first and header else 2 if info.first else 3
            self.dates.append((priority, index, info.date))
        if info.kind in ("byline", "published") and info.name:
            self.bylines.append(info.name)
        if info.kind == "copyright":
            self.holder = self.holder or info.name

    def header(self, paras: list[Para], norms: list[str]) -> None:
        for i, para in enumerate(paras):
            if para.info is None and self.site is None and site_name(para.text, self.text):
                self.site = norms[i]
        texts = [
            norms[i]
            for i, p in enumerate(paras)
            if p.info is None
            and not caption(p.text)
            and norms[i] != self.site
            and title_like(norms[i])
        ]
        repeated = [t for t in texts if texts.count(t) > 1]
        piped = [found for t in texts if (found := PIPED.match(t))]
        chosen = None
        if repeated:
            chosen = repeated[0]
        elif piped:  # "Headline | Site", as in an HTML <title>
            chosen = piped[0].group()
            self.title = piped[0].group("head")
            self.site = self.site or piped[0].group("site")
        elif texts:
            chosen = max(texts, key=len)
        self.title = self.title or chosen
        for i, para in enumerate(paras):
            self.note(para, i, header=True)
            if para.info is not None:
                self.skip(para, para.info.reason)
            elif norms[i] == chosen:
                self.skip(para, "title")
            elif norms[i] == self.site:
                self.skip(para, "site name")
            else:
                self.skip(para, "caption" if caption(para.text) else "header")
                if caption(para.text):
                    self.photo_day = self.photo_day or wire_photo_day(para.text)

    def walk(self, start: int, norms: list[str]) -> None:
        seen = set(norms[:start])
        state, region, inline = "body", "related", False
        for i in range(start, len(self.paras)):
            para, norm = self.paras[i], norms[i]
            info = para.info
            if state == "final":
                if info is not None and info.kind == "copyright":
                    self.holder = self.holder or info.name
                if self.bio is None and region == "author bio" and info is None:
                    self.bio = bio_name(para.text)
                keep = info is not None and info.kind in ("copyright", "navigation")
                self.skip(para, info.reason if keep and info else region)
                continue
            if info is not None:
                if state == "body" or info.kind in ("copyright", "published"):
                    self.note(para, i, header=False)
                self.skip(para, info.reason)
                if info.kind == "copyright" or (info.marker and info.marker.scope == "final"):
                    state, region = "final", info.reason
                elif info.marker and info.marker.scope == "end":
                    state = "after"
                elif info.marker:
                    inline = True
                elif info.kind == "byline" and self.body:
                    state = "after"
                continue
            if state == "after":
                nxt = self.paras[i + 1] if i + 1 < len(self.paras) else None
                if not (prose(para, seen) and nxt is not None and prose(nxt, seen)):
                    self.skip(para, region)
                    seen.add(norm)
                    continue
                state = "body"
            if caption(para.text) or (i + 1 < len(norms) and norms[i + 1] == norm):
                self.skip(para, "caption")
                self.photo_day = self.photo_day or wire_photo_day(para.text)
            elif norm in seen:
                self.skip(para, "duplicate")
            elif teaser(para.text) or (inline and linked_headline(para.text)):
                self.skip(para, "related")
            elif heading(para.text):
                self.skip(para, "heading")
            else:
                self.keep(para, first=not self.body)
                inline = False
            seen.add(norm)

    def keep(self, para: Para, *, first: bool) -> None:
        begin = para.start
        line = dateline(para.text) if first else None
        if line is not None and line[0] < len(para.text):
            end, agency, day = line
            self.skipped.append(Skipped(span=(para.start, para.start + end), reason="dateline"))
            begin = para.start + end
            self.agency = self.agency or agency
            if day:
                self.dates.append((1, -1, day))
        self.body.append((begin, para.end))

    def source(self) -> Source:
        publisher = self.agency or self.site
        byline = self.bylines[0] if self.bylines else self.bio
        if publisher is None and byline in _AGENCIES:
            publisher = _AGENCIES[byline]
        return Source(
            title=self.title,
            publisher=publisher or self.holder,
            published=min(self.dates)[2] if self.dates else None,
            byline=byline,
        )


def _published(value: dt.date | str | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    raise ParseError(repr(value), (0, 0), "published must be a date, a str or None")


def _text_argument(name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ParseError(repr(value), (0, 0), f"{name} must be a str or None")


def read_article(
    text: str,
    *,
    published: dt.date | str | None = None,
    publisher: str | None = None,
    title: str | None = None,
    url: str | None = None,
    byline: str | None = None,
) -> Article:
    """Split a saved news page into metadata and body paragraphs.

    Never raises on a ``str`` page: whatever it cannot place it skips, with a
    reason.  Explicit arguments override what the page says.

    Args:
        text: the page text, as saved (navigation, captions and all).
        published: publication date, as a date or a string such as ``"2025-03-05"``.
        publisher: the outlet; otherwise the dateline's agency ("(UPI)"), a site-name
            line ("Korea JoongAng Daily"), a wire-agency byline ("By AFP") or the
            copyright holder, in that order.
        title: the headline; otherwise read from the header.
        url: where the page came from; a day in it ("/2017/09/12/") dates a page
            that prints no date of its own.  Failing both, a wire photo's dated
            credit does ("Kochi, India, August 20, 2018. REUTERS/Amit Dave").
        byline: the author; otherwise a "By ..." line or the "Author" bio's name.

    Returns:
        The :class:`Article`.

    Raises:
        ParseError: an explicit argument is invalid (``published="not a date"``).

    Examples:
        >>> page = "Troops Sent North\\nBy AFP\\n\\nOctober 23, 2024\\n\\n" + (
        ...     "A senior official confirmed Wednesday that thousands of soldiers were sent "
        ...     "for training, officials said.\\n\\nRelated Stories\\n\\nOther headline here")
        >>> article = read_article(page)
        >>> article.source.title, article.source.publisher, str(article.source.published)
        ('Troops Sent North', 'AFP', '2024-10-23')
        >>> [article.text[s:e][:28] for s, e in article.paragraphs]
        ['A senior official confirmed ']
        >>> [s.reason for s in article.skipped]
        ['title', 'byline', 'published', 'related', 'related']
    """
    if not isinstance(text, str):
        raise ParseError(repr(text)[:80], (0, 0), "the article text must be a str")
    explicit_date = _published(published)
    explicit = {
        name: _text_argument(name, value)
        for name, value in (("publisher", publisher), ("title", title), ("url", url))
    }
    explicit["byline"] = _text_argument("byline", byline)
    reader = _Reader(text)
    reader.run()
    found = reader.source()
    source = Source(
        title=explicit["title"] or found.title,
        publisher=explicit["publisher"] or found.publisher,
        published=explicit_date or found.published or url_date(explicit["url"]) or reader.photo_day,
        byline=explicit["byline"] or found.byline,
        url=explicit["url"],
    )
    return Article(
        text=text,
        source=source,
        paragraphs=tuple(reader.body),
        skipped=tuple(sorted(reader.skipped, key=lambda s: s.span)),
    )
