"""Fine events and alerts end to end: feeds in several languages, one event and one alert per decision."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from alert_support import Recorder

from monitor import settings
from monitor.alerts import SETTINGS_KEY, AlertRules, PrintNotifier, deliver_pending
from monitor.cli import main
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import Store, utc_now
from tests.support.feedserver import FeedServer, rss

EN = [
    {
        "title": "CNIL fines Clearview AI €20 million over its facial recognition database",
        "description": "The French data protection authority also set a penalty of €100,000 per day "
        "of delay.",
        "link": "https://news-en.example/clearview-cnil",
        "guid": "https://news-en.example/clearview-cnil",
        "pubDate": "Thu, 20 Oct 2022 10:00:00 GMT",
    },
]
FR = [
    {
        "title": "La CNIL inflige une amende de 20 millions d'euros à Clearview AI",
        "description": "Reconnaissance faciale : la société américaine doit aussi supprimer les données.",
        "link": "https://news-fr.example/clearview",
        "guid": "https://news-fr.example/clearview",
        "pubDate": "Fri, 21 Oct 2022 08:00:00 GMT",
    },
]
DE = [
    {
        "title": "CNIL verhängt Bußgeld von 20 Mio. Euro gegen Clearview AI",
        "description": "Die französische Datenschutzbehörde sanktioniert den Anbieter von Gesichtserkennung.",
        "link": "https://news-de.example/clearview",
        "guid": "https://news-de.example/clearview",
        "pubDate": "Mon, 24 Oct 2022 07:00:00 GMT",
    },
]
GARANTE = {
    "title": "Il Garante privacy sanziona Clearview AI per 20 milioni di euro",
    "description": "Riconoscimento facciale: vietato il trattamento dei dati biometrici.",
    "link": "https://news-it.example/clearview",
    "guid": "https://news-it.example/clearview",
    "pubDate": "Wed, 09 Mar 2022 09:00:00 GMT",
}
AP = {
    "title": "Dutch DPA fines Clearview AI €30.5 million",
    "description": "The Autoriteit Persoonsgegevens imposed the fine over an illegal facial recognition "
    "database.",
    "link": "https://news-en.example/clearview-ap",
    "guid": "https://news-en.example/clearview-ap",
    "pubDate": "Tue, 03 Sep 2024 09:00:00 GMT",
}
ICO_INTENT = {
    "title": "ICO intends to fine Clearview AI £17 million",
    "description": "The Information Commissioner's Office issued a notice of intent to the facial "
    "recognition company.",
    "link": "https://news-en.example/ico-intent",
    "guid": "https://news-en.example/ico-intent",
    "pubDate": "Mon, 29 Nov 2021 09:00:00 GMT",
}
ICO_FINE = {
    "title": "ICO fines Clearview AI £7.5 million",
    "description": "The Information Commissioner's Office fined the facial recognition company.",
    "link": "https://news-en.example/ico-fine",
    "guid": "https://news-en.example/ico-fine",
    "pubDate": "Mon, 23 May 2022 09:00:00 GMT",
}
ICO_OVERTURNED = {
    "title": "Tribunal overturns ICO fine against Clearview AI",
    "description": "The First-tier Tribunal allowed the appeal against the £7.5 million fine.",
    "link": "https://news-en.example/ico-overturned",
    "guid": "https://news-en.example/ico-overturned",
    "pubDate": "Wed, 18 Oct 2023 09:00:00 GMT",
}


class World:
    """Three outlets in three languages, first polled empty so that what follows is news."""

    def __init__(self, server: FeedServer, db: Path) -> None:
        self.server = server
        self.db = db
        self.feeds = [
            FeedConfig(name=name, url=server.add(f"/{name}.xml", rss([])), language=name)
            for name in ("en", "fr", "de", "it")
        ]
        self.poller = Poller(db, self.feeds, parse_workers=0)
        self.poller.poll(force=True)
        # These decisions date from 2021-2024: a window of ten years makes them news here; the
        # window itself is tested in test_alert_window.py.
        store = Store(db)
        settings.put(store, "alert_window_days", 3650)
        store.close()

    def publish(self, lang: str, items: list[dict[str, str]]) -> None:
        self.server.add(f"/{lang}.xml", rss(items, language=lang))

    def poll(self) -> Any:
        return self.poller.poll(force=True)

    def store(self) -> Store:
        return Store(self.db)


@pytest.fixture
def world(feed_server: FeedServer, db_path: Path) -> World:
    return World(feed_server, db_path)


def deliver(world: World) -> list[str]:
    recorder = Recorder()
    store = world.store()
    deliver_pending(store, recorder, utc_now())
    store.close()
    return [a["title"] for a in recorder.shown]


def test_one_event_and_one_alert_for_one_decision_in_three_languages(world: World) -> None:
    world.publish("en", EN)
    world.poll()
    assert deliver(world) == ["CNIL fines Clearview AI €20,000,000 + €100,000 per day · facial recognition"]
    world.publish("fr", FR)
    world.publish("de", DE)
    world.poll()
    assert deliver(world) == []  # more articles about a known decision raise nothing
    store = world.store()
    events = store.list_events()
    assert len(events) == 1 and events[0]["sources"] == 3
    assert (events[0]["authority"], events[0]["target"], events[0]["amount_eur"]) == (
        "CNIL",
        "Clearview AI",
        20e6,
    )
    assert events[0]["penalty_amount"] == 100_000 and events[0]["penalty_per"] == "day"
    assert events[0]["decision_date"].startswith("2022-10-20")
    assert {"facial_recognition", "biometrics"} <= set(events[0]["tags"])
    assert store.count_unread_decisions() == 1  # three articles, one decision to read about


def test_decisions_by_other_authorities_stay_apart_and_add_up(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.publish("en", [*EN, AP])
    world.publish("fr", FR)
    world.publish("it", [GARANTE])
    world.poll()
    assert len(deliver(world)) == 3
    code = main(["fines", "--db", str(world.db), "--by-target", "--json"])
    totals = json.loads(capsys.readouterr().out)
    clearview = next(t for t in totals if t["target"] == "Clearview AI")
    assert code == 0 and clearview["events"] == 3 and clearview["total_eur"] == 70_500_000
    assert set(clearview["authorities"].split(",")) == {"CNIL", "Garante", "AP-NL"}
    main(["fines", "--db", str(world.db), "--json", "--authority", "CNIL"])
    [cnil] = json.loads(capsys.readouterr().out)
    assert {s["link"] for s in cnil["sources"]} == {EN[0]["link"], FR[0]["link"]}
    assert cnil["periodic_penalty"] == {"amount": 100000, "currency": "EUR", "per": "day"}


def test_status_moves_update_the_event_and_alert_once_each(world: World) -> None:
    store = world.store()
    store.set_setting(SETTINGS_KEY, AlertRules(include_proposed=True).to_dict())
    store.close()
    world.publish("en", [ICO_INTENT])
    world.poll()
    assert deliver(world) == ["ICO intends to fine Clearview AI £17,000,000 · facial recognition"]
    world.publish("en", [ICO_INTENT, ICO_FINE])
    world.poll()
    assert deliver(world) == ["Update: ICO fines Clearview AI £7,500,000 · facial recognition"]
    world.publish("en", [ICO_INTENT, ICO_FINE, ICO_OVERTURNED])
    world.poll()
    assert deliver(world) == ["Update: ICO fine against Clearview AI overturned · facial recognition"]
    store = world.store()
    [event] = store.list_events()
    assert event["status"] == "overturned" and event["sources"] == 3
    assert [h["status"] for h in store.event_history(event["id"])] == ["proposed", "imposed", "overturned"]


def test_a_fine_reported_with_the_court_voiding_it_alerts_once_and_a_voiding_alone_never(
    world: World,
) -> None:
    voided_alone = {
        "title": "Court overturns ICO fine against Globex Ltd",
        "description": "The tribunal allowed the appeal against the £2.3 million fine.",
        "link": "https://news-de.example/globex-overturned",
        "guid": "https://news-de.example/globex-overturned",
        "pubDate": "Wed, 18 Oct 2023 09:00:00 GMT",
    }
    world.publish("de", [voided_alone])
    world.poll()
    assert deliver(world) == []  # an overturned fine alone is no new fine
    world.publish("en", [ICO_FINE, ICO_OVERTURNED])
    world.poll()
    # The fine and its voiding in one poll: one alert, telling where the decision stands now.
    assert deliver(world) == ["ICO fine against Clearview AI overturned · facial recognition"]
    store = world.store()
    assert {(e["target"], e["status"], e["sources"]) for e in store.list_events()} == {
        ("Globex", "overturned", 1),
        ("Clearview AI", "overturned", 2),
    }
    store.close()
    again = {**ICO_FINE, "link": "https://news-fr.example/ico", "guid": "https://news-fr.example/ico"}
    world.publish("fr", [again])
    world.poll()
    assert deliver(world) == []  # one alert per decision


def test_quiet_proposal_becomes_a_new_fine_alert_when_imposed(world: World) -> None:
    world.publish("en", [ICO_INTENT])
    world.poll()
    assert deliver(world) == []  # proposed fines do not alert by default
    world.publish("en", [ICO_INTENT, ICO_FINE])
    world.poll()
    assert deliver(world) == ["ICO fines Clearview AI £7,500,000 · facial recognition"]


def test_alert_rules_filter(world: World) -> None:
    store = world.store()
    store.set_setting(SETTINGS_KEY, AlertRules(min_amount_eur=25e6).to_dict())
    store.close()
    world.publish("en", [*EN, AP])
    world.poll()
    assert deliver(world) == ["AP-NL fines Clearview AI €30,500,000 · facial recognition"]
    assert len(world.store().list_events()) == 2  # the register keeps every fine


def test_first_poll_of_a_new_feed_is_a_backlog(feed_server: FeedServer, db_path: Path) -> None:
    url = feed_server.add("/cnil.xml", rss([*EN, GARANTE, AP]))
    poller = Poller(db_path, [FeedConfig(name="Archive", url=url)], parse_workers=0)
    poller.poll(force=True)
    recorder = Recorder()
    deliver_pending(Store(db_path), recorder, utc_now())
    assert [a["title"] for a in recorder.shown] == ["3 past decisions added to the register"]
    assert len(Store(db_path).list_events()) == 3


def test_alert_survives_a_crash_before_delivery_and_is_shown_once(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.publish("en", EN)
    world.poll()  # recorded; the process "dies" before anything is shown
    code = main(["alerts", "--db", str(world.db), "--pending", "--json"])
    pending = json.loads(capsys.readouterr().out)
    assert code == 0 and len(pending) == 1 and pending[0]["delivered"] is False
    assert pending[0]["event"]["party"] == "Clearview AI" and pending[0]["event"]["amount_eur"] == 20e6
    world.poll()  # polling again records nothing new
    first = deliver(world)
    second = deliver(world)
    assert len(first) == 1 and second == []


def test_cli_poll_prints_new_alerts_once(
    world: World, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    feeds = tmp_path / "f.yml"
    feeds.write_text(
        "feeds:\n" + "".join(f"  - name: {f.name}\n    url: {f.url}\n" for f in world.feeds), encoding="utf-8"
    )
    world.publish("en", EN)
    main(["poll", "--db", str(world.db), "--feeds", str(feeds)])
    out = capsys.readouterr().out
    assert out.count("ALERT  CNIL fines Clearview AI") == 1
    main(["poll", "--db", str(world.db), "--feeds", str(feeds)])
    assert "ALERT" not in capsys.readouterr().out


def test_print_notifier_format() -> None:
    import io

    stream = io.StringIO()
    PrintNotifier(stream).notify({"title": "CNIL fines X €1", "body": "source"})
    assert stream.getvalue() == "ALERT  CNIL fines X €1\n       source\n"


def test_reports_that_each_know_half_a_decision_fold_into_one_event(world: World) -> None:
    world.publish(
        "fr",
        [
            {
                "title": "La CNIL liquide une astreinte de 5,2 millions d'euros",
                "description": "L'entreprise n'avait pas respecté l'injonction.",
                "link": "https://fr.example/a",
                "guid": "https://fr.example/a",
            },
            {
                "title": "La CNIL liquide l'astreinte prononcée contre Clearview AI",
                "description": "Reconnaissance faciale : la société n'a pas supprimé les données.",
                "link": "https://fr.example/b",
                "guid": "https://fr.example/b",
            },
            {
                "title": "Clearview AI doit payer une astreinte de 5,2 millions d'euros à la CNIL",
                "description": "La CNIL a liquidé l'astreinte prononcée en 2022.",
                "link": "https://fr.example/c",
                "guid": "https://fr.example/c",
            },
        ],
    )
    world.poll()
    store = world.store()
    events = store.list_events()
    assert [(e["authority"], e["target"], e["amount_eur"], e["sources"]) for e in events] == [
        ("CNIL", "Clearview AI", 5.2e6, 3)
    ]
    assert len(deliver(world)) == 1


def test_a_groups_two_decisions_told_as_parts_and_as_a_total_are_one_event(world: World) -> None:
    # Two decisions on one group announced together: one outlet gives the parts, another only
    # the total; the register holds one event of the total (analysis: totals.group_total).
    world.publish(
        "en",
        [
            {
                "title": "Alpha Telecom and Alpha fined €32 million",
                "description": "The CNIL said both companies of the group left customer data exposed.",
                "link": "https://news-en.example/alpha",
                "guid": "https://news-en.example/alpha",
                "pubDate": "Tue, 10 Mar 2026 09:00:00 GMT",
            }
        ],
    )
    world.publish(
        "fr",
        [
            {
                "title": "Fuite de données : deux amendes pour Alpha",
                "description": "La CNIL a infligé à Alpha Telecom et Alpha des amendes de 20 et 12 millions "
                "d'euros respectivement.",
                "link": "https://news-fr.example/alpha",
                "guid": "https://news-fr.example/alpha",
                "pubDate": "Wed, 11 Mar 2026 10:00:00 +0100",
            }
        ],
    )
    world.poll()
    store = world.store()
    events = store.list_events()
    assert [(e["authority"], e["amount_eur"], e["sources"]) for e in events] == [("CNIL", 32e6, 2)]
    assert len(deliver(world)) == 1
