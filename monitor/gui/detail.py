"""The reading pane: an item's title, source, tags, fine facts and sanitized summary; loads nothing remote."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from monitor.gui.fines_view import open_link
from monitor.gui.i18n import QT_TRANSLATE_NOOP, status_label
from monitor.gui.i18n import money as format_money
from monitor.gui.item_model import short_date, tag_label
from monitor.models import FullItem, ItemRow

translate = QCoreApplication.translate


def _css() -> str:
    """Colours from the application palette at the time of showing: light, dark and high-contrast
    themes all read (the fine's box is the tooltip's colours, the chips a button's)."""
    palette = QGuiApplication.palette()

    def color(role: QPalette.ColorRole) -> str:
        return str(palette.color(role).name())

    return (
        "h2 { margin: 0 0 4px 0; }"
        f".meta {{ color: {color(QPalette.ColorRole.PlaceholderText)}; }}"
        f".chip {{ background: {color(QPalette.ColorRole.Button)};"
        f" color: {color(QPalette.ColorRole.ButtonText)}; padding: 1px 6px; }}"
        f".fine {{ background: {color(QPalette.ColorRole.ToolTipBase)};"
        f" color: {color(QPalette.ColorRole.ToolTipText)};"
        f" border: 1px solid {color(QPalette.ColorRole.Mid)}; padding: 6px; margin: 8px 0; }}"
    )


class SafeBrowser(QTextBrowser):
    """A text browser that fetches nothing: no remote images, no local files, links only by click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: open_link(url.toString()))

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


def fine_facts(item: ItemRow) -> str:
    if not item.get("fine_status"):
        return ""
    rows = [(translate("ItemDetail", "Status"), status_label(str(item["fine_status"])))]
    if item.get("fine_amount") is not None:
        amount = format_money(item["fine_amount"], item["fine_currency"])
        eur = item.get("fine_amount_eur")
        if eur is not None and item.get("fine_currency") != "EUR":
            amount += f" (≈ {format_money(round(eur), 'EUR')})"
        rows.append((translate("ItemDetail", "Amount"), amount))
    if item.get("penalty_amount"):
        rows.append(
            (
                translate("ItemDetail", "Periodic penalty"),
                translate("ItemDetail", "%1 per %2")
                .replace("%1", format_money(item["penalty_amount"], item["penalty_currency"]))
                .replace("%2", _per(str(item["penalty_per"]))),
            )
        )
    if item.get("authority"):
        rows.append((translate("ItemDetail", "Authority"), str(item["authority"])))
    if item.get("target"):
        rows.append((translate("ItemDetail", "Party"), str(item["target"])))
    cells = "".join(
        f"<tr><td><b>{html.escape(k)}</b>&nbsp;</td><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    heading = html.escape(translate("ItemDetail", "Fine"))
    return f"<div class='fine'><b>{heading}</b><table>{cells}</table></div>"


_PER = {
    "day": QT_TRANSLATE_NOOP("ItemDetail", "day"),
    "week": QT_TRANSLATE_NOOP("ItemDetail", "week"),
    "month": QT_TRANSLATE_NOOP("ItemDetail", "month"),
}


def _per(per: str) -> str:
    return translate("ItemDetail", _PER[per]) if per in _PER else per


def item_html(item: FullItem) -> str:
    tags = " ".join(
        f"<span class='chip'>{html.escape(tag_label(t))}</span>"
        for t in sorted((item.get("tags") or "").split())
    )
    meta = f"{html.escape(str(item['feed']))} · {html.escape(short_date(item.get('published')))}"
    if item.get("author"):
        meta += f" · {html.escape(str(item['author']))}"
    # summary_html was sanitized by the core when stored (nh3); it is shown as stored.
    summary = item.get("summary_html") or html.escape(str(item.get("summary_text") or ""))
    return (
        f"<style>{_css()}</style><h2>{html.escape(str(item['title']))}</h2>"
        f"<p class='meta'>{meta}</p><p>{tags}</p>{fine_facts(item)}<div>{summary}</div>"
        f"{article_note(item)}"
    )


def article_note(item: ItemRow) -> str:
    """The linked article's lead, read because the item lacked the facts, and whether they came from it."""
    lead = str(item.get("article_lead") or "")
    if not lead:
        return ""
    if item.get("facts_from_article"):
        source = translate(
            "ItemDetail", "The fine's facts above were read from the linked article, not from the feed:"
        )
    else:
        source = translate("ItemDetail", "From the linked article:")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in lead.splitlines() if p.strip())
    return f"<div class='article'><p class='meta'><i>{html.escape(source)}</i></p>{paragraphs}</div>"


class ItemDetail(QWidget):
    show_event = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: FullItem | None = None
        self.browser = SafeBrowser()
        self.browser.setObjectName("itemBrowser")
        self.open_button = QPushButton(self.tr("Open original"))
        self.open_button.setObjectName("openOriginal")
        self.open_button.setToolTip(self.tr("Open the article in your browser (Enter)"))
        self.event_button = QPushButton(self.tr("Show in Fines register"))
        self.event_button.setObjectName("showEvent")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.event_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_original)
        self.event_button.clicked.connect(self._show_event)
        self.show_item(None)

    def show_item(self, item: FullItem | None) -> None:
        self.item = item
        if item is None:
            self.browser.setHtml(f"<p>{html.escape(self.tr('Select an item to read it.'))}</p>")
        else:
            self.browser.setHtml(item_html(item))
        link = (item.get("link") if item is not None else None) or ""
        self.open_button.setEnabled(bool(link) and QUrl(link).scheme().lower() in ("http", "https"))
        self.event_button.setVisible(bool(item and item.get("event_id")))

    def open_original(self) -> bool:
        if self.item and self.item.get("link"):
            return open_link(str(self.item["link"]))
        return False

    def _show_event(self) -> None:
        event_id = self.item.get("event_id") if self.item else None
        if event_id:
            self.show_event.emit(event_id)

    def page_down(self) -> bool:
        """Scroll one page; False when already at the end (the caller then moves to the next item)."""
        bar = self.browser.verticalScrollBar()
        if bar.value() >= bar.maximum():
            return False
        bar.setValue(bar.value() + bar.pageStep())
        return True
