"""What the window says before anything has been fetched, and when the computer seems to be offline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from monitor.escape import rich_text_literal

if TYPE_CHECKING:
    from monitor.poller import FeedReport


class FailedFeed(Protocol):
    @property
    def error(self) -> str | None: ...


def is_dns_failure(feed: FailedFeed) -> bool:
    """The one place that decides it, from the fetcher's error kind when it has one, else its text."""
    kind = getattr(feed, "error_kind", None)
    if kind is not None:
        return str(kind) == "dns"
    text = (feed.error or "").lower()
    return (
        "failed to resolve" in text or "name or service not known" in text or "nodename nor servname" in text
    )


def looks_offline(failed: Sequence[FailedFeed], polled: int) -> bool:
    """Every feed polled failed to resolve its host name: the network, not the feeds, is the problem."""
    return polled > 0 and len(failed) == polled and all(is_dns_failure(f) for f in failed)


def error_tip(errors: Sequence[FeedReport]) -> str:
    """Every failed feed's error, shown as the characters the server sent (never as rich text)."""
    return rich_text_literal("\n".join(f"{e.name}: {e.error}" for e in errors))


class EmptyState(QWidget):
    """Shown instead of the items table while the database has no item at all."""

    add_feed = Signal()
    import_opml = Signal()
    poll_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.heading = QLabel()
        self.heading.setObjectName("emptyHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.heading, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.heading.setAccessibleName(self.tr("Status"))
        self.text.setAccessibleName(self.tr("What to do"))
        self.add_button = QPushButton(self.tr("Add a feed…"))
        self.add_button.setAccessibleName(self.tr("Add a feed"))
        self.import_button = QPushButton(self.tr("Import OPML…"))
        self.import_button.setAccessibleName(self.tr("Import feeds from an OPML file"))
        self.poll_button = QPushButton(self.tr("Poll now"))
        self.poll_button.setAccessibleName(self.tr("Poll all feeds now"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.import_button, self.poll_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.add_button.clicked.connect(self.add_feed)
        self.import_button.clicked.connect(self.import_opml)
        self.poll_button.clicked.connect(self.poll_now)

    def show_state(self, feeds: int, polling: bool, offline: bool) -> None:
        if feeds == 0:
            heading = self.tr("No feeds yet")
            text = self.tr(
                "Add the feed of an authority or a news site, or import an OPML file from another reader."
            )
        elif offline:
            heading = self.tr("This computer appears to be offline")
            text = self.tr("No feed could be reached. The app tries again at the next poll.")
        elif polling:
            heading = self.tr("Fetching %n feed(s) for the first time…", "", feeds)
            text = self.tr("News and fines appear here as they arrive. You can keep working meanwhile.")
        else:
            heading = self.tr("Nothing fetched yet")
            text = self.tr(
                "The first poll starts shortly. You can also poll now, add a feed or import an OPML file."
            )
        self.heading.setText(heading)
        self.text.setText(text)
        self.setAccessibleDescription(f"{heading}. {text}")
        self.poll_button.setVisible(feeds > 0 and not polling)
