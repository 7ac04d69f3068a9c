"""Filters that would match nothing by a typo are refused with what was meant, status 2.

`--since` reads ISO days and the relative forms people type (today, yesterday, 7d, 2w); a tag,
authority or feed that names nothing known is refused with the closest known names.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from monitor.cli.context import UsageError
from monitor.cli.values import known_value, since_day
from tests.support.cli import assert_no_traceback, run_monitor
from tests.support.feedserver import FeedServer, rss

TODAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2022-10-01", "2022-10-01"),
        ("2022-10-01T08:30", "2022-10-01T08:30:00"),
        ("today", "2026-03-10"),
        ("Yesterday", "2026-03-09"),
        ("7d", "2026-03-03"),
        ("2w", "2026-02-24"),
        ("30 days", "2026-02-08"),
    ],
)
def test_since_reads_iso_and_relative_days(text: str, day: str) -> None:
    assert since_day(text, today=TODAY) == day


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2022/10/01", "did you mean 2022-10-01?"),
        ("2022-02-30", "not a day of the calendar"),
        ("2022-10-01T25:00", "not a time of day"),
        ("yesterdy", "today, yesterday, 7d, 2w"),
        ("9999d", "2w"),  # within range: a date, not an error
        ("", "must be a date"),
    ],
)
def test_unreadable_dates_are_refused_with_the_forms_that_work(text: str, says: str) -> None:
    if text == "9999d":
        assert since_day(text, today=TODAY) == (TODAY - dt.timedelta(days=9999)).isoformat()
        return
    with pytest.raises(UsageError, match="--since") as refused:
        since_day(text, today=TODAY)
    assert says in str(refused.value)


def test_a_name_is_given_back_as_known_or_refused_with_the_closest() -> None:
    assert known_value("cnil", ["CNIL", "ICO"], "authority", fold_case=True) == "CNIL"
    with pytest.raises(UsageError, match="did you mean 'facial_recognition'"):
        known_value("facial-recognition", ["biometrics", "facial_recognition"], "tag")
    with pytest.raises(UsageError, match="did you mean 'CNIL'"):
        known_value("cnill", ["CNIL", "ICO"], "authority", fold_case=True)
    with pytest.raises(UsageError, match="known: CNIL, ICO"):
        known_value("zzz", ["CNIL", "ICO"], "authority", fold_case=True)


@pytest.fixture
def polled(tmp_path: Path, feed_server: FeedServer) -> tuple[Path, Path]:
    body = "The CNIL fined Acme Vision SAS 2 million euros over its facial recognition database."
    items = [
        {
            "title": "CNIL fines Acme Vision over facial recognition",
            "guid": "a1",
            "description": body,
            "link": "https://news.example/a1",
            "pubDate": "Thu, 10 Oct 2024 09:00:00 +0200",
        }
    ]
    url = feed_server.add("/cnil.xml", rss(items, title="CNIL"))
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(f"feeds:\n  - {{name: 'CNIL (FR)', url: '{url}', kind: authority, authority: CNIL}}\n")
    db = tmp_path / "m.sqlite"
    assert run_monitor("poll", "--db", db, "--feeds", feeds).returncode == 0
    return db, feeds


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["fines", "--since", "2022/10/01"], "did you mean 2022-10-01?"),
        (["fines", "--since", "yesterdy"], "must be a date"),
        (["fines", "--tag", "facial-recognition"], "did you mean 'facial_recognition'?"),
        (["fines", "--authority", "cnill"], "did you mean 'CNIL'?"),
        (["items", "--tag", "facial-recognition"], "did you mean 'facial_recognition'?"),
        (["items", "--feed", "CNIL FR"], "did you mean 'CNIL (FR)'?"),
        (["export", "fines", "--format", "json", "--since", "last week"], "must be a date"),
        (["export", "items", "--format", "json", "--tag", "biometric"], "did you mean 'biometrics'?"),
    ],
)
def test_a_filter_that_names_nothing_is_refused_with_status_2(
    polled: tuple[Path, Path], args: list[str], says: str
) -> None:
    db, feeds = polled
    done = run_monitor(*args, "--db", db, "--feeds", feeds)
    assert done.returncode == 2, done.stderr
    assert says in done.stderr and done.stdout == ""
    assert_no_traceback(done)


def test_relative_dates_and_case_folded_names_filter(polled: tuple[Path, Path]) -> None:
    db, feeds = polled
    old = run_monitor(
        "fines", "--json", "--since", "2024-10-01", "--authority", "cnil", "--db", db, "--feeds", feeds
    )
    assert old.returncode == 0, old.stderr
    assert [e["authority"] for e in json.loads(old.stdout)] == ["CNIL"]
    recent = run_monitor("fines", "--json", "--since", "7d", "--db", db, "--feeds", feeds)
    assert recent.returncode == 0 and json.loads(recent.stdout) == []  # a 2024 decision is older
    items = run_monitor("items", "--json", "--feed", "cnil (fr)", "--tag", "facial_recognition", "--db", db)
    assert items.returncode == 0, items.stderr
    assert len(json.loads(items.stdout)) == 1
