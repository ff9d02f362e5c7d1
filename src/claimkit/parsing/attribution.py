"""Stage 4: who a sentence says asserts its figures.

Reads the attribution cue of one sentence: "X said (that) ...", "..., X said",
"said X", "according to X", "X told Y", "X confirmed/estimated/reported/...",
and relays ("X said, citing Y", "according to a report by Y", "According to X, Y
estimate ...").  It finds the speaker's phrase by walking back from the cue verb
over the words a name or description is made of, skipping appositions and
relative clauses set off by commas ("Lee Seong-kweun, a lawmaker on the
committee, said"); see :func:`find_cue`.  Who the phrase refers to is decided
later, across the article, by :mod:`claimkit.parsing.coref`.
"""

from __future__ import annotations

import re

import attrs

from claimkit.lexicon import cues, numbers
from claimkit.lexicon import time as time_lexicon
from claimkit.lexicon.subjects import STOPS
from claimkit.lexicon.vague import VAGUE
from claimkit.parsing._alternation import alternation
from claimkit.parsing.dates import scan_dates
from claimkit.parsing.speakers import Mention, read_mention

__all__ = ["CLAUSE_BREAK", "Cue", "LocalVoice", "find_cue", "leading_subject", "local_voices"]

_VERB = re.compile(rf"(?<![A-Za-z’'])(?P<verb>{alternation(cues.VERBS)})(?![A-Za-z])")
_ACCORDING = re.compile(
    rf"""(?<![A-Za-z])(?P<key>{alternation(cues.ACCORDING)}
        |(?:{alternation(cues.AGENT_VERBS)})\s+by)\s+
        (?P<np>[^,;:!?“”\"]{{1,160}})""",
    re.IGNORECASE | re.VERBOSE,
)
#: "per" names a source only before a name ("per Reuters"), not in "50 per cent"
_PER = "per"
_RELAY = re.compile(
    rf"(?<![A-Za-z])(?:{alternation(cues.RELAYS)})\s+(?P<np>[^,;:!?“”\"]{{1,160}})"
    r"|(?<![A-Za-z])quoted\s+(?P<quoted>[^,;:!?“”\"]{1,100}?)\s+as\s+saying\b"
)
_NP_END = re.compile(
    r"\s+(?:that|on|in|at|with|during|who|which|as|to|after|about|when|while|because|citing|quoting)\s|"
    r"\s+as\s+saying\b|"
    r"\.(?:\s+(?=[A-Z][a-z]+\s+[a-z])|\s*\Z)"
)
_SOURCE_PREFIX = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:new|recent|latest|media|news|press)\s+)?"
    r"(?:report|reports|briefing|statement|interview|assessment|assessments|data|figures|"
    r"information|estimates?|testimony|article|post|study|survey|poll|analysis|research)"
    r"(?:\s+(?:published|conducted|carried\s+out|released))?\s+(?:by|from|of|in|with)\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|[,“”\"():;—]")
_PASSIVE = re.compile(
    rf"""(?<![A-Za-z])(?:is|are|was|were|be|been|being)\s+
        (?:(?:[a-z]+ly|{alternation(cues.BEFORE_VERB)})\s+){{0,2}}\Z""",
    re.IGNORECASE | re.VERBOSE,
)
_PASSIVE_REACH = 40
#: "the disputed region", "an estimated 3,000": a cue verb used as an adjective
_ADJECTIVE = re.compile(
    rf"(?:(?<![A-Za-z])(?:{alternation(cues.DETERMINERS | cues.NOUN_MARKERS)})|['’]s)\s+\Z",
    re.IGNORECASE,
)
#: "added 213,000 jobs", "added another 824,000"
_FIGURE_OBJECT = re.compile(r"\s+(?:(?!that\b)[a-z]+\s+){0,2}?[\d$€£¥]")
#: "claimed the lives of 20", "claimed 20 lives"
_LIVES_OBJECT = re.compile(r"\s+(?:the\s+lives\b|(?:[\w,.]+\s+){1,3}?lives\b)")


_ESTIMATE_OBJECT = re.compile(
    rf"\s+(?:{alternation(cues.DETERMINERS)})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation(cues.ESTIMATE_NOUNS)})\b",
    re.IGNORECASE,
)


