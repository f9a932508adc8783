"""The import check: the original page beside what Briefer made of it, with fixes.

Left: the page of the PDF (rendered by pdfium), or the text of a Word or text
letter. Right: the headings and passages read from that page, and the lines
that were left out (letterhead, side column, running headers and footers,
salutation, signature) greyed out; below, the letter's metadata. The user can
make a passage a heading (hoofdstuk or sectie) or a heading a passage, merge a
passage with the next, split one after a sentence, say that a greyed page-margin
line is text of the letter after all (the file is then read again with it),
edit the metadata, and read the file again. Every fix is stored and survives
re-tagging and re-import.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefer.core.importing.letter_fixes import LetterCheck
from briefer.ingest.corrections import BODY_LINE, HEADING, MERGE, META, NOT_HEADING, SPLIT, Fix
from briefer.ingest.page_analysis import TextLine
from briefer.ui.actions import Actions
from briefer.ui.dialogs.check_items import (
    FURNITURE_ROW,
    HEADING_ROW,
    PASSAGE_ROW,
    CheckItemsList,
)
from briefer.ui.dialogs.letter_details import LetterDetailsBox

RENDER_SCALE = 1.25
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z«“‘(0-9])")


class ImportCheckDialog(QDialog):
    def __init__(self, actions: Actions, letter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importCheck")
        self.actions = actions
        self.letter_id = letter_id
        self.page = 1
        self.check: LetterCheck | None = None
        self._page_pixmap = QPixmap()
        self.is_pdf = False
        self._lines: list[list[TextLine]] = []
        self.resize(1280, 860)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.original_image = QLabel()
        self.original_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.original_scroll = QScrollArea()
        self.original_scroll.setWidget(self.original_image)
        self.original_scroll.setWidgetResizable(True)
        self.original_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.original_text = QPlainTextEdit()
        self.original_text.setReadOnly(True)
        self.previous_button = QPushButton(self.tr("◀ Vorige pagina"))
        self.next_button = QPushButton(self.tr("Volgende pagina ▶"))
        self.page_label = QLabel()
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        paging = QHBoxLayout()
        paging.addWidget(self.previous_button)
        paging.addStretch(1)
        paging.addWidget(self.page_label)
        paging.addStretch(1)
        paging.addWidget(self.next_button)
        left = QGroupBox(self.tr("Origineel"))
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.original_scroll, 1)
        left_layout.addWidget(self.original_text, 1)
        left_layout.addLayout(paging)

        self.items = CheckItemsList()
        self.items.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.chapter_button = QPushButton(self.tr("Hoofdstuk"))
        self.section_button = QPushButton(self.tr("Sectie"))
        self.passage_button = QPushButton(self.tr("Geen kop"))
        self.merge_button = QPushButton(self.tr("Samenvoegen met volgende"))
        self.split_button = QPushButton(self.tr("Splitsen…"))
        self.text_button = QPushButton(self.tr("Tekst van de brief"))
        self.text_button.setToolTip(
            self.tr("Deze grijze regel is geen kop- of voetregel maar tekst van de brief")
        )
        self.text_button.clicked.connect(self._make_text)
        self.chapter_button.clicked.connect(lambda: self._make_heading(1))
        self.section_button.clicked.connect(lambda: self._make_heading(2))
        self.passage_button.clicked.connect(self._make_passage)
        self.merge_button.clicked.connect(self._merge)
        self.split_button.clicked.connect(self._split)
        fixes = QHBoxLayout()
        for button in (
            self.chapter_button,
            self.section_button,
            self.passage_button,
            self.merge_button,
            self.split_button,
            self.text_button,
        ):
            fixes.addWidget(button)
        self.details = LetterDetailsBox()
        self.meta_fields = self.details.fields
        self.save_meta_button = QPushButton(self.tr("Gegevens opslaan"))
        self.save_meta_button.clicked.connect(self._save_meta)
        self.reread_button = QPushButton(self.tr("Opnieuw inlezen"))
        self.reread_button.setToolTip(self.tr("Het bestand opnieuw lezen; uw correcties blijven"))
        self.reread_button.clicked.connect(self._reread)
        self.undo_fixes_button = QPushButton(self.tr("Correcties wissen…"))
        self.undo_fixes_button.setToolTip(
            self.tr("Alle correcties van deze brief wissen en het bestand opnieuw lezen")
        )
        self.undo_fixes_button.clicked.connect(self._ask_undo_fixes)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_fixes_button)
        bottom.addWidget(self.reread_button)
        bottom.addWidget(self.save_meta_button)
        right = QGroupBox(self.tr("Zoals Briefer het las"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.items, 3)
        right_layout.addLayout(fixes)
        right_layout.addWidget(self.details)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 660])
        splitter.splitterMoved.connect(lambda *_: self._fit_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self.reload()

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        check = self.actions.letter_check(self.letter_id)
        self.check = check
        self.setWindowTitle(self.tr("Inlezing controleren: %1").replace("%1", check.title))
        fixes = (
            self.tr("%1 correcties bewaard").replace("%1", str(check.fixes)) if check.fixes else ""
        )
        self.heading.setText(
            self.tr(
                "Links het origineel, rechts wat Briefer ervan maakte. Grijs is weggelaten "
                "(briefhoofd, kolom, kop- en voetregels, aanhef, ondertekening)."
            )
            + (f" {fixes}." if fixes else "")
        )
        self.details.show_values(check.meta)
        is_pdf = check.source is not None and check.source.suffix.lower() == ".pdf"
        self.is_pdf = is_pdf
        if is_pdf and check.source is not None and not self._lines:
            self.actions.load_page_lines(check.source, self._lines_loaded)
        self.original_scroll.setVisible(is_pdf)
        self.original_text.setVisible(not is_pdf)
        if not is_pdf:
            self.original_text.setPlainText(self._text_of(check.source))
        self.reread_button.setEnabled(check.source is not None)
        self.undo_fixes_button.setEnabled(check.source is not None and check.fixes > 0)
        self.show_page(min(self.page, max(1, check.pages)))

    def _lines_loaded(self, lines: list[list[TextLine]]) -> None:
        self._lines = lines
        self._fill_items()

    @property
    def lines_loaded(self) -> bool:
        return bool(self._lines)

    def _text_of(self, source: Path | None) -> str:
        if source is None:
            return self.tr(
                "Van een tekstbestand bewaart Briefer geen kopie; rechts staat wat is ingelezen."
            )
        return self.actions.document_text(source)

    def show_page(self, page: int) -> None:
        check = self.check
        if check is None:
            return
        pages = max(1, check.pages)
        if self.is_pdf and check.source is not None:
            pages = self.actions.page_count(check.source)
        self.page = max(1, min(page, pages))
        self.page_label.setText(
            self.tr("Pagina %1 van %2").replace("%1", str(self.page)).replace("%2", str(pages))
        )
        self.previous_button.setEnabled(self.page > 1)
        self.next_button.setEnabled(self.page < pages)
        if self.is_pdf and check.source is not None:
            image = self.actions.render_page(check.source, self.page, RENDER_SCALE)
            qimage = QImage(
                image.pixels, image.width, image.height, image.stride, QImage.Format.Format_ARGB32
            ).copy()
            self._page_pixmap = QPixmap.fromImage(qimage)
            self._fit_page()
        self._fill_items()

    def _fit_page(self) -> None:
        """The page as wide as the pane (no sideways scrolling), never larger than rendered."""
        if self._page_pixmap.isNull():
            return
        width = min(self._page_pixmap.width(), self.original_scroll.viewport().width() - 8)
        self.original_image.setPixmap(
            self._page_pixmap.scaledToWidth(
                max(200, width), Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_page()

    def _fill_items(self) -> None:
        assert self.check is not None
        lines = self._lines[self.page - 1] if self.page <= len(self._lines) else None
        self.items.show_page(self.check.items, lines, self.page)
        self._update_buttons()

    # --- fixes --------------------------------------------------------------------------
    def _current(self) -> tuple[str, str] | None:
        return self.items.current()

    def _update_buttons(self) -> None:
        current = self._current()
        kind = current[0] if current else None
        self.chapter_button.setEnabled(kind in (HEADING_ROW, PASSAGE_ROW))
        self.section_button.setEnabled(kind in (HEADING_ROW, PASSAGE_ROW))
        self.text_button.setEnabled(kind == FURNITURE_ROW)
        self.passage_button.setEnabled(kind == HEADING_ROW)
        self.merge_button.setEnabled(kind == PASSAGE_ROW)
        self.split_button.setEnabled(kind == PASSAGE_ROW)

    def select_text(self, start: str) -> bool:
        return self.items.select_text(start)

    def _busy(self) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Bezig…"))

    def _fix(self, fix: Fix, done_text: str) -> None:
        self._busy()

        def done(_result: object) -> None:
            self.status.setText(done_text)
            self.reload()

        self.actions.fix_letter(self.letter_id, fix, done, self._failed)

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet("color: #a61b1b")
        self.status.setText(message)

    def _make_heading(self, level: int) -> None:
        current = self._current()
        if current is not None:
            self._fix(Fix(HEADING, current[1], {"level": level}), self.tr("Kop gemaakt."))

    def _make_passage(self) -> None:
        current = self._current()
        if current is not None and current[0] == HEADING_ROW:
            self._fix(Fix(NOT_HEADING, current[1]), self.tr("De kop is nu een passage."))

    def _make_text(self) -> None:
        """A greyed page-margin line is the letter's text: read the file again with it."""
        current = self._current()
        if current is not None and current[0] == FURNITURE_ROW:
            fix = Fix(BODY_LINE, current[1], {"page": self.page})
            self._fix(fix, self.tr("De regel hoort nu bij de tekst van de brief."))

    def _merge(self) -> None:
        current = self._current()
        if current is not None and current[0] == PASSAGE_ROW:
            self._fix(Fix(MERGE, current[1]), self.tr("Passages samengevoegd."))

    def _split(self) -> None:
        current = self._current()
        if current is None or current[0] != PASSAGE_ROW or self.check is None:
            return
        text = next(item.text for item in self.check.items if item.key == current[1])
        offsets = [match.start() for match in _SENTENCE.finditer(text)]
        if not offsets:
            self.status.setText(self.tr("Deze passage heeft maar één zin."))
            return
        choices = [text[:at].rsplit(". ", 1)[-1][-80:] for at in offsets]
        chosen, accepted = QInputDialog.getItem(
            self, self.tr("Passage splitsen"), self.tr("Splitsen na de zin:"), choices, 0, False
        )
        if accepted:
            at = offsets[choices.index(chosen)]
            self._fix(Fix(SPLIT, current[1], {"at": at}), self.tr("Passage gesplitst."))

    def split_after(self, sentence_number: int) -> None:
        """Split the selected passage after its n-th sentence (1-based)."""
        current = self._current()
        if current is None or self.check is None:
            return
        text = next(item.text for item in self.check.items if item.key == current[1])
        offsets = [match.start() for match in _SENTENCE.finditer(text)]
        if 0 < sentence_number <= len(offsets):
            at = offsets[sentence_number - 1]
            self._fix(Fix(SPLIT, current[1], {"at": at}), self.tr("Passage gesplitst."))

    def _save_meta(self) -> None:
        if self.check is None:
            return
        changed = self.details.changes(self.check.meta)
        if not changed:
            self.status.setText(self.tr("Geen gewijzigde gegevens."))
            return
        self._busy()
        fixes = [Fix(META, name, {"value": value}) for name, value in changed]

        def done(_result: object) -> None:
            self.status.setText(self.tr("Gegevens opgeslagen."))
            self.reload()

        self.actions.fix_letter_many(self.letter_id, fixes, done, self._failed)

    def _reread(self) -> None:
        self._busy()

        def done(_result: object) -> None:
            self.status.setText(self.tr("Opnieuw ingelezen; uw correcties zijn weer toegepast."))
            self.reload()

        self.actions.reread_letter(self.letter_id, done, self._failed)

    def _ask_undo_fixes(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Correcties wissen"),
            self.tr(
                "Alle correcties van deze brief wissen en het bestand lezen zoals Briefer het "
                "zelf leest? Uw notities en thema-keuzes blijven."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_fixes()

    def undo_fixes(self) -> None:
        """Forget every fix of this letter and read its file again."""
        self._busy()

        def done(_result: object) -> None:
            self.status.setText(self.tr("Correcties gewist; de brief is opnieuw ingelezen."))
            self.reload()

        self.actions.reread_letter(self.letter_id, done, self._failed, keep_fixes=False)
