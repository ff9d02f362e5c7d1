"""Stage 0: split paragraphs into sentences, keeping character offsets.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets)
followed by white space and a capital letter, digit or opening quote, unless the
word before the period is an abbreviation from
:mod:`claimkit.lexicon.abbreviations` or a single capital letter (an initial).
Quotation state is tracked so that a new sentence inside a quotation knows it
is quoted.  Runs in one pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from claimkit.lexicon.abbreviations import ABBREVIATIONS

__all__ = ["Sentence", "split_sentences"]

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\Z")
_OPEN = "“"
_CLOSE = "”"


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence with its offsets in the text it was cut from.

    Attributes:
        start, end: offsets; ``text[start:end]`` is the sentence.
        text: the sentence.
        paragraph: index of its paragraph.
        index: position of the sentence within its paragraph.
        quoted: ``True`` when the sentence starts inside an open quotation.
    """

    start: int
    end: int
    text: str
    paragraph: int = 0
    index: int = 0
    quoted: bool = False


def _is_abbreviation(text: str, period: int, floor: int) -> bool:
    if text[period] != ".":
        return False
    word = _WORD_BEFORE.search(text, max(floor, period - 12), period)
    if word is None:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return True
    return token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, paragraph: int = 0
) -> Iterator[Sentence]:
    """Split ``text[start:end]`` into sentences with offsets into ``text``.

    >>> [s.text for s in split_sentences("Rep. Yu said 1,500 left. U.S. officials agreed.")]
    ['Rep. Yu said 1,500 left.', 'U.S. officials agreed.']
    >>> [s.quoted for s in split_sentences('He said: “One. Two.” Then he left.')]
    [False, True, False]
    """
    stop = len(text) if end is None else end
    cursor = start
    index = 0
    quote_depth = 0
    depth_at_start = 0
    scanned = start
    for match in _END.finditer(text, start, stop):
        if _is_abbreviation(text, match.start(), start):
            continue
        piece_end = match.end()
        segment = text[scanned:piece_end]
        quote_depth = _update_depth(segment, quote_depth)
        scanned = piece_end
        sentence = _make(text, cursor, piece_end, paragraph, index, depth_at_start > 0)
        if sentence is not None:
            yield sentence
            index += 1
        depth_at_start = quote_depth
        cursor = piece_end
    sentence = _make(text, cursor, stop, paragraph, index, depth_at_start > 0)
    if sentence is not None:
        yield sentence


def _update_depth(segment: str, depth: int) -> int:
    for char in segment:
        if char == _OPEN:
            depth = 1
        elif char == _CLOSE:
            depth = 0
        elif char == '"':
            depth = 0 if depth else 1
    return depth


def _make(
    text: str, start: int, end: int, paragraph: int, index: int, quoted: bool
) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Sentence(
        start=start, end=end, text=text[start:end], paragraph=paragraph, index=index, quoted=quoted
    )
