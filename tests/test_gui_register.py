"""The Fines register in the real window, offscreen: a decision's facts, the filters, Totals by party
opening a party's decisions, export of exactly the shown rows, and a view that stays put across polls."""

from __future__ import annotations

# mypy: disable-error-code="no-untyped-call"
import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_support import QT_LOG_IGNORE, RecordingNotifier, desktop_app, poll
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog
from pytestqt.qtbot import QtBot
from register_support import DPC_OWN, write_register_feeds

from monitor.gui.app import DesktopApp
from monitor.gui.chart import authority_color
from monitor.gui.fines_model import EVENT_ID
from tests.support.feedserver import FeedServer, rss

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def register(qtbot: QtBot, tmp_path: Path, feed_server: FeedServer) -> Iterator[DesktopApp]:
    feeds = write_register_feeds(feed_server, tmp_path)
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        app.start(poll=False)
        poll(qtbot, app)
        app.window.tabs.setCurrentIndex(1)
        app.window.resize(1000, 700)
        app.window.show()
        qtbot.waitExposed(app.window)
        yield app


def parties(app: DesktopApp) -> list[str]:
    fines = app.window.fines
    return [str(fines.proxy.index(r, 2).data()).split()[0] for r in range(fines.proxy.rowCount())]


def choose(combo: Any, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, (value, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def test_a_decision_shows_its_country_domain_articles_and_official_source_first(register: DesktopApp) -> None:
    fines = register.window.fines
    assert sorted(parties(register)) == ["Banco", "Nordwind", "Vista"]  # data protection by default
    row = parties(register).index("Nordwind")
    fines.table.setCurrentIndex(fines.proxy.index(row, 0))
    authority = fines.proxy.index(row, 1)
    assert authority.data(Qt.ItemDataRole.DecorationRole) == authority_color("DPC")  # the chart's colour
    assert "DPC · IE · Data protection" in authority.data(Qt.ItemDataRole.ToolTipRole)
    headline = fines.headline.text()
    assert "IE · Data protection · Art. 5(1)(a) GDPR, Art. 46(1) GDPR" in headline
    assert "€1,240,000,000" in headline  # the authority's own figure, not the rounded €1.2bn
    first = fines.sources.item(0, 1)
    assert first.text() == "DPC (IE) · official source" and first.font().bold()
    assert fines.sources.item(0, 2).data(Qt.ItemDataRole.UserRole) == DPC_OWN["link"]
    assert fines.sources.rowCount() == 3 and "official" not in fines.sources.item(1, 1).text()


def test_filters_by_domain_country_amount_dates_status_and_topic(register: DesktopApp, qtbot: QtBot) -> None:
    filters = register.window.fines.filters
    choose(filters.domain, "competition")
    assert parties(register) == ["Megachip"]
    choose(filters.domain, "")
    assert len(parties(register)) == 4
    choose(filters.country, "ES")
    assert parties(register) == ["Banco"]
    choose(filters.country, "")
    filters.more.click()
    assert filters.extra.isVisible()
    filters.min_eur.setText("3m")
    filters.max_eur.setText("1.3bn")
    filters.max_eur.editingFinished.emit()
    assert sorted(parties(register)) == ["Megachip", "Nordwind", "Vista"]
    filters.min_eur.clear()
    filters.max_eur.clear()
    filters.max_eur.editingFinished.emit()
    filters.since.setDate(filters.since.date().fromString("2023-06-01", "yyyy-MM-dd"))
    filters.until.setDate(filters.until.date().fromString("2023-12-31", "yyyy-MM-dd"))
    assert sorted(parties(register)) == ["Megachip", "Vista"]
    # The chart covers the filter's years, empty or not.
    assert register.window.fines.chart.years == ["2023"]
    choose(filters.status, "proposed")
    assert parties(register) == []
    filters.reset_button.click()
    assert sorted(parties(register)) == ["Banco", "Nordwind", "Vista"]
    choose(filters.authority, "ICO")
    assert parties(register) == ["Vista"]


def test_totals_by_party_sort_and_open_that_partys_decisions(register: DesktopApp, qtbot: QtBot) -> None:
    fines = register.window.fines
    view, proxy = fines.totals_view, fines.totals_proxy
    fines.lower_tabs.setCurrentIndex(1)
    assert proxy.rowCount() == 3  # the domain filter holds for the totals too
    assert str(proxy.index(0, 0).data()).startswith("Nordwind")  # largest total first
    header = view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(0) + 8, 5)
    )
    assert header.sortIndicatorSection() == 0
    names = [str(proxy.index(r, 0).data()) for r in range(3)]
    assert names in (sorted(names), sorted(names, reverse=True))
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert str(proxy.index(0, 0).data()).startswith("Banco")
    view.setFocus()
    view.setCurrentIndex(proxy.index(2, 0))  # Vista Clinics
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert parties(register) == ["Vista"] and fines.lower_tabs.currentIndex() == 0
    assert fines.filters.party_button.isVisible() and "Vista" in fines.filters.party_button.text()
    assert fines.selected_event() is not None and "Vista" in fines.headline.text()
    fines.filters.party_button.click()
    assert len(parties(register)) == 3 and not fines.filters.party_button.isVisible()
    fines.lower_tabs.setCurrentIndex(1)
    rect = view.visualRect(proxy.index(0, 0))
    # A double click as Qt 6's QTest needs it: the first press and release, then the second press.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert parties(register) == ["Banco"]


