"""Data phrases (syntax in resources/analysis/tags.yml) compiled to regular expressions.

A phrase list becomes ONE trie-shaped alternation, so that hundreds of keywords cost one pass."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from monitor.analysis.fold import fold_lower

# "~" in a phrase: up to five words between. Possessive, so that a run of punctuation is split
# one way only (the old "\W+[\w'.,]+" split a run of dots in every way: polynomial).
_GAP = r"(?:\W++[\w'.,€£$]++){0,5}?\W++"


def _atoms(phrase: str, glued: bool = False) -> list[str]:
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
                # A URL slug drops the apostrophe and glues the elision on ("dapple"): glued
                # lets it end there, before the letter.
                atoms.append(r"(?:'|\s+|(?=[^\W\d_]))" if glued else r"(?:'|\s+)")
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


def alternation(phrases: Iterable[str], glued: bool = False) -> str:
    """One non-capturing alternation of phrases, built as a trie: Python's regex engine tries
    the branches of a flat alternation one by one at every position, which is far too slow for
    hundreds of keywords."""
    words: dict[str, dict[str, object]] = {}
    others: dict[str, dict[str, object]] = {}
    for phrase in {p for p in phrases if p.strip()}:
        # Phrases that open with a letter or digit share ONE leading word-boundary check, which
        # rejects positions inside words before any branch is tried.
        node = words if fold_lower(phrase.strip())[:1].isalnum() else others
        for atom in _atoms(phrase, glued):
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


def grouped(labelled: Mapping[str, Sequence[str]], prefix: str = "g") -> tuple[str, dict[str, str]]:
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
