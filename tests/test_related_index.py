"""The index the regrouping searches instead of every pair: it may offer too much, never too little."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.analysis import party_key
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
    target = draw(PARTIES)
    stored = draw(st.booleans())  # filed from schema v12 on (facts stored) or before (read off the text)
    status = draw(STATUSES)  # drawn in the order the row's fields were drawn before
    return _stored(
        item_id,
        draw(AUTHORITIES),
        target,
        eur,
        published=date or "2024-01-01T00:00:00Z",
        published_known=int(date is not None),
        fine_status=status,
        fine_amount=eur if eur is not None else (5e6 if raw_only else None),
        penalty_amount=penalty,
        penalty_currency="EUR" if penalty else None,
        penalty_per="day" if penalty else None,
        target_key=party_key(target) if stored and target else None,
        fine_liquidation=0 if stored else None,
        penalty_eur=penalty if stored else None,
    )


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
            "target_key": party_key(target),
            "fine_liquidation": 0,
            "stated_date": None,
            "penalty_eur": None,
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


@settings(max_examples=150, deadline=None)
@given(registers(), registers(), st.data())
def test_the_kept_graph_is_what_comparing_every_pair_gives_after_any_change(
    first: list[dict[str, Any]], second: list[dict[str, Any]], data: Any
) -> None:
    """Reports kept, changed, added and removed between two updates: the graph, asked before and
    after, always gives the pairs `related` links, as if built anew."""
    from monitor.related_index import RelatedGraph

    graph = RelatedGraph()
    graph.update(first, report_facts)
    asked = data.draw(st.sets(st.sampled_from([r["id"] for r in first])))
    for item_id in asked:
        graph.neighbours(item_id)  # known before the change: must learn of it
    # `second` numbers its reports from 1 as `first` does: same ids with other facts, some kept
    # as they were, some gone, some new.
    kept = data.draw(st.sets(st.sampled_from([r["id"] for r in first])))
    rows = [r for r in first if r["id"] in kept] + [r for r in second if r["id"] not in kept]
    graph.update(rows, report_facts)
    facts = {row["id"]: report_facts(row) for row in rows}
    for row in rows:
        expected = {o for o in facts if o != row["id"] and related(facts[row["id"]], facts[o])}
        assert graph.neighbours(row["id"]) == expected


def _stored(
    item_id: int, authority: str | None, target: str | None, eur: float | None, **extra: Any
) -> dict[str, Any]:
    """A report as filed since schema v12, in euros unless `extra` says otherwise."""
    return {
        "id": item_id,
        "guid": f"g{item_id}",
        "link": f"https://news.example/{item_id}",
        "title": "A fine",
        "summary_text": "",
        "language": "en",
        "published": "2024-03-01T00:00:00Z",
        "published_known": 1,
        "fine_status": "imposed",
        "fine_amount": eur,
        "fine_currency": "EUR" if eur is not None else None,
        "fine_amount_eur": eur,
        "penalty_amount": None,
        "penalty_currency": None,
        "penalty_per": None,
        "authority": authority,
        "target": target,
        "event_id": None,
        "event_partial": 0,
        "target_key": party_key(target) if target else None,
        "fine_liquidation": 0,
        "stated_date": None,
        "penalty_eur": None,
        **extra,
    }


def test_reports_the_index_cannot_place_are_offered_and_asked_about_everything() -> None:
    # A figure in a currency with no euro value, and a party whose key has no word: compared by
    # `related` with every report, so offered to each and offered every report.
    raw = _stored(1, "CNIL", "Acme Widgets", None, fine_amount=5e6, fine_currency="XYZ")
    wordless = _stored(2, "CNIL", "Acme", 1e6, target_key="")
    plain = [_stored(3, "CNIL", "Acme Widgets", 1e6), _stored(4, "AEPD", "Initech", 50e6)]
    index = RelatedIndex([raw, wordless, *plain])
    everything = {1, 2, 3, 4}
    for asked in (raw, wordless):
        assert {r["id"] for r in index.near(report_facts(asked))} == everything
    # An indexed report is offered the two that the index cannot place, besides its own.
    assert {r["id"] for r in index.near(report_facts(plain[1]))} == {1, 2, 4}


def test_a_report_asked_about_may_name_what_no_stored_report_names() -> None:
    index = RelatedIndex([_stored(1, "CNIL", "Acme Widgets", 1e6), _stored(2, "CNIL", None, 3e6)])
    # Another authority (with no sums of named parties stored) and a party no stored report names.
    asked = report_facts(_stored(3, "AEPD", "Globex", 3e6))
    assert {r["id"] for r in index.near(asked)} == {2}  # the unnamed report's sum is within reach
    assert {r["id"] for r in index.near(report_facts(_stored(4, "CNIL", "Initech", 1e6)))} == {1, 2}


def test_the_graph_compares_again_only_what_changed(monkeypatch: Any) -> None:
    from monitor import related_index
    from monitor.related_index import RelatedGraph

    compared: list[tuple[object, object]] = []

    def counting(a: Any, b: Any) -> bool:
        compared.append((a, b))
        return related(a, b)

    monkeypatch.setattr(related_index, "related", counting)
    rows = [_stored(1, "CNIL", "Acme Widgets", 1e6), _stored(2, "CNIL", "Acme Widgets", 1e6)]
    rows.append(_stored(3, "CNIL", "Acme Widgets", 1.02e6))
    graph = RelatedGraph()
    graph.update(rows, report_facts)
    assert graph.neighbours(1) == {2, 3}
    first = len(compared)
    # Its neighbours, asked next, know the pair already; the same rows again change nothing.
    assert graph.neighbours(2) == {1, 3} and graph.neighbours(3) == {1, 2}
    graph.update([dict(r) for r in rows], report_facts)
    assert graph.neighbours(1) == {2, 3} and graph.neighbours(2) == {1, 3}
    assert len(compared) == first + 1  # only the pair (2, 3) was new
    # A report that changes is read again: another authority's decision now.
    rows[1] = _stored(2, "AEPD", "Initech", 50e6)
    graph.update(rows, report_facts)
    assert graph.neighbours(1) == {3} and graph.neighbours(2) == set()


def test_reports_of_another_authority_offered_by_their_party_are_settled_without_comparing(
    monkeypatch: Any,
) -> None:
    # `related` never links two authorities' reports: the graph does not ask it about them.
    from monitor import related_index
    from monitor.related_index import RelatedGraph

    asked: list[tuple[str | None, str | None]] = []

    def counting(a: Any, b: Any) -> bool:
        asked.append((a.authority, b.authority))
        return related(a, b)

    monkeypatch.setattr(related_index, "related", counting)
    graph = RelatedGraph()
    graph.update(
        [_stored(n, who, "Acme Widgets", 1e6) for n, who in ((1, "CNIL"), (2, "AEPD"), (3, None))],
        report_facts,
    )
    assert graph.neighbours(1) == {3}
    assert asked == [("CNIL", None)]
