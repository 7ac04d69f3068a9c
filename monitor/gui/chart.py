"""A stacked bar chart of imposed fines per year by authority, painted with QPainter (no QtCharts)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_PALETTE = (
    "#2f6fb3", "#d9822b", "#3b9c5a", "#c23b3b", "#7d5ba6", "#8c6d31", "#d16ba5", "#5f8f9f", "#9a9a3a",
)  # fmt: skip
OTHER = "other"
LOG_FLOOR = 1_000.0


def yearly_totals(
    events: list[dict[str, Any]], top: int = 6, measure: str = "euros"
) -> tuple[list[str], list[str], dict[str, dict[str, float]]]:
    """(years, authorities, {year: {authority: value}}) over imposed fines; small authorities pooled.

    `measure` is "euros" (the sum of amounts) or "count" (the number of decisions, with or without
    a known amount).
    """
    per_year: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    per_authority: dict[str, float] = defaultdict(float)
    for event in events:
        if event.get("status") != "imposed" or not event.get("decision_date"):
            continue
        if measure == "euros" and not event.get("amount_eur"):
            continue
        year = str(event["decision_date"])[:4]
        authority = event.get("authority") or "?"
        value = 1.0 if measure == "count" else float(event["amount_eur"])
        per_year[year][authority] += value
        per_authority[authority] += value
    ranked = sorted(per_authority, key=lambda a: (-per_authority[a], a))
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
    """Imposed fines per year, stacked by authority: the number of decisions, or euros on a log scale.

    Euros on a linear axis let one record fine (a €1.2bn year) flatten every other year to nothing;
    on a log axis each bar's height is its year's total and its segments share it in proportion.
    """

    MODES = ("count", "euros")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "count"
        self.events: list[dict[str, Any]] = []
        self.years: list[str] = []
        self.authorities: list[str] = []
        self.values: dict[str, dict[str, float]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(100)  # the window must fit a 1280x800 screen at scale 2 (640x400)

    def sizeHint(self) -> QSize:
        return QSize(600, 260)

    def set_events(self, events: list[dict[str, Any]]) -> None:
        self.events = events
        self._compute()

    def set_mode(self, mode: str) -> None:
        if mode in self.MODES and mode != self.mode:
            self.mode = mode
            self._compute()

    def _compute(self) -> None:
        self.years, self.authorities, self.values = yearly_totals(self.events, measure=self.mode)
        counting = self.mode == "count"
        measure = self.tr("number of decisions") if counting else self.tr("total in euros (log scale)")
        self.setToolTip(self.tr("Imposed fines per year, by authority: %1").replace("%1", measure))
        self.update()

    def color(self, authority: str) -> QColor:
        if authority == OTHER:
            return QColor("#b0b0b0")
        return QColor(_PALETTE[self.authorities.index(authority) % len(_PALETTE)])

    def label(self, value: float) -> str:
        return f"{value:g}" if self.mode == "count" else _scale_label(value)

    def axis(self, peak: float) -> tuple[list[float], Callable[[float], float]]:
        """Grid values, and the share (0..1) of the plot's height a value reaches."""
        if self.mode == "count":
            step = max(1, math.ceil(peak / 4))
            top = step * 4
            return [step * n for n in range(5)], lambda v: v / top
        # From €1,000 (below any fine worth charting) to just above the largest year, ticks at powers
        # of ten: a €40m year stands at three quarters of a €1.2bn year's height, not at 3%.
        low, high = LOG_FLOOR, max(peak * 1.3, LOG_FLOOR * 10)
        span = math.log10(high) - math.log10(low)
        ticks = [10.0**e for e in range(round(math.log10(low)), math.floor(math.log10(high)) + 1)]
        return ticks, lambda v: 0.0 if v <= low else (math.log10(v) - math.log10(low)) / span

    def _totals(self) -> list[float]:
        return [sum(v.values()) for v in self.values.values()]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_pen = QPen(palette.color(palette.ColorRole.WindowText))
        painter.setPen(text_pen)
        area = QRectF(self.rect()).adjusted(56, 24, -150, -28)
        if not self.years:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No imposed fines yet"))
            painter.end()
            return
        ticks, share = self.axis(max(self._totals()) or 1.0)
        grid = QPen(palette.color(palette.ColorRole.Mid))
        grid.setStyle(Qt.PenStyle.DotLine)
        for value in ticks:
            y = area.bottom() - area.height() * share(value)
            painter.setPen(grid)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(0, y - 8, area.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.label(value),
            )
        painter.drawText(
            QRectF(area.left(), 2, area.width(), 18),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "Decisions per year" if self.mode == "count" else "Euros per year (log scale)",
        )
        slot = area.width() / len(self.years)
        bar = min(slot * 0.7, 60)
        for n, year in enumerate(self.years):
            x = area.left() + n * slot + (slot - bar) / 2
            total = sum(self.values[year].values())
            full = area.height() * share(total)
            y = area.bottom()
            for authority in self.authorities:
                amount = self.values[year].get(authority, 0.0)
                if not amount or not total:
                    continue
                # Each authority's part of the bar is its part of the year's total, on either scale.
                height = full * amount / total
                painter.fillRect(QRectF(x, y - height, bar, height), self.color(authority))
                y -= height
            painter.drawText(
                QRectF(area.left() + n * slot, y - 20, slot, 18),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                self.label(total if self.mode == "count" else round(total, -3)),
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
