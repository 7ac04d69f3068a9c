"""Writing feeds.yml back keeps what the user wrote: comments, blank lines, order, their own spelling."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from monitor.config import load_feeds, remove_feed, save_feeds, upsert_feed
from monitor.models import FeedConfig, PageSelectors

COMMENTED = """\
# My feeds — curated by hand, do not lose these notes.
feeds:
  # --- Regulators ---
  - name: CNIL
    url: https://www.cnil.fr/fr/rss.xml   # the French one
    kind: authority
    authority: CNIL
    enabled: true

  - name: Old regulator
    url: https://old.example/rss
    kind: authority
    authority: OLD
  # --- News ---
  - name: Biometric Update
    url: https://www.biometricupdate.com/feed
    tags: [biometrics]   # everything they write is biometrics
"""


def test_an_edit_keeps_the_users_comments_and_order(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yml"
    path.write_text(COMMENTED, encoding="utf-8")
    feeds = load_feeds(path)
    feeds = upsert_feed(feeds, replace(feeds[0], interval=7200))
    feeds = remove_feed(feeds, "Old regulator")
    feeds = upsert_feed(
        feeds,
        FeedConfig(
            name="DPC",
            url="https://www.dataprotection.ie/en/news-media/latest-news",
            kind="authority",
            authority="DPC",
            type="page",
            select=PageSelectors(block="div.news-item"),
        ),
    )
    save_feeds(path, feeds)
    text = path.read_text(encoding="utf-8")
    for kept in (
        "# My feeds — curated by hand, do not lose these notes.",
        "# --- Regulators ---",
        "# the French one",
        "# --- News ---",
        "# everything they write is biometrics",
        "enabled: true",  # written by the user, default or not
    ):
        assert kept in text
    assert "Old regulator" not in text
    assert text.index("name: CNIL") < text.index("interval: 2h") < text.index("# --- News ---")
    assert text.index("# --- News ---") < text.index("Biometric Update") < text.index("name: DPC")
    reread = load_feeds(path)
    assert [f.name for f in reread] == ["CNIL", "Biometric Update", "DPC"]
    assert reread[0].interval == 7200 and reread[2].type == "page"
    assert reread[2].select == PageSelectors(block="div.news-item")


def test_disabling_and_renaming_edit_one_entry_in_place(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yml"
    path.write_text(COMMENTED, encoding="utf-8")
    feeds = load_feeds(path)
    feeds = upsert_feed(
        feeds, replace(feeds[2], name="Biometric Update (all)", enabled=False), "Biometric Update"
    )
    save_feeds(path, feeds)
    text = path.read_text(encoding="utf-8")
    expected = COMMENTED.replace("name: Biometric Update", "name: Biometric Update (all)").replace(
        "    tags: [biometrics]   # everything they write is biometrics\n",
        "    tags: [biometrics]   # everything they write is biometrics\n    enabled: false\n",
    )
    assert text == expected