@pytest.mark.parametrize("fmt", ["csv", "json", "atom"])
def test_export_writes_exactly_the_rows_shown(
    register: DesktopApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    fines = register.window.fines
    choose(fines.filters.domain, "")
    fines.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by amount, smallest first
    fines.search.setText("s")  # Nordwind Social, Vista Clinics, Megachip (European Commission)
    shown = parties(register)
    assert sorted(shown) == ["Megachip", "Nordwind", "Vista"]
    target = tmp_path / f"shown.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    fines.export_button.click()
    data = target.read_text(encoding="utf-8")
    if fmt == "csv":
        names = [row["target"].split()[0] for row in csv.DictReader(io.StringIO(data))]
    elif fmt == "json":
        names = [row["target"].split()[0] for row in json.loads(data)]
    else:
        entries = ET.fromstring(data).findall(f"{ATOM}entry")
        names = [str(e.findtext(f"{ATOM}title")).split(" fines ")[1].split()[0] for e in entries]
    assert names == shown  # the same rows, in the order shown


def _many(n: int, year: int) -> list[dict[str, str]]:
    syllables = ("dor", "val", "kes", "trel", "mar", "bo", "lin", "quez", "ta", "ru")
    items = []
    for i in range(n):
        name = (syllables[i % 10] + syllables[(i // 10) % 10] + "ix").capitalize()
        items.append(
            {
                "title": f"CNIL fines {name} Systems €{(i + 1) * 10},000",
                "link": f"https://cnil.example/{i}",
                "guid": f"https://cnil.example/{i}",
                "description": "The French data protection authority imposed the fine.",
                "pubDate": f"Mon, {1 + i % 27:02d} Mar {year} 09:00:00 GMT",
            }
        )
    return items


def test_selection_sort_and_scroll_survive_a_poll(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    items = _many(40, 2021)
    url = feed_server.add("/cnil.xml", rss(items, title="CNIL"))
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(f"feeds:\n  - {{name: CNIL, url: '{url}', kind: authority, authority: CNIL}}\n")
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        app.start(poll=False)
        poll(qtbot, app)
        window, fines = app.window, app.window.fines
        window.tabs.setCurrentIndex(1)
        window.resize(900, 600)
        window.show()
        qtbot.waitExposed(window)
        before = fines.proxy.rowCount()
        assert before >= 25  # enough to scroll (the grouping may take two similar ones for one)
        fines.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        fines.table.scrollTo(fines.proxy.index(15, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        fines.table.setCurrentIndex(fines.proxy.index(17, 0))
        chosen = fines.selected_event()
        top = fines.table.indexAt(QPoint(0, 0)).data(EVENT_ID)
        assert fines.table.verticalScrollBar().value() > 0
        selections: list[int] = []
        fines.event_selected.connect(selections.append)
        # Smaller fines come in: the rows move down, the view must not.
        news = [
            dict(
                item,
                title=item["title"].replace("Systems", "Labs").replace("0,000", ",500"),
                link=item["link"] + "-labs",
                guid=item["guid"] + "-labs",
            )
            for item in _many(2, 2022)
        ]
        feed_server.add("/cnil.xml", rss([*news, *items], title="CNIL"))
        poll(qtbot, app)
        assert fines.proxy.rowCount() > before
        assert fines.selected_event() == chosen and not selections
        header = fines.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            3,
            Qt.SortOrder.AscendingOrder,
        )
        assert fines.table.indexAt(QPoint(0, 0)).data(EVENT_ID) == top
        assert str(fines.headline.text()).count("Status history") == 1


def test_the_chart_keeps_each_authoritys_colour_in_every_mode_and_shows_every_year(qtbot: QtBot) -> None:
    from monitor.gui.chart import FinesChart

    events: list[dict[str, Any]] = [
        {"status": "imposed", "decision_date": "2019-01-21", "authority": "CNIL", "amount_eur": 50e6},
        {"status": "imposed", "decision_date": "2023-05-22", "authority": "DPC", "amount_eur": 1.2e9},
        {
            "status": "imposed",
            "decision_date": "2023-07-01",
            "authority": "Datenschutzbehorde-LI",
            "amount_eur": 725e3,
        },
    ]
    chart = FinesChart()
    qtbot.addWidget(chart)
    chart.resize(520, 240)
    chart.set_events(events)
    assert chart.years == ["2019", "2020", "2021", "2022", "2023"]  # the empty years too
    colours = {a: chart.color(a).name() for a in chart.authorities}
    chart.set_mode("euros")
    chart.set_events(list(reversed(events)))  # another order, as after a poll
    assert {a: chart.color(a).name() for a in chart.authorities} == colours
    assert colours["CNIL"] == authority_color("CNIL").name()
    # Side by side on the log scale: the €725k bar has its own height, not a sliver of €1.2bn.
    assert chart.peak() == 1.2e9
    _ticks, share = chart.axis(chart.peak())
    assert share(725e3) > 0.3
    chart.grab()
    assert any(name == "Datenschutzbehorde-LI" for _rect, name, _elided in chart.legend)
    chart.resize(260, 240)  # too narrow for the full name: elided, with the name as its tool tip
    chart.grab()
    assert [elided for _r, name, elided in chart.legend if name == "Datenschutzbehorde-LI"] == [True]


def test_the_shown_rows_are_escaped_per_channel(register: DesktopApp, tmp_path: Path) -> None:
    from monitor.gui.fines_export import export_rows

    fines = register.window.fines
    hostile = [dict(row, target='=HYPERLINK("http://x")', authority="<b>&\x07") for row in fines.shown_rows()]
    export_rows(register.store, hostile, tmp_path / "x.csv", "csv", fines.filters.criteria())
    cells = next(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text(encoding="utf-8"))))
    assert cells["target"].startswith("'=")  # never a formula
    export_rows(register.store, hostile, tmp_path / "x.atom", "atom", fines.filters.criteria())
    feed = ET.parse(tmp_path / "x.atom").getroot()  # well-formed: the bell is gone, < and & escaped
    terms = {c.get("scheme", "").rsplit(":", 1)[-1]: c.get("term") for c in feed.iter(f"{ATOM}category")}
    assert terms["authority"] == "<b>&"


def test_a_selected_decision_folded_into_another_stays_selected_there(register: DesktopApp) -> None:
    fines = register.window.fines
    rows = {str(r["target"]).split()[0]: int(r["id"]) for r in fines.shown_rows()}
    fines.select_event(rows["Banco"])
    with register.store.transaction():
        # What a poll's regrouping does when a later report shows two events to be one decision.
        register.store.merge_events(rows["Vista"], [rows["Banco"]], "2024-03-09T00:00:00Z")
    fines.reload()
    assert fines.selected_event() == rows["Vista"]
    assert fines.sources.rowCount() == 3  # Vista's report and Banco's two


def test_the_chosen_domain_and_the_open_filters_come_back(register: DesktopApp, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from monitor.gui.fines_view import FinesView

    fines = register.window.fines
    choose(fines.filters.domain, "competition")
    fines.filters.more.setChecked(True)
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    fines.save_state(settings)
    settings.sync()
    again = FinesView(register.store)
    again.restore_state(QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat))
    assert again.filters.domain.currentData() == "competition" and again.filters.more.isChecked()
    assert [str(r["target"]) for r in again.shown_rows()] == ["Megachip"]
    settings.setValue("fines/domain", "astrology")  # from a later version, or edited by hand
    again.restore_state(settings)
    assert again.filters.domain.currentData() == "competition"
    again.deleteLater()
