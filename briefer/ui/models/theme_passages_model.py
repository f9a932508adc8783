"""The passages of one theme as a list model, and the delegate that draws each row.

A row shows the citation, the section, a two-line excerpt and why the passage
carries the theme, with a check box in front: checked = on the theme. The
model never changes data itself; a click on the box asks for a toggle through
``toggle_requested`` and the panel calls the matching action.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from briefer.core.citations import pages_label
from briefer.core.theme_list import fold
from briefer.ui import texts

if TYPE_CHECKING:
    from briefer.core.tags import ThemePassage

PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the ThemePassage
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # folded text the filter matches against

_Index = QModelIndex | QPersistentModelIndex
_MARGIN = 8
_GAP = 3


def citation(passage: ThemePassage) -> str:
    """How a passage is cited: "Kamerstuk 35 925 V, nr. 84, p. 13–14"."""
    return f"{passage.letter}, {pages_label(passage.first_page, passage.last_page)}"


class ThemePassagesModel(QAbstractListModel):
    toggle_requested = Signal(int)  # passage id: include it if excluded, else exclude it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ThemePassage] = []
        self._folded: dict[int, str] = {}  # passage id -> text the filter searches

    # --- content ---------------------------------------------------------------
    def set_passages(self, rows: list[ThemePassage]) -> None:
        """Show these rows; same passages as before -> update in place (keeps selection)."""
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [
                i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
            ]
            self._rows = list(rows)
            for row in changed:
                self._folded.pop(rows[row].id, None)
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._folded.clear()
        self.endResetModel()

    def passages(self) -> list[ThemePassage]:
        return list(self._rows)

    def passage(self, row: int) -> ThemePassage:
        return self._rows[row]

    def row_of(self, passage_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == passage_id), -1)

    # --- Qt model --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        passage = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return citation(passage)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked if passage.excluded else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(passage)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("uitgesloten") if passage.excluded else self.tr("opgenomen")
            return f"{citation(passage)}, {passage.section or ''}, {state}: {passage.text}"
        if role == PASSAGE_ROLE:
            return passage
        if role == SEARCH_ROLE:
            if passage.id not in self._folded:
                words = [citation(passage), passage.section or "", passage.text]
                self._folded[passage.id] = fold(" ".join(words))
            return self._folded[passage.id]
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        passage = self._rows[index.row()]
        wanted_excluded = value in (Qt.CheckState.Unchecked, Qt.CheckState.Unchecked.value)
        if wanted_excluded != passage.excluded:
            self.toggle_requested.emit(passage.id)
        return True

    def _tooltip(self, passage: ThemePassage) -> str:
        reasons = "; ".join(texts.reasons(passage.reasons))
        parts = [f"<b>{escape(citation(passage))}</b>"]
        if passage.section:
            parts.append(f"<i>{escape(passage.section)}</i>")
        parts.append(escape(passage.text))
        if passage.excluded:
            parts.append(escape(self.tr("Uitgesloten van dit thema.")))
        elif reasons:
            parts.append(escape(self.tr("Waarom: %1").replace("%1", reasons)))
        return "<p>" + "</p><p>".join(parts) + "</p>"


# --- drawing -------------------------------------------------------------------
def _slice16(text: str, start: int, length: int) -> str:
    """Cut a string by the UTF-16 positions QTextLayout reports."""
    data = text.encode("utf-16-le")
    return data[2 * start : 2 * (start + length)].decode("utf-16-le", errors="ignore")


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """The text wrapped at ``width``, at most ``max_lines`` lines, the last one elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10))
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [_slice16(text, start, length).strip() for start, length in spans]
    if spans:
        start = spans[-1][0]
        rest = _slice16(text, start, len(text.encode("utf-16-le")) // 2 - start).strip()
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


def draw_empty_hint(painter: QPainter, rect: QRect, text: str, palette: QPalette) -> None:
    """A calm grey sentence in an empty list, instead of a blank pane."""
    painter.save()
    painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    painter.drawText(
        rect.adjusted(24, 24, -24, -24),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.restore()


def mute(widget: QWidget, strength: float = 0.66) -> None:
    """Grey a label's text by fading the palette's own colour (works on dark themes too)."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        color = palette.color(role)
        color.setAlphaF(strength)
        palette.setColor(role, color)
    widget.setPalette(palette)


class PassageDelegate(QStyledItemDelegate):
    """Check box, citation (+ badge), section, two lines of text, the reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont]:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.88, 7.0))
        return bold, small

    @staticmethod
    def check_rect(rect: QRect) -> QRect:
        """Where the check box sits in a row (also the area a click toggles)."""
        style = QApplication.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        return QRect(rect.left() + _MARGIN, rect.top() + _MARGIN + 1, size, size)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        bold, small = self._fonts(option.font)  # type: ignore[attr-defined]
        base = QFontMetrics(option.font).lineSpacing()  # type: ignore[attr-defined]
        height = (
            QFontMetrics(bold).lineSpacing()
            + QFontMetrics(small).lineSpacing() * 2
            + base * 2
            + 2 * _MARGIN
            + 3 * _GAP
        )
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        passage: ThemePassage | None = index.data(PASSAGE_ROLE)
        if passage is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect  # type: ignore[attr-defined]
        box = QStyleOptionButton()
        box.rect = self.check_rect(rect)
        box.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_Off if passage.excluded else QStyle.StateFlag.State_On
        )
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = QColor(main)
        grey.setAlphaF(0.62)
        if passage.excluded:
            main = QColor(grey)
            grey.setAlphaF(0.45)
        bold, small = self._fonts(opt.font)  # type: ignore[attr-defined]
        left = box.rect.right() + _MARGIN + 2
        width = rect.right() - _MARGIN - left
        y = rect.top() + _MARGIN

        painter.save()
        badge = self._badge(passage)
        badge_width = 0
        if badge:
            painter.setFont(small)
            badge_width = QFontMetrics(small).horizontalAdvance(badge) + 12
            badge_rect = QRect(rect.right() - _MARGIN - badge_width, y, badge_width, 0)
            badge_rect.setHeight(QFontMetrics(bold).lineSpacing())
            tint = QColor("#B03A2E" if passage.excluded else "#1F618D")
            if selected:
                tint = QColor(main)
            painter.setPen(tint)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)

        bold.setStrikeOut(passage.excluded)
        painter.setFont(bold)
        painter.setPen(main)
        line = QFontMetrics(bold).lineSpacing()
        text = QFontMetrics(bold).elidedText(
            citation(passage), Qt.TextElideMode.ElideRight, width - badge_width - 6
        )
        painter.drawText(QRect(left, y, width, line), Qt.AlignmentFlag.AlignVCenter, text)
        y += line + _GAP

        small_line = QFontMetrics(small).lineSpacing()
        painter.setFont(small)
        painter.setPen(grey)
        section = passage.section or self.tr("(buiten een sectie)")
        section = QFontMetrics(small).elidedText(section, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, small_line), Qt.AlignmentFlag.AlignVCenter, section)
        y += small_line + _GAP

        body = QFont(opt.font)  # type: ignore[attr-defined]
        body.setStrikeOut(passage.excluded)
        painter.setFont(body)
        painter.setPen(main)
        body_line = QFontMetrics(body).lineSpacing()
        for excerpt in wrapped_lines(passage.text, body, width, 2):
            painter.drawText(
                QRect(left, y, width, body_line), Qt.AlignmentFlag.AlignVCenter, excerpt
            )
            y += body_line
        y += _GAP

        painter.setFont(small)
        painter.setPen(grey)
        reasons = self._reasons(passage)
        reasons = QFontMetrics(small).elidedText(reasons, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, small_line), Qt.AlignmentFlag.AlignVCenter, reasons)
        painter.restore()

    def _badge(self, passage: ThemePassage) -> str:
        if passage.excluded:
            return self.tr("uitgesloten")
        if passage.manual:
            return self.tr("handmatig")
        return ""

    def _reasons(self, passage: ThemePassage) -> str:
        if passage.excluded:
            return self.tr("Uitgesloten — vink aan om weer op te nemen")
        return " · ".join(texts.reasons(passage.reasons))

    def editorEvent(
        self,
        event: QEvent,
        model: object,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        inside = self.check_rect(option.rect).adjusted(-4, -4, 4, 4)  # type: ignore[attr-defined]
        if not inside.contains(event.position().toPoint()):
            return False
        if event.type() == QEvent.Type.MouseButtonRelease:
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            index.model().setData(index, new, Qt.ItemDataRole.CheckStateRole)
        return True  # press and double-click on the box do nothing else
