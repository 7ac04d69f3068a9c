"""The add-feed dialog: name on the first Fetch, "watch this page" with a preview, duplicates refused."""

from __future__ import annotations

import pytest
from pages_support import DPC_NEWS, listing
from pytestqt.qtbot import QtBot

from monitor.gui import i18n
from monitor.gui.feed_dialog import FeedDialog
from tests.support.feedserver import FeedServer, rss


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    # The dialog's counts are plural forms ("%n item(s)"): they read right once the window's
    # translations are installed, as the app does at start, whatever test ran before.
    i18n.install("en")


def _fetch(dialog: FeedDialog, qtbot: QtBot, url: str) -> None:
    dialog.url.setText(url)
    dialog.start_discovery()
    qtbot.waitUntil(dialog.check.isEnabled, timeout=30_000)


def test_a_page_linking_a_feed_fills_the_name_on_the_first_fetch(
    qtbot: QtBot, feed_server: FeedServer
) -> None:
    feed = feed_server.add("/rss", rss([{"title": "A", "link": "https://n.example/a"}], title="Noyb updates"))
    page = feed_server.add(
        "/", f"<html><head><link rel='alternate' type='application/atom+xml' href='{feed}'></head></html>",
        content_type="text/html",
    )  # fmt: skip
    dialog = FeedDialog(set(), None)
    qtbot.addWidget(dialog)
    _fetch(dialog, qtbot, page)
    assert dialog.name.text() == "Noyb updates" and dialog.url.text() == feed
    assert not dialog.watch_page.isVisibleTo(dialog)
    assert dialog.build().type == "feed"


def test_a_page_without_a_feed_is_offered_with_a_preview(qtbot: QtBot, feed_server: FeedServer) -> None:
    url = feed_server.add("/en/news", listing(DPC_NEWS), content_type="text/html")
    dialog = FeedDialog(set(), None)
    qtbot.addWidget(dialog)
    _fetch(dialog, qtbot, url)
    assert dialog.watch_page.isVisibleTo(dialog) and dialog.watch_page.isChecked()
    shown = dialog.preview.text()
    assert DPC_NEWS[0].title in shown and "2023-09-15" in shown and "cookie policy" not in shown.lower()
    assert "4 items" in dialog.status.text()
    dialog.kind.setCurrentText("authority")
    dialog.authority.setText("DPC")
    feed = dialog.build()
    assert (feed.type, feed.name, feed.url) == ("page", "Latest news", url)


def test_duplicates_are_refused_before_ok_and_nothing_typed_is_lost(
    qtbot: QtBot, feed_server: FeedServer
) -> None:
    url = feed_server.add("/rss", rss([{"title": "A", "link": "https://n.example/a"}], title="Known feed"))
    dialog = FeedDialog({"Known feed"}, None, taken_urls={url})
    qtbot.addWidget(dialog)
    dialog.tags.setText("biometrics police")
    _fetch(dialog, qtbot, url)
    assert "in the feeds file already" in dialog.status.text()
    dialog.name.setText("Another name")
    with pytest.raises(ValueError, match="in the feeds file already"):
        dialog.build()
    dialog.buttons.accepted.emit()  # OK: refused in the dialog, which stays open with its fields
    assert dialog.feed() is None and dialog.result() == 0
    assert (dialog.name.text(), dialog.tags.text(), dialog.url.text()) == (
        "Another name",
        "biometrics police",
        url,
    )
