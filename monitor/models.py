"""Plain value types that cross module boundaries (no I/O, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypedDict

FeedKind = Literal["authority", "news"]
FineStatus = Literal["imposed", "proposed", "overturned", "mention_of_past"]
SourceType = Literal["feed", "page"]


@dataclass(frozen=True)
class PageSelectors:
    """CSS selectors that override the guess of a page source's repeated blocks (feeds.yml `select:`)."""

    block: str | None = None  # one news item of the listing
    link: str | None = None  # within a block: the link to the item
    title: str | None = None  # within a block: its title (default: the link's text)
    date: str | None = None  # within a block: the element that holds its date


@dataclass(frozen=True)
class FeedConfig:
    """One entry of feeds.yml, validated."""

    name: str
    url: str
    kind: FeedKind = "news"
    language: str | None = None
    country: str | None = None
    authority: str | None = None
    enabled: bool = True
    interval: int | None = None  # seconds; None means the global default
    tags: tuple[str, ...] = ()
    line: int = 0  # where it stands in its file, for messages
    type: SourceType = "feed"  # "page": an HTML listing read by monitor/pages.py
    select: PageSelectors | None = None  # page sources only


@dataclass(frozen=True)
class PeriodicPenalty:
    amount: float
    currency: str
    per: str  # "day", "week" or "month"


@dataclass(frozen=True)
class Fine:
    amount: float | None
    currency: str | None
    amount_eur: float | None
    status: FineStatus
    periodic_penalty: PeriodicPenalty | None = None
    # The same sum as the item also states it in another currency ("SEK 200,000 (about £17,000)"):
    # the fine is the original; this keeps the outlet's conversion, e.g. "GBP 17,000".
    stated_conversion: str | None = None
    rate_date: str | None = None  # ISO day of the ECB rate amount_eur was computed at
    # The deciding authority's own currency when the item states the fine only in another one
    # ("£17,000" for a Swedish decision): the amount is the outlet's conversion, not the original.
    original_currency: str | None = None


@dataclass(frozen=True)
class Analysis:
    """What the analysis reads out of one item."""

    tags: tuple[str, ...] = ()
    fine: Fine | None = None
    authority: str | None = None
    target: str | None = None
    matched: bool = False  # relevant to the watch list (tags, fine, an authority, the GDPR)
    domain: str | None = None  # of a fine: data_protection, competition, consumer or other


@dataclass(frozen=True)
class ReportFacts:
    """What filing a fine needs beyond the analysis, read off the item's text where it was analysed
    (a parse worker), so that the writer's transaction scans no text (monitor.pipeline.analysed).
    Stored with the item (schema v12), so that grouping it again reads no text either."""

    target_key: str | None = None  # the party's folded key, for grouping reports of one decision
    liquidation: bool = False  # a periodic penalty being liquidated, not a new fine
    stated_date: str | None = None  # ISO 8601 UTC midnight of a date the text states, if any
    penalty_eur: float | None = None  # the periodic penalty in euros (its amount per day, week, ...)


@dataclass(frozen=True)
class ParsedItem:
    """One feed entry, normalised and sanitised, ready to store."""

    guid: str
    link: str | None
    canonical_link: str | None
    title: str
    summary_text: str
    summary_html: str
    author: str | None
    published: str | None  # ISO 8601 UTC, None when the feed gives no usable date
    language: str | None
    content_hash: str
    analysis: Analysis = field(default_factory=Analysis)
    entry_digest: str | None = None  # the entry's bytes in context: the same digest parses the same
    article_lead: str | None = None  # the opening of the linked article, when it was read (article.py)
    facts_from_article: bool = False  # the fine's facts were found in that article, not in the item
    facts: ReportFacts | None = None  # set with an analysis that found a fine (monitor.pipeline)


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    link: str | None
    language: str | None
    items: tuple[ParsedItem, ...]
    bozo: str | None = None  # why the document was not well-formed, when it was not
    alternates: tuple[str, ...] = ()  # feeds an HTML page links to
    skipped: int = 0  # entries left unparsed because an item stored from the same bytes exists
    failure: str | None = None  # why the document gave no feed (set by monitor.pipeline.prepare_feed)


