"""The Fines view's filter bar: what a compliance team narrows the register to, as one RegisterFilter.

The same filter drives `monitor fines` and the Atom export (register_filter.py), so the window, the
command line and a published feed agree. The first row holds what is changed most (text, domain,
status); the rest folds out under "Filters", in two short rows, so the bar fits a 1280×800 screen
at scale factor 2 (640 logical pixels).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from monitor.gui.i18n import QT_TRANSLATE_NOOP, status_label
from monitor.gui.item_model import tag_label
from monitor.register_filter import DEFAULT_DOMAIN, STATUSES, RegisterFilter, parse_euros

DOMAIN_LABELS = (
    ("data_protection", QT_TRANSLATE_NOOP("FinesFilters", "Data protection")),
    ("competition", QT_TRANSLATE_NOOP("FinesFilters", "Competition")),
    ("consumer", QT_TRANSLATE_NOOP("FinesFilters", "Consumer protection")),
    ("other", QT_TRANSLATE_NOOP("FinesFilters", "Other domains")),
    ("", QT_TRANSLATE_NOOP("FinesFilters", "All domains")),
)


def domain_label(domain: str | None) -> str:
    """A decision's domain of law in the window's language ("" when not known)."""
    label = dict(DOMAIN_LABELS).get(domain or "-")
    return QCoreApplication.translate("FinesFilters", label) if label else ""


NO_DATE = QDate(1990, 1, 1)  # the date fields' "any": their minimum, shown as a word


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    # A long translated name or authority must not widen the bar past a small screen.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(9)
    return combo


class FinesFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party: tuple[str, str] | None = None  # (target_key, name) opened from Totals by party
        self.search = QLineEdit()
        self.search.setObjectName("finesSearch")
        self.search.setPlaceholderText(self.tr("Filter by party, authority, tag…"))
        self.search.setClearButtonEnabled(True)
        self.domain = _combo("finesDomain")
        for value, label in DOMAIN_LABELS:
            self.domain.addItem(self.tr(label), value)
        self.status = _combo("finesStatus")
        self.status.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.more = QToolButton()
        self.more.setObjectName("finesMoreFilters")
        self.more.setText(self.tr("Filters"))
        self.more.setCheckable(True)
        self.party_button = QToolButton()
        self.party_button.setObjectName("finesParty")
        self.party_button.setToolTip(self.tr("Show every party again"))
        self.party_button.hide()

        self.since, self.until = self._date("finesSince"), self._date("finesUntil")
        self.min_eur, self.max_eur = self._amount("finesMinEur"), self._amount("finesMaxEur")
        self.min_eur.setPlaceholderText(self.tr("min €"))
        self.max_eur.setPlaceholderText(self.tr("max €"))
        self.authority = _combo("finesAuthority")
        self.country = _combo("finesCountry")
        self.topic = _combo("finesTopic")
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("finesReset")
        self.set_choices([], [], [])
        named: tuple[tuple[QWidget, str], ...] = (
            (self.domain, self.tr("Domain of law")),
            (self.since, self.tr("Decided on or after")),
            (self.until, self.tr("Decided on or before")),
            (self.min_eur, self.tr("Smallest amount in euros")),
            (self.max_eur, self.tr("Largest amount in euros")),
            (self.authority, self.tr("Authority")),
            (self.country, self.tr("Country")),
            (self.topic, self.tr("Topic")),
        )
        for field, name in named:
            field.setAccessibleName(name)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 3)
        top.addWidget(self.domain, 1)
        top.addWidget(self.status, 1)
        top.addWidget(self.more)
        top.addWidget(self.party_button)
        self.extra = QWidget()
        self.extra.setObjectName("finesExtraFilters")
        extra = QVBoxLayout(self.extra)
        extra.setContentsMargins(0, 0, 0, 0)
        when = QHBoxLayout()
        shown: tuple[QWidget, ...] = (QLabel(self.tr("From")), self.since, QLabel(self.tr("to")), self.until)
        shown += (QLabel(self.tr("Amount")), self.min_eur, QLabel("–"), self.max_eur)
        for widget in shown:
            when.addWidget(widget)
        when.addStretch(1)
        who = QHBoxLayout()
        for combo in (self.authority, self.country, self.topic):
            who.addWidget(combo, 1)
        who.addWidget(self.reset_button)
        extra.addLayout(when)
        extra.addLayout(who)
        self.extra.hide()
        # Only the height its rows need: folded, the spare height goes back to the table at once.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.extra)

        self.more.toggled.connect(self.extra.setVisible)
        self.party_button.clicked.connect(lambda: self.set_party(None))
        self.reset_button.clicked.connect(self.reset)
        for combo in (self.domain, self.status, self.authority, self.country, self.topic):
            combo.currentIndexChanged.connect(self.changed)
        for date in (self.since, self.until):
            date.dateChanged.connect(self.changed)
        for line in (self.min_eur, self.max_eur):
            line.editingFinished.connect(self.changed)

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        return edit

    def _amount(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setClearButtonEnabled(True)
        pattern = QRegularExpression(r"€?\s*\d{0,15}(?:[.,]\d{0,6})?\s*(?:[kKmM]|[bB][nN]?)?")
        line.setValidator(QRegularExpressionValidator(pattern, line))
        line.setMaximumWidth(90)
        line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return line

    def set_choices(self, authorities: list[str], countries: list[str], tags: list[str]) -> None:
        """The values the register knows; the current choice is kept when it is still among them."""
        for combo, anything, values, label in (
            (self.authority, self.tr("Any authority"), authorities, str),
            (self.country, self.tr("Any country"), countries, str),
            (self.topic, self.tr("Any topic"), tags, tag_label),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, "")
            for value in sorted(set(values) | ({current} if current else set()), key=str.casefold):
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)

    def set_party(self, party: tuple[str, str] | None) -> None:
        """Only one party's decisions (from Totals by party), shown as a button that clears it."""
        if party == self.party:
            return
        self.party = party
        self.party_button.setVisible(party is not None)
        if party is not None:
            # A long company name is cut: the bar must still fit a small screen at scale factor 2.
            name = self.fontMetrics().elidedText(party[1], Qt.TextElideMode.ElideRight, 160)
            self.party_button.setText(self.tr("Party: %1 ✕").replace("%1", name))
            self.party_button.setToolTip(party[1] + " — " + self.tr("Show every party again"))
        self.changed.emit()

    def reset(self) -> None:
        """Every decision of the default domain: what a newcomer to the register sees."""
        for widget in (self, self.search):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.authority, self.country, self.topic):
            combo.setCurrentIndex(0)
        self.domain.setCurrentIndex(max(self.domain.findData(DEFAULT_DOMAIN), 0))
        for date in (self.since, self.until):
            date.setDate(NO_DATE)
        self.min_eur.clear()
        self.max_eur.clear()
        self.party = None
        self.party_button.hide()
        for widget in (self, self.search):
            widget.blockSignals(False)
        self.changed.emit()

    @staticmethod
    def _day(edit: QDateEdit) -> str | None:
        return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

    @staticmethod
    def _euros(line: QLineEdit) -> float | None:
        try:
            return parse_euros(line.text()) if line.text().strip() else None
        except ValueError:
            return None  # the validator lets a half-typed sum through ("1.")

    def criteria(self) -> RegisterFilter:
        """The filter as chosen; an inverted range is read the right way round, not refused."""
        since, until = sorted((self._day(self.since) or "", self._day(self.until) or "~"))
        low, high = self._euros(self.min_eur), self._euros(self.max_eur)
        if low is not None and high is not None and low > high:
            low, high = high, low
        domain = str(self.domain.currentData() or "")
        return RegisterFilter(
            since=since or None,
            until=None if until == "~" else until,
            min_eur=low,
            max_eur=high,
            authorities=tuple(filter(None, [str(self.authority.currentData() or "")])),
            countries=tuple(filter(None, [str(self.country.currentData() or "")])),
            domains=(domain,) if domain else (),
            statuses=tuple(filter(None, [str(self.status.currentData() or "")])),
            tags=tuple(filter(None, [str(self.topic.currentData() or "")])),
            target_key=self.party[0] if self.party else None,
        )
