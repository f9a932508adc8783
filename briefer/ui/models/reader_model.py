"""A letter as rows for the reader: headings and passages, each passage with its pages
and the colours of the themes it carries."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from briefer.core.library import LetterOutline, SectionNode, letter_outline
from briefer.core.store import Store
from briefer.core.themes import list_themes

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ReaderRow:
    kind: str  # "title" | "heading" | "passage"
    text: str
    level: int = 0
    pages: str = ""
    passage_id: int | None = None
    section_id: int | None = None
    themes: tuple[str, ...] = ()
    colors: tuple[str, ...] = ()


class ReaderModel(QAbstractListModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.letter_id: int | None = None
        self.outline: LetterOutline | None = None
        self.rows: list[ReaderRow] = []

    def load(self, letter_id: int | None) -> None:
        self.beginResetModel()
        self.letter_id = letter_id
        self.rows = []
        self.outline = None
        if letter_id is not None:
            self.outline = letter_outline(self.store, letter_id)
            colors = {theme.name: theme.color for theme in list_themes(self.store)}
            self.rows = _rows(self.outline, colors)
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.letter_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and row.kind == "passage":
            return ", ".join(row.themes) if row.themes else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.pages} {row.text}" if row.pages else row.text
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].kind == "passage":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def row_of_passage(self, passage_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.passage_id == passage_id:
                return number
        return -1

    def row_of_section(self, section_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.kind == "heading" and row.section_id == section_id:
                return number
        return -1


def _passage_row(passage: object, colors: dict[str, str]) -> ReaderRow:
    from briefer.core.library import PassageRow

    assert isinstance(passage, PassageRow)
    return ReaderRow(
        "passage",
        passage.text,
        pages=passage.pages_label,
        passage_id=passage.id,
        themes=passage.themes,
        colors=tuple(colors.get(name, "#999999") for name in passage.themes),
    )


def _rows(outline: LetterOutline, colors: dict[str, str]) -> list[ReaderRow]:
    letter = outline.letter
    facts = " · ".join(
        fact
        for fact in (
            f"Kamerstuk {letter.kamerstuk}" if letter.kamerstuk else "",
            f"vergaderjaar {letter.vergaderjaar}" if letter.vergaderjaar else "",
            letter.date.strftime("%d-%m-%Y") if letter.date else "",
            letter.signatory or "",
            f"{letter.pages} pagina's",
        )
        if fact
    )
    rows = [ReaderRow("title", letter.title, pages=facts)]
    rows += [_passage_row(p, colors) for p in outline.passages]

    def add(section: SectionNode) -> None:
        rows.append(
            ReaderRow(
                "heading", section.title, section.level, f"p. {section.page}", None, section.id
            )
        )
        rows.extend(_passage_row(p, colors) for p in section.passages)
        for child in section.sections:
            add(child)

    for section in outline.sections:
        add(section)
    return rows
