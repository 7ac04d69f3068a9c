"""The fines register: files each fine-bearing item under an event and records the alerts it earns.

Runs inside the poll's per-feed transaction, so items, events and alerts commit together: a crash
leaves either all of them or none, and an alert can never be recorded twice (the alerts table's
UNIQUE constraint backs this up).

Which filed decisions earn an alert:
- a new decision, wanted by the user's rules, whose date lies within the alert window (the
  `alert_window_days` setting); an older one is filed quietly. With no date from any source, the
  first time we saw one of its reports decides, but only a report new in a feed polled before: an
  undated decision made only of what feeds held at their first poll is never news, however it is
  grouped later;
- on a feed's first poll (a backlog), no decision gets an alert of its own: the poll adds them to
  one summary notice ("24 past decisions added to the register"), however many feeds are new;
- a status move (intent -> fine -> annulled) of a decision the user was told about, when recent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from monitor.alerts import BACKLOG_BODY, AlertRules, backlog_title, describe_event
from monitor.corrections import apply_edits, mergeable, set_aside
from monitor.decisions import refresh as refresh_decisions
from monitor.decisions import settle_party
from monitor.events import (
    FineFacts,
    decide,
    never_joins,
    when,
)
from monitor.grouping import too_thin
from monitor.models import Analysis, EventRow, ReportFacts
from monitor.news import is_recent, news_time
from monitor.regrouping import FILED_STATUSES, regroup
from monitor.twin_alerts import announced_twin, neighbours, settle, shift

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store

DEFAULT_WINDOW_DAYS = 30


class Report(Protocol):
    """What filing reads of an item: a ParsedItem from a poll, or a stored item refiled by
    monitor.reanalysis. Analysed by monitor.pipeline, which also read `facts` off its text."""

    @property
    def analysis(self) -> Analysis: ...
    @property
    def facts(self) -> ReportFacts | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def link(self) -> str | None: ...
    @property
    def guid(self) -> str: ...


@dataclass(frozen=True)
class Filing:
    """How one batch of items is filed: when, under which rules, and which alerts it may earn."""

    now: str  # ISO 8601 UTC
    rules: AlertRules = field(default_factory=AlertRules)
    window_days: int = DEFAULT_WINDOW_DAYS
    backlog: bool = False  # the feed's first poll: its decisions go to one summary notice
    quiet: bool = False  # refiling what is already stored (reanalysis): no alert, no summary


@dataclass
class RegisterResult:
    new_events: list[int] = field(default_factory=list)
    changed_events: list[tuple[int, str]] = field(default_factory=list)
    alerts: list[int] = field(default_factory=list)
    backlog_events: int = 0  # new decisions added to the backlog summary
    quiet_events: int = 0  # new decisions filed without an alert (old news, or excluded by a rule)
    partial: int = 0  # items joined to an event on partial facts
    held: int = 0  # new decisions not announced: one that may be the same was announced already


def facts_of(item: Report, feed_tags: Sequence[str] = ()) -> FineFacts:
    """The item's fine in the register's one shape. Its date: the feed's, else one the text states.

    Only reads: what the text tells beyond the analysis was read where the item was analysed
    (`item.facts`, set by monitor.pipeline.analysed), never in the writer's transaction."""
    analysis, extra = item.analysis, item.facts
    fine = analysis.fine
    assert fine is not None
    assert extra is not None, "file_items takes items analysed by monitor.pipeline.analysed"
    return FineFacts(
        fine=fine,
        authority=analysis.authority,
        target=analysis.target,
        target_key=extra.target_key,
        penalty_eur=extra.penalty_eur,
        date=item.published or extra.stated_date,
        stated=item.published is None and extra.stated_date is not None,
        tags=frozenset(analysis.tags) | frozenset(feed_tags),
        liquidation=extra.liquidation,
    )


FeedItems = tuple[Sequence[tuple[int, Report]], Sequence[str]]  # (item id, item) pairs, the feed's tags
Days = dict[int, str | None]  # an event's date as a batch's report gave it, or its news time


