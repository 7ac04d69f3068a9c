"""The gazetteer: parties the register and the watch list know, found by name in new items;
and the schema check of the party and authority data."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.analysis import Gazetteer, analyze, name_rules, party_key
from monitor.analysis.gazetteer import build_gazetteer, known_parties, watchlist_parties
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

# A slug title where no frame points at the party: only a gazetteer can name it.
SLUG = ("cnil fine exempla vision data decision", "The authority published its decision on the company.")


def test_spellings_of_one_party_are_one_entry() -> None:
    gazetteer = Gazetteer.of(["Exempla AI Inc.", "EXEMPLA AI", "Exempla", "Autre Chose SA"])
    assert len(gazetteer) == 2
    assert gazetteer.known("exempla ltd") == "Exempla AI Inc."


def test_a_slug_title_names_a_party_only_the_register_knows() -> None:
    assert analyze(*SLUG).target != "Exempla Vision"
    found = analyze(*SLUG, known_parties=Gazetteer.of(["Exempla Vision SAS"]))
    assert found.target == "Exempla Vision"


# A headline that opens with a known party and has no fining frame, over a lead whose frame points
# at a name nobody knows (a nickname, a boss): the headline's subject is the party.
HEADLINE_SUBJECT = (
    "Exempla used face scans without consent, says the data watchdog",
    "The regulator hands Zuky a record fine. Exempla must also delete the templates.",
)


def test_a_known_party_opening_the_headline_beats_an_unknown_name_in_the_lead() -> None:
    assert analyze(*HEADLINE_SUBJECT).target == "Zuky"
    assert analyze(*HEADLINE_SUBJECT, known_parties=Gazetteer.of(["Exempla"])).target == "Exempla"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # The known name does not open the headline: the lead's frame names the party.
        ("After Exempla, the regulator turns to another firm", "The regulator fined Alphacorp €5 million."),
        # Said of another firm ("Exempla-style"), not its subject.
        ("Exempla-style face search used without consent", "The regulator fined Alphacorp €5 million."),
    ],
)
def test_a_known_name_that_is_not_the_headlines_subject_leaves_the_leads_party(
    title: str, summary: str
) -> None:
    assert analyze(title, summary, known_parties=Gazetteer.of(["Exempla"])).target == "Alphacorp"


def test_a_known_party_in_the_lead_stays_the_party() -> None:
    known = Gazetteer.of(["Exempla", "Alphacorp"])
    found = analyze(
        "Exempla used face scans, says watchdog",
        "The regulator fined Alphacorp €5 million.",
        known_parties=known,
    )
    assert found.target == "Alphacorp"


def test_in_running_text_a_known_name_needs_its_capital() -> None:
    gazetteer = Gazetteer.of(["Free"])
    text = "The CNIL imposed €1 million after free trials"
    assert analyze(text, "", known_parties=gazetteer).target is None
    assert analyze(
        "The CNIL imposed €1 million on the operator, said Free", "", known_parties=gazetteer
    ).target


def test_the_gazetteer_pickles_for_the_worker_processes() -> None:
    gazetteer = Gazetteer.of(["Exempla Vision"])
    assert gazetteer.find("cnil: exempla vision", None)  # compiled in this process
    copied = pickle.loads(pickle.dumps(gazetteer))
    assert copied.names == gazetteer.names
    assert [h.name for h in copied.find("cnil: exempla vision", None)] == ["Exempla Vision"]


def test_watch_list_parties(tmp_path: Path) -> None:
    path = tmp_path / "watchlist.yml"
    assert watchlist_parties(path) == []
    path.write_text("parties:\n  - Exempla Vision\n  - '  Autre   Chose  '\n", encoding="utf-8")
    assert watchlist_parties(path) == ["Exempla Vision", "Autre Chose"]
    assert build_gazetteer(["Exempla Vision Inc."], path).names == ("Exempla Vision", "Autre Chose")
    path.write_text("parties: Exempla\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'parties:' must be a list of names"):
        watchlist_parties(path)


def test_the_watch_list_parties_key_does_not_break_the_tag_rules(tmp_path: Path) -> None:
    (tmp_path / "watchlist.yml").write_text("parties: [Exempla Vision]\n", encoding="utf-8")
    code = "from monitor.analysis import analyze; print(analyze('x', '', 'en').matched)"
    env = {"MONITOR_CONFIG_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr


def test_a_poll_learns_parties_from_the_register(feed_server: FeedServer, db_path: Path) -> None:
    first = {
        "title": "CNIL fines Exempla Vision SAS €2 million",
        "description": "The French authority fined the company.",
        "link": "https://news.example/1",
        "guid": "https://news.example/1",
        "pubDate": "Thu, 20 Oct 2022 10:00:00 GMT",
    }
    url = feed_server.add("/news.xml", rss([first]))
    poller = Poller(db_path, [FeedConfig(name="News", url=url)], parse_workers=0)
    poller.poll(force=True)
    store = Store(db_path)
    try:
        assert store.known_parties() == ["Exempla Vision"]
        assert known_parties(store.known_parties(), db_path.parent / "none.yml").names == ("Exempla Vision",)
    finally:
        store.close()
    later = {
        "title": SLUG[0],
        "description": SLUG[1],
        "link": "https://news.example/2",
        "guid": "https://news.example/2",
        "pubDate": "Fri, 21 Oct 2022 10:00:00 GMT",
    }
    feed_server.add("/news.xml", rss([later, first]))
    poller.poll(force=True)
    store = Store(db_path)
    try:
        targets = [row["target"] for row in store.rows("SELECT target FROM items WHERE guid LIKE '%/2'")]
    finally:
        store.close()
    assert targets == ["Exempla Vision"]


def test_monitor_analyze_uses_the_register_given_with_db(
    feed_server: FeedServer, db_path: Path, tmp_path: Path
) -> None:
    item = {
        "title": "CNIL fines Exempla Vision SAS €2 million",
        "description": "",
        "link": "https://n.example/1",
    }
    url = feed_server.add("/n.xml", rss([item]))
    Poller(db_path, [FeedConfig(name="N", url=url)], parse_workers=0).poll(force=True)
    line = json.dumps({"id": 1, "title": SLUG[0], "summary": SLUG[1]})

    def run(*extra: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-m", "monitor", "analyze", *extra],
            input=line,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return dict(json.loads(done.stdout))

    assert run("--db", str(db_path))["target"] == "Exempla Vision"
    assert run("--db", str(tmp_path / "absent.sqlite"))["target"] != "Exempla Vision"
    assert not (tmp_path / "absent.sqlite").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(frame=d.pop("frames")), "unknown key 'frame'"),
        (lambda d: d["frames"].update(xx=["fines X"]), "unknown language 'xx'"),
        (lambda d: d.update(articles="the"), "articles: expected a list"),
        (lambda d: d.pop("coordinators"), "missing key 'coordinators'"),
    ],
)
def test_the_party_data_schema_fails_on_a_typo(change: Any, message: str) -> None:
    data = copy.deepcopy(name_rules.parties_data())
    change(data)
    with pytest.raises(name_rules.SchemaError, match=message):
        name_rules.check(data, name_rules.PARTIES_SCHEMA, "")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["authorities"][0].update(kind="dap"), "is not one of"),
        (lambda d: d["authorities"][0].update(acronym=["x"]), "unknown key 'acronym'"),
        (lambda d: d["authorities"][0]["names"].update(fre=["x"]), "unknown language 'fre'"),
        (lambda d: d["authorities"][0].update(fines="no"), "expected true or false"),
    ],
)
def test_the_authority_data_schema_fails_on_a_typo(change: Any, message: str) -> None:
    data = copy.deepcopy(name_rules.authorities_data())
    change(data)
    with pytest.raises(name_rules.SchemaError, match=message):
        name_rules.check(data, name_rules.AUTHORITIES_SCHEMA, "")


def test_a_state_attorney_general_template_without_its_state_fails() -> None:
    # "attorney general of {sate}" would name no state: every generated name would be that text.
    data = copy.deepcopy(name_rules.authorities_data())
    data["state_attorney_general"]["en"].append("attorney general of {sate}")
    with pytest.raises(name_rules.SchemaError, match=r"has no \{state\}"):
        name_rules._state_attorneys_general(data)
    codes = {e["code"] for e in name_rules.authorities_data()["authorities"]}
    assert {"Texas Attorney General", "New York Attorney General", "West Virginia Attorney General"} <= codes


def test_the_bundled_data_passes_its_schema() -> None:
    name_rules.check(name_rules.parties_data(), name_rules.PARTIES_SCHEMA, "")
    name_rules.check(name_rules.authorities_data(), name_rules.AUTHORITIES_SCHEMA, "")


def test_watch_add_keeps_the_parties_of_the_watch_list(tmp_path: Path) -> None:
    from monitor.watchlist_file import add_phrase

    path = tmp_path / "watchlist.yml"
    path.write_text("parties: [Exempla Vision]\n", encoding="utf-8")
    assert add_phrase(path, "loyalty card*")
    assert watchlist_parties(path) == ["Exempla Vision"]


def test_one_party_named_with_more_or_fewer_words_is_one_party() -> None:
    from monitor.events import same_party

    short, middle, full = (
        party_key(n) for n in ("Esempio", "Università Esempio", "Università Commerciale Luigi Esempio")
    )
    assert same_party(short, full) and same_party(middle, full) and same_party(short, middle)
    assert same_party(party_key("Deutsche Bank"), party_key("Deutsche Telekom")) is False


@pytest.fixture
def invented_aliases(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An alias group of invented companies in place of parties.yml's: Exemplabook renamed Examplon."""
    from monitor.analysis import gazetteer

    table = {"exemplabook": "examplon", "examplon": "examplon"}
    monkeypatch.setattr(gazetteer, "_aliases", lambda: table)
    gazetteer.party_key.cache_clear()
    yield
    gazetteer.party_key.cache_clear()


