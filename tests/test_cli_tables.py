"""`items`, `feeds` and `fines` fit the terminal: the widest columns give way, cut with …; --wide: all."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.cli.output import clip, fit, width
from tests.support.cli import assert_no_traceback, run_monitor
from tests.support.feedserver import FeedServer, rss

LONG = "La CNIL inflige une amende de 20 millions d'euros à Clearview AI pour sa base de visages " * 2


def test_clip_and_width_count_terminal_columns() -> None:
    assert width("東京") == 4 and width("e\u0301") == 1 and width("abc") == 3
    assert clip("abcdef", 4) == "abc…"
    assert clip("東京都庁", 5) == "東京…" and width(clip("東京都庁", 5)) <= 5
    assert clip("short", 10) == "short"


def test_fit_shrinks_the_widest_column_first_and_keeps_headers() -> None:
    assert fit([10, 100, 8], ["date", "title", "feed"], 60) == [10, 38, 8]
    assert fit([10, 12], ["date", "last success"], 20) == [6, 12]  # headers kept while they can be
    assert sum(fit([10, 12], ["date", "last success"], 12)) + 2 == 12  # then headers give way too
    assert fit([4, 4], ["date", "feed"], 3) == [4, 4]  # cannot fit: overflow rather than unreadable
    # Free-text columns give way first: the date and the amount stay whole.
    assert fit([10, 40, 11], ["date", "party", "amount"], 50) == [10, 25, 11]
    assert fit([10, 40, 11], ["date", "party", "amount"], 50, flexible=(1,)) == [10, 25, 11]
    assert fit([16, 12, 11], ["last success", "party", "amount"], 36, flexible=(1,)) == [16, 5, 11]
    assert fit([16, 12, 11], ["last success", "party", "amount"], 36)[0] < 16  # without: widest first


@pytest.fixture
def polled(tmp_path: Path, feed_server: FeedServer) -> tuple[Path, Path]:
    items = [
        {
            "title": f"{n} {LONG}",
            "guid": f"g{n}",
            "description": LONG,
            "link": f"https://news.example/{n}",
            "pubDate": f"Thu, 1{n} Oct 2024 09:00:00 +0200",
        }
        for n in range(3)
    ]
    url = feed_server.add("/long.xml", rss(items, title="News"))
    feeds = tmp_path / "feeds.yml"
    name = "A feed with a rather long name that goes on and on"
    feeds.write_text(f"feeds:\n  - {{name: '{name}', url: '{url}', kind: authority, authority: CNIL}}\n")
    db = tmp_path / "m.sqlite"
    assert run_monitor("poll", "--db", db, "--feeds", feeds).returncode == 0
    return db, feeds


@pytest.mark.parametrize("columns", [80, 60, 100])
@pytest.mark.parametrize("command", [["items"], ["feeds"], ["fines"], ["fines", "--by-target"], ["alerts"]])
def test_tables_fit_the_terminal_width(polled: tuple[Path, Path], command: list[str], columns: int) -> None:
    db, feeds = polled
    done = run_monitor(*command, "--db", db, "--feeds", feeds, env={"COLUMNS": str(columns)})
    assert_no_traceback(done)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert len(lines) >= (1 if "--by-target" in command else 2), done.stdout  # a header and rows
    assert all(width(line) <= columns for line in lines), [width(line) for line in lines]


def test_cut_cells_end_in_an_ellipsis_and_wide_shows_everything(polled: tuple[Path, Path]) -> None:
    db, feeds = polled
    fitted = run_monitor("items", "--db", db, "--feeds", feeds, env={"COLUMNS": "80"})
    assert "…" in fitted.stdout and LONG.strip() not in fitted.stdout
    wide = run_monitor("items", "--wide", "--db", db, "--feeds", feeds, env={"COLUMNS": "80"})
    assert wide.returncode == 0 and LONG.strip() in wide.stdout
    assert max(width(line) for line in wide.stdout.splitlines()) > 80
