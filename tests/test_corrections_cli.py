"""`monitor fines edit/merge/split/not-a-fine/undo`: corrections kept as such, shown as such,
surviving `monitor reanalyze` and later reports, and never raising a second alert."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor.cli import main
from tests.corrections_support import ACME_1, ACME_2, ACME_3, GLOBEX, Register
from tests.support.cli import assert_no_traceback, run_monitor
from tests.support.feedserver import FeedServer


@pytest.fixture
def register(db_path: Path, feed_server: FeedServer) -> Register:
    return Register(db_path, feed_server)


def monitor(register: Register, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main([*args, "--db", str(register.db)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def fines(register: Register, capsys: pytest.CaptureFixture[str]) -> dict[int, dict[str, Any]]:
    return {e["id"]: e for e in json.loads(monitor(register, capsys, "fines", "--json"))}


def test_an_edit_is_shown_as_such_and_survives_reanalyze_and_a_later_report(
    register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    acme = register.event_of(ACME_1["link"])
    assert acme is not None
    alerts = register.alerts()
    assert len(alerts) == 2  # one per decision, before any correction
    said = monitor(
        register,
        capsys,
        "fines",
        "edit",
        str(acme),
        "--party",
        "Acme Vision Holding",
        "--amount",
        "2,150,000",
        "--currency",
        "chf",
        "--status",
        "proposed",
        "--domain",
        "consumer",
        "--note",
        "as the decision states",
    )
    assert f"decision {acme} corrected" in said and "monitor fines undo" in said

    def check() -> None:
        event = fines(register, capsys)[acme]
        assert (event["target"], event["amount"], event["currency"], event["status"]) == (
            "Acme Vision Holding",
            2_150_000,
            "CHF",
            "proposed",
        )
        assert event["amount_eur"] is not None and event["amount_eur"] != 2_150_000  # valued in euros
        assert event["corrected"] == ["amount", "domain", "party", "status"]
        olds = {c["field"]: c["old"] for c in event["corrections"]}
        assert olds["party"] == "Acme Vision" and olds["status"] == "imposed"
        assert olds["amount"] == {"amount": 2_000_000, "currency": "EUR"}
        assert {c["field"]: c["new"] for c in event["corrections"]}["domain"] == "consumer"
        assert all(c["note"] == "as the decision states" for c in event["corrections"])

    check()
    table = monitor(register, capsys, "fines", "--wide")
    assert "corrected" in table.splitlines()[0] and "amount domain party status" in table
    monitor(register, capsys, "reanalyze")
    check()
    register.later_report()
    assert register.event_of(ACME_3["link"]) == acme  # the later report joined the corrected decision
    check()
    assert len(fines(register, capsys)[acme]["sources"]) == 3
    assert register.alerts() == alerts  # neither the edit nor the later report alerted again

    listed = json.loads(monitor(register, capsys, "fines", "corrections", "--json"))
    party = next(c for c in listed if c["field"] == "party")
    assert party["event"] == acme and party["new"] == "Acme Vision Holding"
    monitor(register, capsys, "fines", "undo", str(party["id"]))
    event = fines(register, capsys)[acme]
    assert event["target"] == "Acme Vision" and "party" not in event["corrected"]
    assert event["status"] == "proposed"  # the other corrections still hold
    monitor(register, capsys, "reanalyze")
    assert fines(register, capsys)[acme]["target"] == "Acme Vision"
    assert register.alerts() == alerts


def test_merge_split_and_not_a_fine_survive_reanalyze_and_a_later_report_without_alerts(
    register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    acme, globex = register.event_of(ACME_1["link"]), register.event_of(GLOBEX["link"])
    assert acme is not None and globex is not None and acme != globex
    alerts = register.alerts()

    monitor(register, capsys, "fines", "merge", str(globex), str(acme))
    merged = min(acme, globex)
    assert list(fines(register, capsys)) == [merged]
    assert len(register.alerts()) == 1  # one decision: the twins' alerts folded into one
    monitor(register, capsys, "reanalyze")
    register.later_report()
    assert list(fines(register, capsys)) == [merged]  # a merged pair stays merged
    assert register.event_of(ACME_3["link"]) in (merged, None)  # a mention joins or stays out
    assert "merged" in fines(register, capsys)[merged]["corrected"]

    # The Globex report split off again: its own decision, and no alert for it.
    monitor(register, capsys, "fines", "split", str(register.item(GLOBEX["link"])))
    apart = register.event_of(GLOBEX["link"])
    assert apart is not None and apart != merged
    assert fines(register, capsys)[apart]["corrected"] == ["split"]
    monitor(register, capsys, "reanalyze")
    assert register.event_of(GLOBEX["link"]) == apart != register.event_of(ACME_1["link"])

    # An Acme report marked "not a fine": out of the decision, and it stays out.
    monitor(register, capsys, "fines", "not-a-fine", str(register.item(ACME_2["link"])))
    assert register.event_of(ACME_2["link"]) is None
    monitor(register, capsys, "reanalyze")
    register.later_report()
    assert register.event_of(ACME_2["link"]) is None
    assert len(fines(register, capsys)[register.event_of(ACME_1["link"])]["sources"]) == 2
    assert register.alerts() <= alerts

    # Undone, newest first: the register is as the analysis makes it, still with no new alert.
    ids = [c["id"] for c in json.loads(monitor(register, capsys, "fines", "corrections", "--json"))]
    for correction in ids:
        monitor(register, capsys, "fines", "undo", str(correction))
    assert register.event_of(ACME_2["link"]) == register.event_of(ACME_1["link"])
    assert register.event_of(GLOBEX["link"]) != register.event_of(ACME_1["link"])
    assert len(fines(register, capsys)) == 2
    monitor(register, capsys, "reanalyze")
    assert len(fines(register, capsys)) == 2
    assert register.alerts() <= alerts
    undone = json.loads(monitor(register, capsys, "fines", "corrections", "--all", "--json"))
    assert len(undone) == len(ids) and all(c["undone_at"] for c in undone)


def test_a_split_report_stays_apart_though_a_later_report_shows_it_belongs(
    register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    acme = register.event_of(ACME_1["link"])
    alerts = register.alerts()
    monitor(register, capsys, "fines", "split", str(register.item(ACME_2["link"])))
    apart = register.event_of(ACME_2["link"])
    assert apart not in (None, acme) and register.event_of(ACME_1["link"]) == acme
    register.later_report()  # names party, authority and sum: it belongs with both
    assert register.event_of(ACME_2["link"]) == apart
    assert register.event_of(ACME_1["link"]) != apart
    monitor(register, capsys, "reanalyze")
    assert register.event_of(ACME_2["link"]) != register.event_of(ACME_1["link"])
    assert register.alerts() == alerts  # the split-off decision is not news


def test_show_lists_each_source_with_the_item_id_the_actions_take(
    register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    acme = register.event_of(ACME_1["link"])
    out = monitor(register, capsys, "fines", "show", str(acme))
    assert str(register.item(ACME_2["link"])) in out and "Acme Vision hit with" in out
    shown = json.loads(monitor(register, capsys, "fines", "show", str(acme), "--json"))
    assert {s["id"] for s in shown["sources"]} == {
        register.item(ACME_1["link"]),
        register.item(ACME_2["link"]),
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--amount", "1e400"], "is not a sum"),
        (["--amount", "-5"], "is not a sum"),
        (["--amount", "NaN"], "is not a sum"),
        (["--amount", "1,5"], "is not a sum"),
        (["--amount", "9" * 40], "no fine is that large"),
        (["--amount", "0"], "greater than zero"),
        (["--party", "\x1b[31mEvil"], "U+001B"),
        (["--party", "Acme\u202eSAS"], "U+202E"),
        (["--party", "<b>Acme</b>"], "characters a company name does not"),
        (["--party", "A" * 300], "at most 200"),
        (["--party", "   "], "is empty"),
        (["--status", "impossed"], "did you mean 'imposed'? known values: imposed, proposed, overturned"),
        (["--domain", "gdpr"], "known values: data_protection, competition, consumer, other"),
        (["--currency", "EUX"], "unknown currency"),
        ([], "give at least one of"),
    ],
)
def test_hostile_or_wrong_values_are_refused_with_exit_2_and_change_nothing(
    register: Register, args: list[str], message: str
) -> None:
    acme = register.event_of(ACME_1["link"])
    done = run_monitor("fines", "edit", str(acme), *args, "--db", register.db)
    assert_no_traceback(done)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert "\x1b" not in done.stderr and "\u202e" not in done.stderr  # the message shows, never acts
    store = register.store()
    try:
        assert store.list_corrections(include_undone=True) == []
    finally:
        store.close()


@pytest.mark.parametrize(
    "args",
    [
        ["fines", "edit", "999", "--party", "Acme"],
        ["fines", "merge", "1", "1"],
        ["fines", "merge", "1", "999"],
        ["fines", "split", "999"],
        ["fines", "not-a-fine", "999"],
        ["fines", "undo", "7"],
        ["fines", "split", "99999999999999999999"],
        ["fines", "edit", "-3", "--party", "Acme"],
    ],
)
def test_unknown_decisions_items_and_corrections_are_refused_with_exit_2(
    register: Register, args: list[str]
) -> None:
    done = run_monitor(*args, "--db", register.db)
    assert_no_traceback(done)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(("monitor: ", "usage: "))
