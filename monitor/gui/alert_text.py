"""Alerts in the window's language: the core stores each alert's English wording (the CLI prints it);
the desktop words new fines and status changes again from the event, with amounts in the locale."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from monitor.gui import i18n
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.models import AlertRow, EventRow

translate = QCoreApplication.translate

_TOPICS = {
    "facial_recognition": QT_TRANSLATE_NOOP("Alerts", "facial recognition"),
    "biometrics": QT_TRANSLATE_NOOP("Alerts", "biometrics"),
}
_PER = {
    "day": QT_TRANSLATE_NOOP("Alerts", "per day"),
    "week": QT_TRANSLATE_NOOP("Alerts", "per week"),
    "month": QT_TRANSLATE_NOOP("Alerts", "per month"),
}
_BACKLOG_BODY = QT_TRANSLATE_NOOP("Alerts", "Recorded in the Fines register without an alert each.")
_BACKLOG_TITLE = re.compile(r"^(\d+) earlier fines? found in (.+)$")


def _t(text: str) -> str:
    return translate("Alerts", text)


def topics(tags: Any) -> str:
    tags = list(tags or ())
    shown = [t for t in ("facial_recognition", "biometrics") if t in tags]
    if "facial_recognition" in shown and "biometrics" in shown:
        shown.remove("biometrics")  # face recognition is biometric: saying both says nothing more
    return ", ".join(_t(_TOPICS[t]) for t in shown)


def describe(event: EventRow, status: str | None = None) -> str:
    """'CNIL fines Clearview AI €20,000,000 · facial recognition', in the window's language."""
    status = status or event.get("status") or "imposed"
    who = str(event.get("authority") or translate("Alerts", "An authority"))
    party = str(event.get("target") or translate("Alerts", "an undisclosed party"))
    amount = i18n.money(event.get("amount"), event.get("currency"))
    if status == "overturned":
        text = translate("Alerts", "%1 fine against %2 overturned")
    elif status == "proposed":
        text = (
            translate("Alerts", "%1 intends to fine %2 %3")
            if amount
            else translate("Alerts", "%1 intends to fine %2")
        )
    else:
        text = translate("Alerts", "%1 fines %2 %3") if amount else translate("Alerts", "%1 fines %2")
    text = text.replace("%1", who).replace("%2", party).replace("%3", amount)
    if event.get("liquidation"):
        text += " " + translate("Alerts", "(overdue penalty payment)")
    if event.get("penalty_amount"):
        per = str(event.get("penalty_per") or "day")
        penalty = i18n.money(event["penalty_amount"], event.get("penalty_currency"))
        text += f" + {penalty} {_t(_PER[per]) if per in _PER else per}"
    shown = topics(event.get("tags"))
    return f"{text} · {shown}" if shown else text


def alert_text(alert: AlertRow, event: EventRow | None) -> tuple[str, str]:
    """Title and body to show; what this cannot word again keeps the core's English."""
    title = str(alert.get("title") or "Regulatory Monitor")
    body = str(alert.get("body") or "")
    kind = alert.get("kind")
    if event is not None and kind == "new_fine":
        title = describe(event)
    elif event is not None and kind == "status_change":
        title = translate("Alerts", "Update: %1").replace("%1", describe(event, alert.get("status")))
    elif kind == "backlog" and (match := _BACKLOG_TITLE.match(title)):
        count = int(match.group(1))
        title = translate("Alerts", "%n earlier fine(s) found in %1", None, count).replace(
            "%1", match.group(2)
        )
        if body == _BACKLOG_BODY:
            body = _t(_BACKLOG_BODY)
    return title, body
