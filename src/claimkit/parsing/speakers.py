"""Reading attributor noun phrases: names, titles, descriptions and kinds.

Given the words that name who asserts something ("White House spokesperson John
Kirby", "a senior U.S. official", "South Korea's National Intelligence Service
(NIS)", "Rep. Yu Yong-weon of the People Power Party"), split them into a name,
a description and a role noun, and classify the kind of attributor from the
lexicon tables in :mod:`claimkit.lexicon.cues`.
"""

from __future__ import annotations

import re

import attrs

from claimkit.lexicon import cues
from claimkit.lexicon.subjects import DEMONYMS
from claimkit.model import AttributorKind

__all__ = ["Mention", "read_mention"]

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_AFFILIATION = re.compile(r"\s+(?:of|from|at|on|with|for)\s+(?:the\s+)?", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^()]{0,40}\)")
_OPENER = re.compile(
    r"^(?:But|And|Meanwhile|However|Also|Still|Yet|So|Separately|Earlier|Later|Now|Then|"
    r"Both|Instead|Moreover|Indeed)\s+"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_DETERMINERS = frozenset("a an the this that these those".split())
_TITLE_WORDS = frozenset(
    w for title in cues.TITLES for w in title.replace(".", ". ").split() if w
) | {t.rstrip(".") for title in cues.TITLES for t in title.split()}
_DEMONYM_WORDS = frozenset(w for d in DEMONYMS for w in d.split())
_NOT_NAME = cues.NOT_NAMES


@attrs.frozen(kw_only=True)
class Mention:
    """What an attributor phrase says about who it is.

    Attributes:
        text: the phrase as written (parentheticals and affiliations kept).
        name: the personal or organisational name, or ``None`` when the phrase
            only describes ("a South Korean lawmaker").
        description: title, role or apposition words ("White House spokesperson").
        role: canonical role noun from the lexicon ("lawmaker", "official").
        kind: the attributor kind.
        definite: "the official" (refers back) rather than "an official".
        pronoun: the pronoun when the phrase is one ("he", "it").
        plural: the phrase names several ("officials", "Washington and Seoul").
    """

    text: str
    name: str | None
    description: str | None
    role: str | None
    kind: AttributorKind
    definite: bool = False
    pronoun: str | None = None
    plural: bool = False

    @property
    def anonymous(self) -> bool:
        """Whether the phrase is an unnamed official or source."""
        return self.kind is AttributorKind.official_anonymous


_NAMED_KINDS = (AttributorKind.organization, AttributorKind.government, AttributorKind.media)


def _proper_tail(phrase: str) -> str | None:
    """The capitalised name a body's phrase ends with, past any description
    before it ("German auto parts maker Kessler Group" -> "Kessler Group").
    ``None`` when the phrase does not end in a name or is all name already."""
    words = phrase.split()
    index = len(words)
    while index > 0 and (
        words[index - 1][:1].isupper()
        or (words[index - 1] in ("of", "the", "for", "and") and index < len(words))
    ):
        index -= 1
    while index < len(words) and not words[index][:1].isupper():
        index += 1
    if index == 0 or index >= len(words):
        return None
    return " ".join(words[index:])


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _role_of(words: list[str]) -> str | None:
    for word in reversed(words):
        lower = word.lower().rstrip(".")
        if lower in cues.ROLE_NOUNS:
            return cues.ROLE_NOUNS[lower]
        if lower.endswith("s") and lower[:-1] in cues.ROLE_NOUNS:
            return cues.ROLE_NOUNS[lower[:-1]]
        if word in cues.TITLES:
            return cues.TITLES[word]
    return None


_KNOWN_BODIES = tuple(f" {body} " for body in cues.KNOWN_BODIES)
#: Words of a body's name, never of a person's ("Administration", "Ministry").
_BODY_WORDS = cues.ORG_WORDS | {"administration", "government"}


def _name_tokens(words: list[str]) -> list[str]:
    """The trailing run of capitalised words that are a personal name."""
    run: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(".,")
        if (
            bare[:1].isupper()
            and bare not in _NOT_NAME
            and bare not in _TITLE_WORDS
            and word not in cues.TITLES
            and bare not in _DEMONYM_WORDS
            and not bare.endswith(("’s", "'s"))
            and not (bare.isupper() and len(bare) <= 4)
            and bare.lower() not in _BODY_WORDS
        ) or (run and bare in ("the", "of", "for", "and") and run[-1][:1].isupper()):
            run.append(bare)
        else:
            break
    while run and run[-1][:1].islower():
        run.pop()
    return list(reversed(run))


def read_mention(phrase: str) -> Mention | None:
    """Read an attributor phrase; ``None`` when it names no one.

    >>> m = read_mention("White House spokesperson John Kirby")
    >>> m.name, m.description, m.role, m.kind.value
    ('John Kirby', 'White House spokesperson', 'spokesperson', 'person')
    >>> m = read_mention("a senior U.S. official")
    >>> m.name, m.kind.value
    (None, 'official_anonymous')
    >>> read_mention("Rep. Yu Yong-weon of the People Power Party").name
    'Yu Yong-weon'
    >>> read_mention("South Korea's National Intelligence Service (NIS)").kind.value
    'organization'
    >>> read_mention("he").pronoun
    'he'
    """
    text = _OPENER.sub("", " ".join(phrase.split()).strip(" ,;:\"'“”‘’"))
    if not text or len(text) > 160:
        return None
    lower = text.lower()
    if lower in cues.PRONOUNS:
        kind = {"person": AttributorKind.person, "organization": AttributorKind.organization}.get(
            cues.PRONOUNS[lower], AttributorKind.organization
        )
        return Mention(
            text=text, name=None, description=None, role=None, kind=kind,
            pronoun=lower, definite=True, plural=lower == "they",
        )  # fmt: skip
    core = _PAREN.sub("", text)
    core = _OPENER.sub("", core)
    parts = _AFFILIATION.split(core, maxsplit=1)
    head_part = parts[0]
    tail_name = _name_tokens(_WORD.findall(parts[1])) if len(parts) > 1 else []
    if len(parts) > 1 and not _name_tokens(_WORD.findall(head_part)) and len(tail_name) >= 2:
        head_part = core  # "The head of the regional administration Pavlo Kyrylenko"
    elif len(parts) > 1 and not _name_tokens(_WORD.findall(head_part)):
        before, after = _WORD.findall(head_part), _WORD.findall(parts[1])
        inside_a_name = (
            bool(before and after) and before[-1][:1].isupper() and after[0][:1].isupper()
        )
        if inside_a_name:  # "Department of Defense", "Archive of Public Gatherings"
            head_part = core
    words = _WORD.findall(head_part)
    if not words:
        return None
    lowered = [w.lower().rstrip(".") for w in words]
    definite = lowered[0] == "the"
    plural = (
        words[-1][:1].islower() and lowered[-1].endswith("s") and not lowered[-1].endswith("ss")
    ) or " and " in f" {' '.join(lowered)} "
    role = _role_of(words)
    names = _name_tokens(words)
    name = " ".join(names) if names else None
    description_words = words[: len(words) - len(names)] if names else words
    description = " ".join(w for w in description_words if w.lower() not in _DETERMINERS) or None
    joined = " ".join(lowered)
    tokens = set(lowered) | {_singular(w) for w in lowered}
    kind = _kind(tokens, joined, name, role, definite, plural, lowered)
    if (
        name is None
        and role is None
        and kind is AttributorKind.person
        and _ACRONYM.search(head_part)
    ):
        kind = AttributorKind.organization
    if kind is not AttributorKind.person and name is not None and role is None:
        name = None
    if name is None and kind in _NAMED_KINDS:
        name = _proper_tail(core) or re.sub(r"^(?:the|a|an)\s+", "", core, flags=re.IGNORECASE)
    return Mention(
        text=text, name=name, description=description, role=role, kind=kind,
        definite=definite, plural=plural,
    )  # fmt: skip


def _kind(
    tokens: set[str],
    joined: str,
    name: str | None,
    role: str | None,
    definite: bool,
    plural: bool,
    lowered: list[str],
) -> AttributorKind:
    if any(body in f" {joined} " for body in _KNOWN_BODIES):
        return AttributorKind.organization
    if (
        name is not None
        and (role is not None or len(name.split()) >= 2 or not tokens & cues.ORG_WORDS)
        and ((not tokens & cues.MEDIA and not tokens & cues.ORG_WORDS) or role is not None)
    ):
        return AttributorKind.person
    if tokens & cues.ANONYMOUS:
        return AttributorKind.official_anonymous
    unnamed_official = lowered[-1] in cues.ANONYMOUS_HEADS
    if name is None and unnamed_official:
        return AttributorKind.official_anonymous
    if tokens & cues.MEDIA and lowered[-1] in cues.MEDIA:
        return AttributorKind.media
    if lowered[-1] in cues.ORG_WORDS or (tokens & {"nato", "un"} and len(tokens) <= 2):
        return AttributorKind.organization
    if role is not None and name is None and lowered[-1] in cues.ROLE_NOUNS:
        return AttributorKind.person
    padded = f" {joined} "
    if any(f" {g} " in padded for g in cues.GOVERNMENT) or lowered[-1] in {
        "government",
        "administration",
    }:
        return AttributorKind.government
    if tokens & cues.ORG_WORDS:
        return AttributorKind.organization
    if tokens & cues.MEDIA:
        return AttributorKind.media
    return AttributorKind.person
