"""The register's facts per decision and its filters, through the real `monitor` command over feeds
served on 127.0.0.1: country, domain, articles, date, the official source, the precise sum."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from register_support import AEPD_ES, DPC_OWN, write_register_feeds

from monitor.analysis import to_eur
from monitor.analysis.articles import cited_articles
from monitor.cli import main
from monitor.register_filter import RegisterFilter
from tests.support.feedserver import FeedServer

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def db(feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    feeds = write_register_feeds(feed_server, tmp_path)
    path = tmp_path / "monitor.sqlite"
    assert main(["--db", str(path), "--feeds", str(feeds), "poll", "--quiet"]) == 0
    capsys.readouterr()
    return path


def fines(capsys: pytest.CaptureFixture[str], db: Path, *options: str) -> list[dict[str, Any]]:
    assert main(["--db", str(db), "fines", "--json", *options]) == 0
    out: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return out


def by_party(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(e["target"]).split()[0]: e for e in events}


def test_each_decision_has_its_country_domain_articles_date_official_source_and_exact_sum(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = by_party(fines(capsys, db))
    assert set(shown) == {"Nordwind", "Banco", "Vista"}  # the competition fine is not data protection
    nordwind = shown["Nordwind"]
    assert (nordwind["authority"], nordwind["country"], nordwind["domain"]) == (
        "DPC",
        "IE",
        "data_protection",
    )
    # The authority's own figure, not the €1.2bn the news gave first; the day its item states.
    assert (nordwind["amount"], nordwind["currency"], nordwind["amount_eur"]) == (
        1_240_000_000,
        "EUR",
        1_240_000_000,
    )
    assert nordwind["decided_on"].startswith("2023-05-12")
    # The first report's date stays the decision's key date (alert window, Atom entry id).
    assert nordwind["decision_date"] == "2023-05-22T09:00:00Z"
    assert nordwind["articles"] == ["Art. 5(1)(a) GDPR", "Art. 46(1) GDPR"]
    assert len(nordwind["sources"]) == 3
    first = nordwind["sources"][0]
    assert first["official"] and first["link"] == DPC_OWN["link"]
    assert not any(s["official"] for s in nordwind["sources"][1:])

    banco = shown["Banco"]
    assert (banco["country"], banco["amount"], banco["articles"]) == ("ES", 2_520_000, ["Art. 6 GDPR"])
    assert not any(s["official"] for s in banco["sources"])  # news only: nothing marked official
    assert {s["link"] for s in banco["sources"]} >= {AEPD_ES["link"]}

    vista = shown["Vista"]
    assert (vista["country"], vista["currency"], vista["articles"]) == ("GB", "GBP", ["Art. 5(1)(f) UK GDPR"])
    assert vista["amount_eur"] == to_eur(4_400_000, "GBP", "2023-10-11")


def test_filters_by_domain_country_amount_date_status_and_topic(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set(by_party(fines(capsys, db, "--domain", "competition"))) == {"Megachip"}
    assert len(fines(capsys, db, "--domain", "any")) == 4
    assert set(by_party(fines(capsys, db, "--country", "es", "--country", "GB"))) == {"Banco", "Vista"}
    assert set(by_party(fines(capsys, db, "--min-eur", "3m", "--max-eur", "1.3bn"))) == {"Nordwind", "Vista"}
    assert set(by_party(fines(capsys, db, "--since", "2023-06-01", "--until", "2023-12-31"))) == {"Vista"}
    assert len(fines(capsys, db, "--status", "imposed")) == 3
    assert fines(capsys, db, "--status", "proposed") == []
    totals = json.loads(
        (
            main(["--db", str(db), "fines", "--by-target", "--json", "--country", "IE"]),
            capsys.readouterr().out,
        )[1]
    )
    assert [t["target"].split()[0] for t in totals] == ["Nordwind"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--domain", "privacy"], "unknown domain 'privacy'"),
        (["--min-eur", "lots"], "must be a sum in euros"),
        (["--country", "France"], "two-letter country code"),
        (["--since", "2024-01-01", "--until", "2023-01-01"], "ends before it starts"),
    ],
)
def test_a_filter_that_cannot_mean_anything_is_refused_with_status_2(
    db: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    try:
        status = main(["--db", str(db), "fines", *options])
    except SystemExit as exit_info:  # argparse refuses a value its type cannot read
        status = int(exit_info.code or 0)
    assert status == 2
    assert message in capsys.readouterr().err


def test_the_atom_feed_carries_data_protection_fines_unless_another_domain_is_asked_for(
    db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def entries(*options: str) -> tuple[str, list[ET.Element]]:
        out = tmp_path / "fines.atom"
        assert main(["--db", str(db), "export", "fines", "--format", "atom", "-o", str(out), *options]) == 0
        feed = ET.parse(out).getroot()
        return str(feed.findtext(f"{ATOM}id")), feed.findall(f"{ATOM}entry")

    feed_id, found = entries()
    assert feed_id.endswith(":fines") and len(found) == 3
    assert not any("Megachip" in (e.findtext(f"{ATOM}title") or "") for e in found)
    nordwind = next(e for e in found if "Nordwind" in (e.findtext(f"{ATOM}title") or ""))
    assert nordwind.find(f"{ATOM}link[@rel='alternate']").get("href") == DPC_OWN["link"]  # type: ignore[union-attr]
    terms = {c.get("term") for c in nordwind.findall(f"{ATOM}category")}
    assert {"IE", "data_protection", "Art. 46(1) GDPR"} <= terms
    feed_id, found = entries("--domain", "competition")
    assert feed_id.endswith("/domain/competition") and len(found) == 1
    _, found = entries("--domain", "any", "--min-eur", "1.22bn")
    assert len(found) == 1
    capsys.readouterr()


def test_csv_export_has_the_new_facts_at_the_end(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "export", "fines", "--format", "csv", "--country", "IE"]) == 0
    header, row = capsys.readouterr().out.splitlines()[:2]
    assert header.endswith(",country,domain,articles,official_link,decided_on")
    facts = f",IE,data_protection,Art. 5(1)(a) GDPR;Art. 46(1) GDPR,{DPC_OWN['link']},2023-05-12T00:00:00Z"
    assert row.endswith(facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a breach of Art. 5(1)(a) GDPR", ["Art. 5(1)(a) GDPR"]),
        ("pour manquement à l'article 9 du RGPD", ["Art. 9 GDPR"]),
        ("Verstoß gegen Artikel 6 DSGVO", ["Art. 6 GDPR"]),
        ("Art. 6 Abs. 1 lit. f DSGVO", ["Art. 6(1)(f) GDPR"]),
        ("in violazione dell'art. 5 del GDPR", ["Art. 5 GDPR"]),
        ("por vulnerar el artículo 6 del RGPD", ["Art. 6 GDPR"]),
        ("in strijd met artikel 9 AVG", ["Art. 9 GDPR"]),
        ("articles 5, 6 and 32 of the GDPR", ["Art. 5 GDPR", "Art. 6 GDPR", "Art. 32 GDPR"]),
        ("los artículos 13 y 14 del RGPD", ["Art. 13 GDPR", "Art. 14 GDPR"]),
        ("Article 5(1)(f) of the UK GDPR", ["Art. 5(1)(f) UK GDPR"]),
        ("GDPR Article 32 requires", ["Art. 32 GDPR"]),
        ("l'article 82 de la loi Informatique et Libertés", ["Art. 82 Loi Informatique et Libertés"]),
        ("el artículo 6.1.a) del RGPD", ["Art. 6(1)(a) GDPR"]),
        ("art. 5.1.f del RGPD", ["Art. 5(1)(f) GDPR"]),
        ("artikel 6 lid 1 AVG", ["Art. 6(1) GDPR"]),
        ("art. 1.234 GDPR", []),
        ("§ 26 and Article 5 of the AI Act", []),
        ("a €5 GDPR fine in 2023", []),
    ],
)
def test_articles_are_read_in_six_languages_and_written_one_way(text: str, expected: list[str]) -> None:
    assert cited_articles(text) == expected


def test_a_hostile_text_of_citations_stays_bounded() -> None:
    text = " ".join(f"Article {n}(1)(a) GDPR" for n in range(1, 999)) + " art. 1, " * 5000
    assert len(cited_articles(text)) == 40


def test_the_register_filter_refuses_an_unknown_domain_and_an_inverted_range() -> None:
    with pytest.raises(ValueError, match="unknown domain"):
        RegisterFilter(domains=("gdpr",))
    with pytest.raises(ValueError, match="smallest amount"):
        RegisterFilter(min_eur=10, max_eur=1)


def test_the_labelled_corpus_citations_come_out_in_one_form(shared_dir: Path) -> None:
    """Real items that cite articles (the corpus has GDPR and French-law citations in several
    languages): each is read, and only in the normalised form."""
    found: list[str] = []
    for name in ("dev.jsonl", "dev2.jsonl"):
        for line in (shared_dir / "corpus" / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            found += cited_articles(f"{record.get('title', '')}\n{record.get('summary', '')}")
    assert len(found) >= 4
    assert all(
        re.fullmatch(r"Art\. \d+(\(\w{1,2}\))* (GDPR|UK GDPR|Loi Informatique et Libertés)", a) for a in found
    )
    assert {a.split(" ", 2)[2] for a in found} == {"GDPR", "Loi Informatique et Libertés"}


def test_an_older_register_gets_its_countries_and_domains_on_upgrade(tmp_path: Path) -> None:
    import sqlite_utils

    from monitor.store import Store, schema

    path = tmp_path / "old.sqlite"
    db = sqlite_utils.Database(path)
    for version, _what, migrate in schema.MIGRATIONS:
        if version < 7:
            migrate(db)
    now = "2023-01-01T00:00:00Z"
    for code in ("ICO", "European Commission", None):
        db.execute(
            "INSERT INTO fine_events (authority, status, decision_date, created_at, updated_at) "
            "VALUES (?, 'imposed', ?, ?, ?)",
            (code, now, now, now),
        )
    db.execute("PRAGMA user_version = 6")
    db.conn.commit()
    db.close()
    store = Store(path)
    try:
        rows = {e["authority"]: (e["country"], e["domain"], e["articles"]) for e in store.list_events()}
    finally:
        store.close()
    assert rows == {
        "ICO": ("GB", "data_protection", []),
        "European Commission": ("EU", "competition", []),
        None: (
            None,
            "data_protection",
            [],
        ),  # no authority named: a data-protection decision, as alerts read it
    }


def test_facts_survive_reanalyze(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = fines(capsys, db, "--domain", "any")
    assert main(["--db", str(db), "reanalyze"]) == 0
    capsys.readouterr()
    after = fines(capsys, db, "--domain", "any")
    keys = ("authority", "target", "country", "domain", "articles", "amount", "currency", "decided_on")
    assert [[e[k] for k in keys] for e in after] == [[e[k] for k in keys] for e in before]
    assert [s["official"] for s in after[0]["sources"]] == [s["official"] for s in before[0]["sources"]]


def _source(item_id: int, amount: float | None, status: str = "imposed", **more: Any) -> Any:
    from monitor.models import ReportSource

    fields: dict[str, Any] = {
        "title": "",
        "summary": "",
        "language": "en",
        "published": "2024-03-08T10:00:00Z",
        "status": status,
        "amount": amount,
        "currency": "EUR",
    }
    return ReportSource(item_id=item_id, **{**fields, **more})


def test_the_amount_is_the_authoritys_then_the_most_precise_of_the_decisions_own_status() -> None:
    from monitor.decisions import read_facts

    event = {
        "authority": "AEPD",
        "status": "imposed",
        "amount": 2.5e6,
        "currency": "EUR",
        "amount_eur": 2.5e6,
    }
    news = [_source(1, 2.5e6), _source(2, 2.52e6), _source(3, 2.515e6, status="proposed")]
    assert read_facts(event, news).amount == 2.52e6  # the proposal's figure is another sum
    own = _source(4, 2.5e6, feed_kind="authority", feed_authority="AEPD")
    facts = read_facts(event, [*news, own])
    assert (facts.amount, facts.official_item_id) == (2.5e6, 4)  # the authority's own word first
    other_authority = _source(5, 2.52e6, feed_kind="authority", feed_authority="CNIL")
    assert read_facts(event, [other_authority]).official_item_id is None
    far = _source(6, 9.9e6)  # a sum the grouping did not take for this decision's
    assert read_facts(event, [far]).amount == 2.5e6


def test_the_amount_in_the_authoritys_own_currency_beats_a_more_precise_conversion() -> None:
    from monitor.decisions import read_facts

    event = {
        "authority": "Garante",
        "status": "imposed",
        "amount": 15e6,
        "currency": "EUR",
        "amount_eur": 15e6,
    }
    converted = _source(1, 12.5e6, currency="GBP")  # "£12.5m": three digits, an outlet's conversion
    facts = read_facts(event, [converted, _source(2, 15e6)])
    assert (facts.amount, facts.currency) == (15e6, "EUR")
    # Told only in another currency, the decision keeps that figure.
    assert read_facts(event, [converted]).currency == "GBP"


def test_the_domain_comes_from_the_authority_then_the_reports_words_and_articles() -> None:
    from monitor.decisions import decision_domain

    privacy = _source(1, 5e6, title="FTC fines Acme Labs $5 million over facial recognition")
    merger = _source(2, 5e6, title="FTC fines Acme Labs $5 million over an unreported merger")
    assert decision_domain("CNIL", [merger]) == "data_protection"  # a DPA's fine is data protection
    # A consumer authority's privacy case is data protection (the FTC enforces privacy in the US).
    assert decision_domain("FTC", [privacy]) == "data_protection"
    assert decision_domain("FTC", [merger]) == "competition"
    assert decision_domain("FTC", [privacy], ["Art. 9 GDPR"]) == "data_protection"
    assert decision_domain("Bundeskartellamt", [privacy], ["Art. 6 GDPR"]) == "competition"


def _stored_row(**stored: Any) -> dict[str, Any]:
    """An item row as the regrouping reads it: a report of an overdue penalty payment, undated, whose
    text states a day."""
    return {
        "id": 1,
        "guid": "g1",
        "link": "https://news.example/1",
        "title": "Regulator orders Acme Widgets to pay overdue penalty payment of EUR 50,000",
        "summary_text": "On 3 March 2025 the overdue penalty payment fell due: Acme Widgets was late.",
        "language": "en",
        "published": "2025-04-01T00:00:00Z",
        "published_known": 0,
        "fine_status": "imposed",
        "fine_amount": 50_000.0,
        "fine_currency": "EUR",
        "fine_amount_eur": 50_000.0,
        "penalty_amount": None,
        "penalty_currency": None,
        "penalty_per": None,
        "authority": "AP",
        "target": "Acme Widgets B.V.",
        "event_id": None,
        "event_partial": 0,
        "target_key": None,
        "fine_liquidation": None,
        "stated_date": None,
        "penalty_eur": None,
        **stored,
    }


def test_grouping_again_reads_what_filing_stored_and_reads_older_rows_off_their_text() -> None:
    from monitor.analysis import party_key
    from monitor.regrouping import report_facts

    # Filed before schema v12: nothing stored, so key, liquidation and day come from the text.
    old = report_facts(_stored_row())
    assert (old.target_key, old.liquidation, old.date) == (
        party_key("Acme Widgets B.V."),
        True,
        "2025-03-03T00:00:00Z",
    )
    # Filed since: what the parse worker read is used as stored, and the text is not read again.
    new = report_facts(
        _stored_row(
            target_key="acme", fine_liquidation=0, stated_date="2025-02-01T00:00:00Z", penalty_eur=7.0
        )
    )
    assert (new.target_key, new.liquidation, new.date, new.penalty_eur) == (
        "acme",
        False,
        "2025-02-01T00:00:00Z",
        7.0,
    )


def test_a_filed_fine_keeps_its_party_key_and_liquidation_flag(db: Path) -> None:
    import sqlite3

    from monitor.analysis import party_key

    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT target, target_key, fine_liquidation FROM items WHERE fine_status IS NOT NULL"
        ).fetchall()
        unfiled = conn.execute(
            "SELECT count(*) FROM items WHERE fine_status IS NULL AND fine_liquidation IS NOT NULL"
        ).fetchone()[0]
    assert rows and unfiled == 0
    for target, key, liquidation in rows:
        assert key == (party_key(target) if target else None)
        assert liquidation in (0, 1)
