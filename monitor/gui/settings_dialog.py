"""The settings dialog and where each setting lives (QSettings for the desktop, the database for rules)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from monitor import proxy
from monitor.alerts import AlertRules, KnownValues
from monitor.gui.i18n import LANGUAGES
from monitor.gui.keyboard import name_from_text
from monitor.gui.report_dialog import SharingGroup
from monitor.paths import config_dir
from monitor.schedule import DEFAULT_INTERVAL, RETENTION_DAYS
from monitor.store import Store


def app_settings() -> QSettings:
    """An INI file beside the feeds file: one place per profile, and tests stay isolated by env."""
    path = config_dir() / "desktop.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class DesktopSettings:
    interval: int = DEFAULT_INTERVAL
    start_minimized: bool = False
    start_at_login: bool = False

    @classmethod
    def load(cls, settings: QSettings) -> DesktopSettings:
        return cls(
            interval=int(str(settings.value("poll/interval", DEFAULT_INTERVAL))),
            start_minimized=bool(settings.value("start_minimized", False, type=bool)),
            start_at_login=bool(settings.value("start_at_login", False, type=bool)),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("poll/interval", self.interval)
        settings.setValue("start_minimized", self.start_minimized)
        settings.setValue("start_at_login", self.start_at_login)
        settings.sync()


class SettingsDialog(QDialog):
    def __init__(
        self,
        desktop: DesktopSettings,
        rules: AlertRules,
        retention_days: int = RETENTION_DAYS,
        parent: QWidget | None = None,
        article_text: bool = True,
        language: str = "",
        proxy_setting: str = proxy.SYSTEM,
        team_store: Store | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.article_text = QCheckBox(self.tr("Read the linked article when an item lacks the fine's facts"))
        self.article_text.setObjectName("articleText")
        self.article_text.setChecked(article_text)
        self.article_text.setToolTip(
            self.tr(
                "A few articles per poll, only for matching items without an amount, a party or a summary"
            )
        )
        self.language_box = QComboBox()
        self.language_box.setObjectName("language")
        self.language_box.addItem(self.tr("The desktop's language"), "")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(max(1, desktop.interval // 60))
        self.start_minimized = QCheckBox(self.tr("Start minimised to the tray"))
        self.start_minimized.setChecked(desktop.start_minimized)
        self.start_at_login = QCheckBox(self.tr("Start at login"))
        self.start_at_login.setChecked(desktop.start_at_login)
        self.retention = QSpinBox()
        self.retention.setObjectName("retentionDays")
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(retention_days)
        self.retention.setToolTip(
            self.tr(
                "News items that matched no topic are deleted after this many days. "
                "Matching items, fines and authorities' own items are kept."
            )
        )

        self.min_amount = QDoubleSpinBox()
        self.min_amount.setRange(0, 1e10)
        self.min_amount.setDecimals(0)
        self.min_amount.setGroupSeparatorShown(True)
        self.min_amount.setPrefix("€ ")
        self.min_amount.setValue(rules.min_amount_eur)
        self.tags = QLineEdit(" ".join(rules.tags))
        self.tags.setPlaceholderText(self.tr("any topic (e.g. facial_recognition biometrics)"))
        self.authorities = QLineEdit(" ".join(rules.authorities))
        self.authorities.setPlaceholderText(self.tr("any authority (e.g. CNIL ICO)"))
        self.domains = QLineEdit(" ".join(rules.domains))
        self.domains.setPlaceholderText(self.tr("any domain (e.g. data_protection competition)"))
        # Known values as completions, and a value that matches nothing refused on OK: a rule
        # naming "facial-recognition" or "cnill" would silently never fire.
        self.known = KnownValues.load()
        self.tags.setCompleter(QCompleter(list(self.known.topics), self.tags))
        self.tags.setToolTip(self.tr("Known topics:") + " " + ", ".join(self.known.topics))
        self.authorities.setCompleter(QCompleter(list(self.known.authorities), self.authorities))
        self.authorities.setToolTip(self.tr("Known authorities:") + " " + ", ".join(self.known.authorities))
        self.domains.setCompleter(QCompleter(list(self.known.domains), self.domains))
        self.domains.setToolTip(self.tr("Known domains:") + " " + ", ".join(self.known.domains))
        self.rule_problem = QLabel()
        self.rule_problem.setWordWrap(True)
        self.rule_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.rule_problem.hide()
        self.include_proposed = QCheckBox(self.tr("Also alert on proposed fines"))
        self.include_proposed.setChecked(rules.include_proposed)

        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Poll every"), self.interval)
        general_form.addRow("", self.start_minimized)
        general_form.addRow("", self.start_at_login)
        general_form.addRow(self.tr("Keep unmatched news"), self.retention)
        general_form.addRow("", self.article_text)
        general_form.addRow(self.tr("Language"), self.language_box)
        alerts = QGroupBox(self.tr("Alerts"))
        alert_form = QFormLayout(alerts)
        alert_form.addRow(self.tr("Minimum amount"), self.min_amount)
        alert_form.addRow(self.tr("Only topics"), self.tags)
        alert_form.addRow(self.tr("Only authorities"), self.authorities)
        alert_form.addRow(self.tr("Only domains"), self.domains)
        alert_form.addRow("", self.include_proposed)
        alert_form.addRow("", self.rule_problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(alerts)
        layout.addWidget(self._network_group(proxy_setting))
        # The Team group (gui/report_dialog.py: the Atom feed, the weekly report) saves itself on OK.
        self.team = SharingGroup(team_store) if team_store is not None else None
        self._team_store = team_store
        if self.team is not None:
            layout.addWidget(self.team)
        layout.addWidget(buttons)
        self._seconds_override = desktop.interval if desktop.interval % 60 else None
        name_from_text(self)  # screen readers say each field's label

    def accept(self) -> None:
        problems = self.rules().problems(self.known)
        if problems:
            self.rule_problem.setText(self.tr("Not saved:") + " " + "; ".join(problems))
            self.rule_problem.show()
            return
        problem = proxy.check_setting(self.proxy()) if self.proxy() else self.tr("A manual proxy needs a URL")
        if problem:
            self.proxy_error.setText(problem)  # the dialog stays open until the URL can be used
            return
        if self.team is not None and self._team_store is not None:
            self.team.save(self._team_store)
        super().accept()

    def desktop(self) -> DesktopSettings:
        seconds = self.interval.value() * 60
        if self._seconds_override is not None and self.interval.value() == max(
            1, self._seconds_override // 60
        ):
            seconds = self._seconds_override  # an interval given in seconds stays as given
        return DesktopSettings(
            interval=seconds,
            start_minimized=self.start_minimized.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
        )

    def _network_group(self, current: str) -> QGroupBox:
        self.proxy_mode = QComboBox()
        self.proxy_mode.setObjectName("proxyMode")
        self.proxy_mode.addItem(self.tr("System settings (https_proxy, no_proxy…)"), proxy.SYSTEM)
        self.proxy_mode.addItem(self.tr("No proxy"), proxy.NONE)
        self.proxy_mode.addItem(self.tr("Manual"), "manual")
        self.proxy_url = QLineEdit()
        self.proxy_url.setObjectName("proxyUrl")
        self.proxy_url.setPlaceholderText("http://proxy.example:3128")
        self.proxy_error = QLabel()
        self.proxy_error.setTextFormat(Qt.TextFormat.PlainText)
        self.proxy_error.setWordWrap(True)
        mode = current.strip().lower()
        if mode in (proxy.SYSTEM, proxy.NONE):
            self.proxy_mode.setCurrentIndex(self.proxy_mode.findData(mode))
        else:
            self.proxy_mode.setCurrentIndex(self.proxy_mode.findData("manual"))
            self.proxy_url.setText(current)
        self.proxy_url.setEnabled(self.proxy_mode.currentData() == "manual")
        self.proxy_mode.currentIndexChanged.connect(
            lambda _: self.proxy_url.setEnabled(self.proxy_mode.currentData() == "manual")
        )
        group = QGroupBox(self.tr("Network"))
        form = QFormLayout(group)
        form.addRow(self.tr("Proxy"), self.proxy_mode)
        form.addRow(self.tr("Proxy URL"), self.proxy_url)
        form.addRow("", self.proxy_error)
        return group

    def proxy(self) -> str:
        """The `proxy` setting chosen: system, none, or the manual proxy's URL."""
        mode = str(self.proxy_mode.currentData())
        return self.proxy_url.text().strip() if mode == "manual" else mode

    def language(self) -> str:
        return str(self.language_box.currentData() or "")

    def retention_days(self) -> int:
        return int(self.retention.value())

    def rules(self) -> AlertRules:
        return AlertRules(
            min_amount_eur=float(self.min_amount.value()),
            tags=tuple(self.tags.text().replace(",", " ").split()),
            authorities=tuple(a.upper() for a in self.authorities.text().replace(",", " ").split()),
            include_proposed=self.include_proposed.isChecked(),
            domains=tuple(self.domains.text().replace(",", " ").split()),
        )
