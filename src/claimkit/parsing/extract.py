"""The article scanner: text in, claims out, never an exception for a ``str``.

:func:`extract` runs the stages in order over each body paragraph of an
:class:`~claimkit.parsing.article.Article`: sentences, dates, figures, subjects,
attribution cues, coreference; it assembles :class:`~claimkit.model.Claim`
values whose ``span`` points into the text passed in.  What it reads but does not
make a claim (years, times, ordinals, names, numbers it could not place) is
reported in :attr:`Extraction.skipped`, never logged and swallowed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import overload

import attrs

from claimkit.errors import ParseError
from claimkit.lexicon import cues
from claimkit.lexicon import time as time_lexicon
from claimkit.model import (
    Attributor,
    AttributorKind,
    Claim,
    ClaimDate,
    SaidFrom,
    Subject,
)
from claimkit.parsing._alternation import alternation
from claimkit.parsing.article import Article, read_article
from claimkit.parsing.attribution import (
    CLAUSE_BREAK,
    Cue,
    find_cue,
    leading_subject,
    local_voices,
)
from claimkit.parsing.coref import Registry
from claimkit.parsing.dates import (
    DateMention,
    refers_to,
    said_mention,
    saying_day,
    scan_dates,
)
from claimkit.parsing.measures import article_measures, measure_of
from claimkit.parsing.quantities import Figure, scan_figures
from claimkit.parsing.sentences import Sentence, split_sentences
from claimkit.parsing.speakers import Mention
from claimkit.parsing.subjects import batch_of, read_subject, role_near
from claimkit.policy import DEFAULT_POLICY, HedgePolicy

__all__ = ["Extraction", "Skipped", "extract"]

_PARTITIVE_GAP = re.compile(r"[\"'”’]*\s+of\s+(?:the\s+|its\s+|their\s+)?[\"'“‘]*\Z", re.IGNORECASE)
# date mentions that can say what time a figure describes: "in October", "by
# December", "since August", and a day not used as the day something was said
# ("marched on Sunday")
_PRONOMINAL = re.compile(r"(?<![A-Za-z])the\s+\Z", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Skipped:
    """A fragment the scanner read and did not make a claim, with the reason."""

    span: tuple[int, int]
    text: str
    reason: str


@attrs.frozen(kw_only=True)
class Extraction(Sequence[Claim]):
    """The claims of one article and what was skipped.

    Iterates, indexes and measures like a list of claims.

    Attributes:
        claims: the claims, in text order.
        skipped: numbers read but not made claims, with reasons (years, times,
            ordinals, names, dates, furniture).
        article: the article the claims came from.
    """

    claims: tuple[Claim, ...]
    skipped: tuple[Skipped, ...]
    article: Article

    def __iter__(self) -> Iterator[Claim]:
        return iter(self.claims)

    def __len__(self) -> int:
        return len(self.claims)

    @overload
    def __getitem__(self, index: int) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Claim]: ...

    def __getitem__(self, index: int | slice) -> Claim | Sequence[Claim]:
        return self.claims[index]


@attrs.frozen(kw_only=True)
class _Said:
    attributor: Attributor | None
    verb: str | None
    said_on: dt.date | None
    precision: str
    pending: Mention | None = None
    said_text: str | None = None
    scope_start: int = 0
    sources: tuple[tuple[int, int], ...] = ()
    #: continued from another sentence ("he added", a quotation closed later)
    inherited: bool = False


_CONTINUATION = re.compile(
    rf"""(?:[“"]|(?:{alternation(cues.CONTINUATIONS)})\b
        |(?:{alternation(cues.CONTINUATIONS_BEFORE_FIGURE)})\s+(?=\d))""",
    re.IGNORECASE | re.VERBOSE,
)


#: "Kyrylenko stated this on Telegram": a cue whose object points back
_BACK = re.compile(
    rf"\b(?:{alternation(cues.VERBS)})\s+(?:{alternation(cues.BACK_OBJECTS)})\b", re.IGNORECASE
)


#: "was previously estimated", "Early on, officials said": given before publication
_EARLIER = re.compile(
    rf"""^\W*(?:{alternation(time_lexicon.EARLIER)})\s*,          # "Early on, officials said"
        |\b(?:{alternation(time_lexicon.EARLIER)})\s+(?:been\s+)?   # "was previously estimated"
         (?:{alternation(cues.VERBS)})\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _continues(text: str) -> bool:
    """Whether a sentence without a cue points back to the voice before it."""
    return _CONTINUATION.match(text) is not None


def _voice_key(attributor: Attributor) -> tuple[str, str]:
    return attributor.name.casefold(), attributor.kind.value


def extract(
    source: str | Article,
    *,
    published: dt.date | str | None = None,
    policy: HedgePolicy | None = None,
) -> Extraction:
    """Every figure in an article as a claim.

    Args:
        source: raw article text (messy web text is fine) or an
            :class:`~claimkit.parsing.article.Article`.
        published: the publication date, overriding one read from the text;
            relative dates ("on Wednesday") resolve against it and stay
            unresolved without it.
        policy: the hedge policy (default :data:`~claimkit.policy.DEFAULT_POLICY`).

    Raises:
        ParseError: only for a bad ``published`` argument or a source that is
            neither a ``str`` nor an ``Article``.

    >>> found = extract("Police said about 10,000 people marched on Sunday.",
    ...                 published="2025-03-04")
    >>> claim = found[0]
    >>> claim.quantity.text, claim.subject.key, claim.attributor.name
    ('about 10,000', 'people', 'Police')
    >>> found.article.text[slice(*claim.span)]
    'about 10,000'
    """
    if isinstance(source, Article):
        article = source
        if published is not None:
            article = read_article(source.text, published=published)
    elif isinstance(source, str):
        article = read_article(source, published=published)
    else:
        raise ParseError(repr(source)[:80], (0, 0), "extract() takes a str or an Article")
    return _Scanner(article, policy or DEFAULT_POLICY).run()


class _Scanner:
    def __init__(self, article: Article, policy: HedgePolicy) -> None:
        self.article = article
        self.text = article.text
        self.policy = policy
        self.published = article.source.published
        self.registry = Registry()
        self.claims: list[Claim] = []
        self.pending: list[tuple[int, Mention, int]] = []
        self.skipped: list[Skipped] = [
            Skipped(span=s.span, text=self.text[s.span[0] : s.span[1]], reason=s.reason)
            for s in article.skipped
            if any(ch.isdigit() for ch in self.text[s.span[0] : s.span[1]])
        ]
        self.subjects: list[Subject] = []
        #: index of the first claim of each paragraph read so far
        self.paragraph_starts: list[int] = []
        #: the first stated day of each voice, carried to its undated figures
        self.dated: dict[tuple[str, str], tuple[dt.date, str]] = {}

    def run(self) -> Extraction:
        carried: tuple[_Said | None, bool] = (None, False)
        for index, (start, end) in enumerate(self.article.paragraphs):
            sentences = list(split_sentences(self.text, start, end, paragraph=index))
            carried = self._paragraph(sentences, carried)
        self._late_resolution()
        claims = article_measures(self.claims)
        return Extraction(
            claims=tuple(claims),
            skipped=tuple(sorted(self.skipped, key=lambda s: s.span)),
            article=self.article,
        )

    def _paragraph(
        self, sentences: list[Sentence], before: tuple[_Said | None, bool]
    ) -> tuple[_Said | None, bool]:
        """Read one paragraph's claims; ``before`` is the previous paragraph's last
        voice and whether that paragraph ended with a colon."""
        last_voice, colon = before
        first_claim = len(self.claims)
        cues = [find_cue(s.text, quoted=s.quoted) for s in sentences]
        saids: list[_Said | None] = []
        dated = [scan_dates(s.text, self.published) for s in sentences]
        for sentence, cue, mentions in zip(sentences, cues, dated, strict=False):
            opener = None if sentence.quoted else leading_subject(sentence.text)
            if opener is not None and (
                cue is None or cue.speaker_span is None or cue.speaker_span[0] > 0
            ):
                self.registry.named(opener, sentence.start)
            saids.append(self._attribute(sentence, cue, mentions) if cue else None)
        # sentences without a cue: quoted ones take the cue that closes their
        # quotation (later in the paragraph); a quotation or a sentence that points
        # back ("Of these, ...") continues the previous one; others are the outlet's
        for i, said in enumerate(saids):
            if said is not None:
                continue
            if sentences[i].quoted or sentences[i].text.lstrip()[:1] in '“"':
                later = next((s for s in saids[i + 1 :] if s is not None), None)
                if later is not None and i + 1 < len(sentences) and sentences[i + 1].quoted:
                    saids[i] = attrs.evolve(later, inherited=True)
                    continue
            previous = saids[i - 1] if i > 0 else None
            if previous is not None and (
                sentences[i].quoted or _continues(sentences[i].text.lstrip())
            ):
                saids[i] = attrs.evolve(previous, inherited=True)
            elif (
                i == 0
                and last_voice is not None
                and (
                    (colon and sentences[0].text.lstrip()[:1] in '“"')
                    or _continues(sentences[0].text.lstrip())
                )
            ):
                saids[i] = attrs.evolve(last_voice, inherited=True)
        for sentence, said, mentions in zip(sentences, saids, dated, strict=False):
            self._sentence(sentence, said, mentions, self._clause_saids(sentence, said, mentions))
        self._point_back(sentences, saids, first_claim)
        last = saids[-1] if saids else None
        ends_with_colon = bool(sentences) and sentences[-1].text.rstrip().endswith(":")
        return last, ends_with_colon

    def _point_back(
        self, sentences: list[Sentence], saids: list[_Said | None], first_claim: int
    ) -> None:
        """A sentence with no figure that names the voice of the ones before it
        ("Kyrylenko stated this on Telegram") gives that voice to the outlet's
        figures of the previous paragraph and of this one up to it."""
        for sentence, said in zip(sentences, saids, strict=False):
            if said is None or said.attributor is None or said.inherited:
                continue
            if any(ch.isdigit() for ch in sentence.text) or not _BACK.search(sentence.text):
                continue
            lo = self.paragraph_starts[-1] if self.paragraph_starts else 0
            for index in range(lo, len(self.claims)):
                claim = self.claims[index]
                if claim.attributor is not None or claim.span[0] >= sentence.start:
                    continue
                said_on, precision, said_from = self._when(said, claim.sentence)
                date = attrs.evolve(
                    claim.date, said_on=said_on, said_precision=precision, said_from=said_from
                )
                self.claims[index] = attrs.evolve(
                    claim, attributor=said.attributor, cue=said.verb, date=date
                )
            break
        self.paragraph_starts.append(first_claim)

    def _clause_saids(
        self, sentence: Sentence, said: _Said | None, dated: Sequence[DateMention]
    ) -> list[tuple[int, int, _Said]]:
        """Contrasting clauses with a cue of their own ("..., while organisers put
        the crowd at more than 25,000") keep their own attributor."""
        out: list[tuple[int, int, _Said]] = []
        bounds = [m.start() for m in CLAUSE_BREAK.finditer(sentence.text)]
        if not bounds or said is None:
            return out
        edges = [0, *bounds, len(sentence.text)]
        for lo, hi in itertools.pairwise(edges):
            piece = sentence.text[lo:hi]
            cue = find_cue(piece)
            if cue is None or (cue.speaker is None and cue.according is None):
                continue
            shifted = attrs.evolve(sentence, start=sentence.start + lo, text=piece)
            mentions = [
                attrs.evolve(m, span=(m.span[0] - lo, m.span[1] - lo))
                for m in dated
                if lo <= m.span[0] and m.span[1] <= hi
            ]
            out.append((lo, hi, self._attribute(shifted, cue, mentions)))
        return out

    def _attribute(self, sentence: Sentence, cue: Cue, mentions: Sequence[DateMention]) -> _Said:
        offset = sentence.start
        speaker = None
        pending = None
        if cue.speaker is not None:
            speaker, pending = self._speaker(cue.speaker, offset, cue)
        relay = None
        if cue.relay is not None:
            relay, _ = self._speaker(cue.relay, offset, None)
            if speaker is not None:
                entity = self.registry._by_alias(cue.speaker) if cue.speaker else None
                if entity is not None:
                    entity.cites = relay
                speaker = attrs.evolve(speaker, via=(relay, *relay.via))
        if cue.according is not None:
            according, _ = self._speaker(cue.according, offset, None)
            if speaker is None and relay is not None:
                speaker = attrs.evolve(according, via=(relay, *relay.via))
                pending = None
            elif speaker is not None and speaker.name != according.name:
                speaker = attrs.evolve(according, via=(speaker, *speaker.via))
                pending = None
            else:
                speaker = according
                pending = None
        said_on, precision, said_text = self._said_on(sentence.text, mentions, cue)
        sources = tuple(
            (sentence.start + span[0], sentence.start + span[1])
            for span in (cue.speaker_span, cue.according_span)
            if span is not None
        )
        return _Said(
            said_text=said_text,
            scope_start=sentence.start + cue.scope_start if cue.scope_start else 0,
            sources=sources,
            attributor=speaker,
            verb=cue.verb,
            said_on=said_on,
            precision=precision,
            pending=pending,
        )

    def _speaker(
        self, mention: Mention, offset: int, cue: Cue | None
    ) -> tuple[Attributor, Mention | None]:
        if mention.anonymous or (cue is not None and cue.anonymity and mention.name is None):
            entity = self.registry.anonymous(mention, offset)
            return entity.attributor(), None
        self.registry.named(mention, offset)
        attributor = self.registry.resolve(mention, offset)
        late = None
        undecided = mention.name is None and mention.pronoun is None and not mention.definite
        if undecided and attributor.name == mention.text:
            late = mention
        return attributor, late

    def _said_on(
        self, sentence: str, mentions: Sequence[DateMention], cue: Cue
    ) -> tuple[dt.date | None, str, str | None]:
        mention = said_mention(mentions, verb=cue.verb_span, text=sentence)
        if mention is None:
            return None, "day", None
        day, precision = saying_day(mention, self.published)
        return day, precision, mention.text

    def _when(
        self, said: _Said | None, text: str = ""
    ) -> tuple[dt.date | None, str, SaidFrom | None]:
        """The day a figure was said and how that is known: stated in its sentence,
        carried from an earlier dated statement of the same voice, else the
        publication date, unless the sentence says the figure was given earlier
        ("was previously estimated", "Early on, officials talked about"): then the
        day is unknown."""
        if said is not None and said.said_on is not None:
            how = SaidFrom.carried if said.inherited else SaidFrom.stated
            if said.attributor is not None:
                self.dated.setdefault(_voice_key(said.attributor), (said.said_on, said.precision))
            return said.said_on, said.precision, how
        if said is not None and said.attributor is not None:
            earlier = self.dated.get(_voice_key(said.attributor))
            if earlier is not None:
                return earlier[0], earlier[1], SaidFrom.carried
        if self.published is not None and not _EARLIER.search(text):
            return self.published, "day", SaidFrom.published
        return None, "day", None

    def _sentence(
        self,
        sentence: Sentence,
        said: _Said | None,
        mentions: Sequence[DateMention],
        clauses: Sequence[tuple[int, int, _Said]] = (),
    ) -> None:
        text = sentence.text
        figures, skips = scan_figures(
            text, policy=self.policy, skip=[m.span for m in mentions], sentence_start=0
        )
        for skip in skips:
            reason = skip.reason
            if reason == "date":
                inside = next((m for m in mentions if m.span[0] <= skip.start < m.span[1]), None)
                reason = (
                    inside.kind
                    if inside is not None and inside.kind in ("time", "year")
                    else reason
                )
            self._skip(sentence, skip.start, skip.end, reason)
        readings: dict[int, tuple[Subject, tuple[int, int] | None]] = {}
        for position, figure in enumerate(figures):
            if position in readings:
                continue
            following = figures[position + 1] if position + 1 < len(figures) else None
            stop = following.start if following is not None else len(text)
            lo = figures[position - 1].end if position else 0
            clause = (lo, stop)
            reading = read_subject(
                text, start=figure.start, tail=figure.tail, stop=stop, clause=clause,
                previous=self.subjects, unit=figure.quantity.unit,
            )  # fmt: skip
            if (
                not reading.has_noun
                and figure.quantity.unit == "count"
                and _PRONOMINAL.search(text, max(0, figure.start - 5), figure.start)
            ):
                # "the two signed ...": a figure standing for things already named
                self._skip(sentence, figure.start, figure.end, "pronominal")
                readings[position] = (Subject(), None)
                continue
            whole: tuple[int, int] | None = None
            if (
                reading.elided
                and following is not None
                and _PARTITIVE_GAP.match(text[figure.tail : following.start])
            ):
                after = figures[position + 2].start if position + 2 < len(figures) else len(text)
                whole_reading = read_subject(
                    text, start=following.start, tail=following.tail, stop=after,
                    clause=(following.start, after), previous=self.subjects,
                    unit=following.quantity.unit,
                )  # fmt: skip
                role = role_near(
                    text, following.start, whole_reading.end, figure.start, len(text), last=True
                )
                subject = attrs.evolve(whole_reading.subject, role=role)
                readings[position] = (subject, self._span(sentence, following))
                readings[position + 1] = (whole_reading.subject, None)
                self.subjects.append(whole_reading.subject)
                continue
            if reading.partitive or reading.part_of_previous:
                whole = self._previous_span()
            readings[position] = (reading.subject, whole)
            if not reading.elided:
                self.subjects.append(reading.subject)
        skipped = {s.span for s in self.skipped}
        local = [
            (v.lo, v.hi, self._attribute(sentence, v.cue, mentions)) for v in local_voices(text)
        ]
        for position, figure in enumerate(figures):
            subject, whole = readings[position]
            if self._span(sentence, figure) in skipped:
                continue
            own = next((c for lo, hi, c in local if lo <= figure.start < hi), None)
            if own is None:
                own = next((c for lo, hi, c in clauses if lo <= figure.start < hi), said)
            floor = figures[position - 1].end if position else 0
            batch = batch_of(text, figure.start, figure.tail, floor)
            if batch is not None and batch not in subject.qualifiers and subject.key:
                subject = attrs.evolve(subject, qualifiers=(*subject.qualifiers, batch))
            self._claim(sentence, figure, subject, whole, own, mentions)

    def _previous_span(self) -> tuple[int, int] | None:
        return self.claims[-1].span if self.claims else None

    def _span(self, sentence: Sentence, figure: Figure) -> tuple[int, int]:
        return (sentence.start + figure.start, sentence.start + figure.end)

    def _claim(
        self,
        sentence: Sentence,
        figure: Figure,
        subject: Subject,
        whole: tuple[int, int] | None,
        said: _Said | None,
        mentions: Sequence[DateMention],
    ) -> None:
        span = self._span(sentence, figure)
        if subject.measure is None:
            measure = measure_of(
                subject, figure.quantity.unit, sentence.text, (figure.start, figure.end)
            )
            subject = attrs.evolve(subject, measure=measure)
        if said is not None and any(lo <= span[0] and span[1] <= hi for lo, hi in said.sources):
            self._skip(sentence, figure.start, figure.end, "source count")
            return
        if said is not None and said.scope_start and span[0] < said.scope_start:
            said = None
        said_on, precision, said_from = self._when(said, sentence.text)
        date = ClaimDate(
            said_on=said_on,
            said_precision=precision,
            refers_to=refers_to(
                mentions,
                figure=(figure.start, figure.end),
                said=said.said_text if said is not None else None,
            ),
            said_from=said_from,
        )
        claim = Claim(
            quantity=figure.quantity,
            subject=subject,
            date=date,
            attributor=said.attributor if said is not None else None,
            source=self.article.source,
            span=self._span(sentence, figure),
            sentence=sentence.text,
            cue=said.verb if said is not None else None,
            whole_span=whole,
        )
        if said is not None and said.pending is not None:
            self.pending.append((len(self.claims), said.pending, sentence.start))
        self.claims.append(claim)

    def _skip(self, sentence: Sentence, start: int, end: int, reason: str) -> None:
        span = (sentence.start + start, sentence.start + end)
        self.skipped.append(Skipped(span=span, text=self.text[span[0] : span[1]], reason=reason))

    def _late_resolution(self) -> None:
        """Indefinite descriptions ("a South Korean lawmaker") named later on."""
        for index, mention, offset in self.pending:
            claim = self.claims[index]
            resolved = self.registry.resolve(mention, offset)
            if (
                resolved.kind is not AttributorKind.official_anonymous
                and resolved != claim.attributor
            ):
                if claim.attributor is not None and claim.attributor.via and not resolved.via:
                    resolved = attrs.evolve(resolved, via=claim.attributor.via)
                self.claims[index] = attrs.evolve(claim, attributor=resolved)
