"""Every lexicon table is read by the code, and sampled rows do what their table says.

A table no code reads is a list of words that silently does nothing; a row that
its reader does not find in a template sentence is a phrase lost on the way (the
``"white house".split()`` kind of bug).
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import claimkit
import claimkit.lexicon
from claimkit.lexicon import cues, furniture, numbers, time
from claimkit.parsing.attribution import find_cue
from claimkit.parsing.speakers import read_mention

SRC = Path(claimkit.__file__).parent
CODE = {p: p.read_text(encoding="utf-8") for p in SRC.rglob("*.py")}


def _tables() -> list[tuple[str, str]]:
    out = []
    for info in pkgutil.iter_modules(claimkit.lexicon.__path__):
        module = importlib.import_module(f"claimkit.lexicon.{info.name}")
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, (tuple, frozenset, dict, list)):
                out.append((info.name, name))
    return out


@pytest.mark.parametrize(("module", "name"), _tables())
def test_every_table_is_read(module: str, name: str) -> None:
    uses = sum(len(re.findall(rf"\b{name}\b", text)) for text in CODE.values())
    assert uses >= 2, f"lexicon.{module}.{name} is defined but no code reads it"


def test_tables_of_phrases_keep_their_phrases() -> None:
    # a phrase table built by str.split() would hold no entry with a space
    for table in (cues.CONTINUATIONS, cues.ASIDES, cues.KNOWN_BODIES, cues.ACCORDING):
        assert any(" " in row for row in table)


@pytest.mark.parametrize("verb", sorted(cues.VERBS))
def test_every_verb_of_saying_is_a_cue(verb: str) -> None:
    if verb in cues.OBJECT_VERBS or verb in cues.ESTIMATE_VERBS:
        sentence = f"The agency {verb} the estimate of 40 dead."
    else:
        sentence = f"The agency {verb} that 40 people had died."
    cue = find_cue(sentence)
    assert cue is not None, sentence
    assert cue.verb == cues.VERBS[verb]


@pytest.mark.parametrize("phrase", cues.ACCORDING)
def test_every_according_phrase_names_a_source(phrase: str) -> None:
    cue = find_cue(f"Some 40 people died, {phrase} Reuters.")
    assert cue is not None
    assert cue.according is not None
    assert cue.according.text == "Reuters"


@pytest.mark.parametrize("verb", cues.AGENT_VERBS)
def test_every_agent_verb_names_its_by_phrase(verb: str) -> None:
    cue = find_cue(f"A toll of 40 was {verb} by the health ministry.")
    assert cue is not None
    assert cue.according is not None
    assert "health ministry" in cue.according.text


@pytest.mark.parametrize("phrase", cues.RELAYS)
def test_every_relay_names_the_relayed_voice(phrase: str) -> None:
    cue = find_cue(f"The agency said 40 people died, {phrase} the police.")
    assert cue is not None
    assert cue.relay is not None
    assert "police" in cue.relay.text


@pytest.mark.parametrize("body", cues.KNOWN_BODIES)
def test_every_known_body_is_an_organisation(body: str) -> None:
    mention = read_mention(body.title())
    assert mention is not None
    assert mention.kind.value == "organization"


@pytest.mark.parametrize("word", sorted(cues.ANONYMOUS))
def test_every_anonymity_word_makes_an_anonymous_voice(word: str) -> None:
    mention = read_mention(f"an {word} official")
    assert mention is not None
    assert mention.kind.value == "official_anonymous"


@pytest.mark.parametrize("noun", time.SAID_OCCASIONS)
def test_every_occasion_dates_the_saying(noun: str) -> None:
    pub = dt.date(2025, 3, 7)
    (claim,) = claimkit.extract(f"In a {noun} on Tuesday, the agency said 40 died.", published=pub)
    assert claim.date.said_on == dt.date(2025, 3, 4)


@pytest.mark.parametrize("word", [w for w in numbers.PERCENT if w != "%"])
def test_every_percent_word_makes_a_percentage(word: str) -> None:
    (claim,) = claimkit.extract(f"Turnout rose to 61 {word}, officials said.")
    assert claim.quantity.unit in ("percent", "percentage point")


@pytest.mark.parametrize("word", furniture.CREDIT_WORDS)
def test_every_credit_word_marks_a_caption(word: str) -> None:
    from claimkit.parsing._shapes import caption

    assert caption(f"Firefighters battle the blaze near the town. ({word.upper()} Jane Doe)")