@pytest.mark.usefixtures("invented_aliases")
def test_a_company_and_its_former_name_are_one_party() -> None:
    assert party_key("Exemplabook Inc.") == party_key("EXAMPLON Platforms Ltd") == party_key("Examplon")
    assert len(Gazetteer.of(["Examplon", "Exemplabook, Inc."])) == 1


@pytest.mark.usefixtures("invented_aliases")
def test_a_known_party_is_found_under_its_other_name() -> None:
    slug = ("cnil fine exemplabook data decision", "The authority published its decision on the company.")
    found = analyze(*slug, known_parties=Gazetteer.of(["Examplon"]))
    assert found.target is not None and party_key(found.target) == party_key("Examplon")
    # Accents and case do not matter either.
    assert Gazetteer.of(["Examplon"]).find("la sanction d'exemplabook", None)


def test_the_bundled_aliases_join_renamed_companies() -> None:
    assert party_key("Facebook") == party_key("Meta Platforms Ireland Limited") == party_key("META")
    assert party_key("Google LLC") == party_key("Alphabet Inc.")
    # A one-letter name is never looked for in text, even as an alias.
    assert not Gazetteer.of(["Twitter International"]).find("article x of the law", None)


def test_a_supervisory_authority_adjective_of_a_country_without_a_dpa_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from monitor.analysis import rules

    data = copy.deepcopy(rules.load("authorities"))
    data["supervisory_authority_adjectives"]["XX"] = ["atlantean"]
    monkeypatch.setattr(rules, "load", lambda name: data)
    with pytest.raises(name_rules.SchemaError, match=r"supervisory_authority_adjectives\.XX"):
        name_rules.authorities_data.__wrapped__()