@dataclass(frozen=True)
class FeedForUpdate:
    """A feed as a poll reads it from the `feeds` table: where to fetch, its validators, its health."""

    id: int
    name: str
    url: str  # where it answers now (a permanent redirect moved it from feeds.yml's URL)
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None  # of the last document stored
    language: str | None = None
    authority: str | None = None
    interval: int | None = None  # seconds; None: the poller's default
    tags: tuple[str, ...] = ()
    first_polled_at: str | None = None  # None until the first poll that reached it (its backlog)
    consecutive_failures: int = 0


class AlertRow(TypedDict):
    """One stored alert with its decision's headline facts (`Store.list_alerts`), as a `Notifier`,
    `monitor alerts` and the window's wording of it read it."""

    id: int
    kind: str  # "new_fine", "status_change" or "backlog"
    event_id: int | None
    feed_id: int | None
    status: str | None  # the status announced; for "backlog", the count of decisions
    title: str
    body: str
    created_at: str
    delivered_at: str | None
    authority: str | None  # the decision's, None for a summary
    target: str | None
    amount: float | None
    currency: str | None
    amount_eur: float | None
    tags: list[str]


class SourceRow(TypedDict):
    """One report filed under a decision (`Store.event_sources`), the official one first."""

    id: int  # the item's
    feed: str  # the feed's name
    link: str | None
    title: str
    published: str | None
    language: str | None
    fine_status: str | None
    partial: int  # 1: joined on partial facts
    official: int  # 1: the authority's own report of it


class EventCorrection(TypedDict):
    """A user's correction in force on a decision, as its register row carries it
    (`store/corrections.EVENT_CORRECTIONS`)."""

    id: int
    kind: str  # "edit", "merge" or "split"
    field: str | None  # for an edit: the fact edited
    old: object  # the JSON value the analysis had read (an amount is {"amount", "currency"})
    new: object
    note: str | None
    at: str


class EventRow(TypedDict):
    """A decision of the register as it leaves the store (`Store.event`, `Store.list_events`;
    the columns of `store/fines.EVENT_COLUMNS`, JSON columns decoded)."""

    id: int
    authority: str | None
    target: str | None
    target_key: str | None
    amount: float | None
    currency: str | None
    amount_eur: float | None
    status: str
    penalty_amount: float | None
    penalty_currency: str | None
    penalty_per: str | None
    decision_date: str
    date_known: int  # 0 while no source gave a date: decision_date is when it was first seen
    tags: list[str]
    liquidation: int
    created_at: str
    country: str | None
    domain: str | None
    articles: list[str]
    official_item_id: int | None
    decided_on: str | None
    updated_at: str
    sources: int  # reports filed under it
    corrections: list[EventCorrection]


class StatusChange(TypedDict):
    """One step of a decision's status history (`Store.event_history`), oldest first."""

    status: str
    at: str
    item_id: int | None  # the report that moved it


class TotalRow(TypedDict):
    """A fined party's line of the register's totals (`Store.totals_by_target`)."""

    target: str | None
    target_key: str
    events: int  # its decisions the filter shows
    imposed: int  # of which imposed
    total_eur: float  # the sum of the imposed ones in euros
    authorities: str | None  # comma-separated
    first: str  # decision dates (every decision has one)
    last: str


class _ItemColumns(TypedDict):
    """The columns of a stored item that lists and the regrouping both read."""

    id: int
    guid: str
    link: str | None
    title: str
    summary_text: str
    language: str | None
    published: str
    published_known: int  # 0: the feed gave no date; published is when it was first seen
    fine_amount: float | None
    fine_currency: str | None
    fine_amount_eur: float | None
    penalty_amount: float | None
    penalty_currency: str | None
    penalty_per: str | None
    authority: str | None
    target: str | None
    event_id: int | None


