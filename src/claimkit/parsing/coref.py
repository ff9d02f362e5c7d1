"""Stage 5: tie attributor mentions to the people and bodies of an article.

A :class:`Registry` is filled in article order.  Named mentions ("Rep. Yu
Yong-weon", "South Korea's National Intelligence Service (NIS)") create entities;
later mentions resolve to them:

* a surname, title plus surname or acronym ("Yu", "Rep. Yu", "The NIS") matches an
  entity whose name or parenthetical contains it;
* a pronoun ("he", "she") is the most recent person; "it" the most recent
  organisation or government; "they"/"them" the most recent group;
* a definite description ("the lawmaker", "the official", "the agency") is the
  most recent entity with that role or head word;
* an indefinite description ("a South Korean lawmaker") is the one named entity in
  the whole article with that role, if exactly one exists (news leads often name
  the person a sentence later).

Anonymous officials are entities of their own and never merge with a named
person.  When nothing fits, the attributor is kept with ``resolved=False`` and the
mention as its name, rather than guessed.
"""

from __future__ import annotations

import re

import attrs

from claimkit.lexicon import cues
from claimkit.model import Attributor, AttributorKind
from claimkit.parsing.speakers import Mention

__all__ = ["Entity", "Registry"]

_PAREN = re.compile(r"\(([^()]{1,40})\)")
_BODY_WORDS = cues.ORG_WORDS | {"company", "group", "organisation", "organization", "body"}


@attrs.define
class Entity:
    """Someone or something that asserts figures in one article."""

    name: str
    kind: AttributorKind
    description: str | None
    role: str | None
    aliases: set[str]
    first: int
    last: int
    cites: Attributor | None = None
    plural: bool = False

    def attributor(self, *, via: tuple[Attributor, ...] = ()) -> Attributor:
        chain = via or ((self.cites,) if self.cites is not None else ())
        return Attributor(name=self.name, kind=self.kind, description=self.description, via=chain)


def _aliases(mention: Mention) -> set[str]:
    out: set[str] = set()
    if mention.name:
        out.add(mention.name.lower())
        for token in mention.name.replace("’", "'").split():
            if len(token) > 1:
                out.add(token.lower().removesuffix("'s"))
    for acronym in _PAREN.findall(mention.text):
        out.add(acronym.lower())
    return out


def _head(mention: Mention) -> str | None:
    words = (mention.description or "").lower().split()
    return words[-1] if words else None


