"""The feeds file's error and its values that need no YAML: intervals and texts.

Apart from `config.py` so that a command names a broken feeds file (`cli/__init__` catches
`ConfigError`) without importing PyYAML, which read commands do not need (issue #17).
"""

from __future__ import annotations

import re
from pathlib import Path

MIN_INTERVAL = 60  # seconds; a tighter loop only gets us rate-limited by the authorities
MAX_INTERVAL = 365 * 86400  # a year; beyond it a date overflows (999999999d) and so would SQLite
_INTERVAL_RE = re.compile(r"^\s*([0-9]{1,15})\s*([smhd]?)\s*$")
# Characters no name, code or tag needs: controls, bidi overrides, and lone surrogates (which
# SQLite and the terminal cannot even encode).
_BAD_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class ConfigError(Exception):
    """A feeds file that cannot be used; each problem names its line."""

    def __init__(self, path: Path | str, problems: list[tuple[int, str]]) -> None:
        self.path = Path(path)
        self.problems = problems
        lines = [f"{self.path}:{line}: {msg}" for line, msg in problems]
        super().__init__("\n".join(lines))


def parse_interval(value: object) -> int:
    """Seconds from 900, "900", "15m", "2h" or "1d"."""
    if isinstance(value, bool):
        raise ValueError(f"interval must be a duration like 15m or 3600, not {value!r}")
    if isinstance(value, int):
        seconds = value
        if seconds > MAX_INTERVAL:  # checked before any arithmetic: a 20-digit number stays a message
            raise ValueError(f"interval {value} s is longer than the maximum of {MAX_INTERVAL // 86400} days")
    else:
        match = _INTERVAL_RE.match(str(value))
        if not match:
            raise ValueError(f"interval must be a duration like 15m, 2h or 3600, not {value!r}")
        seconds = int(match.group(1)) * _UNITS[match.group(2)]
    if seconds > MAX_INTERVAL:
        raise ValueError(
            f"interval {str(value)[:30]!r} is longer than the maximum of {MAX_INTERVAL // 86400} days"
        )
    if seconds < MIN_INTERVAL:
        raise ValueError(f"interval {value!r} is shorter than the minimum of {MIN_INTERVAL} seconds")
    return seconds


def format_interval(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return str(seconds)


def text_problem(value: str) -> str | None:
    """Why a name, code or tag read from a file is unusable, or None."""
    if bad := _BAD_TEXT.search(value):
        return f"contains U+{ord(bad.group()):04X}, a control, bidi or broken character"
    return None