class ItemRow(_ItemColumns):
    """A stored item as lists show it (`Store.list_items`; the columns of `store/items.LIST_COLUMNS`)."""

    feed_id: int
    feed: str  # the feed's name
    canonical_link: str | None
    author: str | None
    first_seen: str
    read: int
    matched: int
    fine_status: str | None
    article_lead: str | None
    facts_from_article: int
    tags: str | None  # space-separated


class FullItem(ItemRow):
    """One item as the reading pane shows it (`Store.item`): with its sanitised HTML summary."""

    summary_html: str


class ReportRow(_ItemColumns):
    """A fine-bearing item as the regrouping reads it (`store/grouping.py`, `Store.item_report`)."""

    fine_status: FineStatus
    event_partial: int  # 1: joined its event on partial facts
    # What filing read off the text (ReportFacts, schema v12); fine_liquidation NULL: filed before.
    target_key: str | None
    fine_liquidation: int | None
    stated_date: str | None
    penalty_eur: float | None


class _CorrectionColumns(TypedDict):
    id: int
    kind: str  # "edit", "merge", "split" or "not_fine"
    field: str | None  # an edit's fact: "party", "amount", "status" or "domain"
    item_id: int  # edit, merge: a report of the decision; split, not_fine: the report itself
    other_item_id: int | None  # merge: a report of the other decision
    event_id: int | None  # the decisions as numbered when corrected
    other_event_id: int | None
    old_value: str | None  # JSON
    new_value: str | None  # JSON
    note: str | None
    created_at: str
    undone_at: str | None


class CorrectionRow(_CorrectionColumns):
    """A user's correction as stored (`Store.correction`, `Store.active_corrections`)."""

    peers: str  # JSON list of item ids: a split's former companions, a merge's reports


class EditInForce(CorrectionRow):
    """An edit in force on a filed report (`Store.active_edits`), with the event that report is
    filed under now and that event's decision date."""

    filed_event: int
    decision_date: str


class ListedCorrection(_CorrectionColumns):
    """A correction as `Store.list_corrections` lists it, with the report it names and where that
    report (and a merge's other report) is filed now."""

    item_title: str
    item_event: int | None
    other_item_event: int | None


class PendingAlert(TypedDict):
    """The newest undelivered alert of a kind (`Store.pending_alert`): a summary still growing."""

    id: int
    status: str | None  # for "backlog", the count so far
    title: str


@dataclass(frozen=True)
class ReportSource:
    """One report of a decision, as its facts are read (`Store.decision_sources`)."""

    item_id: int
    title: str
    summary: str
    language: str | None
    published: str | None  # ISO 8601 UTC; None when the feed gave no date
    status: str | None
    amount: float | None
    currency: str | None
    feed_kind: str = "news"
    feed_authority: str | None = None


class FeedColumns(TypedDict):
    """The columns of a feed's stored row that every view of it shares."""

    name: str
    url: str  # where it answers now (a permanent redirect may have moved it)
    config_url: str  # the feeds file's URL
    kind: str
    language: str | None
    country: str | None
    authority: str | None
    enabled: int  # 0 or 1, as stored
    interval: int | None
    title: str | None
    last_polled_at: str | None
    last_success_at: str | None
    last_status: str | None
    last_error: str | None
    consecutive_failures: int
    next_poll_at: str | None
    gone: int  # 0 or 1: the server said 410 Gone
    first_polled_at: str | None


class FeedRow(FeedColumns):
    """A feed's stored row (`Store.feed_by_name`): its configuration and its polling state."""

    id: int
    tags: str  # JSON list
    site_link: str | None
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    added_at: str
    retry_until: str | None  # ISO 8601 UTC: the server's Retry-After, which no forced poll overrides
