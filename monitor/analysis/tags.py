"""Topic tags read from resources/analysis/tags.yml, and the watch-list phrases (the GDPR…)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from monitor.analysis import rules
from monitor.analysis.explain import Trace
from monitor.analysis.index import Rule, Scan
from monitor.analysis.leads import phrase_leads
from monitor.analysis.matcher import Matcher
from monitor.analysis.phrases import alternation, flatten


@dataclass(frozen=True, slots=True)
class _Tags:
    matcher: Matcher
    implies: dict[str, tuple[str, ...]]
    watched: frozenset[str]
    watch_phrases: Rule


@cache
def _compiled() -> _Tags:
    data = rules.load_tags()
    spec = data["tags"]
    matcher = Matcher({tag: flatten(entry.get("phrases")) for tag, entry in spec.items()})
    implies = {tag: tuple(entry.get("implies") or ()) for tag, entry in spec.items()}
    watched = frozenset(tag for tag, entry in spec.items() if entry.get("watch"))
    watch = flatten(data.get("watch_phrases"))
    watch_phrases = Rule(alternation(watch), phrase_leads(watch))
    return _Tags(matcher, implies, watched, watch_phrases)


def find_tags(text: str | Scan, trace: Trace | None = None) -> tuple[str, ...]:
    """Sorted tags of lower-cased folded text, implied tags included."""
    compiled = _compiled()
    if trace is None:
        found = compiled.matcher.labels(text)
    else:
        found = set()
        for tag, m in compiled.matcher.finditer(text):
            if tag not in found:
                trace.add("tag", tag, f"tags.yml tags.{tag}", m.group())
            found.add(tag)
    if not found:
        return ()
    pending = list(found)
    while pending:
        for implied in compiled.implies.get(pending.pop(), ()):
            if implied not in found:
                found.add(implied)
                pending.append(implied)
    return tuple(sorted(found))


def is_watched(tags: tuple[str, ...], text: Scan) -> bool:
    """A watched tag, or a watch-list phrase such as the GDPR, in lower-cased folded text."""
    compiled = _compiled()
    return any(t in compiled.watched for t in tags) or bool(compiled.watch_phrases.search(text))


def known_tags() -> tuple[str, ...]:
    return tuple(sorted(rules.load_tags()["tags"]))
