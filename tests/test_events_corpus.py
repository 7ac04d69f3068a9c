"""The labelled corpus served as one feed per outlet: one event per decision, alerts only for news,
and the same events whichever order the feeds and their items come in (issue #12).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.events_quality import measure


def test_each_labelled_decision_is_one_event_and_old_news_raises_nothing(shared_dir: Path) -> None:
    result = measure(shared_dir)
    assert result.split == []
    assert result.merged == []
    assert result.found == result.decisions == 10
    # Real dates, years old: filed quietly. A decision no source dates is news once, as first seen.
    assert all(count <= 1 for count in result.alerts_per_decision.values())
    dated = {"clearview-cnil-2022", "criteo-cnil-2023", "apple-ec-2024", "clearview-cnil-2023"}
    assert all(result.alerts_per_decision[d] == 0 for d in dated & set(result.alerts_per_decision))


def test_the_same_decisions_dated_this_week_raise_one_alert_each(shared_dir: Path) -> None:
    result = measure(shared_dir, redate=True)
    assert result.merged == []
    counts = sorted(result.alerts_per_decision.values())
    # Exactly one each: never two, and a decision held behind a possible twin's alert (its first
    # report left out the authority) is announced once a later report tells the two apart.
    assert counts == [1] * result.decisions
    assert len(result.alert_titles) == len(set(result.alert_titles))


@pytest.mark.parametrize("order", [11, 12, 13])
def test_the_register_is_the_same_in_other_feed_and_item_orders(shared_dir: Path, order: int) -> None:
    assert measure(shared_dir, order=order).grouping == measure(shared_dir).grouping
