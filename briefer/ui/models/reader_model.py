"""A letter as rows for the reader: headings and passages, each passage with its pages
and the colours of the themes it carries."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from briefer.core.library import LetterOutline, LetterRow, SectionNode, letter_outline
from briefer.core.store.database import Store
from briefer.core.theme_labels import short_labels
from briefer.core.themes import ThemeRow, list_themes
from briefer.ingest.model import ParsedFootnote
from briefer.ui.formatting import date_text, number_text
from briefer.ui.kind_texts import kind_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ReaderRow:
    kind: str  # "title" | "notice" (the reader's line on how it read) | "heading" | "passage"
    text: str
    level: int = 0
    pages: str = ""
    passage_id: int | None = None
    section_id: int | None = None
    themes: tuple[str, ...] = ()
    colors: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()  # each theme's short label ("Ru", "WB"), beside its colour
    role: str | None = None  # a passage's part: vraag, antwoord, overweging, verzoek, positie
    number: int | None = None  # a question's and its answer's
    footnotes: tuple[ParsedFootnote, ...] = ()


@dataclass(frozen=True)
class LegendEntry:
    name: str
    label: str
    color: str
    passages: int  # passages of the letter on the theme
    theme_id: int = 0


class ReaderModel(QAbstractListModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.letter_id: int | None = None
        self.outline: LetterOutline | None = None
        self.rows: list[ReaderRow] = []
        self.themes: list[ThemeRow] = []
        self.labels: dict[str, str] = {}

    def load(self, letter_id: int | None) -> None:
        self.beginResetModel()
        self.letter_id = letter_id
        self.rows = []
        self.outline = None
        if letter_id is not None:
            self.outline = letter_outline(self.store, letter_id)
            self.themes = list_themes(self.store)
            self.labels = short_labels(theme.name for theme in self.themes)
            colors = {theme.name: theme.color for theme in self.themes}
            self.rows = _rows(self.outline, colors, self.labels)
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.letter_id)

    def legend(self) -> list[LegendEntry]:
        """The themes this letter's passages carry, in the themes' order, with counts."""
        counts: dict[str, int] = {}
        for row in self.rows:
            for name in row.themes:
                counts[name] = counts.get(name, 0) + 1
        return [
            LegendEntry(
                theme.name, self.labels[theme.name], theme.color, counts[theme.name], theme.id
            )
            for theme in self.themes
            if theme.name in counts
        ]

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
            if not row.themes:
                return None
            return ", ".join(
                f"{name} ({label})" for name, label in zip(row.themes, row.labels, strict=True)
            )
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


def _passage_row(passage: object, colors: dict[str, str], labels: dict[str, str]) -> ReaderRow:
    from briefer.core.library import PassageRow

    assert isinstance(passage, PassageRow)
    return ReaderRow(
        "passage",
        passage.text,
        pages=passage.pages_label,
        passage_id=passage.id,
        themes=passage.themes,
        colors=tuple(colors.get(name, "#999999") for name in passage.themes),
        labels=tuple(labels.get(name, name[:2]) for name in passage.themes),
        role=passage.role,
        number=passage.number,
        footnotes=passage.footnotes,
    )


def _facts(letter: LetterRow) -> list[str]:
    """What the title says of the letter: its kind, number, dates and who signed,
    asked or answered."""
    details = letter.details
    signed = ", ".join(name for name, _role in details.signatories) or letter.signatory or ""
    asked = answered = ""
    if details.asked_by:
        asked = QCoreApplication.translate("ReaderModel", "vragen van %1").replace(
            "%1", details.asked_by
        )
        if details.asked_on:
            asked += f" ({date_text(details.asked_on)})"
    if details.answered_by:
        answered = QCoreApplication.translate("ReaderModel", "antwoord van %1").replace(
            "%1", details.answered_by
        )
        if details.answered_on:
            answered += f" ({date_text(details.answered_on)})"
    indieners = ""
    if details.indieners:
        names = ", ".join(details.indieners)
        indieners = QCoreApplication.translate("ReaderModel", "ingediend door %1").replace(
            "%1", names
        )
    return [
        kind_label(letter.kind),
        f"Kamerstuk {letter.kamerstuk}" if letter.kamerstuk else "",
        QCoreApplication.translate("ReaderModel", "nr. %1").replace("%1", details.number)
        if details.number
        else "",
        f"vergaderjaar {letter.vergaderjaar}" if letter.vergaderjaar else "",
        date_text(letter.date),
        "" if asked or answered else signed,
        asked,
        answered,
        indieners,
        pages_text(letter.pages),
    ]


def pages_text(pages: int) -> str:
    """ "18 pagina's" ("18 pages"), "1 pagina"."""
    if pages == 1:
        return QCoreApplication.translate("ReaderModel", "1 pagina")
    text = QCoreApplication.translate("ReaderModel", "%1 pagina's")
    return text.replace("%1", number_text(pages))


def _rows(
    outline: LetterOutline, colors: dict[str, str], labels: dict[str, str]
) -> list[ReaderRow]:
    letter = outline.letter
    facts = " · ".join(fact for fact in _facts(letter) if fact)
    rows = [ReaderRow("title", letter.title, pages=facts)]
    if letter.details.notice:
        rows.append(ReaderRow("notice", letter.details.notice))
    rows += [_passage_row(p, colors, labels) for p in outline.passages]

    def add(section: SectionNode) -> None:
        rows.append(
            ReaderRow(
                "heading", section.title, section.level, f"p. {section.page}", None, section.id
            )
        )
        rows.extend(_passage_row(p, colors, labels) for p in section.passages)
        for child in section.sections:
            add(child)

    for section in outline.sections:
        add(section)
    return rows
