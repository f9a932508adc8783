"""The themes with their colour and passage count, for the navigator."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from briefer.core.store.database import Store
from briefer.core.themes import ThemeRow, list_themes
from briefer.ui.formatting import number_text

THEME_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ThemesModel(QAbstractListModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.themes: list[ThemeRow] = []
        self._icons: dict[str, QIcon] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self.themes = list_themes(self.store)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.themes)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        theme = self.themes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{theme.name} ({number_text(theme.passages)})"
        if role == Qt.ItemDataRole.DecorationRole:
            if theme.color not in self._icons:
                self._icons[theme.color] = swatch(theme.color)
            return self._icons[theme.color]
        if role == Qt.ItemDataRole.ToolTipRole:
            return theme.description or theme.name
        if role == THEME_ID_ROLE:
            return theme.id
        return None

    def row_of(self, theme_id: int) -> int:
        for row, theme in enumerate(self.themes):
            if theme.id == theme_id:
                return row
        return -1
