"""The window's language: Qt Linguist translations read from their .ts sources, and numbers, amounts
and dates written the way the chosen locale writes them (QLocale). The command line stays English.

The .ts files in resources/translations/ are the translations themselves (edited with
`pyside6-linguist`, refreshed from the code with `pyside6-lupdate`, see README). They are read at run
time by TsTranslator rather than compiled to .qm: a compiled file would be build output that neither
a fresh clone nor `pip install .` has unless a build step ran, and the sources are small.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from monitor.alerts import format_money
from monitor.paths import resource_path
from monitor.settings import WINDOW_LANGUAGES

# The window's languages, each in its own name (as a language menu shows them).
_NATIVE = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
    "nl": "Nederlands",
}
LANGUAGES = {code: _NATIVE[code] for code in WINDOW_LANGUAGES}
_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "JPY": "¥"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for translation in `context` without translating it yet (Qt's macro, typed)."""
    return text


_STATUSES = {
    "imposed": QT_TRANSLATE_NOOP("Status", "imposed"),
    "proposed": QT_TRANSLATE_NOOP("Status", "proposed"),
    "overturned": QT_TRANSLATE_NOOP("Status", "overturned"),
    "mention_of_past": QT_TRANSLATE_NOOP("Status", "mention of past"),
}


def status_label(status: str | None) -> str:
    """A fine's status as the register and the reading pane show it, in the window's language."""
    text = _STATUSES.get(status or "")
    return QCoreApplication.translate("Status", text) if text else (status or "").replace("_", " ")


def translations_dir() -> Path:
    return resource_path("translations")


def plural_form(language: str, n: int) -> int:
    """Which <numerusform> of a message: CLDR's rule for the languages we ship (French counts 0 as one)."""
    if language == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


class TsTranslator(QTranslator):
    """A QTranslator over a Qt Linguist .ts file; unfinished and obsolete messages are not used."""

    def __init__(self, path: Path, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.path = path
        root = ET.parse(path).getroot()
        self.lang = (root.get("language") or path.stem.rsplit("_", 1)[-1]).split("_")[0]
        self.messages: dict[tuple[str, str, str], list[str]] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                source = message.findtext("source")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                if any(forms):
                    key = (name, source, message.findtext("comment") or "")
                    self.messages[key] = forms

    def isEmpty(self) -> bool:
        return not self.messages

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self.messages.get((context, source, disambiguation or ""))
        if not forms:
            return None  # type: ignore[return-value]  # a null QString: Qt asks the next translator
        text = forms[min(plural_form(self.lang, n), len(forms) - 1)] if n >= 0 else forms[0]
        return text  # Qt puts n in for %n


def chosen_language(setting: str) -> str:
    """The setting when it names a shipped language; otherwise the desktop's first supported one."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def locale_for(language: str) -> QLocale:
    """The language with the desktop's country when they agree (fr_CH stays Swiss), else its default.

    A C/POSIX desktop (a server, CI) keeps the C locale in English: ISO dates, as the CLI writes them.
    """
    system = QLocale.system()
    if system.name().split("_")[0] == language or (language == "en" and _is_c(system)):
        return system
    return QLocale(language)


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def install(language_setting: str = "") -> str:
    """Load the window's translations (ours and Qt's own dialogs') and make the locale the default."""
    app = QCoreApplication.instance()
    language = chosen_language(language_setting)
    QLocale.setDefault(locale_for(language))
    if app is None:
        return language
    for old in app.findChildren(QTranslator, "monitor-translator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    if language == "en":
        path = translations_dir() / "monitor_en.ts"  # plural forms only
    else:
        path = translations_dir() / f"monitor_{language}.ts"
    translators: list[QTranslator] = []
    if path.is_file():
        translators.append(TsTranslator(path, app))
    qt = QTranslator(app)
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt)
    for translator in translators:
        translator.setObjectName("monitor-translator")
        QCoreApplication.installTranslator(translator)
    return language


# -- numbers, amounts and dates in the chosen locale --------------------------------------------------


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals) if decimals else QLocale().toString(int(value))


def money(amount: float | None, currency: str | None) -> str:
    """'€20,000,000' in English, '20 000 000 €' in French, '20.000.000 €' in German."""
    if amount is None:
        return ""
    if _is_c(QLocale()):
        return format_money(amount, currency)
    decimals = 0 if float(amount) == int(amount) else 2
    symbol = _SYMBOLS.get(currency or "", currency or "")
    return QLocale().toCurrencyString(float(amount), symbol, decimals)


def _four_digit_years(pattern: str) -> str:
    """The locale's short pattern with the whole year: a register spans decades ("20.10.22" does not)."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _parse(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def date_time(value: str | None) -> str:
    """A stored UTC timestamp in the user's time zone and the locale's short date and time."""
    if not value:
        return ""
    moment = _parse(value)
    if moment is None or _is_c(QLocale()):
        return value[:16].replace("T", " ")
    from PySide6.QtCore import QDateTime

    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    locale = QLocale()
    return locale.toString(local, _four_digit_years(locale.dateTimeFormat(QLocale.FormatType.ShortFormat)))


def date(value: str | None) -> str:
    """A decision's date (or the date of a timestamp) in the locale's short date format."""
    if not value:
        return ""
    moment = _parse(value[:10] if len(value) == 10 else value)
    if moment is None or _is_c(QLocale()):
        return value[:10]
    from PySide6.QtCore import QDate

    locale = QLocale()
    day = QDate(moment.year, moment.month, moment.day)
    return locale.toString(day, _four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat)))
