"""The poll's decisions, pure: a feed's state and what its server answered in, one intent out."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from monitor.fetch import FetchResult
from monitor.models import FeedForUpdate
from monitor.update import MarkFailed, MarkPolled, ParseDocument, after_fetch, after_parse, report

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
FEED = FeedForUpdate(id=1, name="Watchdog", url="https://w.example/feed", interval=600)
URL = "https://w.example/feed"


def test_a_304_keeps_the_validators_and_polls_at_the_feeds_interval() -> None:
    fetched = FetchResult("not_modified", URL, status=304, etag='"v2"', moved_to="https://w.example/new")
    intent = after_fetch(FEED, fetched, NOW, default_interval=3600)
    assert intent == MarkPolled(
        status="not_modified",
        next_poll_at="2025-03-01T12:10:00Z",
        etag='"v2"',
        moved_to="https://w.example/new",
    )
    assert report(FEED, fetched, intent).outcome == "not_modified"


def test_the_same_bytes_as_last_time_are_not_parsed_and_a_new_document_is() -> None:
    body = b"<rss/>"
    digest = hashlib.sha1(body).hexdigest()
    fetched = FetchResult("ok", URL, status=200, body=body)
    same = after_fetch(FeedForUpdate(id=1, name="W", url=URL, content_hash=digest), fetched, NOW, 3600)
    assert isinstance(same, MarkPolled) and same.status == "unchanged" and same.content_hash is None
    assert report(FEED, fetched, same).outcome == "unchanged"
    assert after_fetch(FEED, fetched, NOW, 3600) == ParseDocument(digest)


def test_failures_back_off_with_the_failures_in_a_row() -> None:
    fetched = FetchResult("error", URL, status=500, error="HTTP 500", kind="http")
    first = after_fetch(FEED, fetched, NOW, 3600)
    fourth = after_fetch(
        FeedForUpdate(id=1, name="W", url=URL, interval=600, consecutive_failures=3), fetched, NOW, 3600
    )
    assert isinstance(first, MarkFailed) and isinstance(fourth, MarkFailed)
    assert first.next_poll_at < fourth.next_poll_at and first.error == "HTTP 500"
    shown = report(FEED, fetched, first)
    assert (shown.outcome, shown.error_kind, shown.status) == ("error", "http", 500)


def test_a_withdrawn_feed_says_so_and_a_retry_after_is_held() -> None:
    gone = after_fetch(FEED, FetchResult("error", URL, status=410, error="HTTP 410", gone=True), NOW, 3600)
    assert isinstance(gone, MarkFailed) and gone.gone and "no longer polled" in gone.error
    wait = after_fetch(
        FEED, FetchResult("error", URL, status=429, error="HTTP 429", retry_after=7200), NOW, 3600
    )
    assert isinstance(wait, MarkFailed) and wait.retry_until == "2025-03-01T14:00:00Z"
    assert wait.next_poll_at >= wait.retry_until


def test_a_parsed_document_that_is_no_feed_fails_and_a_feed_records_what_it_said() -> None:
    fetched = FetchResult("ok", URL, status=200, body=b"<html/>", etag='"e"')
    failed = after_parse(FEED, fetched, "d1", "an HTML page, not a feed", NOW, 3600)
    assert isinstance(failed, MarkFailed) and failed.error == "an HTML page, not a feed"
    stored = after_parse(
        FEED, fetched, "d1", None, NOW, 3600, title="Watchdog news", site_link="https://w.example/"
    )
    assert stored == MarkPolled(
        status="ok",
        next_poll_at="2025-03-01T12:10:00Z",
        etag='"e"',
        content_hash="d1",
        title="Watchdog news",
        site_link="https://w.example/",
    )
