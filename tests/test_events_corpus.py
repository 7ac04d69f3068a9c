"""The labelled corpus served as feeds in six languages: one event and one alert per fine decision."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from events_quality import measure  # noqa: E402


def test_each_labelled_decision_is_one_event_with_one_alert(shared_dir: Path) -> None:
    result = measure(shared_dir)
    assert result.split == [] and result.merged == []
    assert result.found == result.decisions == 10
    # One alert per event: no decision is announced twice.
    assert len(result.alert_titles) == len(set(result.alert_titles)) == result.alerts
    clearview = [t for t in result.alert_titles if "Clearview AI" in t and t.startswith("CNIL")]
    assert sorted(clearview) == [
        "CNIL fines Clearview AI €20,000,000 + €100,000 per day · facial recognition",
        "CNIL fines Clearview AI €5,200,000 (overdue penalty payment) · facial recognition",
    ]
