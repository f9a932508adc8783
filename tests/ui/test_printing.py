"""Ctrl+P prints the briefing (the render model the exports use) through Qt's print
support; here to a PDF printer, read back. Exports are remembered in the
Briefing menu."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter

from briefer.compose.assemble import build_document
from briefer.core.briefings import BriefingSpec
from briefer.core.themes import find_theme
from briefer.ui import printing
from briefer.ui.main_window import MainWindow
from briefer.ui.recent_exports_menu import recent_exports, remember_exports
from briefer.ui.window_tabs import WORK_BRIEFING
from tests.ui.test_composer import KRAP, MARKING, TITLE, open_dialog, start_briefing

PACK = ("Rusland", "Oekraïne", "Sancties")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, words separated by single spaces (Qt's PDFs place words)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def to_pdf(printer: QPrinter, path: Path) -> None:
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))


def test_a_pack_prints_with_the_marking_and_page_numbers_on_every_page(
    window: MainWindow, tmp_path: Path
) -> None:
    store = window.state.store
    spec = BriefingSpec(
        title="Delegatie naar Kyiv",
        theme_ids=tuple(find_theme(store, name).id for name in PACK),
        briefing_date=date(2022, 3, 8),
        classification=MARKING,
    )
    document = build_document(store, spec)
    printer = printing.new_printer()
    pdf = tmp_path / "afdruk.pdf"
    to_pdf(printer, pdf)
    pages = printing.print_document(document, printer)
    texts = pdf_pages(pdf)
    assert pages == len(texts) >= 3
    assert "Delegatie naar Kyiv" in texts[0] and "8 maart 2022" in texts[0]
    for number, text in enumerate(texts, 1):
        assert text.count(MARKING.upper()) >= 2, number  # header and footer
        assert f"Pagina {number} van {pages}" in text
    everything = "\n".join(texts)
    for name in PACK:
        assert name in everything
    assert "Kamerstuk 35 925 V, nr. 84, p." in everything
    if shutil.which("pdftotext"):
        shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        assert "Oekraïne" in shown.stdout and "Delegatie naar Kyiv" in shown.stdout


def test_ctrl_p_prints_the_composed_briefing(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:
    pdf = tmp_path / "ctrl-p.pdf"
    asked: list[str] = []

    def choose_pdf_printer(printer: QPrinter, _parent) -> bool:  # the dialog needs a person
        asked.append(printer.docName())
        to_pdf(printer, pdf)
        return True

    monkeypatch.setattr(printing, "ask_printer", choose_pdf_printer)
    window.workspace.setCurrentIndex(WORK_BRIEFING)
    start_briefing(qtbot, window.composer)
    assert window.commands.print_action.shortcut().toString() == "Ctrl+P"
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pdf.is_file() and pdf.stat().st_size > 0, timeout=30_000)
    assert asked == [TITLE]
    text = "\n".join(pdf_pages(pdf))
    assert TITLE in text and MARKING.upper() in text
    assert KRAP in text
    assert "afgedrukt" in window.statusBar().currentMessage()


def test_ctrl_p_without_a_theme_says_what_is_missing(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        printing.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text)
    )
    monkeypatch.setattr(printing, "ask_printer", lambda *_: pytest.fail("nothing to print"))
    window.commands.print_action.trigger()
    assert len(warnings) == 1 and warnings[0][:1].isupper()


def test_exports_are_listed_in_the_briefing_menu(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toLocalFile()) or True
    )
    menu = window.commands.recent_exports_menu
    menu.fill()
    assert [a.text() for a in menu.actions()] == ["Nog geen exports"]

    window.workspace.setCurrentIndex(WORK_BRIEFING)
    start_briefing(qtbot, window.composer)
    dialog = open_dialog(qtbot, window.composer)
    target = tmp_path / "uit" / "china.docx"
    target.parent.mkdir()
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome == "done", timeout=30_000)
    dialog.close()

    assert recent_exports() == [target.resolve()]
    menu.fill()
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names[0] == "china.docx"
    menu.actions()[0].trigger()
    folders = next(a.menu() for a in menu.actions() if a.menu() is not None)
    folders.actions()[0].trigger()
    assert opened == [str(target.resolve()), str(target.parent.resolve())]

    # Newest first, no doubles, and a file that was moved away is left out.
    other = tmp_path / "uit" / "rusland.pdf"
    other.write_bytes(b"%PDF-1.4")
    remember_exports([other])
    remember_exports([target])
    assert recent_exports() == [target.resolve(), other.resolve()]
    other.unlink()
    assert recent_exports() == [target.resolve()]