def file_items(
    store: Store, items: Sequence[tuple[int, Report]], filing: Filing, feed_tags: Sequence[str] = ()
) -> RegisterResult:
    """File (item id, item) pairs under events; record alerts. Call inside the feed's transaction."""
    return file_feeds(store, [(items, feed_tags)], filing)


def file_feeds(store: Store, feeds: Sequence[FeedItems], filing: Filing) -> RegisterResult:
    """File the new items of feeds written in one transaction: each item under an event as it
    comes, then the whole batch grouped again once and its alerts recorded. Grouping again costs as
    much as the component it reaches, so the poll writes the feeds that are ready together instead
    of grouping the register again after each one (issue #17)."""
    result = RegisterResult()
    dated: Days = {}
    moved: Days = {}  # what each status move's news-ness goes by
    attached: set[int] = set()
    before: dict[int, str] = {}  # the status of each event the batch met, before it was filed
    batch: list[int] = []
    reports: list[tuple[int, Report, Sequence[str]]] = []
    for items, feed_tags in feeds:
        kept = set_aside(store, items)  # what the user marked "not a fine" is never filed
        batch += [item_id for item_id, _ in kept]
        reports += [(item_id, item, feed_tags) for item_id, item in kept]
    # Each item under the event `decide` picks among those stored now, or a new one; the whole
    # batch in one order, not feed by feed: the feeds of a batch come in the order their fetches
    # finished, and the events made in that order took ids that another build of the same
    # register did not (ids a user cites from an export must survive a rebuild).
    for item_id, item, feed_tags in sorted(reports, key=_telling_first):
        fine = item.analysis.fine
        if fine is None or fine.status not in FILED_STATUSES:
            continue
        facts = facts_of(item, feed_tags)
        met = neighbours(store, facts, whole=False)
        before.update((e.id, e.status) for e in met if e.id not in before)
        # Read whole (every sum their sources gave) only the events `decide` may take the item
        # into: most name another party, and reading them whole was the writer's top query.
        joinable = [e.id for e in met if not never_joins(facts, e)]
        decision = decide(facts, store.candidate_events(None, None, ids=joinable) if joinable else [])
        if decision is None or (too_thin(facts) and decision.event_id is None):
            continue
        if decision.event_id is None:
            event_id = store.create_event(facts, item_id, filing.now)
            result.new_events.append(event_id)
            dated[event_id] = facts.date
            continue
        attached.add(decision.event_id)
        store.attach_to_event(
            decision.event_id, item_id, facts, filing.now, decision.new_status, decision.partial
        )
        result.partial += decision.partial
        merge = mergeable(store, decision.event_id, decision.merge)  # what the user split stays apart
        if merge:
            store.merge_events(decision.event_id, merge, filing.now)
            result.new_events = [e for e in result.new_events if e not in merge]
        if decision.new_status:
            result.changed_events.append((decision.event_id, decision.new_status))
            dated[decision.event_id] = facts.date
            # The move is news as of its report: undated, as new in a feed polled before.
            moved[decision.event_id] = news_time(facts.date, None if filing.backlog else filing.now)
    # Filed one by one, the batch's reports met whichever events existed; grouped again in one
    # canonical order, the register no longer depends on which feed or item came first.
    regrouped = regroup(store, attached | set(result.new_events), filing.now, batch)
    result.new_events = [e for e in result.new_events if e not in regrouped.gone] + regrouped.created
    attached = (attached | regrouped.events) - regrouped.gone
    for event_id in sorted(attached | set(result.new_events)):
        settle_party(store, event_id)
    _moved_by_regrouping(store, attached - set(result.new_events), before, result, moved)
    # Country, domain, articles, official source, date and the most precise sum, from every report.
    refresh_decisions(store, attached | set(result.new_events))
    # The user's edits over the facts just set (after the refresh, so they win); what they pinned
    # or split off is no news.
    result.new_events, result.changed_events = apply_edits(
        store, filing.now, result.new_events, result.changed_events
    )
    if not filing.quiet:
        # Any event of the component may have been dated by this batch's reports, not only those
        # the batch's items were filed under.
        _withdraw_old_news(store, attached - set(result.new_events), filing)
        _record_alerts(store, result, filing, dated, moved, attached)
    return result


