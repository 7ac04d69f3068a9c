"""Window geometry kept between runs, restored only within the screen that is there now."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow


def fit_within(frame: QRect, available: QRect) -> QRect:
    """The frame no larger than the available area and moved inside it (a smaller screen, a new scale)."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() - width + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def restore_geometry(window: QMainWindow, settings: QSettings) -> None:
    value = settings.value("window/geometry")
    if isinstance(value, QByteArray):
        window.restoreGeometry(value)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    clamp_to_screen(window)


def clamp_to_screen(window: QMainWindow) -> None:
    """Saved at scale 1 on a large monitor, restored at scale 2 or on a laptop: never off-screen.

    Qt's restoreGeometry keeps a saved frame on its screen, but not the window's first size (nothing
    saved yet: 1280x800 is twice a 1280x800 screen at scale 2), nor a state restored before the
    window knows its screen; this covers both.
    """
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    if window.isMaximized() or window.isFullScreen():
        return
    fitted = fit_within(window.geometry(), available)
    if fitted != window.geometry():
        window.resize(fitted.size())
        window.move(fitted.topLeft())
