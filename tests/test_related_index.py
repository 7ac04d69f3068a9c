"""The index the regrouping searches instead of every pair: it may offer too much, never too little."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.grouping import related
from monitor.regrouping import report_facts
from monitor.related_index import RelatedIndex

AUTHORITIES = st.sampled_from([None, "CNIL", "Garante", "AEPD"])
PARTIES = st.sampled_from([None, "Acme Widgets", "Acme Widgets Ltd", "Globex", "Initech SAS", "Widgets"])
# Sums drawn from a few figures and their neighbours, so that close and far pairs both occur.
EUROS = st.one_of(st.none(), st.sampled_from([1e6, 1.05e6, 1.2e6, 1.35e6, 2e6, 20e6, 21e6, 0.0]))
STATUSES = st.sampled_from(["imposed", "proposed", "overturned", "mention_of_past"])
DATES = st.sampled_from([None, "2024-03-01T00:00:00Z", "2024-03-20T00:00:00Z", "2024-06-01T00:00:00Z"])


@st.composite
def report(draw: Any, item_id: int) -> dict[str, Any]:
    eur = draw(EUROS)
    raw_only = eur is None and draw(st.booleans())  # a figure without a currency
    penalty = draw(st.sampled_from([None, None, 1e5]))
    date = draw(DATES)
    return {
        "id": item_id,
        "guid": f"g{item_id}",
        "link": f"https://news.example/{item_id}",
        "title": "A fine",
        "summary_text": "",
        "language": "en",
        "published": date or "2024-01-01T00:00:00Z",
        "published_known": int(date is not None),
        "fine_status": draw(STATUSES),
        "fine_amount": eur if eur is not None else (5e6 if raw_only else None),
        "fine_currency": "EUR" if eur is not None else None,
        "fine_amount_eur": eur,
        "penalty_amount": penalty,
        "penalty_currency": "EUR" if penalty else None,
        "penalty_per": "day" if penalty else None,
        "authority": draw(AUTHORITIES),
        "target": draw(PARTIES),
        "event_id": None,
        "event_partial": 0,
    }


@st.composite
def registers(draw: Any) -> list[dict[str, Any]]:
    count = draw(st.integers(min_value=2, max_value=14))
    return [draw(report(i)) for i in range(1, count + 1)]


@settings(max_examples=300, deadline=None)
@given(registers())
def test_every_related_report_is_offered(rows: list[dict[str, Any]]) -> None:
    index = RelatedIndex(rows)
    facts = {row["id"]: report_facts(row) for row in rows}
    for row in rows:
        offered = {r["id"] for r in index.near(facts[row["id"]])}
        for other in rows:
            if related(facts[row["id"]], facts[other["id"]]):
                assert other["id"] in offered, (row, other)


def test_reports_of_other_decisions_are_not_offered() -> None:
    def row(item_id: int, authority: str, target: str, eur: float) -> dict[str, Any]:
        return {
            "id": item_id,
            "authority": authority,
            "target": target,
            "fine_amount_eur": eur,
            "fine_amount": eur,
            "penalty_amount": None,
        }

    rows = [row(1, "CNIL", "Acme", 1e6), row(2, "CNIL", "Globex", 9e6), row(3, "AEPD", "Initech", 50e6)]
    index = RelatedIndex(rows)
    asked = report_facts(
        {
            **rows[0],
            "id": 4,
            "title": "",
            "summary_text": "",
            "language": "en",
            "published": "2024-01-01T00:00:00Z",
            "published_known": 1,
            "fine_status": "imposed",
            "fine_currency": "EUR",
            "penalty_currency": None,
            "penalty_per": None,
        }
    )
    assert [r["id"] for r in index.near(asked)] == [1]
