"""Ctrl+P: print a briefing through Qt's print dialog, from the same render model
the exports and the preview use (``briefer.compose``), laid out as the preview
shows it, with the classification marking at the top and bottom of every page
and "Pagina X van Y" in the footer."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from briefer.compose.assemble import build_document
from briefer.compose.render_model import RenderDocument
from briefer.core.briefings import BriefingSpec
from briefer.core.errors import BrieferError
from briefer.ui.panels.briefing_preview import MARKING, document_html
from briefer.ui.state import AppState
from briefer.ui.workers import TaskContext, Workers

BODY_POINTS = 10.5
MARGIN_MM = 20.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return printer


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """Qt's print dialog; True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Briefing afdrukken"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document: RenderDocument, printer: QPrinter) -> int:
    """Print the briefing on ``printer``; returns the number of pages printed."""
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    dpi = printer.resolution()
    band = dpi * 0.35  # header and footer bands, about 9 mm each
    text = QTextDocument()
    text.documentLayout().setPaintDevice(printer)
    font = QFont()
    font.setPointSizeF(BODY_POINTS)
    text.setDefaultFont(font)
    text.setDocumentMargin(0)
    # The marking goes in every page's header and footer, not once above the text.
    unmarked = replace(document, meta=replace(document.meta, classification=""))
    text.setHtml(document_html(unmarked, BODY_POINTS))
    body = QSizeF(page.width(), page.height() - 2 * band)
    text.setPageSize(body)
    pages = max(1, text.pageCount())
    first, last = printer.fromPage(), printer.toPage()
    wanted = range(max(1, first), min(pages, last) + 1) if first and last else range(1, pages + 1)

    painter = QPainter()
    if not painter.begin(printer):
        raise BrieferError(_tr("de printer kan niet worden gebruikt"))
    try:
        small = QFont(font)
        small.setPointSizeF(8.5)
        marking = document.meta.classification.upper()
        for count, number in enumerate(wanted):
            if count:
                printer.newPage()
            painter.save()
            painter.translate(0, band - (number - 1) * body.height())
            clip = QRectF(0, (number - 1) * body.height(), body.width(), body.height())
            text.drawContents(painter, clip)
            painter.restore()
            painter.setFont(small)
            header = QRectF(0, 0, page.width(), band)
            footer = QRectF(0, page.height() - band, page.width(), band)
            if marking:
                painter.setPen(QColor(MARKING))
                painter.drawText(header, Qt.AlignmentFlag.AlignCenter, marking)
                painter.drawText(
                    footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, marking
                )
            painter.setPen(QColor("#555555"))
            folio = _tr("Pagina %1 van %2").replace("%1", str(number)).replace("%2", str(pages))
            painter.drawText(
                footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, folio
            )
    finally:
        painter.end()
    return len(wanted)


def print_briefing(
    briefing: BriefingSpec, state: AppState, workers: Workers, parent: QWidget
) -> None:
    """Ctrl+P: the briefing's render model, built off the GUI thread, then the print dialog."""
    title = _tr("Afdrukken")
    try:
        spec = briefing.check()
    except BrieferError as exc:
        QMessageBox.warning(parent, title, _sentence(str(exc)))
        return
    store = state.store

    def work(_context: TaskContext) -> RenderDocument:
        return build_document(store, spec)

    def arrived(document: RenderDocument) -> None:
        printer = new_printer()
        printer.setDocName(document.meta.title)
        if not ask_printer(printer, parent):
            return
        try:
            pages = print_document(document, printer)
        except BrieferError as exc:
            QMessageBox.warning(parent, title, _sentence(str(exc)))
            return
        message = (
            _tr("Briefing afgedrukt (1 pagina).")
            if pages == 1
            else _tr("Briefing afgedrukt (%1 pagina's).").replace("%1", str(pages))
        )
        state.status.emit(message)

    def failed(message: str) -> None:
        QMessageBox.warning(parent, title, _sentence(message))

    workers.read(work, arrived, failed)


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text
