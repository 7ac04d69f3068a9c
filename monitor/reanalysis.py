"""Re-running the analysis over every stored item after the rules changed, and refiling fines.

Owns the comparison of an item's new analysis with what it was filed with; the SQL stays in
monitor.store, the filing in monitor.register (asked for no alert: `Filing(quiet=True)`).
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.analysis import analyze
from monitor.analysis.gazetteer import known_parties
from monitor.models import Analysis, ReportFacts
from monitor.pipeline import report_facts
from monitor.register import Filing, Report, file_items
from monitor.store import Store, utc_now
from monitor.store.items import FiledState


@dataclass(frozen=True)
class Refiled:
    """A stored item with its new analysis: what the register reads of it (a `register.Report`)."""

    analysis: Analysis
    facts: ReportFacts | None
    published: str | None
    link: str | None
    guid: str


def reanalyze_all(store: Store) -> tuple[int, int]:
    """Returns (items analysed, events in the register). Finds from old items raise no alerts."""
    count = 0
    now = utc_now()
    known = known_parties(store.known_parties())  # the register as it stood before this run
    for batch in store.all_items_for_analysis():
        with store.transaction():
            refile: list[tuple[int, Report]] = []
            for item in batch:
                before = store.filed_state(item.id)
                analysis = analyze(
                    item.title,
                    item.summary_text,
                    item.language,
                    item.authority,
                    published=before.published,
                    known_parties=known,
                )
                facts = report_facts(item.title, item.summary_text, item.language, before.published, analysis)
                store.set_analysis(item.id, analysis, facts, list(item.feed_tags))
                count += 1
                fine = analysis.fine
                same = fine is not None and _filed_as(before, analysis)
                if before.event_id is not None and not same:
                    store.detach_items([item.id])
                if fine is not None and (before.event_id is None or not same):
                    refile.append((item.id, Refiled(analysis, facts, before.published, item.link, item.guid)))
            if refile:
                # quiet: these fines were already in the database; a new rule finding them is no news.
                file_items(store, refile, Filing(now=now, quiet=True))
    with store.transaction():
        store.drop_empty_events()
    return count, store.event_count()


def _filed_as(before: FiledState, analysis: Analysis) -> bool:
    """The new analysis gives the fine the facts it was filed with: its event stands."""
    fine = analysis.fine
    return (
        fine is not None
        and before.fine_status == fine.status
        and before.fine_amount == fine.amount
        and before.authority == analysis.authority
        and before.target == analysis.target
    )
