"""Numbers and files from outside: refused with a line and a reason at entry, never a traceback.

Huge intervals (feeds.yml, OPML rm:interval, the settings), YAML tags, lone surrogates, control
characters, and OPML inputs without an end (/dev/zero), tried through the readers and the real CLI.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor import settings
from monitor.config import parse_feeds
from monitor.config_values import ConfigError, parse_interval
from monitor.opml import MAX_BYTES, read_opml
from monitor.schedule import next_after_failure, next_after_success, parse_iso
from monitor.store import Store
from tests.support.cli import assert_no_traceback, run_monitor

HUGE_INTERVALS = [
    "999999999d",
    "99999999999999999999",  # 20 digits: past SQLite's 64-bit integers
    "9" * 5000,  # past Python's int-from-text limit
    "100000000000000h",
    "367d",
    "1e400",
    "inf",
    "-5m",
    "١٢m",  # Arabic-Indic digits are digits to Python, not to a feeds file
    "²m",
    "0x10m",
    "10 d 5",
]


@pytest.mark.parametrize("value", HUGE_INTERVALS)
def test_huge_or_odd_intervals_are_refused_with_a_message(value: str) -> None:
    with pytest.raises(ValueError, match="interval"):
        parse_interval(value)


@pytest.mark.parametrize("value", [10**20, 10**400, 366 * 86400])
def test_huge_integer_intervals_are_refused(value: int) -> None:
    with pytest.raises(ValueError, match="maximum"):
        parse_interval(value)


@pytest.mark.parametrize("value", HUGE_INTERVALS[:6])
def test_a_huge_interval_in_feeds_yml_names_its_line(value: str) -> None:
    text = f"feeds:\n  - name: A\n    url: http://a.example/\n    interval: {value}\n"
    with pytest.raises(ConfigError) as caught:
        parse_feeds(text, "feeds.yml")
    assert [line for line, _ in caught.value.problems] == [4]


def test_a_huge_rm_interval_in_opml_is_ignored_with_a_note_and_the_feed_kept() -> None:
    problems: list[str] = []
    opml = (
        "<opml version='2.0' xmlns:rm='tag:regulatory-monitor,2024:opml'><body>"
        "<outline type='rss' text='A' xmlUrl='http://a.example/' rm:interval='999999999d'/>"
        "<outline type='rss' text='B' xmlUrl='http://b.example/' rm:interval='99999999999999999999'/>"
        "</body></opml>"
    )
    feeds = read_opml(opml, "x.opml", problems)
    assert [(f.name, f.interval) for f in feeds] == [("A", None), ("B", None)]
    assert len(problems) == 2 and all("interval" in p for p in problems)


def test_the_schedule_never_overflows_whatever_was_stored() -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    for interval in (10**20, 999999999 * 86400, 2**63):
        assert parse_iso(next_after_success(now, interval)).year < 2026
        assert parse_iso(next_after_failure(now, interval, 10_000, 1e300)).year < 2026


def test_settings_refuse_a_20_digit_interval(db_path: Path) -> None:
    store = Store(db_path)
    try:
        with pytest.raises(settings.SettingError):
            settings.put(store, "poll_interval", 10**20)
        assert settings.get(store, "poll_interval") == settings.SETTINGS["poll_interval"].default
    finally:
        store.close()


BAD_FEEDS_FILES = [
    ("feeds:\n  - name: !foo bar\n    url: http://a.example/\n", 2, "YAML tag"),
    ("feeds:\n  - name: !!python/object:os.system x\n    url: http://a.example/\n", 2, "YAML tag"),
    ("feeds:\n  - name: !!binary aGVsbG8=\n    url: http://a.example/\n", 2, "YAML tag"),
    ("feeds:\n  - name: A\n    url: !!str http://a.example/\n    tags: [!x y]\n", 4, "tags"),
    ('feeds:\n  - name: "lone \\ud800 surrogate"\n    url: http://a.example/\n', 2, "U+D800"),
    ('feeds:\n  - name: "esc \\e[31m red"\n    url: http://a.example/\n', 2, "U+001B"),
    ('feeds:\n  - name: "bidi \\u202e"\n    url: http://a.example/\n', 2, "U+202E"),
    ('feeds:\n  - name: A\n    url: http://a.example/\n    authority: "C\\x9bNIL"\n', 4, "U+009B"),
    ("feeds:\n  - name: A\n    url: 'http://[::1/feed'\n", 3, "IPv6"),
    ("feeds:\n  - name: A\n    url: '   '\n", 2, "missing 'url'"),
    ("feeds:\n  - name: A\n    url: http://a.example/\n    interval: 999999999d\n", 4, "maximum"),
    ("feeds:\n  - name: A\n    url: http://a.example/\n    enabled: !!timestamp 2001-12-14\n", 4, "YAML tag"),
]


@pytest.mark.parametrize(("text", "line", "message"), BAD_FEEDS_FILES)
def test_bad_feeds_files_give_lines_not_tracebacks(text: str, line: int, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_feeds(text, "feeds.yml")
    assert any(n == line and message in m for n, m in caught.value.problems), caught.value.problems


@pytest.mark.parametrize(("text", "line", "_message"), BAD_FEEDS_FILES[:3] + BAD_FEEDS_FILES[4:5])
def test_the_cli_reports_a_bad_feeds_file_with_status_2(
    tmp_path: Path, text: str, line: int, _message: str
) -> None:
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(text, encoding="utf-8")
    for command in (["poll"], ["feeds"]):
        done = run_monitor(*command, "--db", tmp_path / "m.sqlite", "--feeds", feeds)
        assert_no_traceback(done)
        assert done.returncode == 2 and f"{feeds}:{line}:" in done.stderr, done.stderr


def test_feeds_import_of_an_endless_input_stops_at_the_cap(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n  - {name: A, url: 'http://a.example/'}\n", encoding="utf-8")
    before = feeds.read_text(encoding="utf-8")
    done = run_monitor("feeds", "import", "/dev/zero", "--feeds", feeds, timeout=60)
    assert_no_traceback(done)
    assert done.returncode == 2 and f"larger than {MAX_BYTES // 2**20} MiB" in done.stderr
    assert feeds.read_text(encoding="utf-8") == before


def test_feeds_import_from_an_endless_pipe_stops_at_the_cap(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n  - {name: A, url: 'http://a.example/'}\n", encoding="utf-8")
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    pid = os.fork()
    if pid == 0:  # the writer: OPML that never ends, until the reader goes away
        try:
            with fifo.open("wb") as out:
                out.write(b"<opml><body>")
                while True:
                    out.write(b"<outline text='x'/>" * 1000)
        finally:
            os._exit(0)
    try:
        done = run_monitor("feeds", "import", fifo, "--feeds", feeds, timeout=60)
    finally:
        os.waitpid(pid, 0)
    assert_no_traceback(done)
    assert done.returncode == 2 and "larger than" in done.stderr


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe<opml>", b"<opml><body><outline xmlUrl='http://[::1/x'/></body></opml>", b"", b"\x00" * 100],
)
def test_feeds_import_of_odd_files_is_a_message(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "odd.opml"
    source.write_bytes(content)
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n  - {name: A, url: 'http://a.example/'}\n", encoding="utf-8")
    done = run_monitor("feeds", "import", source, "--feeds", feeds)
    assert_no_traceback(done)
    assert done.returncode in (0, 2) and done.stderr.strip()


def test_feeds_import_of_a_folder_is_a_message(tmp_path: Path) -> None:
    done = run_monitor("feeds", "import", tmp_path, "--feeds", tmp_path / "feeds.yml")
    assert_no_traceback(done)
    assert done.returncode == 2 and "cannot read" in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["poll", "--every", "999999999d"],
        ["poll", "--every", "99999999999999999999"],
        ["poll", "--every", "soon"],
        ["items", "--limit", "99999999999999999999"],
        ["items", "--limit", "²"],
        ["alerts", "--limit", "-1"],
        ["alerts", "--limit", "0"],
    ],
)
def test_numbers_on_the_command_line_are_refused_with_status_2(tmp_path: Path, args: list[str]) -> None:
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n  - {name: A, url: 'http://a.invalid/'}\n", encoding="utf-8")
    done = run_monitor(*args, "--db", tmp_path / "m.sqlite", "--feeds", feeds)
    assert_no_traceback(done)
    assert done.returncode == 2 and args[1] in done.stderr


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom", "FIFO", "DIR"])
def test_a_file_feed_that_never_ends_is_that_feed_s_error(tmp_path: Path, target: str) -> None:
    from monitor.fetch import Fetcher

    if target == "FIFO":
        os.mkfifo(tmp_path / "fifo")
        target = str(tmp_path / "fifo")
    elif target == "DIR":
        target = str(tmp_path)
    result = Fetcher().fetch(Path(target).as_uri())
    assert (result.outcome, result.kind) == ("error", "file") and "not a regular file" in (result.error or "")


def test_opml_nested_half_a_million_folders_deep_is_read_and_the_rest_imported() -> None:
    from monitor.opml import MAX_DEPTH

    depth = 500_000  # 14 MiB: within the size cap, far beyond any stack
    body = "<outline text='f'>" * depth + "<outline xmlUrl='http://deep.example/'/>" + "</outline>" * depth
    problems: list[str] = []
    opml = f"<opml><body>{body}<outline xmlUrl='http://b.example/'/></body></opml>"
    assert [f.url for f in read_opml(opml, "x.opml", problems)] == ["http://b.example/"]
    assert problems == [f"line 1: skipped folders nested deeper than {MAX_DEPTH}"]


def test_opml_with_more_feeds_than_anyone_has_is_cut_with_a_note() -> None:
    from monitor.opml import MAX_FEEDS

    outlines = "".join(f"<outline xmlUrl='http://a.example/{n}'/>" for n in range(MAX_FEEDS + 500))
    problems: list[str] = []
    feeds = read_opml(f"<opml><body>{outlines}</body></opml>", "x.opml", problems)
    assert len(feeds) == MAX_FEEDS and len(problems) == 1 and "more than" in problems[0]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("feeds:\n" + "- " * 20_000 + "x\n", 2),  # block lists within lists, on one line
        ("feeds:\n" + "".join(" " * i + "a:\n" for i in range(1, 800)) + " " * 800 + "x\n", None),
        ("feeds: " + "[" * 100_000 + "]" * 100_000, 1),
        ("feeds:\n  - name: " + "{a: " * 50_000 + "x" + "}" * 50_000, 2),
    ],
)
def test_feeds_files_nested_past_any_stack_are_a_line_not_a_recursion_error(
    text: str, line: int | None
) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_feeds(text, "feeds.yml")
    [(found, message)] = caught.value.problems
    assert "nested too deeply" in message and (line is None or found == line)


def test_opml_names_and_tags_of_a_megabyte_are_cut() -> None:
    from monitor.opml import MAX_NAME

    categories = ",".join(f"t{n}" for n in range(10_000))
    opml = (
        f"<opml><body><outline title='{'n' * 1_000_000}' category='{categories}' "
        "xmlUrl='http://a.example/'/></body></opml>"
    )
    [feed] = read_opml(opml, "x.opml")
    assert len(feed.name) == MAX_NAME and len(feed.tags) == 50


@pytest.mark.parametrize("target", ["/dev/zero", "DIR"])
def test_a_feeds_file_that_never_ends_is_refused_with_status_2(tmp_path: Path, target: str) -> None:
    feeds = str(tmp_path) if target == "DIR" else target
    done = run_monitor("poll", "--feeds", feeds, "--db", tmp_path / "m.sqlite", timeout=60)
    assert_no_traceback(done)
    assert done.returncode == 2 and ("larger than" in done.stderr or "cannot read" in done.stderr)
