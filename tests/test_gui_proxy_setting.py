"""The settings dialog's Network group: system, none, or a manual proxy URL checked before OK."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from monitor.alerts import AlertRules
from monitor.gui.settings_dialog import DesktopSettings, SettingsDialog
from tests.gui_support import QT_LOG_IGNORE

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)


def _dialog(qtbot: QtBot, current: str) -> SettingsDialog:
    dialog = SettingsDialog(DesktopSettings(), AlertRules(), proxy_setting=current)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("current", ["system", "none", "http://proxy.example:3128"])
def test_the_dialog_shows_and_returns_the_stored_choice(qtbot: QtBot, current: str) -> None:
    dialog = _dialog(qtbot, current)
    assert dialog.proxy() == current
    assert dialog.proxy_url.isEnabled() == current.startswith("http")


def test_a_manual_proxy_is_checked_before_the_dialog_closes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "system")
    dialog.proxy_mode.setCurrentIndex(dialog.proxy_mode.findData("manual"))
    assert dialog.proxy_url.isEnabled()
    for bad in ("", "socks5://127.0.0.1:1080", "http://[::1:3128"):
        dialog.proxy_url.setText(bad)
        dialog.accept()
        assert dialog.result() == 0 and dialog.proxy_error.text()  # still open, saying why
    dialog.proxy_url.setText("127.0.0.1:3128")
    dialog.accept()
    assert dialog.result() == 1 and dialog.proxy() == "127.0.0.1:3128"
