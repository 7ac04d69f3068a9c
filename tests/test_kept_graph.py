"""The graph of `related` kept per database file (regrouping._graphs): reused by every Store object
opened on the file, never trusted over what is stored now, private to an in-memory database, and
kept for a few files only."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor import regrouping
from monitor.regrouping import regroup
from monitor.store import Store
from tests.test_register_holds import NOW, _register, item
from tests.test_regrouping import filed, home, stored


@pytest.fixture(autouse=True)
def no_kept_graphs() -> Iterator[None]:
    regrouping._graphs.clear()
    yield
    regrouping._graphs.clear()


def _two_decisions(path: Path) -> tuple[list[int], list[int]]:
    """Acme's decision (two reports) and another party's, each an event, grouped once: the file's
    graph now knows that the third report is related to neither of the others. Ids, events."""
    store = _register(path)
    try:
        reports = [
            item("acme1", "2031-03-11T08:00:00Z"),
            item("acme2", "2031-03-12T08:00:00Z"),
            item("other", "2031-03-13T08:00:00Z", amount=30e6, target="Other Holdings"),
        ]
        ids = stored(store, *reports)
        pairs = list(zip(ids, reports, strict=True))
        events = filed(store, [pairs[:2], pairs[2:]])
        with store.transaction():
            regroup(store, set(events), NOW)
    finally:
        store.close()
    return ids, events


def _regrouped(path: Path, events: list[int], ids: list[int]) -> list[int | None]:
    store = Store(path)
    try:
        with store.transaction():
            regroup(store, {events[1]}, NOW)
        return [home(store, i) for i in ids]
    finally:
        store.close()


def test_a_graph_kept_across_stores_of_one_file_sees_rows_another_process_changed(tmp_path: Path) -> None:
    path = tmp_path / "kept.sqlite"
    ids, events = _two_decisions(path)
    assert list(regrouping._graphs) == [path.resolve()]
    # Another process (a reanalysis) reads the third report as Acme's decision too, same sum.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE items SET target = 'Acme Widgets', target_key = 'acme widgets', fine_amount = 12e6,"
            " fine_amount_eur = 12e6 WHERE id = ?",
            (ids[2],),
        )
    conn.close()
    fresh = tmp_path / "fresh.sqlite"
    shutil.copy(path, fresh)
    kept = regrouping._graphs[path.resolve()]
    with_kept = _regrouped(path, events, ids)
    assert regrouping._graphs[path.resolve()] is kept  # the second Store used the first one's graph
    regrouping._graphs.clear()
    with_fresh = _regrouped(fresh, events, ids)
    assert with_kept == with_fresh == [events[0]] * 3  # one decision: the other event folded into Acme's


def test_an_in_memory_database_keeps_no_graph_another_could_take(tmp_path: Path) -> None:
    store = Store(":memory:")
    try:
        with store.transaction():
            regroup(store, set(), NOW)
    finally:
        store.close()
    assert not regrouping._graphs


def test_graphs_are_kept_for_the_files_written_last_only(tmp_path: Path) -> None:
    paths = [tmp_path / f"db{n}.sqlite" for n in range(regrouping.KEPT_GRAPHS + 2)]
    for path in paths:
        _two_decisions(path)
    assert list(regrouping._graphs) == [p.resolve() for p in paths[-regrouping.KEPT_GRAPHS :]]


@pytest.mark.parametrize(("budget", "limit"), [("MAX_KEPT_PAIRS", 1), ("MAX_KEPT_REPORTS", 2)])
def test_a_graph_larger_than_the_memory_budget_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget: str, limit: int
) -> None:
    # Three reports; Acme's two are one link, counted from both ends.
    monkeypatch.setattr(regrouping, budget, limit)
    _two_decisions(tmp_path / "large.sqlite")
    assert not regrouping._graphs
