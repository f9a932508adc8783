"""The right-hand list of the import check: what was read from one page.

Chapters and sections in bold, passages with their pages (and their part:
"Vraag 1", "Antwoord 1"), each passage's footnotes printed on the page beneath
it, small, and, greyed out and labelled, the lines of the page that are in no
heading, passage or footnote (the side column, the page margin, the letter's
details such as letterhead and salutation; a footnote line kept with no passage).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefer.core.importing.letter_fixes import CheckItem
from briefer.core.letter_kinds import role_label as printed_label
from briefer.ingest.page_analysis import BODY, FOOTNOTE, FURNITURE, SIDE, TextLine
from briefer.ui.kind_texts import role_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # a passage's text, without its part's label
OMITTED, HEADING_ROW, PASSAGE_ROW = "omitted", "heading", "passage"
FURNITURE_ROW = "furniture"  # a greyed page-margin line the user can say is text after all
FOOTNOTE_ROW = "footnote"  # a footnote of the passage above it (nothing to fix on it)


def _squash(text: str) -> str:
    return re.sub(r"[\s\-\[\]]+", "", text).lower()


class CheckItemsList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkItems")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)

    def show_page(self, items: list[CheckItem], lines: list[TextLine] | None, page: int) -> None:
        """The headings and passages on ``page``; ``lines`` (a PDF's) give the left-out ones."""
        self.clear()
        shown = [item for item in items if item.first_page <= page <= item.last_page]
        if lines:
            self._left_out(lines, shown)
        for item in shown:
            if item.is_heading:
                label = self.tr("Hoofdstuk") if item.level == 1 else self.tr("Sectie")
                self._add_row(HEADING_ROW, item.key, f"{label}: {item.text}")
            else:
                pages = (
                    f"p. {item.first_page}"
                    if item.first_page == item.last_page
                    else f"p. {item.first_page}-{item.last_page}"
                )
                role = role_label(item.role, item.number)
                label = f"{role}: " if role else ""
                self._add_row(PASSAGE_ROW, item.key, f"{label}{item.text}  ({pages})", item.text)
                for note in item.footnotes:
                    if note.page == page or not item.first_page <= note.page <= item.last_page:
                        self._add_row(
                            FOOTNOTE_ROW, "", f"      [{note.marker}]  {note.text}", note.text
                        )

    def _left_out(self, lines: list[TextLine], shown: list[CheckItem]) -> None:
        notes = " ".join(f"{n.marker} {n.text}" for item in shown for n in item.footnotes)
        # The labels the page prints before a question or answer ("Vraag 1") are read too.
        labels = " ".join(printed_label(item.role, item.number) for item in shown)
        read = _squash(" ".join(item.text for item in shown) + f" {notes} {labels}")
        omitted = [line for line in lines if _squash(line.text.rstrip("-")) not in read]
        # The body column's lines first, then the column beside it, each top to bottom.
        side = [line.x0 for line in lines if line.kind == SIDE]
        edge = min(side) - 1 if side else float("inf")
        # Furniture in the body's column may be text after all; beside it, it never is.
        body_right = max((line.x1 for line in lines if line.kind == BODY), default=edge)
        omitted.sort(key=lambda line: (line.x0 >= edge, -line.baseline, line.x0))
        for line in omitted:
            if line.x0 >= edge:
                tag = self.tr("kolom")
            elif line.kind == FURNITURE and line.x0 < body_right:
                self._add_row(FURNITURE_ROW, line.text, f"[{self.tr('paginarand')}]  {line.text}")
                continue
            elif line.kind == FURNITURE:
                tag = self.tr("paginarand")
            elif line.kind == FOOTNOTE:  # a footnote that no passage cites
                tag = self.tr("voetnoot")
            else:
                tag = self.tr("gegevens")
            self._add_row(OMITTED, "", f"[{tag}]  {line.text}")

    def _add_row(self, kind: str, key: str, text: str, plain: str | None = None) -> None:
        row = QListWidgetItem(text)
        row.setData(KEY_ROLE, key)
        row.setData(KIND_ROLE, kind)
        row.setData(TEXT_ROLE, text if plain is None else plain)
        if kind == FOOTNOTE_ROW:  # small, beneath its passage; read, not left out
            row.setForeground(QColor("#555555"))
            font = row.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            row.setFont(font)
            row.setToolTip(self.tr("Voetnoot bij de passage erboven"))
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        elif kind == OMITTED:
            row.setForeground(QColor("#8a8a8a"))
            font = row.font()
            font.setItalic(True)
            row.setFont(font)
            row.setToolTip(self.tr("Weggelaten: geen tekst van de brief"))
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        elif kind == FURNITURE_ROW:  # greyed, but it can be chosen: it may be text after all
            row.setForeground(QColor("#8a8a8a"))
            font = row.font()
            font.setItalic(True)
            row.setFont(font)
            row.setToolTip(
                self.tr(
                    "Weggelaten als kop- of voetregel of paginanummer; is het tekst van de "
                    "brief, kies dan 'Tekst van de brief'"
                )
            )
        elif kind == HEADING_ROW:
            font = QFont(row.font())
            font.setBold(True)
            row.setFont(font)
        self.addItem(row)

    def current(self) -> tuple[str, str] | None:
        """(kind, key) of the selected heading or passage."""
        row = self.currentItem()
        if row is None or row.data(KIND_ROLE) in (OMITTED, FOOTNOTE_ROW):
            return None
        return str(row.data(KIND_ROLE)), str(row.data(KEY_ROLE))

    def select_text(self, start: str) -> bool:
        """Select the row whose text starts with ``start`` (for keyboard users and tests)."""
        for index in range(self.count()):
            row = self.item(index)
            heading = row.data(KIND_ROLE) == HEADING_ROW
            text = row.text().split(": ", 1)[-1] if heading else str(row.data(TEXT_ROLE))
            if row.data(KIND_ROLE) == FURNITURE_ROW:
                text = str(row.data(KEY_ROLE))
            if text.startswith(start) and row.data(KIND_ROLE) not in (OMITTED, FOOTNOTE_ROW):
                self.setCurrentRow(index)
                return True
        return False
