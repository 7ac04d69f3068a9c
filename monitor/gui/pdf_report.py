"""A digest as PDF, laid out by Qt itself (QTextDocument onto QPdfWriter): no browser needed.

The CLI imports this module only to write a .pdf, and then runs it on an offscreen QGuiApplication
when there is no display (a server, a systemd service). The chart is the digest's own SVG, drawn
by QtSvg at three times its size so it stays sharp when printed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from monitor.digest import Digest
from monitor.digest_html import PRINT_STYLE, chart_svg, render_html, title
from monitor.export import write_atomically

CHART_URL = "monitor-chart.png"
CHART_SCALE = 3
# Kept: an application made here must outlive every document painted with it.
_made: list[QApplication] = []


def ensure_application() -> None:
    """A QGuiApplication for fonts and painting: the running one, or an offscreen one of our own."""
    if QGuiApplication.instance() is not None:
        return
    # A PDF needs fonts and a painter, never a screen: offscreen even under a desktop (a DISPLAY
    # left over in a service's environment would abort Qt), unless the user chose a platform.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A QApplication (a QGuiApplication with widgets), so whatever runs later in this process,
    # such as a dialog, finds the application it expects.
    _made.append(QApplication(["monitor"]))


def chart_image(digest: Digest) -> QImage:
    renderer = QSvgRenderer(QByteArray(chart_svg(digest).encode("utf-8")))
    size = renderer.defaultSize() * CHART_SCALE
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        renderer.render(painter)
    finally:
        painter.end()
    return image


def pdf_bytes(digest: Digest) -> bytes:
    """The digest as a landscape A4 PDF (eight columns of decisions need the width)."""
    ensure_application()
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 8))
    document.setDefaultStyleSheet(PRINT_STYLE)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart_image(digest))
    document.setHtml(render_html(digest, chart_src=CHART_URL))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title(digest))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title(digest))
    writer.setCreator("Regulatory Monitor")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # the PDF's last objects are written when the writer goes
    buffer.close()
    return bytes(buffer.data().data())


def write_pdf(digest: Digest, path: Path) -> None:
    """Write the PDF in one step: a reader of the folder never sees half a report."""
    write_atomically(path, pdf_bytes(digest))
