"""Help → About: version, licence, where the data lives, and where to read more."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from monitor import __version__
from monitor.gui.keyboard import name_from_text
from monitor.paths import config_dir, data_dir

LICENCE_URL = "https://opensource.org/license/mit"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Regulatory Monitor"))
        self.setAccessibleName(self.tr("About Regulatory Monitor"))
        data, config = data_dir(), config_dir()
        folder_link = html.escape(QUrl.fromLocalFile(str(data)).toString(), quote=True)
        rows = [
            (self.tr("Version"), html.escape(__version__)),
            (self.tr("Licence"), f"<a href='{LICENCE_URL}'>{self.tr('MIT License')}</a>"),
            (self.tr("Data folder"), f"<a href='{folder_link}'>{html.escape(str(data))}</a>"),
            (self.tr("Settings folder"), html.escape(str(config))),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        summary = self.tr(
            "One alert per fine imposed by a data-protection authority, from its feeds and the news."
        )
        self.text = QLabel(
            f"<h3>{self.tr('Regulatory Monitor')}</h3><p>{html.escape(summary)}</p><table>{table}</table>"
        )
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text.setAccessibleName(self.tr("About Regulatory Monitor"))
        self.text.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        name_from_text(self)
