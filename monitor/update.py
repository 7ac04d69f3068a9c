"""What a poll does with each feed, decided without network or database (after lemon24/reader's
`_update`): a feed's stored state and its fetch (or parse) result in, one intent out, and the
report a caller shows. poller.py carries the intents out; each maps to one store call.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from monitor.fetch import OFFLINE_KINDS, ErrorKind, FetchResult
from monitor.models import FeedForUpdate
from monitor.schedule import iso, next_after_failure, next_after_success
from monitor.store import StoreError

Outcome = Literal["new", "unchanged", "not_modified", "error", "cancelled"]


@dataclass(frozen=True)
class FeedReport:
    name: str
    outcome: Outcome
    new: int = 0
    updated: int = 0
    items: int = 0
    error: str | None = None
    status: int | None = None
    alternates: tuple[str, ...] = ()
    elapsed: float = 0.0
    error_kind: ErrorKind | None = None  # why it failed, for callers that act on the cause


@dataclass
class PollReport:
    feeds: list[FeedReport] = field(default_factory=list)
    alerts: list[int] = field(default_factory=list)
    new_events: int = 0
    pruned: int = 0
    elapsed: float = 0.0
    cancelled: bool = False
    # The database could not be written (disk full, locked, read-only, damaged): the poll stopped
    # there. Feeds written before it are kept; the rest are polled again next time.
    store_error: StoreError | None = None

    @property
    def new_items(self) -> int:
        return sum(f.new for f in self.feeds)

    @property
    def errors(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.outcome == "error"]

    @property
    def appears_offline(self) -> bool:
        """Every feed polled failed because no host could be resolved or reached: say it once."""
        return bool(self.feeds) and all(
            f.outcome == "error" and f.error_kind in OFFLINE_KINDS for f in self.feeds
        )


# --- intents: the keyword arguments of Store.mark_polled / Store.mark_failed -------------------------


@dataclass(frozen=True)
class MarkPolled:
    """The feed answered: its validators, health and next poll (with new items, also what it said)."""

    status: Literal["ok", "not_modified", "unchanged"]
    next_poll_at: str
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None
    content_hash: str | None = None
    title: str | None = None
    site_link: str | None = None


@dataclass(frozen=True)
class MarkFailed:
    error: str
    next_poll_at: str
    gone: bool = False
    retry_until: str | None = None  # the server's Retry-After, which no forced poll overrides


@dataclass(frozen=True)
class ParseDocument:
    """A new document: parse it; `digest` is stored with the items so the same bytes are not parsed again."""

    digest: str


Decision = MarkPolled | MarkFailed | ParseDocument


def after_fetch(feed: FeedForUpdate, fetched: FetchResult, now: datetime, default_interval: int) -> Decision:
    """What a fetch result asks for: a failure, a feed that has nothing new, or a document to parse."""
    if fetched.outcome == "error":
        return failed(feed, fetched, fetched.error or "error", now, default_interval)
    if fetched.outcome == "not_modified":
        return _reached(feed, fetched, "not_modified", now, default_interval)
    digest = hashlib.sha1(fetched.body).hexdigest()
    if digest == feed.content_hash:
        # Same bytes as last time from a server without validators: nothing to parse.
        return _reached(feed, fetched, "unchanged", now, default_interval)
    return ParseDocument(digest)


def after_parse(
    feed: FeedForUpdate,
    fetched: FetchResult,
    digest: str,
    failure: str | None,
    now: datetime,
    default_interval: int,
    *,
    title: str | None = None,
    site_link: str | None = None,
) -> MarkPolled | MarkFailed:
    """A parsed document: the feed's failure when it was none (`failure`), else where it stands now."""
    if failure:
        return failed(feed, fetched, failure, now, default_interval)
    return MarkPolled(
        status="ok",
        next_poll_at=next_after_success(now, feed.interval or default_interval),
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        moved_to=fetched.moved_to,
        content_hash=digest,
        title=title,
        site_link=site_link,
    )


def _reached(
    feed: FeedForUpdate, fetched: FetchResult, status: Literal["not_modified", "unchanged"], now: datetime,
    default_interval: int,
) -> MarkPolled:  # fmt: skip
    return MarkPolled(
        status=status,
        next_poll_at=next_after_success(now, feed.interval or default_interval),
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        moved_to=fetched.moved_to,
    )


def failed(
    feed: FeedForUpdate, fetched: FetchResult, error: str, now: datetime, default_interval: int
) -> MarkFailed:
    """A failure backs off by the failures in a row, and honours the server's Retry-After."""
    if fetched.gone:
        error = f"{error}: the feed was withdrawn; it is no longer polled (change or remove its URL)"
    interval = feed.interval or default_interval
    return MarkFailed(
        error=error,
        next_poll_at=next_after_failure(now, interval, feed.consecutive_failures + 1, fetched.retry_after),
        gone=fetched.gone,
        retry_until=iso(now + timedelta(seconds=fetched.retry_after)) if fetched.retry_after else None,
    )


def report(
    feed: FeedForUpdate,
    fetched: FetchResult,
    intent: MarkPolled | MarkFailed,
    alternates: tuple[str, ...] = (),
) -> FeedReport:
    """The report of a feed that wrote no items: failed, not modified, or the same bytes again."""
    if isinstance(intent, MarkFailed):
        return FeedReport(
            feed.name,
            "error",
            error=intent.error,
            status=fetched.status,
            alternates=alternates,
            elapsed=fetched.elapsed,
            error_kind=fetched.kind or "other",
        )
    status = 304 if intent.status == "not_modified" else fetched.status
    outcome: Outcome = "not_modified" if intent.status == "not_modified" else "unchanged"
    return FeedReport(feed.name, outcome, status=status, elapsed=fetched.elapsed)
