"""The parties one write names, known to each of its reports.

The analysis knows the parties of the register and the watch list (the poll's gazetteer), so a
report whose headline opens with a known party, over a lead whose idiom names somebody else ("X
used face scans without consent, says watchdog" over "hands its boss a record fine"), files under
X. A party first named by another outlet's report in the same poll was not known yet: the same
report filed under "its boss" when it came with the others, and under X when it came a poll later.
Here the write's reports are read again for their party, knowing the parties the others name, so
that the outcome does not depend on which poll brought which outlet (issue #12).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from monitor.analysis import party_key
from monitor.analysis.gazetteer import Gazetteer
from monitor.analysis.parties import explain_party
from monitor.analysis.text import fold_lower
from monitor.models import ParsedFeed, ParsedItem


def known_to_each_other(feeds: Sequence[ParsedFeed], known: Gazetteer) -> list[ParsedFeed]:
    """The feeds of one write, each report's party read again where a party another report of
    the write names, and the poll did not know, opens its headline."""
    named = [
        item.analysis.target
        for feed in feeds
        for item in feed.items
        if item.analysis.fine is not None and item.analysis.target
    ]
    keys = known.keys()
    fresh = Gazetteer.of(name for name in named if party_key(name) not in keys)
    if not fresh:
        return list(feeds)  # nobody new: the analysis knew everyone the write names
    return [replace(feed, items=tuple(_reread(item, keys, fresh) for item in feed.items)) for feed in feeds]


def _reread(item: ParsedItem, keys: frozenset[str], fresh: Gazetteer) -> ParsedItem:
    target = item.analysis.target
    if item.analysis.fine is None or not target or item.facts_from_article:
        return item
    key = party_key(target)
    if key in keys:
        return item  # known to the analysis already
    opening = fresh.find(fold_lower(item.title), item.title)[:1]
    if not opening or item.title[: opening[0].start].strip() or opening[0].key == key:
        return item  # no other report's party opens this headline
    # Known as the analysis would know them a poll later: the write's other parties. The
    # register's are left out: the analysis read this report with them, and they changed nothing.
    others = Gazetteer.of(n for n in fresh.names if party_key(n) != key)
    found = explain_party(item.title, item.summary_text, known_parties=others)
    if found is None or party_key(found.name) == key:
        return item
    facts = replace(item.facts, target_key=party_key(found.name)) if item.facts else None
    return replace(item, analysis=replace(item.analysis, target=found.name), facts=facts)
