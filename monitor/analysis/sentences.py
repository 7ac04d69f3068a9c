"""Sentence spans of a summary, in one linear pass."""

from __future__ import annotations

import re

# A run of end marks, closing quotes or brackets, spaces, then a capital or a digit. Every
# quantifier is possessive and a run is only tried where it begins (the look-behind): on a long
# run of "." or "!" the old pattern retried the run from each of its positions (quadratic).
# Feeds built from HTML paragraphs often glue them ("… requirements.The FTC"): a lower-case
# letter, one end mark and a capitalised word with no space is a boundary too.
_BOUNDARY = re.compile(
    r"(?<![.!?])[.!?](?:[.!?]*+[\"')\]]*+\s++(?=[\"'(\[]?[A-Z0-9À-Þ])|(?<=[a-z][.!?])(?=[A-Z][a-z]))"
)
_LAST_WORD = re.compile(r"([\w.]+)\.*$")
# How far back the word before a boundary is looked for ("approx." is the longest abbreviation).
_WORD_WINDOW = 12


def sentences(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans of cased text; a full stop after an abbreviation or initial is no end."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - _WORD_WINDOW), m.start() + 1)
        last = word.group(1).lower().rstrip(".") if word else ""
        if last in abbreviations or len(last) == 1:
            continue
        spans.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def first_sentence(text: str, abbreviations: frozenset[str]) -> tuple[int, int]:
    """The span of the first sentence (the lead), without splitting the rest."""
    for m in _BOUNDARY.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - _WORD_WINDOW), m.start() + 1)
        last = word.group(1).lower().rstrip(".") if word else ""
        if last not in abbreviations and len(last) != 1:
            return (0, m.start() + 1)
    return (0, len(text))
