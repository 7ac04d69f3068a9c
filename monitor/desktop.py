"""Freedesktop integration: the application-menu entry, its icon, and the autostart entry (XDG)."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from monitor.paths import resource_path

APP_ID = "regulatory-monitor"
ICON_NAME = APP_ID


def _xdg(env: str, fallback: str) -> Path:
    value = os.environ.get(env)
    return Path(value) if value else Path.home() / fallback


def applications_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / "applications"


def icons_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / "icons" / "hicolor" / "scalable" / "apps"


def autostart_path() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / "autostart" / f"{APP_ID}.desktop"


def launch_command(minimized: bool = False) -> str:
    """The command a desktop entry runs: this interpreter's `monitor`, so a venv install works."""
    exe = shutil.which("monitor")
    parts = [exe] if exe else [sys.executable, "-m", "monitor"]
    parts.append("gui")
    if minimized:
        parts.append("--minimized")
    return " ".join(shlex.quote(p) for p in parts)


def desktop_entry(minimized: bool = False) -> str:
    """One entry text serves the menu and autostart; autostart only adds --minimized."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Regulatory Monitor",
            "GenericName=Regulatory news monitor",
            "Comment=Data-protection fines, biometrics and facial-recognition news from regulators' feeds",
            f"Exec={launch_command(minimized)}",
            f"Icon={ICON_NAME}",
            "Terminal=false",
            "Categories=Office;News;Network;",
            "Keywords=GDPR;privacy;fines;RSS;biometrics;",
            "StartupNotify=false",
            "X-GNOME-Autostart-enabled=true" if minimized else "",
            "",
        ]
    )


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def install_desktop_entry() -> list[Path]:
    """Put the app in the user's application menu (no root needed)."""
    icon = icons_dir() / f"{ICON_NAME}.svg"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons/regulatory-monitor.svg"), icon)
    entry = _write(applications_dir() / f"{APP_ID}.desktop", desktop_entry())
    return [entry, icon]


def set_autostart(enabled: bool) -> Path:
    path = autostart_path()
    if enabled:
        _write(path, desktop_entry(minimized=True))
    else:
        path.unlink(missing_ok=True)
    return path


def autostart_enabled() -> bool:
    return autostart_path().is_file()
