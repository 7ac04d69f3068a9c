"""`monitor reanalyze` recomputes every stored item's analysis and refiles fines without new alerts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

ITEMS = [
    {
        "title": "Garante fines Clearview AI €20 million",
        "guid": "https://n.example/1",
        "link": "https://n.example/1",
        "description": "Italy's privacy watchdog sanctioned the facial recognition firm.",
        "pubDate": "Wed, 09 Mar 2022 09:00:00 GMT",
    },
    {
        "title": "Weather",
        "guid": "https://n.example/2",
        "link": "https://n.example/2",
        "description": "Rain.",
        "pubDate": "Wed, 09 Mar 2022 10:00:00 GMT",
    },
]


def test_reanalyze_restores_analysis_and_events(
    db_path: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = feed_server.add("/f.xml", rss(ITEMS))
    Poller(db_path, [FeedConfig(name="F", url=url)], parse_workers=0).poll(force=True)
    store = Store(db_path)
    before = store.list_items(limit=None)
    alerts_before = len(store.list_alerts())
    # Rules of an older version that knew nothing: no tags, no fine, no event.
    with store.transaction():
        store.conn.execute("DELETE FROM item_tags")
        store.conn.execute(
            "UPDATE items SET fine_status = NULL, fine_amount = NULL, matched = 0, event_id = NULL"
        )
        store.conn.execute("DELETE FROM fine_events")
    store.close()

    assert main(["reanalyze", "--db", str(db_path)]) == 0
    assert "Reanalysed 2 items; 1 fine events" in capsys.readouterr().out
    store = Store(db_path)
    after = store.list_items(limit=None)
    assert [(r["guid"], r["tags"], r["fine_amount"], r["matched"]) for r in after] == [
        (r["guid"], r["tags"], r["fine_amount"], r["matched"]) for r in before
    ]
    [event] = store.list_events()
    assert (event["authority"], event["target"], event["amount_eur"]) == ("Garante", "Clearview AI", 20e6)
    assert len(store.list_alerts()) == alerts_before  # old news found again is no alert


def test_analyze_reads_json_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    lines = [
        json.dumps(
            {
                "id": "a",
                "title": "La CNIL inflige 20 millions d'euros d'amende à Clearview AI",
                "summary": "Reconnaissance faciale.",
                "lang": "fr",
            }
        ),
        "{not json",
        json.dumps({"id": "c", "title": "Cookies guidance", "summary": ""}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["analyze"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out[0]["id"] == "a" and out[0]["authority"] == "CNIL" and out[0]["target"] == "Clearview AI"
    assert out[0]["fine"]["amount"] == 20e6 and out[0]["fine"]["status"] == "imposed"
    assert "facial_recognition" in out[0]["tags"]
    assert out[1]["line"] == 2 and "not valid JSON" in out[1]["error"]
    assert out[2]["fine"] is None
