"""Which of a decision's possible twins the user hears of (monitor/twin_alerts.py, issue #12: "never
two alerts for one decision").

Two events that may be one decision (one authority, one party, days apart, a sum that may be
misread) are announced once: the first in canonical order (the earliest, then the larger sum), or
whichever the user was already shown; the other's alert is held until a later report tells them
apart. Reports are filed through the real store as a poll files them; names are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.store import Store
from tests.test_register_holds import _deliver, _register, item, poll


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    db = _register(tmp_path / "twins.sqlite")
    yield db
    db.close()


def _told(store: Store) -> list[tuple[str, bool]]:
    """Every new-fine alert standing, by title, and whether the user was shown it."""
    alerts = [a for a in store.list_alerts() if a["kind"] == "new_fine"]
    return sorted((str(a["title"]), a["delivered_at"] is not None) for a in alerts)


def test_a_decision_the_user_was_shown_holds_back_an_earlier_dated_twin(store: Store) -> None:
    assert poll(store, "a", item("fifty", "2031-03-19T08:00:00Z", amount=50e6)) == [
        "CNIL fines Acme Widgets €50,000,000"
    ]
    _deliver(store)
    # A report of the day before, with another sum: perhaps the same decision misread. The user
    # heard of it already, and earlier in canonical order is no reason to tell them again.
    assert poll(store, "b", item("twelve", "2031-03-18T08:00:00Z", amount=12e6)) == []
    assert _told(store) == [("CNIL fines Acme Widgets €50,000,000", True)]
    assert store.event_count() == 2  # filed all the same
