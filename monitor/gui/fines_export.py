"""Exporting exactly the decisions the Fines view shows, in its order, as CSV, JSON or Atom.

The rows go through the same writers as `monitor export fines` (export.py), which escape per
channel with monitor/escape.py: CSV cells guarded against formulas, XML text stripped of what XML
cannot carry; JSON is written by the json module.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from monitor.export import Format, render, write_atomically
from monitor.models import EventRow
from monitor.register_filter import RegisterFilter

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store

FORMAT_OF_SUFFIX: dict[str, Format] = {".csv": "csv", ".json": "json", ".atom": "atom", ".xml": "atom"}


def export_rows(
    store: Store, rows: Sequence[EventRow], path: Path, fmt: Format, criteria: RegisterFilter
) -> None:
    """Write these register rows (as shown) to path, replaced in one step."""
    write_atomically(path, render(store, "fines", fmt, events=rows, criteria=criteria))


def ask_and_export(
    parent: QWidget, store: Store, rows: Sequence[EventRow], criteria: RegisterFilter
) -> Path | None:
    """The save dialog, then the export; a failure is said in a message box and loses nothing."""
    filters = ";;".join(
        (
            QCoreApplication.translate("FinesExport", "CSV spreadsheet (*.csv)"),
            QCoreApplication.translate("FinesExport", "JSON (*.json)"),
            QCoreApplication.translate("FinesExport", "Atom feed (*.atom)"),
        )
    )
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FinesExport", "Export the shown decisions"),
        str(Path.home() / "fines.csv"),
        filters,
    )
    if not name:
        return None
    path = Path(name)
    fmt = FORMAT_OF_SUFFIX.get(path.suffix.lower())
    if fmt is None:  # no suffix typed: the chosen filter says the format
        fmt = "json" if "json" in chosen else "atom" if "atom" in chosen else "csv"
        path = path.with_suffix("." + fmt)
    try:
        export_rows(store, rows, path, fmt, criteria)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FinesExport", "Export failed"),
            QCoreApplication.translate("FinesExport", "Could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    return path