def _moved_by_regrouping(
    store: Store,
    event_ids: set[int],
    before: dict[int, str],
    result: RegisterResult,
    moved: Days,
) -> None:
    """An event that, grouped again, is a fine where it was a proposal (its imposing report came
    dated before the proposal's, so it filed as one more source, not as a move) has moved on all
    the same: the user hears of the fine as of any status move, if the decision is news."""
    done = {event_id for event_id, _ in result.changed_events}
    for event_id in sorted(event_ids - done):
        event = store.event(event_id)
        if event is None or event["status"] == before.get(event_id, event["status"]):
            continue
        result.changed_events.append((event_id, event["status"]))
        moved[event_id] = _news_time(store, event, None)


def refile_events(store: Store, event_ids: set[int], now: str, items: Sequence[int] = ()) -> set[int]:
    """Group these events' reports again as a poll would, settle their facts, lay the user's
    corrections over them; no alert. For a correction and its undoing (monitor.correcting).
    Returns the events these reports are filed under now."""
    regrouped = regroup(store, event_ids, now, items)
    events = ((event_ids | regrouped.events) - regrouped.gone) | set(regrouped.created)
    for event_id in sorted(events):
        settle_party(store, event_id)
    refresh_decisions(store, events)
    apply_edits(store, now)
    return events


def _telling_first(report: tuple[int, Report, Sequence[str]]) -> tuple[int, str, str, str]:
    """File the reports that name the most first, then by date, link and guid: within a batch, the
    vaguer reports then find the decision they belong to whatever order the feeds list them in."""
    _, item, _ = report
    analysis, fine = item.analysis, item.analysis.fine
    told = sum(
        (
            analysis.authority is not None,
            analysis.target is not None,
            fine is not None and fine.amount is not None,
        )
    )
    return -told, item.published or "~", item.link or item.guid or "", item.guid


def _anonymous(event: EventRow) -> bool:
    """Neither who fined nor who was fined is known: filed, but announced only once a report names
    one of them ("an authority fines an undisclosed party" tells a lawyer nothing, and is most often
    a misread report of a decision announced under its names)."""
    return event["authority"] is None and event["target"] is None


def decision_date(store: Store, event: EventRow, stated: str | None) -> str | None:
    """The earliest date any source gave (a merge or a later report may have dated it), and never
    later than the oldest dated report of it: a passing mention published years ago dates an
    otherwise undated decision as old news. `stated`: a date the batch's report gave, if any."""
    known: str | None = event["decision_date"] if event["date_known"] else stated
    oldest: str | None = store.earliest_report(event["id"])
    if oldest is None or (known is not None and when(known) <= when(oldest)):
        return known
    return oldest


def _news_time(store: Store, event: EventRow, stated: str | None) -> str | None:
    """The decision's date, or undated, when its first report new in a feed polled before was seen
    (not when its event was made: grouped again, a report seen weeks ago may start one; nor when a
    report that came in its feed's first poll was seen: split off, that is still a backlog)."""
    date = decision_date(store, event, stated)
    return news_time(date, *store.first_seen(event["id"])) if date is None else date


def _recent(store: Store, event: EventRow, stated: str | None, filing: Filing) -> bool:
    return is_recent(_news_time(store, event, stated), filing.now, filing.window_days)


def _withdraw_old_news(store: Store, event_ids: set[int], filing: Filing) -> None:
    """An alert nobody has seen yet for a decision a later report dates as old is taken back, and
    held (owed, not given): an undated first report is news as first seen, until the next feed
    dates the decision years back; grouped again, that report may prove another decision's."""
    for event_id in sorted(event_ids):
        event = store.event(event_id)
        old = event is not None and not _recent(store, event, None, filing)
        if old and store.withdraw_pending_alerts(event_id, "new_fine"):
            store.set_held(event_id, True)


def _since(filing: Filing) -> str:  # the earliest alert a twin's announcement counts from
    return shift(filing.now, -timedelta(days=filing.window_days))


def _wants(store: Store, event: EventRow, filing: Filing) -> bool:  # as its reports told it
    return filing.rules.wants(event, {str(s["fine_status"]) for s in store.event_sources(event["id"])})


