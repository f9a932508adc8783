"""The library as a tree: letters, then their chapters and sections, loaded lazily.

Only the letters are read when the model is filled (one query, so 1,000
letters open as fast as one); a letter's outline is read the first time the
user opens it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from briefer.core.library import LetterRow, SectionNode, letter_outline, list_letters
from briefer.core.store.database import Store
from briefer.ui.formatting import date_text
from briefer.ui.kind_texts import kind_label, kind_tooltip

LETTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Node:
    letter_id: int
    title: str
    tooltip: str
    section_id: int | None = None
    page: int | None = None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    loaded: bool = False


class LibraryModel(QAbstractItemModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._letters: list[_Node] = []
        self.rows: list[LetterRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list_letters(self.store)
        self._letters = [_letter_node(row) for row in self.rows]
        self.endResetModel()

    # --- structure -------------------------------------------------------------
    def _node(self, index: Index) -> _Node | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        siblings = self._children(self._node(parent))
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        owner = node.parent
        siblings = self._children(owner.parent)
        return self.createIndex(siblings.index(owner), 0, owner)

    def _children(self, node: _Node | None) -> list[_Node]:
        return self._letters if node is None else node.children

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        node = self._node(parent)
        if node is None:
            return len(self._letters)
        return len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        node = self._node(parent)
        if node is None:
            return bool(self._letters)
        if node.section_id is None and not node.loaded:
            return True  # a letter: its outline is read when opened
        return bool(node.children)

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return node is not None and node.section_id is None and not node.loaded

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node is None or node.loaded:
            return
        node.loaded = True
        outline = letter_outline(self.store, node.letter_id)
        children = [_section_node(node.letter_id, s, node) for s in outline.sections]
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            node.children = children
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self._node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip
        if role == LETTER_ID_ROLE:
            return node.letter_id
        if role == SECTION_ID_ROLE:
            return node.section_id
        return None

    def letter_index(self, letter_id: int) -> QModelIndex:
        for row, node in enumerate(self._letters):
            if node.letter_id == letter_id:
                return self.createIndex(row, 0, node)
        return QModelIndex()

    def section_index(self, letter_id: int, section_id: int) -> QModelIndex:
        letter = self.letter_index(letter_id)
        if not letter.isValid():
            return QModelIndex()
        self.fetchMore(letter)
        stack = [(letter, self._node(letter))]
        while stack:
            parent_index, node = stack.pop()
            if node is None:
                continue
            for row, child in enumerate(node.children):
                child_index = self.index(row, 0, parent_index)
                if child.section_id == section_id:
                    return child_index
                stack.append((child_index, child))
        return QModelIndex()


def _letter_node(row: LetterRow) -> _Node:
    first = row.label
    when = date_text(row.date)
    second = row.title if row.kamerstuk else row.source_name
    # The kind first on the second line ("Motie · …"), so letters of each kind stand out.
    title = f"{first}\n{kind_label(row.kind)} · {second}" + (f" · {when}" if when else "")
    tip = f"{row.title}\n{row.pages} pagina's, {row.passages} passages\n{row.source_name}"
    tip += f"\n{kind_label(row.kind)}: {kind_tooltip(row.kind)}"
    if row.details.notice:
        tip += f"\n{row.details.notice}"
    return _Node(row.id, title, tip)


def _section_node(letter_id: int, section: SectionNode, parent: _Node) -> _Node:
    node = _Node(
        letter_id,
        section.title,
        f"{section.title} (p. {section.page})",
        section.id,
        section.page,
        parent,
        loaded=True,
    )
    node.children = [_section_node(letter_id, child, node) for child in section.sections]
    return node
