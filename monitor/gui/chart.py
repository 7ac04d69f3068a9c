"""Imposed fines per year by authority, painted with QPainter (no QtCharts).

Three promises keep the chart readable from one poll to the next:
- an authority keeps its colour in every mode, every filter and after every poll: the colour is
  derived from its code (a hash into a qualitative palette), never from its rank;
- every year of the range is on the axis, empty ones too, so a gap reads as a gap;
- on the log scale bars stand side by side, one per authority: stacked segments on a log axis
  have no meaning (a €725k fine under a €1bn one would be a sliver at the floor).
Legend names are written in full; when the legend must be cut, a name is elided and its tool tip
gives it whole.
"""

from __future__ import annotations

import math
import zlib
from collections import defaultdict
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from monitor.models import EventRow
from monitor.register_filter import decided

# A qualitative set (Tableau 10, then lighter and darker companions): distinct hues, readable on
# light and dark palettes.
_PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#a0cbe8", "#ffbe7d", "#8cd17d", "#86bcb6", "#d37295", "#b6992d",
)  # fmt: skip
OTHER = "other"
LOG_FLOOR = 1_000.0
MAX_YEARS = 40  # a hostile date (year 0001) must not draw two thousand empty years
LEGEND_SHARE = 0.35  # of the width, at most, before names are elided


@cache
def _known_codes() -> dict[str, int]:
    # authorities.yml lists the authorities that fine most first: the first sixteen never share
    # a colour. Its order is data, the same on every machine and in every poll.
    from monitor.analysis.name_rules import authorities_data  # the analysis, only when a chart is drawn

    return {str(entry["code"]): n for n, entry in enumerate(authorities_data()["authorities"])}


def authority_color(authority: str) -> QColor:
    """The authority's colour: the same for one code in every mode, filter, poll and run (its place
    in authorities.yml, or a hash of a code the file does not know)."""
    place = _known_codes().get(authority)
    if place is None:
        place = zlib.crc32(authority.encode("utf-8"))
    return QColor(_PALETTE[place % len(_PALETTE)])


def _year_range(years: set[int], since: str | None, until: str | None) -> list[str]:
    first = min([*years, *([int(since[:4])] if since else [])], default=None)
    last = max([*years, *([int(until[:4])] if until else [])], default=None)
    if first is None or last is None:
        return []
    first = max(first, last - MAX_YEARS + 1)
    return [str(y) for y in range(first, last + 1)]


def yearly_totals(
    events: list[EventRow],
    top: int = 8,
    measure: str = "euros",
    since: str | None = None,
    until: str | None = None,
) -> tuple[list[str], list[str], dict[str, dict[str, float]]]:
    """(years, authorities, {year: {authority: value}}) over imposed fines; small authorities pooled.

    `measure` is "euros" (the sum of amounts) or "count" (the number of decisions, with or without
    a known amount). The years run without a gap over the decisions imposed (in either measure, so
    both modes share one axis) and the filter's range when given.
    """
    per_year: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    per_authority: dict[str, float] = defaultdict(float)
    seen: set[int] = set()
    for event in events:
        date = str(decided(event) or "")
        if event.get("status") != "imposed" or not date[:4].isdigit():
            continue
        seen.add(int(date[:4]))
        amount = event.get("amount_eur")
        if measure == "euros" and not amount:
            continue
        authority = event.get("authority") or "?"
        value = 1.0 if measure == "count" else float(amount or 0)
        per_year[date[:4]][authority] += value
        per_authority[authority] += value
    ranked = sorted(per_authority, key=lambda a: (-per_authority[a], a))
    keep = ranked[:top]
    years = _year_range(seen, since, until)
    pooled: dict[str, dict[str, float]] = {}
    for year in years:
        row: dict[str, float] = defaultdict(float)
        for authority, amount in per_year.get(year, {}).items():
            row[authority if authority in keep else OTHER] += amount
        pooled[year] = dict(row)
    authorities = keep + ([OTHER] if len(ranked) > top else [])
    return years, authorities, pooled


