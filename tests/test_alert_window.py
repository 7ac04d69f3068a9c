"""When a filed fine is news: the alert window, unknown dates, one summary for a backlog, checked rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alert_support import Recorder

from monitor import settings
from monitor.alerts import (
    AlertRules,
    KnownValues,
    PrintNotifier,
    RuleError,
    announced_status,
    deliver_pending,
)
from monitor.cli import main
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.register import decision_date
from monitor.store import Store, utc_now
from tests.support.feedserver import FeedServer, rss

FR_DAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
FR_MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)


def french_date(moment: datetime) -> str:
    """How some French feeds write RFC 822: day and month names in French."""
    day, month = FR_DAYS[moment.weekday()], FR_MONTHS[moment.month - 1]
    return f"{day}, {moment:%d} {month} {moment:%Y %H:%M:%S} +0100"


def google_cnil(date: str) -> dict[str, str]:
    return {
        "title": "La CNIL inflige une amende de 150 millions d'euros à Google LLC",
        "description": "Le refus des cookies publicitaires n'était pas aussi simple que leur acceptation.",
        "link": "https://fr.example/google",
        "guid": "https://fr.example/google",
        "pubDate": date,
    }


def cnpd_pt(date: str) -> dict[str, str]:
    return {
        # A Portuguese outlet's English edition: the date is what is under test.
        "title": "Portugal's CNPD fines Barreiro hospital €400,000 over staff access to patient files",
        "description": "The data protection authority fined the hospital centre.",
        "link": "https://pt.example/chbm",
        "guid": "https://pt.example/chbm",
        "pubDate": date,
    }


def shown(db: Path) -> list[str]:
    recorder = Recorder()
    store = Store(db)
    try:
        deliver_pending(store, recorder, utc_now())
    finally:
        store.close()
    return [a["title"] for a in recorder.shown]


def known_feed(server: FeedServer, db: Path, name: str = "fr") -> Poller:
    """A feed polled once while empty: what appears in it afterwards is news."""
    poller = Poller(db, [FeedConfig(name=name, url=server.add(f"/{name}.xml", rss([])))], parse_workers=0)
    poller.poll(force=True)
    return poller


def test_french_and_portuguese_dates_are_read_and_old_decisions_raise_no_alert(
    feed_server: FeedServer, db_path: Path
) -> None:
    poller = known_feed(feed_server, db_path)
    feed_server.add(
        "/fr.xml",
        rss([google_cnil("jeu., 06 janv. 2022 10:00:00 +0100"), cnpd_pt("Seg, 24 Set 2018")], language="fr"),
    )
    poller.poll(force=True)
    store = Store(db_path)
    dates = {r["title"][:12]: r["published"] for r in store.rows("SELECT title, published FROM items")}
    events = store.list_events()
    store.close()
    assert dates == {"La CNIL infl": "2022-01-06T09:00:00Z", "Portugal's C": "2018-09-24T00:00:00Z"}
    assert sorted(e["decision_date"][:10] for e in events) == ["2018-09-24", "2022-01-06"]
    assert shown(db_path) == []  # filed quietly: years old


def test_the_same_decision_dated_this_week_is_announced_once(feed_server: FeedServer, db_path: Path) -> None:
    poller = known_feed(feed_server, db_path)
    feed_server.add("/fr.xml", rss([google_cnil(french_date(datetime.now(tz=UTC) - timedelta(days=2)))]))
    poller.poll(force=True)
    poller.poll(force=True)
    assert [t.replace("an undisclosed party", "Google") for t in shown(db_path)] == [
        "CNIL fines Google €150,000,000"
    ]  # the party is the analysis's business, not this test's


def test_the_window_is_a_setting(feed_server: FeedServer, db_path: Path) -> None:
    poller = known_feed(feed_server, db_path)
    store = Store(db_path)
    settings.put(store, "alert_window_days", 3)
    store.close()
    feed_server.add("/fr.xml", rss([google_cnil(french_date(datetime.now(tz=UTC) - timedelta(days=10)))]))
    poller.poll(force=True)
    assert shown(db_path) == []
    with pytest.raises(settings.SettingError):
        settings.put(Store(db_path), "alert_window_days", 0)


def test_an_undated_item_is_news_only_in_a_feed_polled_before(feed_server: FeedServer, db_path: Path) -> None:
    undated = {k: v for k, v in google_cnil("").items() if k != "pubDate"}
    poller = known_feed(feed_server, db_path)
    feed_server.add("/fr.xml", rss([undated]))
    poller.poll(force=True)
    assert [t.replace("an undisclosed party", "Google") for t in shown(db_path)] == [
        "CNIL fines Google €150,000,000"
    ]  # the party is the analysis's business, not this test's
    store = Store(db_path)
    [event] = store.list_events()
    store.close()
    assert event["date_known"] == 0  # shown as unknown, not as a date

    other = db_path.with_name("first.sqlite")
    url = feed_server.add("/archive.xml", rss([undated]))
    Poller(other, [FeedConfig(name="archive", url=url)], parse_workers=0).poll(force=True)
    assert shown(other) == ["1 past decision added to the register"]


def past_fines(n: int) -> list[dict[str, str]]:
    authorities = ("CNIL", "ICO", "AEPD")
    return [
        {
            "title": f"{authorities[n % 3]} fines Company{n} €{n + 1} million",
            "description": "The data protection authority imposed the fine.",
            "link": f"https://news{n}.example/a",
            "guid": f"https://news{n}.example/a",
            "pubDate": f"Mon, {n + 1:02d} Mar 2021 10:00:00 GMT",
        }
    ]


def test_a_first_poll_of_nine_feeds_gives_one_notification(
    feed_server: FeedServer, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = [
        FeedConfig(name=f"f{n}", url=feed_server.add(f"/f{n}.xml", rss(past_fines(n)))) for n in range(9)
    ]
    feeds_file = tmp_path / "feeds.yml"
    feeds_file.write_text("feeds:\n" + "".join(f"  - name: {f.name}\n    url: {f.url}\n" for f in feeds))
    main(["poll", "--db", str(db_path), "--feeds", str(feeds_file)])
    out = capsys.readouterr().out
    assert out.count("SUMMARY  9 past decisions added to the register") == 1
    assert "ALERT" not in out
    # A feed added later joins a summary nobody has seen yet, or starts the next one.
    later = FeedConfig(name="later", url=feed_server.add("/later.xml", rss(past_fines(9) + past_fines(10))))
    Poller(db_path, [*feeds, later], parse_workers=0).poll(force=True)
    assert shown(db_path) == ["2 past decisions added to the register"]
    assert len(Store(db_path).list_events()) == 11


def test_the_summary_grows_until_it_is_shown(feed_server: FeedServer, db_path: Path) -> None:
    for n in range(3):
        url = feed_server.add(f"/g{n}.xml", rss(past_fines(n)))
        Poller(db_path, [FeedConfig(name=f"g{n}", url=url)], parse_workers=0).poll(force=True)
    assert shown(db_path) == ["3 past decisions added to the register"]


def test_a_mistyped_rule_is_refused_with_the_known_values() -> None:
    known = KnownValues.load()
    assert "facial_recognition" in known.topics and "CNIL" in known.authorities
    with pytest.raises(RuleError) as refused:
        AlertRules(tags=("facial-recognition",), authorities=("cnill",)).checked(known)
    message = str(refused.value)
    assert "unknown topic 'facial-recognition'; did you mean 'facial_recognition'?" in message
    assert "unknown authority 'cnill'; did you mean 'CNIL'?" in message
    assert AlertRules(tags=("biometrics",), authorities=("cnil", "ICO")).checked(known).authorities == (
        "cnil",
        "ICO",
    )


def test_a_rule_picks_domains_of_law_and_refuses_an_unknown_one() -> None:
    known = KnownValues.load()
    assert "competition" in known.domains and "data_protection" in known.domains
    with pytest.raises(RuleError) as refused:
        AlertRules(domains=("data-protection",)).checked(known)
    assert "unknown domain 'data-protection'; did you mean 'data_protection'?" in str(refused.value)
    rule = AlertRules(domains=("data_protection",)).checked(known)
    assert AlertRules.from_dict(rule.to_dict()) == rule
    fine = {"status": "imposed", "amount_eur": 1e6, "tags": []}
    assert rule.wants({**fine, "authority": "CNIL"})
    assert not rule.wants({**fine, "authority": "Bundeskartellamt"})  # a competition authority
    assert rule.wants({**fine, "authority": None})  # unnamed: what the app watches
    assert AlertRules(domains=("competition",)).wants({**fine, "authority": "European Commission"})
    assert AlertRules().wants({**fine, "authority": "Bundeskartellamt"})  # no domain rule: any


def test_a_fine_a_court_voided_is_judged_as_the_fine_its_reports_told_and_a_voiding_alone_is_none() -> None:
    # Reports that an authority imposed a fine and that a court voided it, filed together: the
    # event ends overturned, but the user never heard of the fine.
    voided = {"status": "overturned", "amount_eur": 14.5e6, "tags": [], "authority": "BlnBDI"}
    assert AlertRules().wants(voided, {"imposed", "overturned"})
    assert not AlertRules().wants(voided, {"overturned"})  # an overturned report alone: no new fine
    assert not AlertRules().wants(voided)
    assert not AlertRules().wants(voided, {"overturned", "mention_of_past"})
    assert not AlertRules().wants(voided, {"proposed", "overturned"})  # proposals quiet by default
    assert AlertRules(include_proposed=True).wants(voided, {"proposed", "overturned"})
    assert not AlertRules(min_amount_eur=20e6).wants(voided, {"imposed"})  # the rules still apply
    assert announced_status("overturned", {"proposed", "imposed"}) == "imposed"
    assert announced_status("imposed", {"overturned"}) == "imposed"  # its own status when not voided
    assert announced_status("proposed", {"imposed"}) == "proposed"
    assert announced_status(None, {"imposed"}) is None


def test_a_fine_a_rule_excluded_is_still_filed(feed_server: FeedServer, db_path: Path) -> None:
    poller = known_feed(feed_server, db_path)
    store = Store(db_path)
    store.set_setting("alert_rules", AlertRules(authorities=("ICO",)).to_dict())
    store.close()
    feed_server.add("/fr.xml", rss([google_cnil(french_date(datetime.now(tz=UTC)))]))
    poller.poll(force=True)
    assert shown(db_path) == []
    assert [e["authority"] for e in Store(db_path).list_events()] == ["CNIL"]


def test_the_cli_labels_a_summary_as_such() -> None:
    import io

    stream = io.StringIO()
    PrintNotifier(stream).notify({"kind": "backlog", "title": "3 past decisions added to the register"})
    assert stream.getvalue() == "SUMMARY  3 past decisions added to the register\n"


class OldestReport:
    """The one store query `decision_date` asks: when the oldest dated report was published."""

    def __init__(self, oldest: str | None) -> None:
        self.oldest = oldest

    def earliest_report(self, event_id: int) -> str | None:
        return self.oldest


@pytest.mark.parametrize(
    ("date", "date_known", "stated", "oldest", "expected"),
    [
        ("2026-01-05T00:00:00Z", 1, None, "2026-01-09T00:00:00Z", "2026-01-05T00:00:00Z"),
        # Undated decision, but a passing mention of it was published two years ago: old news.
        ("2026-01-05T00:00:00Z", 0, None, "2024-01-09T00:00:00Z", "2024-01-09T00:00:00Z"),
        ("2026-01-05T00:00:00Z", 0, "2026-01-04T00:00:00Z", None, "2026-01-04T00:00:00Z"),
        ("2026-01-05T00:00:00Z", 0, None, None, None),  # unknown: first seen decides elsewhere
        ("2026-01-05T00:00:00Z", 1, None, "2026-01-05T00:00:00Z", "2026-01-05T00:00:00Z"),
        ("2026-01-05T00:00:00Z", 1, None, "2025-12-01T00:00:00Z", "2025-12-01T00:00:00Z"),
    ],
)
def test_a_decision_is_never_newer_than_its_oldest_dated_report(
    date: str, date_known: int, stated: str | None, oldest: str | None, expected: str | None
) -> None:
    event = {"id": 1, "decision_date": date, "date_known": date_known}
    assert decision_date(OldestReport(oldest), event, stated) == expected


def acme(key: str, title: str, date: str | None = None) -> dict[str, str]:
    entry = {"title": title, "description": "The French data protection authority imposed the fine.",
             "link": f"https://fr.example/{key}", "guid": f"https://fr.example/{key}"}  # fmt: skip
    return {**entry, "pubDate": date} if date else entry


def test_an_undated_backlog_decision_split_off_later_raises_no_alert(
    feed_server: FeedServer, db_path: Path
) -> None:
    # A new feed's first poll holds two undated reports of one decision (one without a sum): a
    # backlog, one summary. A week on, a known feed's report of another decision of the party
    # takes the report without a sum, and the first is left in an event of its own, made this
    # week: it is still what the feed held when first polled, no news (issue #12, rule 3).
    archive = [
        acme("sum", "CNIL fines Acme Widgets €12 million"),
        acme("nosum", "CNIL fines Acme Widgets over its cookie banners"),
    ]
    feeds = [
        FeedConfig(name="archive", url=feed_server.add("/archive.xml", rss(archive))),
        FeedConfig(name="fr", url=feed_server.add("/fr.xml", rss([]))),
    ]
    poller = Poller(db_path, feeds, parse_workers=0)
    poller.poll(force=True)
    assert shown(db_path) == ["1 past decision added to the register"]
    week = french_date(datetime.now(tz=UTC) - timedelta(days=1))
    feed_server.add("/fr.xml", rss([acme("other", "CNIL fines Acme Widgets €30 million", week)]))
    poller.poll(force=True)
    assert len(Store(db_path).list_events()) == 2
    assert not [t for t in shown(db_path) if "12,000,000" in t]
