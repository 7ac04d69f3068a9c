"""Phrases under labels (tags, statuses, authorities), found in one pass of one trie regex."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from monitor.analysis.index import Rule, Scan, scan_of
from monitor.analysis.leads import phrase_leads
from monitor.analysis.phrases import alternation

_LABEL_CACHE_LIMIT = 20_000


class Matcher:
    """Phrases under labels, found in one pass of one trie-shaped regex.

    A regex with one group per label would not share prefixes across labels; instead the label
    of each (rare) hit is found afterwards by the per-label pattern.
    """

    def __init__(self, labelled: Mapping[str, Sequence[str]]) -> None:
        phrases = [p for group in labelled.values() for p in group]
        self.rule = Rule(alternation(phrases), phrase_leads(phrases))
        self.pattern = self.rule.pattern
        self._labels = [(label, re.compile(alternation(group))) for label, group in labelled.items() if group]
        self._cache: dict[tuple[str, bool], str | None] = {}

    def label(self, text: str, start: int, end: int) -> str | None:
        # A hit's label depends on its words and on whether a word character precedes it (the
        # word-boundary check); hits recur, so it is cached on those.
        key = (text[start:end], start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"))
        found = self._cache.get(key, "")
        if found == "":
            found = next((lb for lb, pattern in self._labels if pattern.fullmatch(text, start, end)), None)
            if len(self._cache) >= _LABEL_CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = found
        return found

    def finditer(
        self, text: str | Scan, start: int = 0, end: int | None = None, overlapping: bool = False
    ) -> Iterator[tuple[str, re.Match[str]]]:
        """The labelled hits; overlapping, also the phrases inside other phrases (as best() sees them)."""
        scan = scan_of(text)
        for m in self.rule.findall(scan, start, end, overlapping=overlapping):
            label = self.label(scan.text, m.start(), m.end())
            if label is not None:
                yield label, m

    def labels(self, text: str | Scan, start: int = 0, end: int | None = None) -> set[str]:
        scan = scan_of(text)
        found = {self.label(scan.text, m.start(), m.end()) for m in self.rule.findall(scan, start, end)}
        found.discard(None)
        return found  # type: ignore[return-value]  # None was taken out

    def best(self, scan: Scan, rank: Mapping[str, int], start: int = 0, end: int | None = None) -> str | None:
        """The label found with the lowest rank (labels without one do not count); phrases
        inside other phrases count too."""
        found: set[str] = set()
        text = scan.text
        stop = len(text) if end is None else end
        for m in self.rule.findall(scan, start, end, overlapping=True):
            label = self.label(text, m.start(), m.end())
            if label is not None and label in rank:
                found.add(label)
                # One regex match per start: a phrase of another label may start at the same
                # word ("muss doch nicht" inside "muss doch nicht … zahlen").
                found.update(
                    other
                    for other, pattern in self._labels
                    if other in rank and rank[other] < rank[label] and pattern.match(text, m.start(), stop)
                )
        return min(found, key=rank.__getitem__) if found else None

    def search(self, text: str | Scan, start: int = 0, end: int | None = None) -> str | None:
        """The label of the first hit, or None."""
        scan = scan_of(text)
        for m in self.rule.findall(scan, start, end):
            label = self.label(scan.text, m.start(), m.end())
            if label is not None:
                return label
        return None
