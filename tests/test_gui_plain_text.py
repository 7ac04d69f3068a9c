"""Feed-controlled text in the window is shown as text: labels are plain text, tool tips escaped.

A server's reason phrase and a Location header become a feed's error; a feed's titles and names are
anyone's. Each must reach the status bar, the sources' tool tips and the items' tool tips as the
characters it is, so no server can paint "All feeds OK" or load a local image into the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_support import QT_LOG_IGNORE, RecordingNotifier, desktop_app, poll, write_feeds
from tests.support import hostile
from tests.support.feedserver import FeedServer, rss

PAINT = "<b>All feeds OK</b><img src='file:///etc/hosts'>"

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)


def test_feed_errors_titles_and_names_are_never_rendered_as_rich_text(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    reason = feed_server.add(
        "/reason.xml", handler=hostile.raw(f"HTTP/1.1 500 {PAINT}\r\nContent-Length: 0\r\n\r\n".encode())
    )
    moved = feed_server.add("/moved.xml", handler=hostile.redirect(f"http://x{PAINT}/".encode()))
    # Escaped in the feed, so the stored title is the markup itself (as text), as feeds do send it.
    escaped = PAINT.replace("<", "&lt;").replace(">", "&gt;")
    items = [{"title": f"Title {escaped}", "guid": "t1", "description": "text"}]
    good = feed_server.add("/good.xml", rss(items, title="Good"))
    feeds = write_feeds(
        tmp_path / "feeds.yml",
        [("Reason", reason, "en"), ("Moved", moved, "en"), ("<i>Named</i>", good, "en")],
    )
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        app.start(poll=False)
        report = poll(qtbot, app)
        assert len(report.errors) == 2
        window = app.window
        errors = window.errors
        assert errors.textFormat() == Qt.TextFormat.PlainText
        assert "<b>All feeds OK</b>" in errors.text()  # the characters, as the server sent them
        for label in (window.last_poll, window.next_poll, window.activity, window.count_label):
            assert label.textFormat() == Qt.TextFormat.PlainText
        tip = errors.toolTip()
        assert tip.startswith("<p") and "&lt;b&gt;All feeds OK&lt;/b&gt;&lt;img" in tip and "<img" not in tip
        feed_tips = [
            window.sources.tool_tip(key) or ""
            for key in window.sources.source_keys()
            if key.startswith("feed:")
        ]
        failing = [t for t in feed_tips if "&lt;b&gt;" in t]
        assert len(failing) == 2 and all("<img" not in t and "&lt;img" in t for t in failing)
        model = window.model
        window.sources.select("all")
        window.show_unmatched.setChecked(True)
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        title_tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
        assert "&lt;b&gt;All feeds OK" in title_tip and "<img" not in title_tip
