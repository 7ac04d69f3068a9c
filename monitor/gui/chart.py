"""A stacked bar chart of imposed fines per year by authority, painted with QPainter (no QtCharts)."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_PALETTE = (
    "#2f6fb3", "#d9822b", "#3b9c5a", "#c23b3b", "#7d5ba6", "#8c6d31", "#d16ba5", "#5f8f9f", "#9a9a3a",
)  # fmt: skip
OTHER = "other"


def yearly_totals(
    events: list[dict[str, Any]], top: int = 6
) -> tuple[list[str], list[str], dict[str, dict[str, float]]]:
    """(years, authorities, {year: {authority: EUR}}) over imposed fines; small authorities pooled."""
    per_year: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    per_authority: dict[str, float] = defaultdict(float)
    for event in events:
        if event.get("status") != "imposed" or not event.get("amount_eur") or not event.get("decision_date"):
            continue
        year = str(event["decision_date"])[:4]
        authority = event.get("authority") or "?"
        per_year[year][authority] += float(event["amount_eur"])
        per_authority[authority] += float(event["amount_eur"])
    ranked = sorted(per_authority, key=lambda a: -per_authority[a])
    keep = ranked[:top]
    pooled: dict[str, dict[str, float]] = {}
    for year, amounts in per_year.items():
        row: dict[str, float] = defaultdict(float)
        for authority, amount in amounts.items():
            row[authority if authority in keep else OTHER] += amount
        pooled[year] = dict(row)
    authorities = keep + ([OTHER] if len(ranked) > top else [])
    return sorted(pooled), authorities, pooled


def _scale_label(value: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= size:
            return f"€{value / size:.3g}{suffix}"
    return f"€{value:g}"


class FinesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years: list[str] = []
        self.authorities: list[str] = []
        self.values: dict[str, dict[str, float]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(600, 260)

    def set_events(self, events: list[dict[str, Any]]) -> None:
        self.years, self.authorities, self.values = yearly_totals(events)
        self.setToolTip("Imposed fines per year (EUR), by authority")
        self.update()

    def color(self, authority: str) -> QColor:
        if authority == OTHER:
            return QColor("#b0b0b0")
        return QColor(_PALETTE[self.authorities.index(authority) % len(_PALETTE)])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_pen = QPen(palette.color(palette.ColorRole.WindowText))
        painter.setPen(text_pen)
        area = QRectF(self.rect()).adjusted(56, 12, -150, -28)
        if not self.years:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No imposed fines yet")
            painter.end()
            return
        peak = max(sum(v.values()) for v in self.values.values()) or 1.0
        # A round top for the axis, so the grid lines read as plain numbers.
        magnitude = 10 ** math.floor(math.log10(peak))
        top = math.ceil(peak / magnitude) * magnitude
        grid = QPen(palette.color(palette.ColorRole.Mid))
        grid.setStyle(Qt.PenStyle.DotLine)
        for step in range(5):
            value = top * step / 4
            y = area.bottom() - area.height() * step / 4
            painter.setPen(grid)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(0, y - 8, area.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _scale_label(value),
            )
        slot = area.width() / len(self.years)
        bar = min(slot * 0.7, 60)
        for n, year in enumerate(self.years):
            x = area.left() + n * slot + (slot - bar) / 2
            y = area.bottom()
            for authority in self.authorities:
                amount = self.values[year].get(authority, 0.0)
                if not amount:
                    continue
                height = area.height() * amount / top
                painter.fillRect(QRectF(x, y - height, bar, height), self.color(authority))
                y -= height
            # The year's total above its bar: a record fine must not make small years unreadable.
            painter.drawText(
                QRectF(area.left() + n * slot, y - 20, slot, 18),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                _scale_label(round(sum(self.values[year].values()), -5)),
            )
            painter.drawText(
                QRectF(area.left() + n * slot, area.bottom() + 4, slot, 20),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                year,
            )
        legend_x = area.right() + 16
        for n, authority in enumerate(self.authorities):
            y = area.top() + n * 20
            painter.fillRect(QRectF(legend_x, y + 3, 12, 12), self.color(authority))
            painter.drawText(QRectF(legend_x + 18, y, 120, 18), Qt.AlignmentFlag.AlignVCenter, authority)
        painter.end()
