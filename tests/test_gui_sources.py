"""The sources pane: every feed with its unread count, the saved views, the selection kept
across reloads, and a model that is asked only for the rows on screen."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from gui_support import QT_LOG_IGNORE
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor.gui.sources import SourcesModel, SourcesPane
from monitor.models import Analysis, FeedConfig, ParsedItem
from monitor.store import Store

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)


def _item(feed: str, n: int, matched: bool, tags: tuple[str, ...] = ()) -> ParsedItem:
    return ParsedItem(
        guid=f"{feed}-{n}",
        link=None,
        canonical_link=None,
        title=f"{feed} item {n}",
        summary_text="",
        summary_html="",
        author=None,
        published=f"2024-01-01T00:00:{n:02d}Z",
        language=None,
        content_hash=f"{feed}-{n}",
        analysis=Analysis(tags=tags, matched=matched),
    )


def _store(path: Path, feeds: int = 3) -> Store:
    store = Store(path)
    configs = [FeedConfig(f"Feed {n:04d}", f"https://example.org/{n}.xml") for n in range(feeds)]
    configs.append(FeedConfig("Paused", "https://example.org/paused.xml", enabled=False))
    configs.append(FeedConfig("Paused, empty", "https://example.org/empty.xml", enabled=False))
    with store.transaction():
        store.sync_feeds(configs, "2024-01-02T00:00:00Z")
        for n, name in enumerate(["Feed 0000", "Feed 0001", "Paused"]):
            found = store.feed_by_name(name)
            assert found is not None
            items = [
                _item(name, k, matched=k % 2 == 0, tags=("biometrics",) if k == 0 else ())
                for k in range(n + 2)
            ]
            store.store_items(found["id"], items, "2024-01-02T00:00:00Z")
        store.conn.execute(
            "UPDATE feeds SET consecutive_failures = 3, last_error = '<b>down</b><img src=x>' "
            "WHERE name = 'Feed 0001'"
        )
    return store


def test_every_feed_with_its_unread_matching_count_and_the_views(qtbot: QtBot, tmp_path: Path) -> None:
    store = _store(tmp_path / "m.sqlite")
    pane = SourcesPane(store)
    qtbot.addWidget(pane)
    # Matching unread items: Feed 0000 has 2 items (1 matching), Feed 0001 3 (2), Paused 4 (2).
    assert pane.label_of("all") == "All items 5"
    assert pane.label_of("feed:Feed 0000") == "Feed 0000 1"
    assert pane.label_of("feed:Feed 0001") == "⚠ Feed 0001 2"  # failing: marked
    assert pane.label_of("feed:Feed 0002") == "Feed 0002"  # nothing unread: no count
    assert pane.label_of("feed:Paused") == "⏸ Paused 2"  # disabled, its items still listed
    assert "feed:Paused, empty" not in pane.source_keys()  # disabled and empty: left out
    assert pane.label_of("view:biometrics") == "Biometrics 3"
    tip = pane.tool_tip("feed:Feed 0001") or ""
    assert "&lt;b&gt;down" in tip and "<img" not in tip  # a server's text is shown, never rendered
    model = pane.model()
    headings = [model.index(row, 0) for row in (1, 2)]
    assert [h.data() for h in headings] == ["Saved views", "Feeds"]
    assert all(not (model.flags(h) & Qt.ItemFlag.ItemIsSelectable) for h in headings)
    assert model.rowCount(headings[1]) == 4 and pane.isExpanded(headings[1])
    store.close()


def test_the_selection_stays_through_a_reload_with_new_counts(qtbot: QtBot, tmp_path: Path) -> None:
    store = _store(tmp_path / "m.sqlite")
    pane = SourcesPane(store)
    qtbot.addWidget(pane)
    chosen: list[Any] = []
    pane.source_changed.connect(chosen.append)
    assert pane.select("feed:Feed 0001")
    assert [s.key for s in chosen] == ["feed:Feed 0001"] and chosen[0].filter.feed_id is not None
    with store.transaction():
        store.conn.execute("UPDATE items SET read = 1 WHERE title = 'Feed 0001 item 0'")
    pane.reload()
    source = pane.current_source()
    assert source is not None and source.key == "feed:Feed 0001"
    assert pane.label_of("feed:Feed 0001") == "⚠ Feed 0001 1" and pane.label_of("all") == "All items 4"
    assert len(chosen) == 1  # new counts are not a new choice of source
    store.close()


def test_the_pane_asks_only_for_the_rows_on_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With 2,000 feeds, a widget item per feed, or a counts column sized to its contents, made
    # the pane read every row at each start and poll; only the rows shown need their text.
    store = _store(tmp_path / "m.sqlite", feeds=400)
    asked: Counter[int] = Counter()
    data = SourcesModel.data

    def spy(self: SourcesModel, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        asked[index.row()] += 1
        return data(self, index, role)

    monkeypatch.setattr(SourcesModel, "data", spy)
    pane = SourcesPane(store)
    qtbot.addWidget(pane)
    pane.resize(240, 400)
    pane.show()
    qtbot.waitExposed(pane)
    asked.clear()
    pane.reload()
    pane.repaint()
    assert 0 < len(asked) < 60  # a screenful of rows (~20 at this height), not 400
    store.close()
