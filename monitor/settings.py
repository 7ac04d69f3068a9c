"""Every user setting, declared once: key, type, default, description, and how a value is checked.

The values live in the database's `settings` table, so the window, the CLI and the poller read the
same ones whoever polls (qutebrowser's configdata.yml is the model: one declaration per setting).
Desktop-only state (window geometry, splitters) stays in QSettings; it is not a setting a user sets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from monitor import proxy
from monitor.config_values import MIN_INTERVAL
from monitor.schedule import DEFAULT_INTERVAL, RETENTION_DAYS


class SettingsStore(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


class SettingError(ValueError):
    """A value that a setting refuses, with a message a user can act on."""


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    check: Callable[[Any], str | None] | None = None  # an error message, or None when the value is fine

    def coerce(self, value: Any) -> Any:
        """The value as this setting's type, or SettingError saying why it cannot be."""
        if self.type is bool:
            if isinstance(value, bool):
                result: Any = value
            elif isinstance(value, str) and value.strip().lower() in ("true", "yes", "on", "1"):
                result = True
            elif isinstance(value, str) and value.strip().lower() in ("false", "no", "off", "0"):
                result = False
            else:
                raise SettingError(f"{self.key}: expected true or false, got {value!r}")
        else:
            try:
                result = self.type(value)
            except (TypeError, ValueError, OverflowError):
                raise SettingError(f"{self.key}: expected {self.type.__name__}, got {value!r}") from None
        problem = self.check(result) if self.check else None
        if problem:
            raise SettingError(f"{self.key}: {problem}")
        return result


# The window's languages (resources/translations/monitor_<code>.ts); "" follows the desktop.
WINDOW_LANGUAGES = ("en", "fr", "de", "it", "es", "nl")


def _language(value: Any) -> str | None:
    if value in ("", *WINDOW_LANGUAGES):
        return None
    return f"must be empty (the desktop's) or one of {', '.join(WINDOW_LANGUAGES)}"


def _path(value: Any) -> str | None:
    # Checked where it enters: a path SQLite or the OS cannot take would fail every poll later.
    if "\x00" in value or len(value) > 4096:
        return "must be a file path"
    return None


def _report_format(value: Any) -> str | None:
    return None if value in ("html", "pdf") else "must be html or pdf"


def _iso_time(value: Any) -> str | None:
    import datetime as dt

    try:
        dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return "must be an ISO 8601 time"
    return None


def _between(low: float, high: float) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if low <= value <= high else f"must be between {low:g} and {high:g}"

    return check


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "poll_interval",
            int,
            DEFAULT_INTERVAL,
            "Seconds between two polls of a feed that sets no interval of its own.",
            _between(MIN_INTERVAL, 7 * 24 * 3600),
        ),
        Setting(
            "retention_days",
            int,
            RETENTION_DAYS,
            "Days that news matching nothing watched is kept before it is pruned.",
            _between(1, 36500),
        ),
        Setting(
            "alert_window_days",
            int,
            30,
            "A new fine is announced only when its decision is at most this many days old; "
            "older decisions are filed in the register without an alert.",
            _between(1, 3650),
        ),
        Setting(
            "article_text",
            bool,
            True,
            "Read the linked article (its opening only, a few per poll) for a matching item that lacks "
            "the fine's amount or party.",
        ),
        Setting(
            "proxy",
            str,
            proxy.SYSTEM,
            "How feeds are fetched: 'system' (the https_proxy, http_proxy and no_proxy variables), "
            "'none' (always direct), or a proxy URL such as http://proxy.example:3128.",
            proxy.check_setting,
        ),
        Setting(
            "language",
            str,
            "",
            "Language of the window (empty: the desktop's; en, fr, de, it, es, nl). The CLI stays English.",
            _language,
        ),
        Setting(
            "atom_path",
            str,
            "",
            "Write the register's Atom feed (data-protection decisions) to this file after every poll, "
            "for a team's feed readers or a web server (empty: not written).",
            _path,
        ),
        Setting(
            "report_folder",
            str,
            "",
            "Write a report of the week's decisions to this folder once a week, when a poll runs "
            "(empty: no weekly report).",
            _path,
        ),
        Setting("report_format", str, "html", "Format of the weekly report: html or pdf.", _report_format),
        Setting(
            "report_last_written",
            str,
            "",
            "When the last weekly report was written (ISO 8601 UTC); the next one starts there. "
            "Set by the poller.",
            lambda v: _iso_time(v) if v else None,
        ),
    )
}


def get(store: SettingsStore, key: str) -> Any:
    """The stored value of a declared setting, or its default when unset or no longer valid."""
    setting = SETTINGS[key]
    raw = store.get_setting(key)
    if raw is None:
        return setting.default
    try:
        return setting.coerce(raw)
    except SettingError:
        return setting.default  # a value written by an older version, or by hand: the default holds


def put(store: SettingsStore, key: str, value: Any) -> Any:
    """Check and store a value; SettingError (nothing stored) when the setting refuses it."""
    setting = SETTINGS[key]
    checked = setting.coerce(value)
    store.set_setting(key, checked)
    return checked
