"""Tree rows as tall as their wrapped text: a long section title in the library
wraps onto a second line in the width the pane has, instead of ending in "…"
while the pane has room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_PAD = 6  # above and below the text


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.viewport().installEventFilter(self)
        self._width = 0

    def _depth(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        indent = self.view.indentation() * (
            self._depth(index) + (1 if self.view.rootIsDecorated() else 0)
        )
        width = self.view.viewport().width() - indent - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 40 or not text:
            return size
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(min(size.width(), width), max(size.height(), bounds.height() + _PAD))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self._width:
            self._width = self.view.viewport().width()
            self.sizeHintChanged.emit(QModelIndex())
            self.view.scheduleDelayedItemsLayout()
        return False
