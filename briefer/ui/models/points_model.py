"""A theme's talking points as a list model, with the delegate that draws and edits them.

Each row is a numbered point with its citations beneath in small grey text.
The model never writes: an edit asks for ``edit_requested`` and a drag-and-drop
move asks for ``reorder_requested`` (the whole order before and after), and the
panel turns those into undoable actions.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from briefer.core.points import CitationRow, PointRow

POINT_ROLE = Qt.ItemDataRole.UserRole + 1  # the PointRow
MIME_TYPE = "application/x-briefer-talking-points"

_Index = QModelIndex | QPersistentModelIndex
_MARGIN = 8


def moved_order(order: list[int], moved: list[int], row: int) -> list[int]:
    """The order after dropping ``moved`` (ids) before row ``row`` of ``order``."""
    moving = [pid for pid in order if pid in moved]
    insert_at = row - sum(1 for pid in order[:row] if pid in moved)
    rest = [pid for pid in order if pid not in moved]
    return rest[:insert_at] + moving + rest[insert_at:]


class PointsModel(QAbstractListModel):
    edit_requested = Signal(int, str)  # point id, new text
    reorder_requested = Signal(list, list)  # ids before, ids after

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PointRow] = []
        self.last_moved: list[int] = []  # the ids the last drop moved

    def set_points(self, rows: list[PointRow]) -> None:
        """Show these points; the same number as before -> update in place (keeps editors)."""
        if len(rows) == len(self._rows):
            self.layoutAboutToBeChanged.emit()
            self._rows = list(rows)
            self.layoutChanged.emit()
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def point(self, row: int) -> PointRow:
        return self._rows[row]

    def ids(self) -> list[int]:
        return [p.id for p in self._rows]

    def row_of(self, point_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == point_id), -1)

    # --- Qt model --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        point = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return point.text
        if role == Qt.ItemDataRole.ToolTipRole:
            sources = "\n".join(citation_label(c) for c in point.citations)
            return f"{point.text}\n\n{sources}" if sources else point.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{point.position}. {point.text}"
        if role == POINT_ROLE:
            return point
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = " ".join(str(value or "").split())
        point = self._rows[index.row()]
        if text and text != point.text:
            self.edit_requested.emit(point.id, text)
        return True

    # --- drag and drop (InternalMove) ------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps([self._rows[r].id for r in rows]).encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            moved = [int(pid) for pid in json.loads(bytes(data.data(MIME_TYPE).data()))]
        except (ValueError, TypeError):
            return False
        if row < 0:  # dropped on an item: before it; on the empty area: at the end
            row = parent.row() if parent.isValid() else len(self._rows)
        before = self.ids()
        after = moved_order(before, moved, row)
        if after != before:
            self.last_moved = [pid for pid in before if pid in moved]
            self.reorder_requested.emit(before, after)
        return True


def citation_label(cite: CitationRow) -> str:
    if not cite.retired:
        return cite.label
    return f"{cite.label} " + QCoreApplication.translate("PointsModel", "(vervallen)")


class PointEditor(QPlainTextEdit):
    """In-place editor: wraps long points; Enter saves, Shift+Enter too, Esc cancels."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.Box)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return
        super().keyPressEvent(event)


class PointDelegate(QStyledItemDelegate):
    """Number, wrapped text, and the citations beneath in small grey text."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    @staticmethod
    def _small(base: QFont) -> QFont:
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.88, 7.0))
        return small

    def _columns(self, rect: QRect, font: QFont) -> tuple[int, int]:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        number = QFontMetrics(bold).horizontalAdvance("00.")
        left = rect.left() + _MARGIN + number + 6
        return left, max(rect.right() - _MARGIN - left, 40)

    def _lines(self, point: PointRow) -> list[str]:
        kind = [self.tr("Reactief: alleen op vraag")] if point.kind == "reactief" else []
        if not point.citations:
            return [*kind, self.tr("Nog geen bron gekoppeld")]
        return kind + [
            self.tr("Bron: %1").replace("%1", citation_label(c)) for c in point.citations
        ]

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        point: PointRow | None = index.data(POINT_ROLE)
        font: QFont = option.font  # type: ignore[attr-defined]
        width = self._view.viewport().width() - 2
        if point is None:
            return QSize(width, QFontMetrics(font).lineSpacing())
        _left, text_width = self._columns(QRect(0, 0, width, 10), font)
        text_height = (
            QFontMetrics(font)
            .boundingRect(QRect(0, 0, text_width, 100_000), Qt.TextFlag.TextWordWrap, point.text)
            .height()
        )
        small = QFontMetrics(self._small(font)).lineSpacing()
        return QSize(width, text_height + small * len(self._lines(point)) + 2 * _MARGIN + 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        point: PointRow | None = index.data(POINT_ROLE)
        if point is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect  # type: ignore[attr-defined]
        font: QFont = opt.font  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = QColor(main)
        grey.setAlphaF(0.6)
        left, width = self._columns(rect, font)
        top = rect.top() + _MARGIN

        painter.save()
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(main)
        number_rect = QRect(rect.left() + _MARGIN, top, left - rect.left() - _MARGIN - 6, 0)
        number_rect.setHeight(QFontMetrics(bold).lineSpacing())
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight, f"{point.position}.")

        painter.setFont(font)
        text_rect = QFontMetrics(font).boundingRect(
            QRect(left, top, width, 100_000), Qt.TextFlag.TextWordWrap, point.text
        )
        painter.drawText(
            QRect(left, top, width, text_rect.height()), Qt.TextFlag.TextWordWrap, point.text
        )
        y = top + text_rect.height() + 3

        small = self._small(font)
        small.setItalic(not point.citations)
        metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(grey)
        for line in self._lines(point):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, y, width, metrics.lineSpacing()), 0, text)
            y += metrics.lineSpacing()
        painter.restore()

    # --- editing in place ------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = PointEditor(parent)
        editor.committed.connect(lambda: self._commit(editor))
        return editor

    def _commit(self, editor: PointEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, PointEditor):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, PointEditor):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        left, width = self._columns(rect, option.font)  # type: ignore[attr-defined]
        lines = QFontMetrics(option.font).lineSpacing() * 3  # type: ignore[attr-defined]
        editor.setGeometry(
            QRect(left - 4, rect.top() + 2, width + 8, max(rect.height() - 4, lines))
        )
