"""When each feed is polled next: the interval, back-off after failures, and servers' Retry-After."""

from __future__ import annotations

from datetime import datetime, timedelta

DEFAULT_INTERVAL = 30 * 60
MAX_BACKOFF = 24 * 3600
RETENTION_DAYS = 30


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def next_after_success(now: datetime, interval: int) -> str:
    return iso(now + timedelta(seconds=interval))


def next_after_failure(now: datetime, interval: int, failures: int, retry_after: float | None) -> str:
    """Exponential back-off from the feed's interval, capped at a day; Retry-After wins if later."""
    backoff = min(interval * (2 ** max(failures - 1, 0)), MAX_BACKOFF)
    delay = max(float(backoff), retry_after or 0.0)
    return iso(now + timedelta(seconds=delay))
