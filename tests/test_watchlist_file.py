"""`monitor watch add|remove` edit watchlist.yml in place: the user's comments and order survive."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monitor.analysis import rules
from monitor.cli import main

COMMENTED = """\
# Things our team follows — ask Ana before removing any.
watch_phrases:
  - loyalty card*   # retail cases
  - Worldcoin
tags:
  # energy sector
  smart_meters:
    phrases: [smart meter*]
"""


@pytest.fixture
def fresh_rules() -> Iterator[None]:
    rules.load_tags.cache_clear()
    yield
    rules.load_tags.cache_clear()


def test_adding_and_removing_phrases_keeps_comments(
    capsys: pytest.CaptureFixture[str], fresh_rules: None
) -> None:
    path = rules.user_watchlist_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(COMMENTED, encoding="utf-8")
    assert main(["watch", "add", "Clearview"]) == 0
    assert main(["watch", "add", "compteur* connecté*", "--tag", "smart_meters"]) == 0
    assert main(["watch", "add", "drone*", "--tag", "drones"]) == 0
    assert main(["watch", "remove", "worldcoin"]) == 0
    text = path.read_text(encoding="utf-8")
    for kept in (
        "# Things our team follows — ask Ana before removing any.",
        "# retail cases",
        "# energy sector",
    ):
        assert kept in text
    assert "Worldcoin" not in text
    assert text.index("loyalty card*") < text.index("Clearview") < text.index("smart_meters")
    assert "phrases: [smart meter*, compteur* connecté*]" in text
    # The analysis reads what was written.
    tags = rules.load_tags()
    assert "clearview" in tags["watch_phrases"]["user"]
    assert tags["tags"]["drones"]["phrases"]["user"] == ["drone*"]
    capsys.readouterr()
    assert main(["watch"]) == 0
    listed = capsys.readouterr().out
    assert "Clearview" in listed and "drones" in listed
    assert main(["watch", "remove", "nothing like it"]) == 2
    assert main(["watch", "add", "CLEARVIEW"]) == 0 and text == path.read_text(encoding="utf-8")


def test_a_new_watch_list_is_created_with_a_header(
    capsys: pytest.CaptureFixture[str], fresh_rules: None
) -> None:
    path = rules.user_watchlist_path()
    assert not path.exists()
    assert main(["watch", "add", "Worldcoin"]) == 0
    assert path.read_text(encoding="utf-8").startswith("# Your own watch list")
    assert rules.load_tags()["watch_phrases"]["user"] == ["worldcoin"]