def _scale_label(value: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= size:
            return f"€{value / size:.3g}{suffix}"
    return f"€{value:g}"


class FinesChart(QWidget):
    """Imposed fines per year by authority: decisions stacked per year, or euros side by side on a
    log scale (each bar its authority's own total: heights on a log axis cannot be added)."""

    MODES = ("count", "euros")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "count"
        self.events: list[EventRow] = []
        self.range: tuple[str | None, str | None] = (None, None)
        self.years: list[str] = []
        self.authorities: list[str] = []
        self.values: dict[str, dict[str, float]] = {}
        self.legend: list[tuple[QRectF, str, bool]] = []  # (where, full name, elided)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(100)  # the window must fit a 1280x800 screen at scale 2 (640x400)

    def sizeHint(self) -> QSize:
        return QSize(600, 260)

    def set_events(self, events: list[EventRow], since: str | None = None, until: str | None = None) -> None:
        self.events = events
        self.range = (since, until)
        self._compute()

    def set_mode(self, mode: str) -> None:
        if mode in self.MODES and mode != self.mode:
            self.mode = mode
            self._compute()

    def _compute(self) -> None:
        self.years, self.authorities, self.values = yearly_totals(
            self.events, measure=self.mode, since=self.range[0], until=self.range[1]
        )
        counting = self.mode == "count"
        measure = self.tr("number of decisions") if counting else self.tr("total in euros (log scale)")
        self.setToolTip(self.tr("Imposed fines per year, by authority: %1").replace("%1", measure))
        self.update()

    def color(self, authority: str) -> QColor:
        if authority == OTHER:
            return self.palette().color(self.palette().ColorRole.Mid)
        return authority_color(authority)

    def name(self, authority: str) -> str:
        return self.tr("Other authorities") if authority == OTHER else authority

    def label(self, value: float) -> str:
        return f"{value:g}" if self.mode == "count" else _scale_label(value)

    def axis(self, peak: float) -> tuple[list[float], Callable[[float], float]]:
        """Grid values, and the share (0..1) of the plot's height a value reaches."""
        if self.mode == "count":
            step = max(1, math.ceil(peak / 4))
            top = step * 4
            return [step * n for n in range(5)], lambda v: v / top
        # From €1,000 (below any fine worth charting) to just above the largest bar, ticks at powers
        # of ten: a €40m bar stands at three quarters of a €1.2bn bar's height, not at 3%.
        low, high = LOG_FLOOR, max(peak * 1.3, LOG_FLOOR * 10)
        span = math.log10(high) - math.log10(low)
        ticks = [10.0**e for e in range(round(math.log10(low)), math.floor(math.log10(high)) + 1)]
        return ticks, lambda v: 0.0 if v <= low else (math.log10(v) - math.log10(low)) / span

    def peak(self) -> float:
        """The tallest bar: a year's total when stacked, one authority's total side by side."""
        if self.mode == "count":
            return max((sum(v.values()) for v in self.values.values()), default=0.0)
        return max((max(v.values(), default=0.0) for v in self.values.values()), default=0.0)

    def legend_width(self) -> float:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.name(a)) for a in self.authorities), default=0)
        return min(widest + 24.0, self.width() * LEGEND_SHARE)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, name, elided in self.legend:
                if elided and rect.contains(event.pos().toPointF()):
                    QToolTip.showText(event.globalPos(), name, self)
                    return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_pen = QPen(palette.color(palette.ColorRole.WindowText))
        painter.setPen(text_pen)
        legend_width = self.legend_width()
        area = QRectF(self.rect()).adjusted(56, 40, -(legend_width + 24), -28)
        self.legend = []
        if not self.years:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No imposed fines yet"))
            painter.end()
            return
        ticks, share = self.axis(self.peak() or 1.0)
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
            self.tr("Decisions per year") if self.mode == "count" else self.tr("Euros per year (log scale)"),
        )
        slot = area.width() / len(self.years)
        # Year labels thin out when the slots are narrower than a year's text.
        every = max(1, math.ceil((self.fontMetrics().horizontalAdvance("0000") + 6) / max(slot, 1)))
        for n, year in enumerate(self.years):
            left = area.left() + n * slot
            draw = self._stack if self.mode == "count" else self._side_by_side
            top = draw(painter, left, slot, area, share, year)
            total = sum(self.values[year].values())
            if total:
                painter.drawText(
                    QRectF(left, top - 20, slot, 18),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    self.label(total if self.mode == "count" else round(total, -3)),
                )
            if n % every == 0:
                painter.drawText(
                    QRectF(left - slot, area.bottom() + 4, slot * 3, 20),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    year,
                )
        self._draw_legend(painter, area.right() + 16, area.top(), legend_width)
        painter.end()

    def _stack(
        self,
        painter: QPainter,
        left: float,
        slot: float,
        area: QRectF,
        share: Callable[[float], float],
        year: str,
    ) -> float:
        """Decisions stacked (a linear axis: the segments add up to the year's count)."""
        bar = min(slot * 0.7, 60)
        x = left + (slot - bar) / 2
        y = area.bottom()
        for authority in self.authorities:
            amount = self.values[year].get(authority, 0.0)
            if amount:
                height = area.height() * share(amount)
                painter.fillRect(QRectF(x, y - height, bar, height), self.color(authority))
                y -= height
        return y

    def _side_by_side(
        self,
        painter: QPainter,
        left: float,
        slot: float,
        area: QRectF,
        share: Callable[[float], float],
        year: str,
    ) -> float:
        present = [a for a in self.authorities if self.values[year].get(a)]
        if not present:
            return area.bottom()
        width = min(slot * 0.8 / len(present), 40)
        x = left + (slot - width * len(present)) / 2
        top = area.bottom()
        for authority in present:
            height = area.height() * share(self.values[year][authority])
            painter.fillRect(QRectF(x, area.bottom() - height, width, height), self.color(authority))
            top = min(top, area.bottom() - height)
            x += width
        return top

    def _draw_legend(self, painter: QPainter, x: float, y: float, width: float) -> None:
        metrics = self.fontMetrics()
        for n, authority in enumerate(self.authorities):
            row = y + n * 20
            painter.fillRect(QRectF(x, row + 3, 12, 12), self.color(authority))
            name = self.name(authority)
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(width - 20))
            rect = QRectF(x + 18, row, width - 18, 18)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, shown)
            self.legend.append((QRectF(x, row, width, 18), name, shown != name))