def _object_use(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a cue verb takes a figure or an action as its object, so reports
    nothing."""
    word = verb.group("verb").lower()
    if word in cues.OBJECT_VERBS:
        return _FIGURE_OBJECT.match(sentence, verb.end()) is not None
    if word in cues.LIVES_VERBS:
        return _LIVES_OBJECT.match(sentence, verb.end()) is not None
    if word in cues.ESTIMATE_VERBS:
        return _ESTIMATE_OBJECT.match(sentence, verb.end()) is None
    return False


#: Where a sentence turns to another voice: ", while", ", but", ", although", "; ".
CLAUSE_BREAK = re.compile(rf",\s+(?:{alternation(cues.CONTRASTS)})\b|;\s")
_SCOPE_OPENER = re.compile(r"(?:,\s*and|,\s*which|,\s*but|;)\s+\Z")
_LAST_WORD = re.compile(r"\S+\s*\Z")
#: "deaths acknowledged by GM", "400 people now reported dead": a participle, whose
#: voice (if any) is its "by" phrase
_PARTICIPLE_AFTER = re.compile(rf"\s+(?:by\b|(?:{alternation(cues.STATE_WORDS)})\b)", re.IGNORECASE)
_OBJECT_OF = frozenset("of with by for to from into onto at".split())
_INNER = frozenset("of from for at on in and".split())
_RELATIVE = re.compile(r"\s(?:who|that)\s[^,.;:“”\"]{1,80}\Z")


@attrs.frozen(kw_only=True)
class Cue:
    """The attribution of one sentence.

    Attributes:
        verb: the cue lemma ("say", "estimate", "according to", "deny").
        speaker: who the sentence names as asserting (``None`` when only
            "according to" names a source).
        speaker_span: offsets of the speaker phrase in the sentence.
        according: the "according to X" source, which relays the speaker.
        relay: the source the speaker cites ("citing Y").
        anonymity: the sentence grants anonymity ("speaking on condition of
            anonymity").
        according_span: offsets of the "according to" source phrase.
        scope_start: figures before this offset are outside the cue's scope
            ("Thousands marched, and police said 12 were detained": the
            crowd is the outlet's own figure).
        verb_span: offsets of the cue verb, ``None`` for "according to".
    """

    verb: str
    speaker: Mention | None
    speaker_span: tuple[int, int] | None = None
    according: Mention | None = None
    relay: Mention | None = None
    anonymity: bool = False
    according_span: tuple[int, int] | None = None
    scope_start: int = 0
    verb_span: tuple[int, int] | None = None


def _quote_mask(sentence: str, inside: bool = False) -> bytearray:
    mask = bytearray(len(sentence))
    for index, char in enumerate(sentence):
        if char == "“" or (char == '"' and not inside):
            inside = True
        elif char == "”" or (char == '"' and inside):
            inside = False
            continue
        if inside:
            mask[index] = 1
    return mask


def _source_mention(phrase: str) -> Mention | None:
    phrase = _SOURCE_PREFIX.sub("", phrase.strip())
    cut = _NP_END.search(phrase)
    if cut is not None:
        phrase = phrase[: cut.start()]
    return read_mention(phrase.strip().rstrip("."))


def _is_name(chunk: list[tuple[str, int, int]]) -> bool:
    return bool(chunk) and len(chunk) <= 5 and all(w[:1].isupper() for w, _, _ in chunk)


def _np_word(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """Whether the token at ``index`` can belong to a speaker phrase (walking back)."""
    word = tokens[index][0]
    lower = word.lower()
    if lower.rstrip(".") in _TIME_ENDS:
        return False  # "In a statement on Tuesday local officials said": not a name word
    if word[:1].isupper() or lower in cues.SPEAKER_WORDS or lower in cues.PRONOUNS:
        return True
    if lower in _INNER and index > 0 and index + 1 < len(tokens):
        return (
            tokens[index - 1][0][:1].isupper() or tokens[index - 1][0].lower() in cues.SPEAKER_WORDS
        )
    if (
        lower in STOPS
        or lower in cues.VERBS
        or not lower.replace("'", "").replace("’", "").isalpha()
    ):
        return False
    last = index + 1 >= len(tokens) or not tokens[index + 1][0][:1].isalpha()
    return not (last and lower.endswith(("ed", "ing"))) and not lower.endswith("ly")


_TIME_REACH = 40
_DETERMINERS_OF = frozenset({"the", "a", "an", "of"})
_AFTER_STOPS = frozenset({"on", "in", "at", "during", "after", "before", "late", "early", "when"})
_ABBREVIATED = re.compile(r"(?:\b[A-Z]\.)+\Z|\b(?:Jr|Sr|Inc|Co|Corp|Ltd)\.\Z")
#: Last words of a time phrase ("on Thursday", "late on Friday", "this week",
#: "Monday night"): only then is the date scanner asked.
_TIME_ENDS = frozenset(
    {
        *(w.name for w in time_lexicon.WEEKDAYS),
        *(a.rstrip(".") for w in time_lexicon.WEEKDAYS for a in w.abbreviations),
        *(m.name for m in time_lexicon.MONTHS),
        *(a.rstrip(".") for m in time_lexicon.MONTHS for a in m.abbreviations),
        *(d.phrase.split()[-1] for d in time_lexicon.RELATIVE_DAYS),
        *(form for pair in time_lexicon.UNITS for form in pair),
        *time_lexicon.DAY_PARTS,
    }
)


def _complementizer(sentence: str, at: int) -> bool:
    """Whether the "that" at ``at`` follows a verb of saying ("said that ...")."""
    words = _WORD.findall(sentence, max(0, at - 30), at)
    return bool(words) and words[-1] in cues.VERBS


_ASIDES = frozenset(cues.ASIDES)


def _before_time(sentence: str, verb_start: int) -> int:
    """Where the words before a verb end once a time phrase between the speaker
    and the verb is set aside ("The ministry on Thursday said")."""
    lo = max(0, verb_start - _TIME_REACH)
    head = sentence[lo:verb_start]
    trimmed = head.rstrip()
    last = _WORD.findall(trimmed[-16:])
    if not last or not (last[-1][:1].isdigit() or last[-1].lower().rstrip(".") in _TIME_ENDS):
        return verb_start  # no date word right before the verb: nothing to set aside
    for mention in scan_dates(head):
        if mention.span[1] == len(trimmed) and mention.kind in ("point", "period"):
            return lo + mention.span[0]
    return verb_start


def _speaker_before(sentence: str, verb_start: int) -> tuple[str, tuple[int, int], str] | None:
    """The speaker phrase right before a verb: (phrase, span, apposition).

    Walks back over the words a name or description is made of; skips a
    comma-delimited apposition or participle ("X, a lawmaker on the committee,
    said"; "officials, speaking on condition of anonymity, say"), takes a name
    set off after its description ("the city's mayor, Anne Kovacs, told"), and
    jumps over a relative clause ("an official who asked not to be named told").
    """
    verb_start = _before_time(sentence, verb_start)
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(sentence, 0, verb_start)]
    index = len(tokens) - 1
    while index >= 0 and tokens[index][0].lower() in cues.BEFORE_VERB:
        index -= 1
    apposition = ""
    if index >= 1 and tokens[index][0].lower() == "who" and tokens[index - 1][0] == ",":
        index -= 2  # "K.G. Pillai, who said": the speaker is who "who" stands for
        first = index
        while first >= 0 and tokens[first][0][:1].isupper():
            first -= 1
        if first < index:  # a name: the nearest noun phrase, not the words before it
            start, end = tokens[first + 1][1], tokens[index][2]
            return sentence[start:end], (start, end), ""
    if index >= 0 and tokens[index][0] == ",":
        opening = index - 1
        while opening >= 0 and tokens[opening][0] not in (",", "“", "”", '"', ";", ":"):
            opening -= 1
        chunk = tokens[opening + 1 : index]
        aside = " ".join(w for w, _, _ in chunk).lower()
        if opening >= 0 and tokens[opening][0] == "," and aside in _ASIDES:
            index = opening - 1  # "The NDRRMC, for its part, said"
        elif opening >= 0 and tokens[opening][0] == "," and _is_name(chunk):
            before = opening - 1
            while before >= 0 and tokens[before][0] != ",":
                before -= 1
            described = tokens[before + 1 : opening]
            if described and described[0][0].lower() in ("the", "a", "an") and len(described) <= 12:
                apposition = sentence[described[0][1] : described[-1][2]]
            start, end = chunk[0][1], chunk[-1][2]
            return sentence[start:end], (start, end), apposition
        elif (
            opening >= 0
            and tokens[opening][0] == ","
            and chunk
            and (
                chunk[0][0].lower() in cues.APPOSITION_OPENERS
                or chunk[0][0]
                .lower()
                .endswith(("ed", "ing"))  # "banned from ...", "issued at 9 pm"
            )
            and len(chunk) <= 30
        ):
            participle = chunk[0][0].lower().endswith(("ed", "ing"))
            if (
                chunk[0][0].lower()
                not in (
                    "who",
                    "which",
                    "whose",
                    "speaking",
                    "citing",
                    "according",
                )
                and not participle
            ):
                apposition = sentence[chunk[0][1] : chunk[-1][2]]
            index = opening - 1
        else:
            return None
    relative = _RELATIVE.search(
        sentence, max(0, tokens[index][1] - 90) if index >= 0 else 0, verb_start
    )
    if relative is not None and _complementizer(sentence, relative.start()):
        relative = None  # "Curra said that survivors had said": not a relative clause
    if relative is not None and index >= 0 and relative.start() < tokens[index][1]:
        while index >= 0 and tokens[index][1] >= relative.start():
            index -= 1
    end_index = index
    while index >= 0:
        word = tokens[index][0]
        if word in ("(", ")"):
            index -= 1
            continue
        if word.lower() in ("the", "a", "an") and not (
            index > 0
            and index + 1 <= end_index
            and (
                tokens[index - 1][0].lower() in _INNER
                or (tokens[index - 1][0][:1].isupper() and tokens[index + 1][0][:1].isupper())
            )
        ):
            index -= 1
            break
        if _np_word(tokens, index) and end_index - index < 10:
            index -= 1
            continue
        break
    first = index + 1
    while first <= end_index and (
        tokens[first][0].lower() in _INNER or tokens[first][0].lower() in cues.SUBORDINATORS
    ):
        first += 1
    if first > end_index or (tokens[end_index][0] in ("(", ")") and first == end_index):
        return None
    if first > 0 and tokens[first - 1][0].lower() in _OBJECT_OF:
        return None  # "98% of ballots counted": the object of a preposition, not a speaker
    start, end = tokens[first][1], tokens[end_index][2]
    if tokens[end_index][0] == "(":
        return None
    return sentence[start:end], (start, end), apposition


def _speaker_after(sentence: str, verb_end: int) -> tuple[str, tuple[int, int]] | None:
    match = re.match(
        r"\s+((?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,3}?(?:[A-Z][A-Za-z'’.-]*|the|a|an|of)"
        r"(?:\s+(?:[A-Z][A-Za-z'’.-]*|the|of|[a-z]+(?=\s+[A-Z])))*?)"
        r"(?=\s*(?:[,.;:!?]|\Z))",
        sentence[verb_end : verb_end + 120],
    )
    if match is None:
        return _description_after(sentence, verb_end)
    start = verb_end + match.start(1)
    phrase = _tidy_after(match.group(1).split())
    return phrase, (start, start + len(phrase))


def _tidy_after(words: list[str]) -> str:
    """A speaker phrase after its verb without what follows the speaker ("a police
    spokesman on Sunday" -> "a police spokesman") or the sentence's full stop."""
    for cut, word in enumerate(words):
        if cut and word.lower() in _AFTER_STOPS:
            words = words[:cut]
            break
    last = words[-1]
    if last.endswith(".") and not _ABBREVIATED.search(last):
        words = [*words[:-1], last.rstrip(".")]
    return " ".join(words)


_AFTER_WORDS = re.compile(
    r"\s+([A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,7}?)(?=\s*(?:[,;:!?]|\.\s|\.?\Z))"
)
_SPEAKER_HEADS = (
    cues.GROUP_SPEAKERS
    | cues.ANONYMOUS_HEADS
    | cues.ORG_WORDS
    | frozenset(cues.ROLE_NOUNS)
    | frozenset(f"{noun}s" for noun in cues.ROLE_NOUNS)
)


def _description_after(sentence: str, verb_end: int) -> tuple[str, tuple[int, int]] | None:
    """A speaker described after a closing verb: "..., said the fire chief.",
    "... in size said senior wildfire manager Chad Morrison."."""
    match = _AFTER_WORDS.match(sentence[verb_end : verb_end + 120])
    if match is None:
        return None
    words = _tidy_after(match.group(1).split()).split()
    last = words[-1].lower()
    if any(w.lower() in cues.VERBS or w.lower() in STOPS - _DETERMINERS_OF for w in words[1:]):
        return None
    if not (words[-1][:1].isupper() or last in _SPEAKER_HEADS):
        return None
    start = verb_end + match.start(1)
    phrase = " ".join(words)
    return phrase, (start, start + len(phrase))


def _sentence_subject(sentence: str) -> tuple[str, tuple[int, int]] | None:
    match = re.match(
        r"\s*((?:The|A|An)\s+[a-z]+|[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*)*)",
        sentence,
    )
    if match is None:
        return None
    return match.group(1), (match.start(1), match.end(1))


_Voice = tuple[re.Match[str], Mention, tuple[int, int]]
_NEXT_VERBS = 3  # verbs after the first voice tried for a second (nested) voice


def _first_voices(sentence: str, verbs: list[re.Match[str]]) -> list[_Voice]:
    """The first voice, and a second among the next few verbs for nesting; never
    every verb of a long run."""
    out: list[_Voice] = []
    tried_after = 0
    for match in verbs:
        if out:
            tried_after += 1
            if tried_after > _NEXT_VERBS:
                break
        voice = _voice_at(sentence, match)
        if voice is not None:
            out.append(voice)
            if len(out) == 2:
                break
    return out


def _voice_at(sentence: str, match: re.Match[str]) -> _Voice | None:
    """The speaker of one cue verb, or ``None`` when it has none that can speak."""
    preceding = sentence[: match.start()].rstrip()
    candidates: list[tuple[str, tuple[int, int], str]] = []
    if preceding.endswith((" and", " but")):
        subject = _sentence_subject(sentence)
        if subject is not None:
            candidates.append((subject[0], subject[1], ""))
    else:
        before = _speaker_before(sentence, match.start())
        if before is not None:
            candidates.append(before)
    after = _speaker_after(sentence, match.end())
    if after is not None:
        closing = not sentence[after[1][1] :].strip(' .\u201d"')
        # "..., X said" and "... 85,000 hectares in size said manager Chad Morrison."
        if preceding.endswith((",", "”", '"', "’")) or closing:
            candidates.append((after[0], after[1], ""))
    for phrase, span, apposition in candidates:
        mention = read_mention(phrase)
        if mention is None or not _plausible(mention) or any(ch.isdigit() for ch in phrase):
            continue
        if apposition and mention.description is None:
            mention = attrs.evolve(mention, description=apposition)
        elif apposition:
            mention = attrs.evolve(mention, description=f"{mention.description}, {apposition}")
        if apposition and mention.role is None:
            role = read_mention(apposition)
            if role is not None and role.role is not None:
                mention = attrs.evolve(mention, role=role.role)
        return match, mention, span
    return None


#: What may follow a trailing cue before the sentence ends ("..., she added.",
#: "..., Curra said on Monday.").
_TRAILING = 30


def _nested(sentence: str, voices: list[_Voice]) -> tuple[_Voice, Mention] | None:
    """Reported speech inside reported speech: (the outer voice, the inner one).

    "Curra said that survivors had said some 140 were on board": Curra relays the
    survivors.  "Based on survivors' accounts, authorities believe 180 were on
    board, she added": the trailing "she added" is the outer voice, when the inner
    one heads its clause (not "one-fifth of what officials estimated, an official
    said").  Two voices in contrasting clauses ("..., while the union said ...")
    are not nested.
    """
    if len(voices) < 2:
        return None
    first, second = voices[0], voices[1]
    if first[1].text.lower() == second[1].text.lower():
        return None
    between = sentence[first[0].end() : second[2][0]]
    if CLAUSE_BREAK.search(sentence, first[0].end(), max(second[2][0], second[0].start())):
        return None
    tail = sentence[max(second[0].end(), second[2][1]) :].strip(' .,;\u201d"')
    lead = sentence[: min(second[0].start(), second[2][0])].rstrip()
    trailing = len(tail) <= _TRAILING and not any(ch.isdigit() for ch in tail)
    opens = sentence[: first[2][0]].rstrip()
    heads_a_clause = (
        not opens
        or opens.endswith((",", ";", ":", "“", '"'))
        or (_WORD.findall(opens[-12:])[-1:] == ["that"])
    )
    if trailing and lead.endswith((",", "”", '"')) and heads_a_clause and _relayable(first[1]):
        return second, first[1]  # "..., she added": the trailing voice relays the first
    relayed = cues.VERBS[second[0].group("verb")] in cues.RELAYED_LEMMAS
    if second[2][0] > first[0].end() and "," not in between and relayed and _relayable(second[1]):
        return first, second[1]  # "X said that Y had said ...": X relays Y
    return None


def _phrase_span(match: re.Match[str], mention: Mention | None) -> tuple[int, int]:
    """Where the source phrase a mention was read from ends: "the US Geological
    Service" of "by the US Geological Service at 6.1-magnitude", not the figure
    after it."""
    start, end = match.span("np")
    if mention is not None:
        at = match.group("np").find(mention.text)
        if at >= 0:
            return start + at, start + at + len(mention.text)
    return start, end


def _preposed(sentence: str, speaker_start: int) -> re.Match[str] | None:
    """A clause before the speaker that its statement does not cover: an
    adverbial clause set off by a comma ("After a wildfire destroyed dozens of
    homes, authorities warned ...") or a subordinator right before the speaker
    ("thousands left after the government announced ...")."""
    head = sentence[:speaker_start]
    before = _WORD.findall(head[-20:])
    if before and before[-1].lower() in cues.PREPOSED:
        return _LAST_WORD.search(head)
    words = _WORD.findall(sentence[: min(len(sentence), 12)])
    if words and words[0].lower() in cues.PREPOSED and head.rstrip().endswith(","):
        return _LAST_WORD.search(head)
    return None


def _is_document(mention: Mention) -> bool:
    """Whether a voice is a document or data set ("a memo", "early reports")."""
    # lower case only: "the Geological Survey" and "the Data Protection Office" are bodies
    return any(w in cues.DOCUMENT_NOUNS for w in mention.text.split())


def _relayable(mention: Mention) -> bool:
    """Whether a voice inside another's statement names someone: a name, a role, a
    body, or an unnamed group that can speak ("survivors"); never a pronoun."""
    if mention.pronoun is not None:
        return False
    head = mention.text.split()[-1].lower() if mention.text.split() else ""
    return bool(
        mention.name
        or mention.role
        or mention.kind.value != "person"
        or head in cues.GROUP_SPEAKERS
    )


def find_cue(sentence: str, *, quoted: bool = False) -> Cue | None:
    """The attribution cue of a sentence, or ``None`` when it has none.

    ``quoted`` says the sentence starts inside an open quotation, so that its
    first quote mark closes it.

    >>> cue = find_cue("Yu said the North sent roughly 12,000 troops to Russia.")
    >>> cue.verb, cue.speaker.name
    ('say', 'Yu')
    >>> cue = find_cue("“There are signs,” Lee said, citing the spy agency.")
    >>> cue.speaker.name, cue.relay.description
    ('Lee', 'spy agency')
    >>> cue = find_cue("Up to 3,000 troops were sent, according to the United States government.")
    >>> cue.verb, cue.according.kind.value
    ('according to', 'government')
    """
    mask = _quote_mask(sentence, quoted)
    according = None
    according_span: tuple[int, int] | None = None
    for match in _ACCORDING.finditer(sentence):
        if match.group("key").lower() == _PER and not match.group("np")[:1].isupper():
            continue
        if not mask[match.start()]:
            according = _source_mention(match.group("np"))
            according_span = _phrase_span(match, according)
            if according is not None:
                break
    relay = None
    for match in _RELAY.finditer(sentence):
        if not mask[match.start()]:
            relay = _source_mention(match.group("np") or match.group("quoted"))
            if relay is not None:
                break
    anonymity = "anonymity" in sentence.lower()
    verbs = [
        m
        for m in _VERB.finditer(sentence)
        if not mask[m.start()]
        and _PASSIVE.search(sentence, max(0, m.start() - _PASSIVE_REACH), m.start()) is None
        and _ADJECTIVE.search(sentence, max(0, m.start() - 12), m.start()) is None
        and not _object_use(sentence, m)
        and _PARTICIPLE_AFTER.match(sentence, m.end()) is None
    ]
    voices = _first_voices(sentence, verbs)
    if voices and according is not None and according_span is not None:
        first = voices[0]
        lo, hi = sorted((according_span[0], first[0].start()))
        if CLAUSE_BREAK.search(sentence, lo, hi) or _is_document(according):
            according, according_span = None, None  # another clause's voice, or a memo
        elif _is_document(first[1]) or (
            first[1].pronoun is not None and according_span[1] <= first[2][0]
        ):
            voices = []  # "early reports ..., according to the agency"; "According
            # to the USGS, the quake, which it measured at 6.1": the agency
    if voices:
        match, mention, span = voices[0]
        inner = _nested(sentence, voices)
        if inner is not None:
            (match, mention, span), relayed = inner
            relay = relay or relayed
        verb = cues.VERBS[match.group("verb")]
        opener = _SCOPE_OPENER.search(sentence, max(0, span[0] - 12), span[0])
        if opener is None:
            opener = _preposed(sentence, span[0])
        return Cue(
            verb=verb,
            speaker=mention,
            speaker_span=span,
            according=according,
            relay=relay,
            anonymity=anonymity,
            according_span=according_span,
            scope_start=span[0] if opener is not None else 0,
            verb_span=match.span("verb"),
        )
    if according is not None:
        if relay is not None:
            according = attrs.evolve(according)  # the outlet relays the cited source
        return Cue(
            verb="according to",
            speaker=None,
            according=according,
            relay=relay,
            according_span=according_span,
        )
    return None


def _passive(sentence: str, verb_start: int) -> bool:
    """Whether a cue verb is passive ("are registered"), so names no speaker."""
    return _PASSIVE.search(sentence, max(0, verb_start - _PASSIVE_REACH), verb_start) is not None


def _plausible(mention: Mention) -> bool:
    """A speaker phrase must name or describe someone."""
    return bool(
        mention.pronoun
        or mention.name
        or mention.role
        or mention.definite
        or mention.plural
        or mention.kind.value != "person"
        or (mention.description and mention.description[:1].isupper())
    )


_QUANTITY_WORDS = frozenset(
    {*numbers.UNITS, *numbers.TENS, *numbers.SCALES, *(v.phrase.split()[-1] for v in VAGUE)}
)
_DETERMINER_AFTER = frozenset("a an the its their his her this that these those".split())


def leading_subject(sentence: str) -> Mention | None:
    """The noun phrase a sentence opens with, when it names someone.

    Used to register people and bodies that later pronouns and descriptions
    refer to ("Interior Minister Kwame Mensah toured ... The minister said").

    >>> leading_subject("Opposition leader Tomasz Wrona conceded defeat.").name
    'Tomasz Wrona'
    >>> leading_subject("Rescue workers pulled survivors out.").text
    'Rescue workers'
    """
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(sentence, 0, 160)]
    if not tokens or tokens[0][0].lower() in STOPS or tokens[0][0].lower() in _QUANTITY_WORDS:
        return None  # "Six more people died", "Thousands marched": a figure, not a name
    if (
        len(tokens) > 1
        and tokens[0][0].lower().endswith(("ed", "ing"))
        and tokens[1][0].lower() in cues.NOUN_MARKERS
    ):
        return None  # "Based on ...", "Speaking to ...": a participle, not a name
    end = -1
    for index, (word, _, _) in enumerate(tokens):
        lower = word.lower()
        following = tokens[index + 1][0].lower() if index + 1 < len(tokens) else ""
        if not word[:1].isalpha():
            break
        if word[:1].isupper():
            end = index
            continue
        if (
            lower in ("of", "the", "for", "and")
            and following[:1]
            and tokens[index + 1][0][:1].isupper()
        ):
            continue
        if (
            lower in STOPS
            or lower in cues.VERBS
            or lower.endswith(("ed", "ly"))
            or (lower.endswith("s") and following in _DETERMINER_AFTER)
            or index == 0
        ):
            break
        end = index
    if end < 0:
        return None
    phrase = sentence[tokens[0][1] : tokens[end][2]]
    return read_mention(phrase)


@attrs.frozen(kw_only=True)
class LocalVoice:
    """A voice that covers only some figures of its sentence.

    Attributes:
        lo, hi: the part of the sentence whose figures it covers.
        cue: the cue it gives those figures.
    """

    lo: int
    hi: int
    cue: Cue


_ESTIMATE_OF = re.compile(
    rf"""(?<![A-Za-z])(?P<voice>(?:[A-Za-z][\w’'.-]*\s+){{1,4}}?)
        (?:{alternation(cues.ESTIMATE_NOUNS)})\s+(?:of|at|was|is|put\s+at|stood\s+at)\s+
        (?=[^.;]{{0,30}}?\d)""",
    re.IGNORECASE | re.VERBOSE,
)
_COVER = 40  # how far after an estimate noun its figure may stand
_ESTIMATE_HINTS = tuple(noun.split()[-1] for noun in cues.ESTIMATE_NOUNS)


def local_voices(sentence: str) -> tuple[LocalVoice, ...]:
    """Voices that cover one figure each: "1.3 million, according to organisers,
    and a local police estimate of 300,000" gives the organisers the first figure
    and the police the second.

    >>> [(v.cue.verb, (v.cue.according or v.cue.speaker).text) for v in local_voices(
    ...     "Estimates varied between 1.3 million, according to organisers, "
    ...     "and a local police estimate of 300,000.")]
    [('according to', 'organisers'), ('estimate', 'local police')]
    """
    out: list[LocalVoice] = []
    lower = sentence.lower()
    if "," not in sentence and not any(noun in lower for noun in _ESTIMATE_HINTS):
        return ()
    for match in _ACCORDING.finditer(sentence):
        head = sentence[: match.start()].rstrip()
        if not head.endswith(","):
            continue
        np = match.group("np")
        if sentence[match.end() : match.end() + 1] != ",":
            continue  # set off by commas mid-sentence; at the end it covers the sentence
        lo = head.rfind(",", 0, len(head) - 1) + 1
        region = sentence[lo : len(head) - 1]
        mention = _source_mention(np)
        if mention is None or not any(ch.isdigit() for ch in region):
            continue
        out.append(
            LocalVoice(
                lo=lo,
                hi=len(head),
                cue=Cue(verb="according to", speaker=None, according=mention,
                        according_span=_phrase_span(match, mention)),
            )
        )  # fmt: skip
    if not any(noun in lower for noun in _ESTIMATE_HINTS):
        return tuple(out)
    for match in _ESTIMATE_OF.finditer(sentence):
        words = match.group("voice").split()
        while words and (words[0].lower() in cues.DETERMINERS or words[0].lower() in STOPS):
            words = words[1:]
        if not words:
            continue
        last = words[-1].lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
        speaks = (
            words[-1][:1].isupper()
            or last in cues.GROUP_SPEAKERS
            or last in cues.ORG_WORDS
            or words[-1].lower().endswith(("'s", "’s"))
        )
        if not speaks:
            continue  # "a much lower estimate of": no voice
        phrase = " ".join(words).removesuffix("'s").removesuffix("’s")
        mention = read_mention(phrase)
        if mention is None:
            continue
        start = match.start("voice") + match.group("voice").find(words[0])
        span = (start, start + len(phrase))
        cue = Cue(verb="estimate", speaker=mention, speaker_span=span)
        out.append(LocalVoice(lo=match.end(), hi=min(len(sentence), match.end() + _COVER), cue=cue))
    return tuple(out)
