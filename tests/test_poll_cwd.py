"""A poll run from a folder that holds another `monitor/` package (an older checkout, a project
of the user's) parses in the app's own code: the parse workers never import the folder's."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.poller import POOL_THRESHOLD
from tests.support.feedserver import FeedServer, rss

POLL_TIMEOUT = 120.0  # a generous bound, not a timing assertion
SCRIPT = Path(sys.executable).parent / "monitor"  # the console script pip installs


@pytest.mark.skipif(not SCRIPT.exists(), reason="the `monitor` console script is not installed")
def test_a_poll_from_a_folder_with_another_monitor_package_parses_in_workers(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "monitor").mkdir(parents=True)
    (elsewhere / "monitor" / "__init__.py").write_text('"""Not the app."""\n', encoding="utf-8")
    lines = ["feeds:"]
    for n in range(POOL_THRESHOLD + 2):  # enough documents that they go to the worker processes
        url = feed_server.add(
            f"/cwd-{n}.xml",
            rss([{"title": f"Northwind Tools news {n}", "link": f"https://example.org/cwd/{n}"}]),
        )
        lines += [f"  - name: Source {n}", f"    url: {url}", "    kind: news"]
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "monitor.db"

    done = subprocess.run(
        [str(SCRIPT), "poll", "--db", str(db), "--feeds", str(feeds)],
        cwd=elsewhere,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=POLL_TIMEOUT,
        check=False,
    )

    output = (done.stdout + done.stderr).decode(errors="replace")
    assert done.returncode == 0, output[-3000:]
    assert "BrokenProcessPool" not in output
    with sqlite3.connect(db) as conn:
        (items,) = conn.execute("SELECT count(*) FROM items").fetchone()
        (failing,) = conn.execute("SELECT count(*) FROM feeds WHERE last_error IS NOT NULL").fetchone()
    assert (items, failing) == (POOL_THRESHOLD + 2, 0), output[-3000:]
