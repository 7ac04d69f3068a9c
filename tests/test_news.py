"""When a filed decision is news (monitor.news, issue #12 rule 3): by its date within the alert
window, or undated, by when a report of it was first seen new in a feed polled before."""

from __future__ import annotations

import pytest

from monitor.news import is_recent, news_time

NOW = "2031-03-20T10:00:00Z"
WEEK_AGO = "2031-03-13T10:00:00Z"
YEAR_AGO = "2030-03-20T10:00:00Z"


@pytest.mark.parametrize(
    ("date", "seen_new", "seen_backlog", "expected"),
    [
        (YEAR_AGO, NOW, None, YEAR_AGO),  # a date says it, however the reports came
        (WEEK_AGO, None, YEAR_AGO, WEEK_AGO),
        (None, WEEK_AGO, None, WEEK_AGO),  # undated, seen new in a known feed
        (None, None, WEEK_AGO, None),  # every report came in a first poll: a backlog
        (None, None, None, None),
        (None, NOW, WEEK_AGO, None),  # a later report of what a backlog held before
        (None, WEEK_AGO, NOW, WEEK_AGO),  # seen new before a new feed brought it again
        (None, WEEK_AGO, WEEK_AGO, WEEK_AGO),  # one poll: a known feed had it new
    ],
)
def test_what_a_decisions_news_goes_by(
    date: str | None, seen_new: str | None, seen_backlog: str | None, expected: str | None
) -> None:
    assert news_time(date, seen_new, seen_backlog) == expected


@pytest.mark.parametrize(
    ("moment", "window", "expected"),
    [
        (WEEK_AGO, 30, True),
        (WEEK_AGO, 7, True),  # the window's last moment is in it
        ("2031-03-13T09:59:59Z", 7, False),
        (YEAR_AGO, 30, False),
        (NOW, 1, True),
        (None, 3650, False),  # no date and never seen new: never news
    ],
)
def test_the_alert_window(moment: str | None, window: int, expected: bool) -> None:
    assert is_recent(moment, NOW, window) is expected