class Registry:
    """Entities of one article, filled and queried in reading order."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []

    def named(self, mention: Mention, offset: int) -> Entity | None:
        """Register a mention that names someone, or a group ("rescue workers")."""
        if mention.pronoun is not None:
            return None
        if mention.name is None:
            if not mention.plural or mention.definite:
                return None
            entity = Entity(
                name=mention.text, kind=mention.kind, description=mention.description,
                role=mention.role, aliases=set(), first=offset, last=offset, plural=True,
            )  # fmt: skip
            self.entities.append(entity)
            return entity
        if mention.definite and not mention.name[:1].isupper():
            # "the company" points back to a body named before; with none, the
            # description itself is the body's name ("The army said ... it said")
            earlier = self._described(mention, offset, before_only=True)
            if earlier is not None:
                return earlier
        found = self._by_alias(mention)
        if found is not None:
            if len(mention.name) > len(found.name) and found.name in mention.name:
                found.name = mention.name  # "Yu" first, "Rep. Yu Yong-weon" later
            if found.description is None and mention.description:
                found.description = mention.description
            found.role = found.role or mention.role
            found.aliases |= _aliases(mention)
            return found
        # a bare one-word name ("Kessler", "Yu") is registered too; a fuller name
        # for the same entity later replaces it (see the alias match above)
        entity = Entity(
            name=mention.name,
            kind=mention.kind,
            description=mention.description,
            role=mention.role,
            aliases=_aliases(mention),
            first=offset,
            last=offset,
        )
        self.entities.append(entity)
        return entity

    def _by_alias(self, mention: Mention) -> Entity | None:
        keys = _aliases(mention)
        if not keys:
            return None
        for entity in reversed(self.entities):
            if mention.name and mention.name.lower() in entity.aliases:
                return entity
        if mention.kind is AttributorKind.person and mention.name:
            tokens = {t.lower() for t in mention.name.split()}
            for entity in reversed(self.entities):
                if entity.kind is AttributorKind.person and tokens <= entity.aliases:
                    return entity
        return None

    def resolve(self, mention: Mention, offset: int) -> Attributor:
        """The attributor a mention at ``offset`` refers to."""
        entity = self._find(mention, offset)
        if entity is not None:
            entity.last = max(entity.last, offset)
            return entity.attributor()
        name = mention.name or mention.text
        kind = mention.kind
        resolved = not (mention.pronoun or mention.definite)
        if kind is not AttributorKind.person and mention.pronoun is None:
            resolved = True
        return Attributor(name=name, kind=kind, description=mention.description, resolved=resolved)

    def _find(self, mention: Mention, offset: int) -> Entity | None:
        if mention.pronoun is not None:
            if mention.pronoun in ("they", "them"):
                group = self._recent(offset, tuple(AttributorKind), plural=True)
                if group is not None:
                    return group
            return self._recent(offset, _PRONOUN_KINDS[mention.pronoun])
        if mention.name is not None and mention.kind is not AttributorKind.official_anonymous:
            found = self._by_alias(mention)
            if found is not None:
                return found
            if mention.kind is AttributorKind.person:
                return None
        acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", mention.text)}
        if acronyms:
            for entity in reversed(self.entities):
                if acronyms & entity.aliases:
                    return entity
        if mention.definite:
            return self._described(mention, offset, before_only=True)
        if mention.name is None and mention.role is not None and not mention.anonymous:
            candidates = [
                e
                for e in self.entities
                if e.role == mention.role and e.kind is AttributorKind.person
            ]
            if len(candidates) == 1:
                return candidates[0]
        return None

    def _described(self, mention: Mention, offset: int, *, before_only: bool) -> Entity | None:
        head = _head(mention)
        # a bare body noun ("the company", "the group") may point back to any
        # body; a fuller description ("the interior ministry") only to one it fits
        described = set((mention.description or "").lower().split())
        generic = head in _BODY_WORDS and len(described) == 1
        for entity in sorted(self.entities, key=lambda e: e.last, reverse=True):
            if before_only and entity.first > offset:
                continue
            crosses_anonymity = mention.anonymous != (
                entity.kind is AttributorKind.official_anonymous
            )
            same_person_role = mention.role == entity.role and entity.kind is AttributorKind.person
            if crosses_anonymity and not same_person_role:
                continue
            if mention.role is not None and entity.role == mention.role:
                return entity
            known = set(f"{entity.name} {entity.description or ''}".lower().split())
            if described and described <= known:
                return entity  # every word of "the fire service" fits this entity
            if generic and entity.kind in (
                AttributorKind.organization,
                AttributorKind.government,
                AttributorKind.media,
            ):
                return entity
        if generic:
            # an unfamiliar organisation name reads like a person's ("Sakura
            # Electronics"): "the company" may still point back to it
            for entity in sorted(self.entities, key=lambda e: e.last, reverse=True):
                words = entity.name.split()
                proper = len(words) >= 2 and all(w[:1].isupper() for w in words)
                if (
                    entity.first <= offset
                    and entity.kind is AttributorKind.person
                    and not entity.role
                    and not entity.plural
                    and proper
                ):
                    return entity
        return None

    def _recent(
        self, offset: int, kinds: tuple[AttributorKind, ...], *, plural: bool | None = None
    ) -> Entity | None:
        best: Entity | None = None
        for entity in self.entities:
            if plural is not None and entity.plural != plural:
                continue
            eligible = entity.kind in kinds and entity.first <= offset
            if eligible and (best is None or entity.last > best.last):
                best = entity
        return best

    def anonymous(self, mention: Mention, offset: int) -> Entity:
        """Register an anonymous official as an entity of its own."""
        if mention.definite:
            found = self._described(mention, offset, before_only=True)
            if found is not None and found.kind is AttributorKind.official_anonymous:
                found.last = offset
                return found
        entity = Entity(
            name=mention.text[:1].lower() + mention.text[1:]
            if mention.text[:2] in ("A ", "An")
            else mention.text,
            kind=AttributorKind.official_anonymous,
            description=mention.description,
            role=mention.role or "official",
            aliases=set(),
            first=offset,
            last=offset,
        )
        self.entities.append(entity)
        return entity


_PRONOUN_KINDS: dict[str, tuple[AttributorKind, ...]] = {
    "he": (AttributorKind.person,),
    "she": (AttributorKind.person,),
    "him": (AttributorKind.person,),
    "her": (AttributorKind.person,),
    "it": (AttributorKind.organization, AttributorKind.government, AttributorKind.media),
    "they": (
        AttributorKind.organization,
        AttributorKind.government,
        AttributorKind.official_anonymous,
    ),
    "them": (AttributorKind.person, AttributorKind.official_anonymous, AttributorKind.organization),
}
