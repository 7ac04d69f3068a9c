"""The window in the user's language and on the user's desktop: translations and locale formats,
accessible names and keyboard panes, geometry within the screen, first start and offline, the
desktop entry, AppStream metainfo and feed: links."""

from __future__ import annotations

# mypy: disable-error-code="no-untyped-call"
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from datetime import UTC
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from gui_support import (
    COOKIES,
    FINE,
    QT_LOG_IGNORE,
    RecordingNotifier,
    desktop_app,
    poll,
    serve_news,
    write_feeds,
)
from PySide6.QtCore import QByteArray, QLocale, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from monitor import desktop, settings
from monitor.alerts import AlertRules
from monitor.config import load_feeds
from monitor.escape import markup
from monitor.gui import i18n
from monitor.gui.about import AboutDialog
from monitor.gui.alert_text import alert_text
from monitor.gui.app import DesktopApp
from monitor.gui.banner import Banner
from monitor.gui.detail import item_html
from monitor.gui.feed_dialog import FeedDialog
from monitor.gui.first_start import looks_offline
from monitor.gui.instance import ActivationServer
from monitor.gui.keyboard import unnamed
from monitor.gui.settings_dialog import DesktopSettings, SettingsDialog
from monitor.gui.style import dark_palette
from monitor.gui.window_state import fit_within
from monitor.poller import FeedReport, PollReport
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)
ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.install("")  # the next test starts in the C/English locale again


def language_app(qtbot: QtBot, tmp_path: Path, server: FeedServer, language: str) -> DesktopApp:
    db = tmp_path / "m.sqlite"
    store = Store(db)
    settings.put(store, "language", language)
    store.close()
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(server, [COOKIES]))
    return DesktopApp(db, feeds, load_feeds(feeds), interval=3600, notifier=RecordingNotifier())


@pytest.mark.parametrize(
    ("language", "menus", "header", "amount", "date", "title"),
    [
        (
            "fr",
            ["&Fichier", "F&lux", "&Articles", "Affic&hage", "&Aide"],
            "Titre",
            "20\u202f000\u202f000\xa0€",
            "%d/%m/%Y",
            "CNIL inflige une amende de 20\u202f000\u202f000\xa0€ à Clearview AI · reconnaissance faciale",
        ),
        (
            "de",
            ["&Datei", "F&eeds", "&Meldungen", "&Ansicht", "&Hilfe"],
            "Titel",
            "20.000.000\xa0€",
            "%d.%m.%Y",
            "CNIL verhängt ein Bußgeld von 20.000.000\xa0€ gegen Clearview AI · Gesichtserkennung",
        ),
    ],
)
def test_the_window_speaks_french_and_german_with_their_numbers_and_dates(
    qtbot: QtBot,
    tmp_path: Path,
    feed_server: FeedServer,
    language: str,
    menus: list[str],
    header: str,
    amount: str,
    date: str,
    title: str,
) -> None:
    app = language_app(qtbot, tmp_path, feed_server, language)
    qtbot.addWidget(app.window)
    try:
        assert app.language == language and QLocale().language() == QLocale(language).language()
        window = app.window
        assert [a.text() for a in window.menuBar().actions()] == menus
        assert window.model.headerData(2, Qt.Orientation.Horizontal) == header
        assert window.fines.table.model().headerData(1, Qt.Orientation.Horizontal) != "Authority"
        assert window.tabs.tabText(1) != "Fines register"
        app.start(poll=False)
        poll(qtbot, app)
        feed_server.add("/cnil.xml", rss([FINE, COOKIES], title="CNIL actualités", language="fr"))
        poll(qtbot, app)
        window.show_unmatched.click()
        row = next(
            r for r in range(window.model.rowCount()) if window.model.row_dict(r)["guid"] == FINE["guid"]
        )  # type: ignore[index]
        assert window.model.index(row, 4).data() == amount
        published = parsedate_to_datetime(FINE["pubDate"]).astimezone(UTC)
        assert window.model.index(row, 0).data() == published.strftime(date)  # 29/11/2026, 29.11.2026
        event = app.store.list_events()[0]
        shown, _body = alert_text({"kind": "new_fine", "title": "English", "event_id": event["id"]}, event)
        assert shown == title
        assert app.tray.tooltip() == "" or "Regulatory Monitor" in app.tray.tooltip()
    finally:
        app.quit()


