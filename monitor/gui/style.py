"""Small style fixes shared by the tables."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
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


def dark_palette() -> QPalette:
    """A dark palette as dark desktop themes set it (Fusion's roles): for screenshots and the tests
    that check every pane reads in it. The app itself always uses the desktop's palette."""
    palette = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(38, 38, 38),
        QPalette.ColorRole.ToolTipBase: QColor(60, 52, 30),
        QPalette.ColorRole.ToolTipText: QColor(250, 240, 215),
        QPalette.ColorRole.PlaceholderText: QColor(160, 160, 160),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 80, 80),
        QPalette.ColorRole.Link: QColor(110, 170, 255),
        QPalette.ColorRole.LinkVisited: QColor(190, 150, 255),
        QPalette.ColorRole.Highlight: QColor(42, 100, 170),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Mid: QColor(80, 80, 80),
        QPalette.ColorRole.Light: QColor(70, 70, 70),
        QPalette.ColorRole.Dark: QColor(20, 20, 20),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return palette