def _record_alerts(
    store: Store, result: RegisterResult, filing: Filing, dated: Days, moved: Days, reconsider: set[int]
) -> None:
    def record(kind: str, event: EventRow, status: str, title: str) -> None:
        alert = store.record_alert(
            kind=kind,
            title=title,
            body=_body(store, event["id"]),
            now=filing.now,
            event_id=event["id"],
            status=status,
        )
        if alert:
            result.alerts.append(alert)

    again: set[int] = set()  # held decisions an announced event no longer holds back
    for event_id in result.new_events:
        event = store.event(event_id)
        if event is None:
            continue
        if filing.backlog:
            result.backlog_events += 1
            continue
        if _wants(store, event, filing) and _recent(store, event, dated.get(event_id), filing):
            if _anonymous(event) or announced_twin(store, event_id, _since(filing), again):
                result.held += 1
                store.set_held(event_id, True)
                continue
            record("new_fine", event, event["status"], describe_event(event))
        else:
            result.quiet_events += 1
            # Old news as filed; looked at again when its component moves, as a held alert is:
            # the report that dated it old may be split off as another decision's.
            store.set_held(event_id, _wants(store, event, filing))

    def owed(event: EventRow) -> bool:  # never announced, and wanted by the user's rules
        return not store.alerted_about(event["id"]) and _wants(store, event, filing)

    def news(event: EventRow) -> bool:  # recent, and named
        # Undated, it was news when first seen: a hold released after the window is old news.
        return _recent(store, event, None, filing) and not _anonymous(event)

    def ready(event: EventRow) -> bool:  # a held decision's alert is due, twins aside
        return owed(event) and news(event)

    seen = set(result.new_events)
    queue = store.held_events(sorted((reconsider | again) - seen))
    while queue:
        # Held behind a possible twin when it came; this batch's reports may have told them apart.
        event_id = queue.pop(0)
        seen.add(event_id)
        event = store.event(event_id)
        if event is None or not owed(event):
            store.set_held(event_id, False)
            continue
        if news(event) and not announced_twin(store, event_id, _since(filing), again):
            store.set_held(event_id, False)
            record("new_fine", event, event["status"], describe_event(event))
        queue += [e for e in store.held_events(sorted(again - seen)) if e not in queue]
    for event_id, status in result.changed_events:
        event = store.event(event_id)
        if event_id in result.new_events or event is None or filing.backlog or event["status"] != status:
            continue  # a move grouping again undid is none (a voided fine's late report, as reinstating it)
        if not is_recent(moved.get(event_id), filing.now, filing.window_days):
            continue  # an old ruling reported late moves the register, not the user
        if store.alerted_about(event_id):
            record("status_change", event, status, "Update: " + describe_event(event, status))
        elif filing.rules.wants(event):
            # The user never heard of this decision (a quiet proposal): its fine is news now.
            record("new_fine", event, event["status"], describe_event(event))

    if not filing.backlog:
        # Which of possible twins is announced, as if every report had been filed in canonical order.
        touched = reconsider | set(result.new_events) | again
        settle(
            store,
            touched,
            _since(filing),
            ready,
            lambda e: record("new_fine", e, e["status"], describe_event(e)),
        )
        result.alerts = store.pending_among(result.alerts)  # those withdrawn there are none of this poll's
    if result.backlog_events:
        _add_to_backlog_notice(store, result, filing.now)


def _add_to_backlog_notice(store: Store, result: RegisterResult, now: str) -> None:
    """One summary for every first-polled feed until the user has seen it, not one per feed."""
    pending = store.pending_alert("backlog")
    count = result.backlog_events + (int(pending["status"] or 0) if pending else 0)
    title = backlog_title(count)
    if pending:
        store.update_alert(pending["id"], title=title, status=str(count))
        return
    alert = store.record_alert(kind="backlog", title=title, body=BACKLOG_BODY, now=now, status=str(count))
    if alert:
        result.alerts.append(alert)


def _body(store: Store, event_id: int) -> str:
    sources = store.event_sources(event_id)
    if not sources:
        return ""
    first = sources[0]
    return f"{first['title']} ({first['feed']})"
