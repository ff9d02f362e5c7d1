"""Stage 3: what each figure counts.

The counted noun phrase is read from the words right after a figure: modifiers
and a head noun, stopping at a function word or verb
(:data:`claimkit.lexicon.subjects.STOPS`).  Participles that are roles ("400
killed in action", "3,600 injured") are heads themselves.  When nothing follows
("Of these, 1,500 have ...", "the remaining 3,500", "around 4,000 of the ...
troops"), the subject is taken from the figure the phrase points to:

* partitive "N of the M <noun>" / "N of them": the whole's noun, and the figure is
  marked as part of the whole;
* "Of these, N", "the remaining N": the previous figure's subject, as a part of it;
* otherwise the most recent counted subject (elision).

The role (what happened to the counted things) comes from the role lexicon in the
figure's clause, preferring words after the figure; place from "in/near/at X".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimkit.lexicon import subjects as lex
from claimkit.model import Subject
from claimkit.parsing._alternation import alternation

__all__ = ["Reading", "read_subject", "role_near"]

_TOKEN = re.compile(r"[ \t\n\u00a0]*([A-Za-z][\w'’.-]*[A-Za-z0-9]|[A-Za-z])")
_MODIFIERS = frozenset("more additional extra new other further fresh remaining initial".split())
_PARTITIVE = re.compile(
    r"[\"'”’]*\s+of\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?(?P<pro>them|these|those|whom|which)?",
    re.IGNORECASE,
)
_ANAPHOR_BEFORE = re.compile(
    r"(?:\bof\s+(?:these|them|those|whom|which)\s*,?\s*|\bthe\s+(?:remaining|rest\s+of\s+the|other)\s+)\Z",
    re.IGNORECASE,
)
_ROLE = re.compile(rf"(?<![A-Za-z])(?:{alternation(lex.ROLES)})(?![A-Za-z])", re.IGNORECASE)
_BATCH = re.compile(
    r"(?<![A-Za-z])(?P<order>first|second|third|fourth|fifth|initial|new|latest|additional|"
    r"further|next|original)\s+(?:[a-z]+\s+)?(?:batch|wave|deployment|contingent|rotation|"
    r"tranche|round)(?![A-Za-z])",
    re.IGNORECASE,
)
_ORDER = {"initial": "first", "original": "first", "new": "additional", "latest": "additional",
          "further": "additional", "next": "additional"}  # fmt: skip
_PLAN = re.compile(
    r"(?<![A-Za-z])(?:promised|promise|promises|pledged|pledge|plans?|planned|planning|"
    r"preparing|prepare|prepares|may|might|will|would|could|expected|expects|intends?|"
    r"intended|vowed|agreed|offered|threatened)(?:\s+to)?(?:\s+[a-z]+)?\s+\Z",
    re.IGNORECASE,
)
_PLAIN_OF = re.compile(
    r"\s+of(?=\s+(?!the\b|them\b|these\b|those\b|its\b|their\b|whom\b|which\b|us\b)[A-Za-z])",
    re.IGNORECASE,
)
_CONTAINER = re.compile(
    r"(?<![A-Za-z])([a-z]{3,})(?:\s+(?:from|of|in|at|on)\s+(?:the\s+)?[a-z]+)?"
    r"\s+(?:of|at|was|were|is|stood\s+at|reached|rose\s+to|fell\s+to|climbed\s+to|hit|"
    r"ranged\s+from|ranges\s+from|range\s+from)\s+(?:[a-z]+\s+){0,2}\Z"
)
_CHANGE_FROM = re.compile(r"(?<![A-Za-z])(?:up|down)\s+from\s+\Z", re.IGNORECASE)
_GENERIC_CONTAINERS = frozenset("number figure total tally count estimate estimates".split())
_EVENT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:war|conflict|invasion|fighting|offensive|crisis|election|elections)\s+\Z",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"(?<![A-Za-z])(?:in|near|at|into|to|around|outside|inside)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|region|province|oblast|city|area|border))*)"
)
_DEMONYM = re.compile(rf"(?<![A-Za-z])(?:{alternation(lex.DEMONYMS)})(?![A-Za-z])")


@attrs.frozen(kw_only=True)
class Reading:
    """A subject with how it was found.

    Attributes:
        subject: the :class:`~claimkit.model.Subject`.
        end: where the noun phrase ends (``start`` of the figure's tail if empty).
        elided: ``True`` when the noun was not written after the figure.
        partitive: ``True`` for "N of the M ..." and "N of them".
        part_of_previous: ``True`` for "Of these, N" and "the remaining N".
        has_noun: a counted noun was written after the figure.
    """

    subject: Subject
    end: int
    elided: bool = False
    partitive: bool = False
    part_of_previous: bool = False
    has_noun: bool = False


def _noun_phrase(
    text: str, start: int, stop: int
) -> tuple[list[tuple[str, int, int]], list[str], bool]:
    """Tokens of the counted noun phrase after ``start``, the roles inside it, and
    whether it holds a noun (not only role words or a bare participle)."""
    tokens: list[tuple[str, int, int]] = []
    roles: list[str] = []
    position = start
    while len(tokens) < 7:
        match = _TOKEN.match(text, position, stop)
        if match is None:
            break
        word = match.group(1)
        lower = word.lower()
        if lower in ("and", "or") and tokens:
            follower = _TOKEN.match(text, match.end(), stop)
            if follower is not None and (
                follower.group(1)[:1].isupper() or follower.group(1).lower() in lex.ROLE_HEADS
            ):
                tokens.append((word, match.start(1), match.end(1)))
                position = match.end()
                continue
            break
        if lower in lex.ROLE_HEADS:
            roles.append(lex.ROLE_HEADS[lower])
            tokens.append((word, match.start(1), match.end(1)))
            position = match.end()
            continue
        if lower in lex.STOPS and lower not in _MODIFIERS:
            break
        if (
            lower.endswith("ing")
            and lower not in lex.SYNONYMS
            and not _noun_follows(text, match.end(), stop)
        ):
            break
        if lower.endswith("ed") and lower not in lex.SYNONYMS and tokens:
            break
        tokens.append((word, match.start(1), match.end(1)))
        position = match.end()
        plural = len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss")
        if (lower in lex.SYNONYMS or plural) and not _continues(text, position, stop):
            break
    while tokens and tokens[-1][0].lower() in ("and", "or"):
        tokens.pop()
    if tokens and all(w.lower() in _MODIFIERS for w, _, _ in tokens):
        return [], roles, False
    if len(tokens) == 1 and tokens[0][0].lower().endswith("ed") and not roles:
        word = tokens[0][0].lower()
        if word not in lex.SYNONYMS:
            # a participle with no noun after it is what happened to the counted
            # things ("300 returned", "14 arrested"), or a verb ("the two signed")
            follower = _TOKEN.match(text, tokens[0][2], stop)
            if follower is None or follower.group(1).lower() in lex.STOPS:
                roles.append(lex.ROLES.get(word, word))
                return [], roles, False
    nouns = any(
        w.lower() not in lex.ROLE_HEADS and w.lower() not in ("and", "or") for w, _, _ in tokens
    )
    return tokens, roles, nouns


def _continues(text: str, position: int, stop: int) -> bool:
    """Whether a noun-noun compound goes on ("forces personnel", "fighting vehicles")."""
    follower = _TOKEN.match(text, position, stop)
    return follower is not None and follower.group(1).lower() in lex.SYNONYMS


def _noun_follows(text: str, position: int, stop: int) -> bool:
    """Whether a plural noun follows ("fighting vehicles", "training sites")."""
    follower = _TOKEN.match(text, position, stop)
    if follower is None:
        return False
    word = follower.group(1).lower()
    plural = word.endswith("s") and not word.endswith("ss") and len(word) > 3
    return word in lex.SYNONYMS or (plural and word not in lex.STOPS)


def role_near(
    text: str, start: int, end: int, lo: int, hi: int, *, last: bool = False
) -> str | None:
    """The role word nearest a figure at ``start:end`` within ``lo:hi``.

    Words after the figure win over words before it; with ``last=True`` the last
    role word after the figure wins (the main predicate of a partitive).  A
    movement announced but not done ("promised to provide", "preparing to send",
    "the planned deployment", "may send") is the role ``planned``.

    >>> s = "some 3,500 soldiers are undergoing training"
    >>> role_near(s, 0, 10, 0, len(s))
    'training'
    >>> s = "Pyongyang had promised to provide about 10,000 troops"
    >>> role_near(s, 40, 52, 0, len(s))
    'planned'
    """
    after = list(_ROLE.finditer(text, end, hi))
    before = list(_ROLE.finditer(text, lo, start))
    if before and _role_of(text, before[-1]) == "planned":
        return "planned"  # "promised to provide 10,000 troops, whose deployment ..."
    if after:
        return _role_of(text, after[-1] if last else after[0])
    if before:
        return _role_of(text, before[-1])
    return None


def _role_of(text: str, match: re.Match[str]) -> str:
    role = lex.ROLES[" ".join(match.group(0).lower().split())]
    if role in lex.PLANNABLE and _PLAN.search(text, max(0, match.start() - 30), match.start()):
        return "planned"
    return role


def read_subject(
    text: str,
    *,
    start: int,
    tail: int,
    stop: int,
    clause: tuple[int, int],
    previous: Sequence[Subject] = (),
    unit: str = "count",
) -> Reading:
    """The subject of the figure at ``start`` whose own words end at ``tail``.

    Args:
        text: the text the offsets point into.
        start: where the figure starts.
        tail: where its own words end.
        stop: where the noun phrase must end at the latest (next figure or
            sentence end).
        clause: ``(lo, hi)`` bounds in which to look for role words.
        previous: subjects of earlier figures, most recent last.
        unit: the figure's unit; measures ("km") count no noun.

    >>> s = "Yu quoted approximately 400 killed in action and 3,600 injured"
    >>> r = read_subject(s, start=10, tail=27, stop=48, clause=(0, len(s)))
    >>> r.subject.head, r.subject.role
    ('killed', 'killed')
    >>> s = "The North sent 3,000 North Korean troops to Russia"
    >>> r = read_subject(s, start=15, tail=20, stop=len(s), clause=(0, len(s)))
    >>> r.subject.key, r.subject.actor, r.subject.place, r.subject.role
    ('troops', 'North Korean', 'Russia', 'deployed')
    """
    lo, hi = clause
    plain_of = _PLAIN_OF.match(text, tail, stop)
    if plain_of is not None:
        tail = plain_of.end()
    tokens, roles, has_noun = _noun_phrase(text, tail, stop)
    role = role_near(text, start, tail, lo, hi)
    if not tokens and roles:
        role = roles[0]
    place = _place(text, tail, hi)
    if tokens:
        phrase = text[tokens[0][1] : tokens[-1][2]]
        nouns = (
            [
                w
                for w, _, _ in tokens
                if w.lower() not in lex.ROLE_HEADS and w.lower() not in ("and", "or")
            ]
            if has_noun
            else []
        )
        head = nouns[-1].lower() if nouns else tokens[0][0].lower()
        if roles and not nouns:
            role = "casualties" if len(set(roles)) > 1 else roles[0]
            inherited = next((p for p in reversed(previous) if p.key in lex.BEINGS), None)
            key = inherited.key if inherited is not None and inherited.key else "people"
            actor = inherited.actor if inherited is not None else None
        else:
            if len(set(roles)) > 1:
                role = "casualties"
            elif roles:
                role = roles[0]
            key = lex.key_for(head) if unit == "count" else head
            actor = _actor(phrase)
        qualifiers = tuple(w.lower() for w, _, _ in tokens if w.lower() in _MODIFIERS)
        subject = Subject(
            text=phrase,
            head=head,
            key=key,
            role=role,
            place=place,
            actor=actor,
            qualifiers=qualifiers,
        )
        return Reading(subject=subject, end=tokens[-1][2], has_noun=bool(nouns))
    if unit != "count":
        subject = Subject(text="", head="", key=unit, role=role, place=place)
        return Reading(subject=subject, end=tail, elided=True)
    if _CHANGE_FROM.search(text, max(0, start - 12), start) and previous:
        # "rose to 54, up from 31": the earlier value of the same count
        return Reading(subject=previous[-1], end=tail, has_noun=True)
    container = _CONTAINER.search(text, max(lo, start - 60), start)
    if container is not None and container.group(1).lower() in _GENERIC_CONTAINERS and previous:
        base = previous[-1]  # "put the number at 42,000": the count named before
        return Reading(subject=attrs.evolve(base, role=role or base.role), end=tail, has_noun=True)
    if container is not None and container.group(1).lower() not in lex.STOPS:
        head = container.group(1).lower()
        subject = Subject(text=container.group(1), head=head, key=lex.key_for(head), role=role,
                          place=place)  # fmt: skip
        return Reading(subject=subject, end=tail, has_noun=True)
    partitive = _PARTITIVE.match(text, tail, stop)
    if partitive is not None and partitive.group("pro") and previous:
        base = previous[-1]
        role = role_near(text, start, tail, lo, hi, last=True) or base.role
        subject = attrs.evolve(base, role=role, place=place or base.place)
        return Reading(subject=subject, end=tail, elided=True, partitive=True)
    if _ANAPHOR_BEFORE.search(text, max(0, start - 30), start) is not None and previous:
        base = previous[-1]
        subject = attrs.evolve(base, role=role or base.role, place=place or base.place)
        return Reading(subject=subject, end=tail, elided=True, part_of_previous=True)
    if previous:
        base = previous[-1]
        subject = attrs.evolve(base, role=role or base.role, place=place or base.place)
        return Reading(subject=subject, end=tail, elided=True)
    return Reading(subject=Subject(role=role, place=place), end=tail, elided=True)


def batch_of(text: str, start: int, end: int, lo: int) -> str | None:
    """Which batch or wave a figure counts, as "<order> batch".

    The batch is named before the figure in its clause ("a second batch of
    1,500", "a second batch of troops had been sent, totaling around 5,000")
    or right after its noun phrase ("3,500 troops in a third deployment").

    >>> batch_of("its initial deployment of 12,000 troops", 26, 39, 0)
    'first batch'
    >>> batch_of("sent 3,500 troops in a third deployment.", 5, 17, 0)
    'third batch'
    """
    found = None
    for match in _BATCH.finditer(text, lo, start):
        found = match
    after = _BATCH.search(text, end, min(len(text), end + 40))
    if found is None and after is not None:
        found = after
    if found is None:
        return None
    order = found.group("order").lower()
    return f"{_ORDER.get(order, order)} batch"


def _place(text: str, tail: int, hi: int) -> str | None:
    """The first place named after the figure, skipping the setting of an event
    ("Russia's war in Ukraine" says where the war is, not the troops)."""
    stop = min(hi, tail + 160)
    for match in _PLACE.finditer(text, tail, stop):
        if _EVENT_BEFORE.search(text, max(tail, match.start() - 20), match.start()) is None:
            return match.group("place").rstrip(".")
    return None


def _actor(phrase: str) -> str | None:
    match = _DEMONYM.search(phrase)
    return match.group(0) if match is not None else None
