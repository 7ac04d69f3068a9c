"""Re-running the analysis over every stored item after the rules changed, and refiling fines."""

from __future__ import annotations

import json
from typing import Any

from monitor.analysis import analyze
from monitor.analysis.gazetteer import known_parties
from monitor.models import ParsedItem
from monitor.register import Filing, file_items
from monitor.store import Store, utc_now


def reanalyze_all(store: Store) -> tuple[int, int]:
    """Returns (items analysed, events in the register). Finds from old items raise no alerts."""
    count = 0
    now = utc_now()
    known = known_parties(store.known_parties())  # the register as it stood before this run
    for batch in store.all_items_for_analysis():
        with store.transaction():
            refile: list[tuple[int, ParsedItem]] = []
            for item_id, title, summary, language, authority, feed_tags, _kind in batch:
                tags = json.loads(feed_tags or "[]")
                before = store.filed_state(item_id)
                analysis = analyze(
                    title,
                    summary,
                    language,
                    authority,
                    published=before.published,
                    known_parties=known,
                )
                store.set_analysis(item_id, analysis, tags)
                count += 1
                fine = analysis.fine
                same = (
                    fine is not None
                    and before.fine_status == fine.status
                    and before.fine_amount == fine.amount
                    and before.authority == analysis.authority
                    and before.target == analysis.target
                )
                if before.event_id is not None and not same:
                    store.detach_items([item_id])
                if fine is not None and (before.event_id is None or not same):
                    refile.append((item_id, _as_parsed(item_id, title, summary, before.published, analysis)))
            _file(store, refile, now)
    with store.transaction():
        store.drop_empty_events()
    return count, store.event_count()


def _as_parsed(item_id: int, title: str, summary: str, published: str | None, analysis: Any) -> ParsedItem:
    return ParsedItem(
        guid=str(item_id),
        link=None,
        canonical_link=None,
        title=title,
        summary_text=summary,
        summary_html="",
        author=None,
        published=published,
        language=None,
        content_hash="",
        analysis=analysis,
    )


def _file(store: Store, items: list[tuple[int, ParsedItem]], now: str) -> None:
    if items:
        # quiet: these fines were already in the database; a new rule finding them is no news.
        file_items(store, items, Filing(now=now, quiet=True))
