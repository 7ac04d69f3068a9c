"""Shared pieces of the alert tests: a notifier that records what it was asked to show."""

from __future__ import annotations

from typing import Any


class Recorder:
    """A Notifier that shows nothing and keeps every alert it was given, in order."""

    def __init__(self) -> None:
        self.shown: list[dict[str, Any]] = []

    def notify(self, alert: dict[str, Any]) -> bool:
        self.shown.append(alert)
        return True
