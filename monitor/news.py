"""When a filed decision is news (issue #12, rule 3), pure: within the alert window by its date, or,
undated, by when a report of it was first seen new in a feed polled before. What a feed held at its
first poll was there before anyone watched it: a backlog, never news, however it is grouped later."""

from __future__ import annotations

from datetime import timedelta

from monitor.events import when


def news_time(date: str | None, seen_new: str | None, seen_backlog: str | None = None) -> str | None:
    """What a decision's news-ness goes by: its date; unknown, when it was first seen, if that was
    in a report new in a feed polled before (`seen_new`) and no feed's first poll held it earlier
    (`seen_backlog`): "the first-seen time decides only when the feed has been polled before and
    the item was not there". A later undated report of a decision a backlog brought is no news."""
    if date is not None:
        return date
    if seen_new is None or (seen_backlog is not None and seen_backlog < seen_new):
        return None
    return seen_new


def is_recent(moment: str | None, now: str, window_days: int) -> bool:
    """Within the alert window of `now`. `moment` is a `news_time`: None, every report having come in
    its feed's first poll, is never recent."""
    if moment is None:
        return False
    return when(now) - when(moment) <= timedelta(days=window_days)
