"""Freedesktop integration: the application-menu entry, its icon, AppStream metainfo, the autostart
entry, and feed: links from browsers. Paths follow the XDG base directories through platformdirs
(a relative $XDG_DATA_HOME is ignored, as the spec says)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from urllib.parse import urlsplit

from platformdirs.unix import Unix

from monitor.paths import resource_path

# One reverse-DNS id for the desktop file, the icon, the metainfo, the window's app id and the
# notifications' desktop-entry hint.
APP_ID = "org.regulatorymonitor.RegulatoryMonitor"
ICON_NAME = APP_ID
ORGANIZATION_DOMAIN = "regulatorymonitor.org"
APP_NAME = "RegulatoryMonitor"
GUI_SCRIPT = "regulatory-monitor"  # [project.gui-scripts]
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
SCHEME_MIME = "x-scheme-handler/feed"
LEGACY_ID = "regulatory-monitor"  # the id of versions before the reverse-DNS one: its files are removed

# Characters that make the Desktop Entry spec require an Exec argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _xdg() -> Unix:
    return Unix()


def applications_dir() -> Path:
    return _xdg().user_data_path / "applications"


def icons_dir() -> Path:
    return _xdg().user_data_path / "icons" / "hicolor" / "scalable" / "apps"


def metainfo_dir() -> Path:
    return _xdg().user_data_path / "metainfo"


def autostart_path() -> Path:
    return _xdg().user_config_path / "autostart" / f"{APP_ID}.desktop"


def launch_parts() -> list[str]:
    """This installation's window command: the gui-script beside this interpreter (so a venv install
    works without activation), else one on PATH, else the interpreter running the package."""
    beside = Path(sys.executable).parent / GUI_SCRIPT
    if beside.is_file():
        return [str(beside)]
    found = shutil.which(GUI_SCRIPT)
    return [found] if found else [sys.executable, "-m", "monitor", "gui"]


def exec_argument(argument: str) -> str:
    """One Exec argument per the Desktop Entry spec: double-quoted when it has a reserved character,
    with `"`, `` ` ``, `$` and `\\` backslash-escaped inside; a literal % doubled."""
    if any(c in "\n\r" for c in argument):
        raise ValueError(f"a desktop entry cannot run a path with a line break: {argument!r}")
    argument = argument.replace("%", "%%")
    if not (set(argument) & _RESERVED):
        return argument
    inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{inner}"'


def exec_line(parts: list[str]) -> str:
    """The Exec value as written in the file: a string value, so each backslash is itself escaped."""
    return " ".join(exec_argument(p) for p in parts).replace("\\", "\\\\")


def desktop_entry(minimized: bool = False, command: list[str] | None = None) -> str:
    """One entry text serves the menu and autostart; autostart adds --minimized and takes no URL."""
    parts = list(command or launch_parts())
    parts.append("--minimized" if minimized else "%u")
    exec_value = exec_line(parts[:-1]) + " " + parts[-1]
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Regulatory Monitor",
        "GenericName=Regulatory news monitor",
        "GenericName[fr]=Veille réglementaire",
        "GenericName[de]=Aufsichtsbehörden-Monitor",
        "Comment=Data-protection fines, biometrics and facial-recognition news from regulators' feeds",
        "Comment[fr]=Amendes RGPD, biométrie et reconnaissance faciale dans les flux des autorités",
        "Comment[de]=DSGVO-Bußgelder, Biometrie und Gesichtserkennung aus den Feeds der Behörden",
        f"Exec={exec_value}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=Network;News;",
        "Keywords=GDPR;privacy;fines;RSS;biometrics;",
        f"MimeType={SCHEME_MIME};",
        "StartupNotify=false",
    ]
    if minimized:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def notification_icon() -> str:
    """The icon a notification names: the themed name once installed, else the bundled file itself."""
    if (icons_dir() / f"{ICON_NAME}.svg").is_file():
        return ICON_NAME
    return str(resource_path("icons/regulatory-monitor.svg"))


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def install_desktop_entry(command: list[str] | None = None) -> list[Path]:
    """Put the app in the user's application menu, with its metainfo, as the feed: handler (no root)."""
    icon = icons_dir() / f"{ICON_NAME}.svg"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons/regulatory-monitor.svg"), icon)
    metainfo = metainfo_dir() / METAINFO_FILE
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path(METAINFO_FILE), metainfo)
    entry = _write(applications_dir() / f"{APP_ID}.desktop", desktop_entry(command=command))
    # An entry of the old id would show the app twice in the menu.
    (applications_dir() / f"{LEGACY_ID}.desktop").unlink(missing_ok=True)
    (icons_dir() / f"{LEGACY_ID}.svg").unlink(missing_ok=True)
    return [entry, icon, metainfo]


def set_autostart(enabled: bool) -> Path:
    path = autostart_path()
    (path.parent / f"{LEGACY_ID}.desktop").unlink(missing_ok=True)  # never two autostarts
    if enabled:
        _write(path, desktop_entry(minimized=True))
    else:
        path.unlink(missing_ok=True)
    return path


def autostart_enabled() -> bool:
    return autostart_path().is_file()


def feed_url(link: str) -> str | None:
    """The http(s) URL a browser's feed link stands for, or None for anything else.

    feed://host/path is http://host/path (the feed URI draft); feed:https://… and feed:http://… wrap
    the URL itself. A plain http(s) URL is taken as it is. Everything else (file:, javascript:, a
    missing host, spaces or control characters) is refused: the link came from a web page.
    """
    text = link.strip()
    if any(ord(c) < 0x21 or c == "\x7f" for c in text) or len(text) > 4096:
        return None
    lower = text.lower()
    if lower.startswith(("feed://http://", "feed://https://")):
        text = text[len("feed://") :]  # what some browsers make of feed:https://…
    elif lower.startswith("feed://"):
        text = "http://" + text[len("feed://") :]
    elif lower.startswith("feed:"):
        text = text[len("feed:") :]
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text
