"""Accessibility and the keyboard: accessible names from what a control says, and F6 / Shift+F6
moving between the panes of the visible tab, as in mail readers and browsers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# What a screen reader must be able to name: anything that takes input or focus.
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTextEdit,
)


def interactive(widget: QWidget) -> bool:
    return isinstance(widget, INTERACTIVE) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def _visible_text(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text() or widget.toolTip()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def name_from_text(root: QWidget) -> None:
    """Buttons and fields that show a text are named by it, and a form's fields by their row's label,
    where nobody named them better."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = field.widget() if field is not None else None
            shown = label.widget() if label is not None else None
            text = shown.text() if isinstance(shown, QLabel) else ""
            if widget is not None and text and not widget.accessibleName():
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.accessibleName() and (text := _visible_text(widget)):
            widget.setAccessibleName(text)


def _part_of_another(widget: QWidget) -> bool:
    """Qt's inner parts (a spin box's line edit, a table's header, scroll bars, a tab widget's bar)
    are announced through the control that owns them, which is the one that must be named."""
    parent = widget.parent()
    if widget.objectName().startswith("qt_") or (
        isinstance(parent, QWidget) and parent.objectName().startswith("qt_")
    ):
        return True
    grandparent = parent.parent() if isinstance(parent, QWidget) else None
    return (
        isinstance(widget, (QHeaderView, QScrollBar))
        or isinstance(parent, (QAbstractSpinBox, QComboBox, QTabWidget, QLineEdit))  # a clear button
        or isinstance(grandparent, QComboBox)  # a combo box's popup list
    )


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets under root that a screen reader would announce without a name."""
    return [
        f"{type(widget).__name__} {widget.objectName() or '(no object name)'}"
        for widget in [root, *root.findChildren(QWidget)]
        if interactive(widget) and not _part_of_another(widget) and not widget.accessibleName().strip()
    ]


class PaneCycler(QObject):
    """F6 focuses the next pane of the window, Shift+F6 the previous one; hidden panes are skipped."""

    def __init__(self, window: QWidget, panes: Callable[[], Sequence[QWidget]]) -> None:
        super().__init__(window)
        self.window = window
        self.panes = panes
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, step=step: self.step(step))
            window.addAction(action)

    def step(self, step: int) -> QWidget | None:
        panes = [p for p in self.panes() if p.isVisibleTo(self.window) and p.isEnabled()]
        if not panes:
            return None
        focus = self.window.focusWidget()
        current = next(
            (
                i
                for i, pane in enumerate(panes)
                if focus is not None and (focus is pane or pane.isAncestorOf(focus))
            ),
            -1 if step > 0 else 0,
        )
        pane = panes[(current + step) % len(panes)]
        pane.setFocus(Qt.FocusReason.OtherFocusReason)
        return pane
