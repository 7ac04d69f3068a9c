"""Small style fixes shared by the tables."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget


class HeaderArrowStyle(QProxyStyle):
    """Sort arrows that point the way the values run: ▼ newest (largest) first, ▲ oldest first.

    QHeaderView hands styles SortUp for a descending sort, and Fusion draws that as ▲, the opposite of
    what Windows, macOS and GNOME show; with newest-first the default, the arrow would contradict the
    rows under it.
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = flip(option.sortIndicator)
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


def flip(indicator: QStyleOptionHeader.SortIndicator) -> QStyleOptionHeader.SortIndicator:
    up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
    return {up: down, down: up}.get(indicator, indicator)


def fix_sort_arrows(header: QHeaderView) -> None:
    style = HeaderArrowStyle()
    style.setParent(header)  # lives as long as the header it draws
    header.setStyle(style)
