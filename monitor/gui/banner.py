"""The strip above the tables for what must reach the user when there is no tray: alerts, and the
first-start and offline notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """Coloured from the palette (ToolTip roles: a note the theme already makes readable), never by hex."""

    clicked_event = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAccessibleName(self.tr("Notifications"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setAccessibleName(self.tr("Notification text"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show the fine in the register"))
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the notifications"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.messages: list[str] = []
        self.event_id: int | None = None
        self.close_button.clicked.connect(self.dismiss)
        self.show_button.clicked.connect(self._show)
        self.hide()

    def add(self, title: str, body: str, event_id: int | None) -> None:
        self.messages.append(f"{title} — {body}" if body else title)
        shown = self.messages[-3:]
        more = len(self.messages) - len(shown)
        text = "\n".join(shown)
        if more:
            text += "\n" + self.tr("(and %n more)", "", more)
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        if event_id is not None:
            self.event_id = event_id
        self.show_button.setVisible(self.event_id is not None)
        self.show()

    def dismiss(self) -> None:
        self.messages.clear()
        self.event_id = None
        self.hide()

    def _show(self) -> None:
        if self.event_id is not None:
            self.clicked_event.emit(self.event_id)
