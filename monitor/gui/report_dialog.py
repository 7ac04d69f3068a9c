"""File → Export report…: the digest of a chosen period as HTML or PDF; and the Settings dialog's
group for what a poll writes for a team (the Atom feed, the weekly report)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from monitor import settings
from monitor.digest import build_digest, period_start
from monitor.team_outputs import ReportFormat, write_report

if TYPE_CHECKING:  # the type only
    from monitor.store import Store

PERIODS = (7, 30, 365)


class ReportDialog(QDialog):
    """The period (last 7, 30 or 365 days, or from a day) and the format of the report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        self.period.addItem(self.tr("Last 7 days"), 7)
        self.period.addItem(self.tr("Last 30 days"), 30)
        self.period.addItem(self.tr("Last 12 months"), 365)
        self.period.addItem(self.tr("From a date"), 0)
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.since.setObjectName("reportSince")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setEnabled(False)
        self.period.currentIndexChanged.connect(
            lambda _: self.since.setEnabled(self.period.currentData() == 0)
        )
        self.format = QComboBox()
        self.format.setObjectName("reportFormat")
        self.format.addItem(self.tr("HTML (one self-contained file)"), "html")
        self.format.addItem(self.tr("PDF"), "pdf")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(buttons)

    def since_day(self) -> str:
        days = int(self.period.currentData())
        if days:
            return period_start(days)
        return dt.date(
            self.since.date().year(), self.since.date().month(), self.since.date().day()
        ).isoformat()

    def report_format(self) -> ReportFormat:
        return "pdf" if self.format.currentData() == "pdf" else "html"


def export_report(window: Any, dialog: ReportDialog | None = None, path: Path | None = None) -> Path | None:
    """Ask for the period and the file, then write the report (tests pass both)."""
    dialog = dialog or ReportDialog(window)
    if path is None and dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    fmt = dialog.report_format()
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            dialog.tr("Export report"),
            f"fines-report-{dt.date.today().isoformat()}.{fmt}",
            (dialog.tr("HTML files") + " (*.html)")
            if fmt == "html"
            else (dialog.tr("PDF files") + " (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        from monitor.gui.pdf_report import write_pdf

        write_report(build_digest(window.store, dialog.since_day()), path, fmt, write_pdf)
    except OSError as exc:
        QMessageBox.warning(window, dialog.tr("Export report"), f"{path}: {exc.strerror or exc}")
        return None
    window.statusBar().showMessage(dialog.tr("Report written to %1").replace("%1", str(path)), 10000)
    return path


class SharingGroup(QGroupBox):
    """Settings → Team: the Atom feed written after each poll, the weekly report's folder and format."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Team"))
        self.atom_path = QLineEdit(str(settings.get(store, "atom_path")))
        self.atom_path.setObjectName("atomPath")
        self.atom_path.setPlaceholderText(self.tr("not written (e.g. /srv/www/fines.atom)"))
        self.atom_path.setToolTip(
            self.tr("The register's data-protection decisions, written after every poll")
        )
        self.report_folder = QLineEdit(str(settings.get(store, "report_folder")))
        self.report_folder.setObjectName("reportFolder")
        self.report_folder.setPlaceholderText(self.tr("no weekly report"))
        self.report_folder.setToolTip(self.tr("A report of the week's decisions is written here once a week"))
        self.report_format = QComboBox()
        self.report_format.setObjectName("weeklyFormat")
        self.report_format.addItem("HTML", "html")
        self.report_format.addItem("PDF", "pdf")
        self.report_format.setCurrentIndex(
            max(self.report_format.findData(settings.get(store, "report_format")), 0)
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Atom feed file"), self.atom_path)
        form.addRow(self.tr("Weekly report folder"), self.report_folder)
        form.addRow(self.tr("Weekly report format"), self.report_format)

    def save(self, store: Store) -> None:
        settings.put(store, "atom_path", self.atom_path.text().strip())
        settings.put(store, "report_folder", self.report_folder.text().strip())
        settings.put(store, "report_format", str(self.report_format.currentData()))
