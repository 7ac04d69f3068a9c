"""Start-up: a command imports what it needs and nothing more (behaviour; the times are in benchmarks/).

`monitor items` is typed many times a day: it must not pay for the poller, the analysis (its rules,
the ECB rates, cleanco), feedparser, lxml or sqlite-utils, which only polling and analysing use.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.cli import MODULES, NEEDS, build_parser, modules_for
from monitor.models import Analysis, FeedConfig, Fine, ParsedItem
from monitor.poller import POOL_THRESHOLD
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

# What a read command must never load: the poll's and the analysis's machinery and libraries.
HEAVY = (
    "monitor.poller",
    "monitor.pipeline",
    "monitor.fetch",
    "monitor.parse",
    "monitor.analysis",
    "monitor.register",
    "feedparser",
    "lxml",
    "trafilatura",
    "currency_converter",
    "cleanco",
    "babel",
    "sqlite_utils",
    "urllib3",
    "concurrent.futures.process",
    "PySide6",
)
PROBE = """
import json, sys
from monitor.cli import main
status = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({"status": status, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def _stored(tmp_path: Path) -> tuple[Path, Path]:
    db, feeds = tmp_path / "monitor.sqlite", tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n  - name: Example\n    url: http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    store = Store(db)
    fine = Fine(amount=20_000_000.0, currency="EUR", amount_eur=20_000_000.0, status="imposed")
    item = ParsedItem(
        guid="g1",
        link="https://example.org/1",
        canonical_link="https://example.org/1",
        title="An authority fines a company",
        summary_text="A fine of 20 million euros.",
        summary_html="<p>A fine of 20 million euros.</p>",
        author=None,
        published="2024-01-01T00:00:00Z",
        language="en",
        content_hash="h1",
        analysis=Analysis(tags=("biometrics",), fine=fine, target="A company", matched=True),
    )
    with store.transaction():
        store.sync_feeds(
            [FeedConfig(name="Example", url="http://127.0.0.1:9/feed.xml")], "2024-01-01T00:00:00Z"
        )
        feed = store.feed_by_name("Example")
        assert feed is not None
        store.store_items(feed["id"], [item], "2024-01-01T00:00:00Z")
    store.close()
    return db, feeds


def _imported(tmp_path: Path, *argv: str) -> tuple[str, list[str]]:
    db, feeds = _stored(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv, "--db", str(db), "--feeds", str(feeds)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr
    return done.stdout, report["modules"]


@pytest.mark.parametrize(
    "argv",
    [("items", "--limit", "10"), ("fines",), ("feeds",), ("alerts",), ("items", "--json")],
    ids=" ".join,
)
def test_read_commands_load_neither_the_poller_nor_the_analysis(
    tmp_path: Path, argv: tuple[str, ...]
) -> None:
    out, modules = _imported(tmp_path, *argv)
    assert out.strip()  # the command did its work (the stored item or feed is listed)
    loaded = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert loaded == []


def test_listing_feeds_loads_neither_opml_nor_the_register(tmp_path: Path) -> None:
    # `monitor feeds` registers its import/export actions, but reads no OPML and no decision.
    out, modules = _imported(tmp_path, "feeds")
    assert "Example" in out
    unneeded = ("monitor.opml", "monitor.export", "monitor.fine_records", "monitor.corrections", "xml.etree")
    assert [m for m in modules if m in unneeded] == []


def test_listing_feeds_from_an_unchanged_file_loads_no_yaml(tmp_path: Path) -> None:
    # The first reading of a feeds file composes its YAML and caches what it found; the next ones
    # read that cache (feeds_cache.py), so neither PyYAML nor ruamel.yaml is imported.
    _, first = _imported(tmp_path, "feeds")
    out, again = _imported(tmp_path, "feeds")
    assert "yaml" in first and "Example" in out
    assert [m for m in again if m.split(".")[0] in ("yaml", "ruamel") or m == "monitor.feeds_yaml"] == []


def test_items_lists_what_is_stored_without_the_analysis(tmp_path: Path) -> None:
    out, _ = _imported(tmp_path, "items", "--limit", "10")
    assert "An authority fines a company" in out


def test_a_party_asked_for_loads_the_analysis_that_names_it(tmp_path: Path) -> None:
    # --target is read with the analysis's party_key: the import waits for the one case that needs it.
    _, modules = _imported(tmp_path, "fines", "--target", "a company")
    assert "monitor.analysis" in modules


def test_each_command_is_registered_by_the_modules_it_names() -> None:
    every = build_parser()
    for command, needed in NEEDS.items():
        assert set(needed) <= set(MODULES)
        alone = build_parser(needed)
        assert command in _choices(alone), command
        # The command alone parses its arguments as with every module loaded (its actions too).
        assert _choices(alone)[command].format_usage() == _choices(every)[command].format_usage()


def test_help_and_unknown_words_load_every_command() -> None:
    assert modules_for([]) == MODULES
    assert modules_for(["--help"]) == MODULES
    assert modules_for(["--interval", "5"]) == MODULES  # `monitor --interval 5` opens the window
    assert modules_for(["--db", "items", "fines"]) == NEEDS["fines"]  # --db's value is not a command
    assert modules_for(["no-such-command"]) == MODULES


def _choices(parser: object) -> dict[str, object]:
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


@pytest.mark.parametrize("count", [1, POOL_THRESHOLD])  # a poll parsed in process, and one a pool would parse
def test_a_poll_of_304s_loads_neither_parsing_nor_the_analysis(
    tmp_path: Path, feed_server: FeedServer, count: int
) -> None:
    db, feeds = tmp_path / "monitor.sqlite", tmp_path / "feeds.yml"
    lines = ["feeds:"]
    for n in range(count):
        url = feed_server.add(f"/f{n}.xml", rss([{"title": "First", "link": f"https://example.org/{n}"}]))
        lines += [f"  - name: F{n}", f"    url: {url}"]
    feeds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ["poll", "--db", str(db), "--feeds", str(feeds)]
    subprocess.run([sys.executable, "-m", "monitor", *argv], check=True, capture_output=True, timeout=120)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=False, timeout=120
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr
    assert "not modified" in done.stdout  # the second poll met a 304
    heavy = ("monitor.analysis", "monitor.parse", "monitor.register", "feedparser", "lxml", "cleanco")
    assert [m for m in report["modules"] if m.split(".")[0] in heavy or m in heavy] == []
