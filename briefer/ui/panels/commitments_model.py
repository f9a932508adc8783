"""The table model of the Toezeggingen view: one row per commitment, no item objects.

A library of 1,000 letters holds some 16,000 commitments; a QTableWidget made five
items for each (80,000 objects, seconds of work and 150 MB) while the window was
built. The model answers only for the rows on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from briefer.compose.labels import due_text
from briefer.core.commitment_register import DONE, OPEN, OVERDUE, CommitmentRow
from briefer.ui.i18n import current_language

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor("#b3261e")
DONE_COLOR = QColor("#6b6b6b")
_Index = QModelIndex | QPersistentModelIndex


class CommitmentsModel(QAbstractTableModel):
    """Subject, due moment, state, source and themes of each commitment."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CommitmentRow] = []
        self._headers = [
            self.tr("Onderwerp"),
            self.tr("Termijn"),
            self.tr("Status"),
            self.tr("Bron"),
            self.tr("Thema's"),
        ]
        self._states = {
            OPEN: self.tr("open"),
            DONE: self.tr("afgedaan"),
            OVERDUE: self.tr("verlopen"),
        }
        self._no_due = self.tr("geen termijn")
        self._overdue = QBrush(OVERDUE_COLOR)
        self._done = QBrush(DONE_COLOR)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[CommitmentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.text}\n\n{row.due_phrase}" if row.due_phrase else row.text
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == OVERDUE:
                return self._overdue
            return self._done if row.status == DONE else None
        if role == Qt.ItemDataRole.FontRole and row.status == OVERDUE and column in (1, 2):
            return self._bold
        return None

    def _cell(self, row: CommitmentRow, column: int) -> str:
        if column == 0:
            return row.subject
        if column == 1:  # as the exports print it: "1 juni 2022", in English "summer 2022"
            return due_text(row.due, current_language()) if row.due else self._no_due
        if column == 2:
            return self._states[row.status]
        if column == 3:
            return f"{row.letter.removeprefix('Kamerstuk ')}, p. {row.page}"
        return ", ".join(row.themes)
