"""When each feed is polled next: the interval, back-off after failures, and servers' Retry-After."""

from __future__ import annotations

from datetime import datetime, timedelta

DEFAULT_INTERVAL = 30 * 60
MAX_BACKOFF = 24 * 3600
RETENTION_DAYS = 30
# Files and settings refuse longer intervals; this bound also holds for whatever an older
# version or a hand-edited database stored, so a date can never overflow.
MAX_DELAY = 366 * 86400


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _later(now: datetime, seconds: float) -> str:
    return iso(now + timedelta(seconds=min(max(float(seconds), 0.0), MAX_DELAY)))


def next_after_success(now: datetime, interval: int) -> str:
    return _later(now, interval)


def next_after_failure(now: datetime, interval: int, failures: int, retry_after: float | None) -> str:
    """Exponential back-off from the feed's interval, capped at a day; Retry-After wins if later."""
    # The exponent is bounded first: 2 ** 10,000 failures is a very large integer for nothing.
    backoff = min(min(interval, MAX_BACKOFF) * (2 ** min(max(failures - 1, 0), 32)), MAX_BACKOFF)
    delay = max(float(backoff), retry_after or 0.0)
    return _later(now, delay)
