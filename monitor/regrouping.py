"""Grouping the reports around a filed batch again, so that the register does not depend on feed order.

`register.file_items` files each report as it comes; here the events the batch touched, and
their neighbours that may be the same decision, have their reports grouped again in one canonical
order (`grouping.group`), and the register is brought in line: reports move to the event of
their decision, events a later report showed to be one fold together (keeping their alerts, so a
merged event never alerts twice), and each event gets the facts its reports tell in that order.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.analysis import is_penalty_liquidation, party_key, to_eur
from monitor.analysis.decision_dates import decision_day
from monitor.corrections import Correction, overlay
from monitor.events import FineFacts, when
from monitor.grouping import RELATED_WINDOW, Group, Report, canonical, group
from monitor.models import Fine, PeriodicPenalty, ReportRow
from monitor.related_index import RelatedGraph

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store

FILED_STATUSES = ("imposed", "proposed", "overturned", "mention_of_past")


@dataclass
class Regrouped:
    gone: set[int] = field(default_factory=set)  # events folded into another
    created: list[int] = field(default_factory=list)  # decisions split off an event
    events: set[int] = field(default_factory=set)  # every event whose reports or facts were set again


def report_facts(row: ReportRow) -> FineFacts:
    """A stored item's fine in the register's one shape, as `register.facts_of` made it when filed:
    from what filing stored with it, or, for a row filed before schema v12, read off its text."""
    penalty = (
        PeriodicPenalty(row["penalty_amount"], row["penalty_currency"], row["penalty_per"] or "day")
        if row["penalty_amount"] is not None and row["penalty_currency"]
        else None
    )
    stored = row["fine_liquidation"] is not None
    date = row["published"] if row["published_known"] else None
    if date is None and stored:
        date = row["stated_date"]
    elif date is None:
        stated = decision_day(row["title"], row["summary_text"], row["language"])
        date = f"{stated.isoformat()}T00:00:00Z" if stated else None
    if stored:
        key, penalty_eur, liquidation = row["target_key"], row["penalty_eur"], bool(row["fine_liquidation"])
    else:
        key = party_key(row["target"]) if row["target"] else None
        penalty_eur = to_eur(penalty.amount, penalty.currency) if penalty else None
        liquidation = is_penalty_liquidation(row["title"], row["summary_text"])
    return FineFacts(
        fine=Fine(
            row["fine_amount"], row["fine_currency"], row["fine_amount_eur"], row["fine_status"], penalty
        ),
        authority=row["authority"],
        target=row["target"],
        target_key=key,
        penalty_eur=penalty_eur,
        date=date,
        stated=date is not None and not row["published_known"],
        liquidation=liquidation,
    )


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _window(facts: FineFacts) -> tuple[str | None, str | None]:
    if facts.date is None:
        return None, None
    moment = when(facts.date)
    # A day stated in a text bounds the decision's day from below only (events.time_apart).
    return _iso(moment - RELATED_WINDOW), None if facts.stated else _iso(moment + RELATED_WINDOW)


def _within(day: str | None, since: str | None, until: str | None) -> bool:
    """An undated event or report is near every report, and every one is near an undated report
    (as the store's BETWEEN on ISO text, which these strings are); no `until`: no upper bound."""
    return day is None or since is None or (since <= day and (until is None or day <= until))


class Component:
    """The reports connected to a batch by `grouping.related`, collected to a fixed point.

    Reached through the events that hold them (and the reports in no event), but decided report by
    report: an event's facts are whatever its first reports told, so deciding by events would let
    the order in which reports came decide which events are looked at again.
    """

    def __init__(self, store: Store, graph: RelatedGraph | None = None) -> None:
        self.store = store
        self.graph = graph if graph is not None else RelatedGraph()
        self.rows: dict[int, ReportRow] = {}
        self.events: set[int] = set()
        self._held: dict[int, list[ReportRow]] = {}
        self._queue: list[int] = []

    def take(self, rows: Sequence[ReportRow]) -> None:
        for row in rows:
            if row["id"] not in self.rows and row["fine_status"] in FILED_STATUSES:
                self.rows[row["id"]] = row
                self._queue.append(row["id"])

    def facts_of(self, row: ReportRow) -> FineFacts:
        return self.graph.facts(int(row["id"]))

    def grow(self, events: Sequence[int], items: Sequence[int]) -> None:
        self.events.update(events)
        self.take(self.store.event_reports(sorted(events)))
        self.take(self.store.loose_reports(item_ids=sorted(items)))
        if not self._queue:
            return
        # Nothing is written while the component grows, so every report is read once here and its
        # neighbours looked up in memory (related_index): a query per report in the component, each
        # over every event, and a comparison of every pair of reports, made a cold poll quadratic
        # in the register (issue #17).
        days = self._everything()
        while self._queue:
            item_id = self._queue.pop()
            since, until = _window(self.graph.facts(item_id))
            # Every event may hold reports that named no authority (its authority came from another
            # report), and those can be this report's decision: reports are compared, not events.
            for other in self.graph.neighbours(item_id):
                row = self.graph.row(other)
                event_id = row["event_id"]
                if other in self.rows or event_id in self.events:
                    continue
                day = days.get(event_id) if event_id is not None else _published(row)
                # An event dated only by the day a text states (this neighbour's) is no later bound.
                if _within(day, since, until) or self.graph.facts(other).stated:
                    if event_id is None:
                        self.take([row])
                    else:
                        self.events.add(event_id)
                        self.take(self._held[event_id])

    def _everything(self) -> dict[int, str | None]:
        """Every event's date; every report (the loose ones too) given to the graph of `related`."""
        days = dict(self.store.event_days())
        rows = [*self.store.filed_reports(), *self.store.loose_reports()]
        for row in rows:
            if row["event_id"] is not None:
                self._held.setdefault(int(row["event_id"]), []).append(row)
        self.graph.update(rows, report_facts)
        # The rows this component took before the graph was brought up to date are the same reports
        # read a moment earlier in the same transaction; the graph's are used from here on.
        self.rows = {item_id: self.graph.row(item_id) for item_id in self.rows}
        return days


# One graph per database file, kept between the batches filed into it, whichever Store object
# files them (a poll opens its own, the window's corrections another): checked against the stored
# reports at every use (RelatedGraph.update), so another process's writes meanwhile are compared
# again; it only saves comparisons. The few files written last keep theirs, so a process opening
# many databases does not grow without end, and only a graph within MAX_KEPT_REPORTS (~2.5 KB each:
# row, signature, facts) and MAX_KEPT_PAIRS links (~50 bytes each): the benchmarks' 300-feed
# register is ~3,000 reports and ~80,000 links, the 100,000-item one's 20,153 and ~1.5 million,
# 130 MB under tracemalloc, which the window would hold between polls beyond its 150 MB (issue #17).
KEPT_GRAPHS = 2
MAX_KEPT_REPORTS = 5_000
MAX_KEPT_PAIRS = 200_000
_graphs: OrderedDict[Path, RelatedGraph] = OrderedDict()
_graphs_lock = threading.Lock()  # taken and put back from the window's poll thread and its own


def _graph_key(store: Store) -> Path | None:
    # An in-memory database is private to its connection: another of the same name is another.
    return None if str(store.path) == ":memory:" else store.path.resolve()


def _take_graph(store: Store) -> RelatedGraph:
    """The file's graph, out of the cache while in use: another thread filing into the same file
    meanwhile (the window's corrections beside its poll) starts its own instead of sharing it."""
    key = _graph_key(store)
    with _graphs_lock:
        kept = _graphs.pop(key, None) if key is not None else None
    return kept if kept is not None else RelatedGraph()


def _keep_graph(store: Store, graph: RelatedGraph) -> None:
    key = _graph_key(store)
    reports, pairs = graph.size()
    if key is None or reports > MAX_KEPT_REPORTS or pairs > MAX_KEPT_PAIRS:
        return
    with _graphs_lock:
        _graphs[key] = graph
        while len(_graphs) > KEPT_GRAPHS:
            _graphs.popitem(last=False)  # the file written longest ago


def _published(row: ReportRow) -> str | None:
    return str(row["published"]) if row["published_known"] else None


def _announced(
    groups: Sequence[Group], reports: Sequence[Report], anchors: dict[int, list[int]], split: set[int]
) -> tuple[dict[int, Group], dict[int, Group]]:
    """Which decision keeps each alerted event: the one holding the most telling of the reports
    the alert was raised for (in canonical order: its facts are what the alert told), not the one
    holding most of the event's reports now. Split, the announced decision keeps its alert,
    delivered or not, and the other part starts an event of its own that alerts only if it is news.
    A report the user split off (`split`) is what leaves the event, whatever it told.
    Returns the events kept, and those to fold into a decision another alerted event (older) kept."""
    rank = {report.item_id: n for n, report in enumerate(canonical(reports)) if report.item_id not in split}
    holder = {item: n for n, decision in enumerate(groups) for item in decision.items}
    kept: dict[int, Group] = {}
    folded: dict[int, Group] = {}
    taken: set[int] = set()
    for event_id in sorted(anchors):
        held = sorted((rank[item], item) for item in anchors[event_id] if item in holder and item in rank)
        if not held:
            continue
        decision = holder[held[0][1]]
        (folded if decision in taken else kept)[event_id] = groups[decision]
        taken.add(decision)
    return kept, folded


def regroup(store: Store, touched: set[int], now: str, batch: Sequence[int] = ()) -> Regrouped:
    """Bring the events connected to `touched` and to the batch's items in line with the canonical
    grouping of all their reports: the outcome is a function of the set of reports, not their order."""
    result = Regrouped()
    graph = _take_graph(store)
    component = Component(store, graph)
    component.grow(sorted(touched), batch)
    rows = [component.rows[i] for i in sorted(component.rows)]
    reports = [Report(row["id"], row["link"] or row["guid"] or "", component.facts_of(row)) for row in rows]
    _keep_graph(store, graph)  # after its last use here (dropped if anything above raised)
    if not rows:
        return result
    current = {row["id"]: row["event_id"] for row in rows}
    pins = [Correction.from_row(c) for c in store.active_corrections([r.item_id for r in reports])]
    groups = overlay(group(reports), reports, pins)  # the user's merges, splits and "not a fine" hold
    # An alerted event stays with the decision its alert announced; each other decision keeps the
    # event most of its reports are in (the oldest on a tie), so event ids, alerts and what the
    # user has read stay where they were whenever the grouping agrees.
    before = {e for e in current.values() if e is not None}
    split = {pin.item_id for pin in pins if pin.kind == "split"}
    target, announced_too = _announced(groups, reports, store.anchors(sorted(before)), split)
    claimed = set(target) | set(announced_too)
    for decision in sorted(groups, key=lambda g: (-len(g.items), g.items)):
        if any(decision is kept for kept in target.values()):
            continue
        counts = Counter(e for i in decision.items if (e := current[i]) is not None and e not in claimed)
        if counts:
            event_id = min(counts, key=lambda e: (-counts[e], e))
        else:
            event_id = store.create_event(decision.facts, decision.items[0], now)
            result.created.append(event_id)
        claimed.add(event_id)
        target[event_id] = decision
    home = {item: event_id for event_id, decision in target.items() for item in decision.items}
    # A report no decision takes (a passing mention that matches none) leaves its event, as it
    # would never have joined one had it come after the others.
    store.detach_items(sorted(i for i, e in current.items() if e is not None and i not in home))
    for old, decision in sorted(announced_too.items()):
        # Its alert announced a decision another alert did: one decision, one alert.
        store.merge_events(next(e for e, kept in target.items() if kept is decision), [old], now)
        result.gone.add(old)
    for old in sorted(before - claimed):
        # Every report of this event belongs to another decision now: fold it into the one that
        # took most of them, so its alerts and history go along (one alert per decision).
        moved = Counter(home[i] for i, e in current.items() if e == old and i in home)
        if moved:
            store.merge_events(min(moved, key=lambda e: (-moved[e], e)), [old], now)
            result.gone.add(old)
        elif store.drop_event_if_empty(old):
            result.gone.add(old)
    # Only what moved is written again: the rest of the component is as the last grouping left it,
    # and setting and refreshing every event of a large component after every feed made a cold
    # poll quadratic (issue #17). An event counts as moved when the batch filed or updated one of
    # its reports, when its reports or their "partial" marks changed, or when it was created.
    filed = set(batch)
    partial_now = {row["id"]: bool(row["event_partial"]) for row in rows}
    was: dict[int, set[int]] = {}
    for item, event in current.items():
        if event is not None:
            was.setdefault(event, set()).add(item)
    for event_id, decision in target.items():
        members = was.get(event_id, set())
        shifted = [
            i for i in decision.items if current[i] != event_id or partial_now[i] != (i in decision.partial)
        ]
        unchanged = not shifted and members == set(decision.items)
        if unchanged and event_id not in touched and not filed & members:
            continue
        for item in shifted:
            store.move_report(item, event_id, item in decision.partial)
        store.set_event_facts(event_id, decision.facts, now)
        result.events.add(event_id)
    # A held alert waits on its twin: it is looked at again whenever anything of its component moved.
    result.events.update(store.held_events(sorted(set(target) - result.events)) if result.events else ())
    return result