def test_every_string_of_the_code_is_translated_in_french_and_german(tmp_path: Path) -> None:
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    fresh = tmp_path / "fresh_fr.ts"
    sources = sorted(str(p) for p in (ROOT / "monitor" / "gui").glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True)
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    assert len(wanted) > 150
    for language in ("fr", "de", "it", "es", "nl"):
        translator = i18n.TsTranslator(TRANSLATIONS / f"monitor_{language}.ts")
        have = {(context, source) for context, source, _ in translator.messages}
        assert wanted <= have, (language, sorted(wanted - have)[:10])


def test_plural_forms_follow_each_language() -> None:
    assert [i18n.plural_form("fr", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [i18n.plural_form("de", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_every_interactive_widget_of_the_window_and_dialogs_has_an_accessible_name(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        app.start(poll=False)
        poll(qtbot, app)
        app.window.banner.add("A fine", "body", 1)
        dialogs: list[QWidget] = [
            AboutDialog(app.window),
            SettingsDialog(DesktopSettings(), AlertRules(), 30, app.window),
            FeedDialog(set(), None, app.window),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
        for widget in [app.window, *dialogs]:
            assert unnamed(widget) == [], (type(widget).__name__, unnamed(widget))


def test_tab_leaves_the_items_table_and_f6_cycles_the_panes(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [FINE, COOKIES]))
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        app.start(poll=False)
        poll(qtbot, app)
        window = app.window
        window.activateWindow()
        assert not window.table.tabKeyNavigation()
        visited = [window.panes.step(1) for _ in range(5)]
        assert visited[:4] == [window.sources, window.search, window.table, window.detail.browser]
        assert visited[4] is window.sources  # round again
        assert window.panes.step(-1) is window.detail.browser


def test_saved_geometry_is_clamped_to_the_screen() -> None:
    screen = QRect(0, 0, 1280, 800)
    assert fit_within(QRect(100, 100, 2560, 1600), screen) == screen  # saved at scale 1, now scale 2
    assert fit_within(QRect(2000, 900, 600, 400), screen) == QRect(680, 400, 600, 400)
    assert fit_within(QRect(10, 20, 600, 400), screen) == QRect(10, 20, 600, 400)


def test_a_window_saved_larger_than_the_screen_opens_within_it(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        app.window.resize(6000, 4000)
        app.window.move(3000, 3000)
        app.window.save_state()
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        available = app.window.screen().availableGeometry()
        assert available.contains(app.window.geometry())
        assert isinstance(app.settings.value("window/geometry"), QByteArray)


def test_about_says_version_licence_and_data_folder(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "0.1.0" in text and "MIT" in text and "data" in text


def test_first_start_says_what_is_happening_and_offline_is_one_calm_line(
    qtbot: QtBot, tmp_path: Path
) -> None:
    feeds = write_feeds(
        tmp_path / "feeds.yml", [("A", "http://a.invalid/feed", "en"), ("B", "http://b.invalid/x", "en")]
    )
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        window = app.window
        assert window.empty_state.isVisibleTo(window) and not window.table.isVisibleTo(window)
        assert window.empty_state.heading.text() == "Nothing fetched yet"
        # What the poller reports when no name resolves (this sandbox may have no resolver to ask).
        error = "cannot connect: Failed to resolve 'a.invalid' ([Errno -2] Name or service not known)"
        report = PollReport(
            feeds=[FeedReport("A", "error", error=error), FeedReport("B", "error", error=error)]
        )
        app._finished(report)
        assert window.errors.text() == (
            "This computer appears to be offline; the feeds are tried again at the next poll."
        )
        assert window.empty_state.heading.text() == "This computer appears to be offline"
    empty = tmp_path / "none.yml"
    empty.write_text("feeds: []\n", encoding="utf-8")
    with desktop_app(qtbot, tmp_path / "n.sqlite", empty, RecordingNotifier()) as app:
        assert app.window.empty_state.heading.text() == "No feeds yet"


def test_offline_needs_every_feed_to_fail_on_a_name_lookup() -> None:
    dns = FeedReport(
        "a",
        "error",
        error="cannot connect: Failed to resolve 'x.invalid' ([Errno -2] Name or service not known)",
    )
    refused = FeedReport("b", "error", error="cannot connect: [Errno 111] Connection refused")
    assert looks_offline([dns, dns], 2)
    assert not looks_offline([dns, refused], 2) and not looks_offline([dns], 2) and not looks_offline([], 0)


def test_notification_text_is_escaped_for_markup() -> None:
    assert markup("<b>AT&T</b> fined") == "&lt;b&gt;AT&amp;T&lt;/b&gt; fined"


@pytest.mark.parametrize(
    ("link", "url"),
    [
        ("feed://example.org/rss.xml", "http://example.org/rss.xml"),
        ("feed:https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("feed://https://example.org/a", "https://example.org/a"),
        ("feed:http://example.org/a", "http://example.org/a"),
        ("https://example.org/feed", "https://example.org/feed"),
        ("feed:javascript:alert(1)", None),
        ("feed:file:///etc/passwd", None),
        ("feed://", None),
        ("feed:https://exa mple.org/", None),
    ],
)
def test_feed_links_become_http_urls_or_are_refused(link: str, url: str | None) -> None:
    assert desktop.feed_url(link) == url


def test_a_feed_link_to_the_running_app_opens_the_add_dialog_filled_in(qtbot: QtBot, tmp_path: Path) -> None:
    opened: list[str] = []
    server = ActivationServer(tmp_path / "m.sqlite", lambda: None, open_url=opened.append)
    assert server.listen()
    # A second start with a link, in its own process as a browser would start it.
    code = (
        "import sys; from pathlib import Path; from monitor.gui.instance import request_activation; "
        "sys.exit(0 if request_activation(Path(sys.argv[1]), 'https://example.org/rss') else 3)"
    )
    asker = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "m.sqlite")])
    try:
        qtbot.waitUntil(lambda: asker.poll() is not None, timeout=20_000)
        assert asker.returncode == 0 and opened == ["https://example.org/rss"]
    finally:
        asker.kill()
        server.close()


def test_the_app_opens_the_add_dialog_with_the_url(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    url = feed_server.add("/ico.xml", rss([{"title": "ICO news", "guid": "ico-1"}], title="ICO updates"))
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        dialog = app.add_feed_dialog(desktop.feed_url("feed:" + url))
        qtbot.addWidget(dialog)
        assert dialog.url.text() == url
        qtbot.waitUntil(lambda: dialog.name.text() == "ICO updates", timeout=30_000)


@pytest.fixture
def spaced_install(tmp_path: Path) -> list[str]:
    folder = tmp_path / "My Apps" / 'it\'s $HOME "quoted" 100%'
    folder.mkdir(parents=True)
    script = folder / "regulatory-monitor"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    return [str(script)]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} missing in CI (see .ci/debian-packages.txt)")
        pytest.skip(f"needs {name}")
    return path


def test_the_desktop_entry_validates_for_an_install_path_with_spaces(
    tmp_path: Path, spaced_install: list[str]
) -> None:
    validate = _tool("desktop-file-validate")
    installed = desktop.install_desktop_entry(command=spaced_install)
    entry = installed[0]
    assert entry.name == f"{desktop.APP_ID}.desktop"
    done = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    text = entry.read_text(encoding="utf-8")
    assert "MimeType=x-scheme-handler/feed;" in text and f"Icon={desktop.APP_ID}" in text
    exec_value = next(line for line in text.splitlines() if line.startswith("Exec="))[5:]
    # Undo the file's string escaping, then the Exec quoting: the program path comes back whole.
    unescaped = exec_value.replace("\\\\", "\\")
    assert unescaped.endswith(" %u") and unescaped.startswith('"')
    argument = unescaped[1 : unescaped.rindex('"')]
    assert (
        argument.replace('\\"', '"')
        .replace("\\$", "$")
        .replace("\\`", "`")
        .replace("\\\\", "\\")
        .replace("%%", "%")
        == spaced_install[0]
    )


def test_the_appstream_metainfo_validates(tmp_path: Path, spaced_install: list[str]) -> None:
    validate = _tool("appstreamcli")
    metainfo = desktop.install_desktop_entry(command=spaced_install)[2]
    done = subprocess.run(
        [validate, "validate", "--no-net", str(metainfo)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"<id>{desktop.APP_ID}</id>" in metainfo.read_text(encoding="utf-8")


def test_a_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.applications_dir() == tmp_path / ".local" / "share" / "applications"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "abs"))
    assert desktop.applications_dir() == tmp_path / "abs" / "applications"


@pytest.mark.slow
def test_the_wheel_carries_the_licence_translations_metainfo_and_the_gui_script(tmp_path: Path) -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("regulatory_monitor-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert {
        f"monitor/resources/translations/monitor_{lang}.ts" for lang in ("fr", "de", "it", "es", "nl")
    } <= names
    assert f"monitor/resources/{desktop.METAINFO_FILE}" in names
    assert "[gui_scripts]\nregulatory-monitor = monitor.cli.gui_cmds:main" in scripts


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio (4.5 is the minimum for body text)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_fine_box_and_the_banner_read_in_light_and_dark_palettes(qtbot: QtBot, theme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette() if theme == "dark" else QPalette(QColor(239, 239, 239)))
    try:
        css = item_html(
            {
                "title": "t",
                "feed": "f",
                "published": None,
                "fine_status": "imposed",
                "fine_amount": 1e6,
                "fine_currency": "EUR",
                "summary_text": "s",
            }
        )
        fine = re.search(r"\.fine \{ background: (#\w+); color: (#\w+);", css)
        assert fine is not None
        assert contrast(QColor(fine.group(1)), QColor(fine.group(2))) >= 4.5
        chip = re.search(r"\.chip \{ background: (#\w+); color: (#\w+);", css)
        assert chip is not None and contrast(QColor(chip.group(1)), QColor(chip.group(2))) >= 4.5
        banner = Banner()
        qtbot.addWidget(banner)
        palette = banner.palette()
        background = palette.color(banner.backgroundRole())
        assert contrast(background, palette.color(banner.foregroundRole())) >= 4.5
    finally:
        app.setPalette(before)


def test_no_colour_is_hard_coded_outside_the_chart_series_and_the_badge() -> None:
    """Palette roles only: a hex colour or a named QColor in the window would not follow the theme."""
    allowed = {"chart.py", "tray.py", "style.py"}  # data series, the icon's red badge, the dark palette
    found = [
        f"{path.name}:{number}"
        for path in sorted((ROOT / "monitor" / "gui").glob("*.py"))
        if path.name not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"#[0-9a-fA-F]{3,6}\b|QColor\(\"|setStyleSheet\(", line)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("env", "language"), [("fr_FR.UTF-8", "fr"), ("de_AT.UTF-8", "de"), ("C", "en"), ("pt_BR.UTF-8", "en")]
)
def test_the_desktop_locale_chooses_the_language_unless_the_setting_says_otherwise(
    env: str, language: str
) -> None:
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication, QLocale; app = QCoreApplication([]); "
        "from monitor.gui import i18n; print(i18n.install(''), i18n.install('nl'), QLocale().name())"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    environment["LANG"] = env
    out = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == [language, "nl", "nl_NL"]


def test_one_app_id_names_the_entry_the_icon_and_the_metainfo(
    tmp_path: Path, spaced_install: list[str]
) -> None:
    entry, icon, metainfo = desktop.install_desktop_entry(command=spaced_install)
    assert entry.stem == icon.stem == desktop.APP_ID and metainfo.name == f"{desktop.APP_ID}.metainfo.xml"
    root = ET.parse(metainfo).getroot()
    assert root.findtext("launchable") == entry.name and root.findtext("icon") == desktop.APP_ID
    assert desktop.APP_ID.split(".")[:2] == list(reversed(desktop.ORGANIZATION_DOMAIN.split(".")))
    assert desktop.notification_icon() == desktop.APP_ID  # installed: the themed name


def test_a_link_that_is_not_a_feed_is_refused_before_any_window_opens(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from monitor.cli import main

    assert main(["gui", "javascript:alert(1)"]) == 2
    assert "not a feed link" in capsys.readouterr().err
