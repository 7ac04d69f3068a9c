"""Text normalisation shared by the analysers: offset-keeping accent folding, phrases, sentences."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache

# Typographic variants that feeds mix freely; each maps to ONE character so that offsets in the
# folded text are offsets in the original (targets are cut from the original, with its accents).
_SPECIAL = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u3000": " ",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00f8": "o", "\u00d8": "O", "\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D",
    "\u00e6": "a", "\u00c6": "A", "\u0153": "o", "\u0152": "O", "\u0131": "i", "\u0130": "I",
}


@cache
def _fold_table() -> dict[int, str]:
    table = {ord(k): v for k, v in _SPECIAL.items()}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        if cp in table:
            continue
        base = unicodedata.normalize("NFKD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base
    return table


def nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match[str]) -> str:
    return _fold_table().get(ord(m.group()), m.group())


def fold(text: str) -> str:
    """Accents off, spaces, quotes and dashes made plain; same length as the NFC text."""
    if text.isascii():
        return text
    # A few accented characters per item: replacing them one by one beats str.translate,
    # which walks every character through the mapping.
    return _NON_ASCII.sub(_fold_char, unicodedata.normalize("NFC", text))


def fold_lower(text: str) -> str:
    """fold() then lower case, keeping offsets (a rare lower() that changes length is undone)."""
    folded = fold(text)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


_GAP = r"(?:\W+[\w'.,€£$]+){0,5}?\W+"


def _atoms(phrase: str) -> list[str]:
    """The regex pieces of one data phrase (syntax described in resources/analysis/tags.yml)."""
    text = fold_lower(phrase.strip())
    star = text.endswith("*")
    if star:
        text = text[:-1]
    atoms: list[str] = []
    for index, part in enumerate(text.split(" ~ ")):
        if index:
            atoms.append(_GAP)
        for pos, ch in enumerate(part):
            if ch in " -":
                if not atoms or atoms[-1] != r"[\s\-]+":
                    atoms.append(r"[\s\-]+")
            elif ch == "'" and pos == len(part) - 1:
                # An elision at the end ("d'") must be written, or "de" would match as "d".
                atoms.append(r"(?:'|\s+)")
            elif ch == "'":
                atoms.append(r"['\s]?")
            elif ch == "*":
                atoms.append(r"\w*")
            else:
                atoms.append(re.escape(ch))
    if star:
        atoms.append(r"\w*")
    elif text[-1:].isalnum():
        atoms.append(r"(?!\w)")
    return atoms


def phrase_pattern(phrase: str) -> str:
    """The regex for one data phrase."""
    head = r"(?<!\w)" if fold_lower(phrase.strip())[:1].isalnum() else ""
    return head + "".join(_atoms(phrase))


_END = ""


def _branch_order(atom: str) -> tuple[int, str]:
    # A branch that ends the phrase here ("fine" then a word boundary) must come after those
    # that go on ("fine of ~ on"), or the regex engine settles for the shorter phrase.
    if atom.startswith("(?!"):
        return 3, atom
    if atom == r"\w*":
        return 2, atom
    return (1 if len(atom) > 2 else 0), atom


def _emit(node: dict[str, dict[str, object]]) -> str:
    # Plain characters first, then wider pieces, then the end: the fullest phrase wins.
    keys = sorted((k for k in node if k != _END), key=_branch_order)
    alts = [k + _emit(node[k]) for k in keys]  # type: ignore[arg-type]
    if _END in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def alternation(phrases: Iterable[str]) -> str:
    """One non-capturing alternation of phrases, built as a trie: Python's regex engine tries
    the branches of a flat alternation one by one at every position, which is far too slow for
    hundreds of keywords."""
    words: dict[str, dict[str, object]] = {}
    others: dict[str, dict[str, object]] = {}
    for phrase in {p for p in phrases if p.strip()}:
        # Phrases that open with a letter or digit share ONE leading word-boundary check, which
        # rejects positions inside words before any branch is tried.
        node = words if fold_lower(phrase.strip())[:1].isalnum() else others
        for atom in _atoms(phrase):
            node = node.setdefault(atom, {})  # type: ignore[assignment]
        node[_END] = {}
    parts = []
    if words:
        parts.append(r"(?<!\w)" + _wrap(_emit(words)))
    if others:
        parts.append(_emit(others))
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


def _wrap(source: str) -> str:
    return source if source.startswith("(?:") and source.endswith(")") else f"(?:{source})"


class Matcher:
    """Phrases under labels, found in one pass of one trie-shaped regex.

    A regex with one group per label would not share prefixes across labels; instead the label
    of each (rare) hit is found afterwards by the per-label pattern.
    """

    def __init__(self, labelled: Mapping[str, Sequence[str]]) -> None:
        phrases = [p for group in labelled.values() for p in group]
        self.pattern = re.compile(alternation(phrases))
        self._labels = [
            (label, re.compile(alternation(group))) for label, group in labelled.items() if group
        ]

    def label(self, text: str, start: int, end: int) -> str | None:
        for label, pattern in self._labels:
            if pattern.fullmatch(text, start, end):
                return label
        return None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[
        tuple[str, re.Match[str]]
    ]:
        for m in self.pattern.finditer(text, start, len(text) if end is None else end):
            label = self.label(text, m.start(), m.end())
            if label is not None:
                yield label, m

    def labels(self, text: str) -> set[str]:
        return {label for label, _ in self.finditer(text)}

    def search(self, text: str, start: int = 0, end: int | None = None) -> str | None:
        for label, _ in self.finditer(text, start, end):
            return label
        return None


def grouped(
    labelled: Mapping[str, Sequence[str]], prefix: str = "g"
) -> tuple[str, dict[str, str]]:
    """An alternation with one named group per label; returns it and group name -> label."""
    parts = []
    names: dict[str, str] = {}
    for i, (label, phrases) in enumerate(labelled.items()):
        if not phrases:
            continue
        names[f"{prefix}{i}"] = label
        parts.append(f"(?P<{prefix}{i}>{alternation(phrases)})")
    return "|".join(parts) or r"(?!x)x", names


def flatten(per_language: Mapping[str, Sequence[str]] | Sequence[str] | None) -> list[str]:
    """Phrases of every language: items are matched whatever language their feed claims."""
    if not per_language:
        return []
    if isinstance(per_language, Mapping):
        return [p for phrases in per_language.values() for p in phrases]
    return list(per_language)


_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9À-Þ])")
_LAST_WORD = re.compile(r"([\w.]+)\.*$")


def sentences(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans of cased text; a full stop after an abbreviation or initial is no end."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start() + 1)
        last = word.group(1).lower().rstrip(".") if word else ""
        if last in abbreviations or len(last) == 1:
            continue
        spans.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
