"""The reader: a letter as readable text, page numbers in the margin, each passage
marked with its themes: a mark in the theme's colour carrying the theme's short
label (``Ru``, ``WB``), so colour is never the only sign; hovering a mark names
the theme, and the legend above the reader lists them all. Selecting a passage
tells the inspector."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QKeySequence,
    QPainter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from briefer.core.colours import text_color_on
from briefer.core.errors import BrieferError
from briefer.core.letter_links import CitingPassage, cited_by, library_links
from briefer.core.store.database import Store
from briefer.ui.kind_texts import role_label
from briefer.ui.models.reader_model import ROW_ROLE, ReaderModel, ReaderRow
from briefer.ui.panels.reader_links import anchor_at, passage_html, title_html
from briefer.ui.panels.reader_notes import ACCENT, SET_APART, passage_parts_html

MARGIN = 64  # the page-number column
PAD = 8


def mark_font(base: QFont) -> QFont:
    """The small bold font of the labels on the theme marks."""
    font = QFont(base)
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
    font.setBold(True)
    return font


def mark_width(base: QFont) -> int:
    """One theme mark: wide enough for a label of two letters."""
    return QFontMetrics(mark_font(base)).horizontalAdvance("WM") + 4


class ReaderDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem, row: ReaderRow) -> QFont:
        font = QFont(option.font)
        if row.kind == "title":
            font.setPointSizeF(font.pointSizeF() * 1.45)
            font.setBold(True)
        elif row.kind == "heading":
            font.setPointSizeF(font.pointSizeF() * (1.25 if row.level <= 1 else 1.1))
            font.setBold(True)
        else:
            font.setPointSizeF(font.pointSizeF() * 1.05)
        return font

    def _text_rect(self, option: QStyleOptionViewItem, row: ReaderRow) -> QRect:
        width = mark_width(option.font)  # type: ignore[attr-defined]
        stripes = width * max(1, len(row.colors)) + PAD if row.kind == "passage" else 0
        left = MARGIN + stripes if row.kind != "title" else PAD
        return option.rect.adjusted(left, PAD, -PAD * 2, -PAD)  # type: ignore[no-any-return]

    def _document(self, row: ReaderRow, font: QFont, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        html = self.links_html(row)
        if html is not None:
            document.setHtml(html)
        else:
            document.setPlainText(row.text if row.kind != "title" else f"{row.text}\n{row.pages}")
        document.setTextWidth(max(100, width))
        return document

    def links_html(self, row: ReaderRow) -> str | None:
        """References as links (briefer.ui.panels.reader_links); None: plain text."""
        view = self.parent()
        if not isinstance(view, ReaderView):
            return None
        if row.kind == "notice":  # how the letter was read: one line, set apart
            return (
                "<div style='color: #8a5a00; font-style: italic'>"
                f"{escape(self.tr('Let op:'))} {escape(row.text)}</div>"
            )
        if row.kind == "passage":  # its role and footnotes, if it has any
            parts = passage_parts_html(
                row.text,
                row.role,
                role_label(row.role, row.number),
                row.footnotes,
                view.links,
                self.tr("p."),
            )
            if parts is not None:
                return parts
        if row.kind == "passage" and view.links:
            return passage_html(row.text, view.links)
        if row.kind == "title" and view.cited_by:
            return title_html(row.text, row.pages, view.cited_by, self.tr("Aangehaald in:"))
        return None

    def anchor(
        self, option: QStyleOptionViewItem, row: ReaderRow, pos: QPoint
    ) -> tuple[str, int, int] | None:
        """The link under ``pos`` (viewport coordinates) in this row, if any."""
        if self.links_html(row) is None:
            return None
        text = self._text_rect(option, row)
        if row.kind == "heading":
            text = text.adjusted(0, 12, 0, 0)
        document = self._document(row, self._fonts(option, row), text.width())
        return anchor_at(document, pos - text.topLeft())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row: ReaderRow = index.data(ROW_ROLE)
        width = option.rect.width() or self.parent().viewport().width()  # type: ignore[union-attr]
        option = QStyleOptionViewItem(option)
        option.rect = QRect(0, 0, width, 100)
        text = self._text_rect(option, row)
        document = self._document(row, self._fonts(option, row), text.width())
        extra = 14 if row.kind == "heading" else (10 if row.kind == "title" else 0)
        return QSize(width, int(document.size().height()) + PAD * 2 + extra)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ReaderRow = index.data(ROW_ROLE)
        painter.save()
        palette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(option.rect, palette.highlight().color().lighter(175))  # type: ignore[attr-defined]
        font = self._fonts(option, row)
        text = self._text_rect(option, row)
        if row.kind == "passage" and row.role in SET_APART:  # a question, a dictum: set apart
            band = text.adjusted(-PAD // 2, -PAD // 2, PAD, PAD // 2)
            if not selected:
                painter.fillRect(band, QColor(SET_APART[row.role]))
            painter.fillRect(
                QRect(band.left(), band.top(), 3, band.height()), QColor(ACCENT[row.role])
            )
        if row.kind == "heading":
            text = text.adjusted(0, 12, 0, 0)
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(QColor("#6b6b6b"))
        if row.kind in ("passage", "heading"):
            margin = QRect(option.rect.left() + PAD, text.top() + 2, MARGIN - PAD * 2, 20)  # type: ignore[attr-defined]
            painter.drawText(
                margin, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, row.pages
            )
        if row.kind == "passage":
            painter.setFont(mark_font(option.font))  # type: ignore[attr-defined]
            for mark, color, label in zip(
                self.mark_rects(option, row, text), row.colors, row.labels, strict=True
            ):
                painter.fillRect(mark, QColor(color))
                painter.setPen(QColor(text_color_on(color)))
                painter.drawText(
                    mark.adjusted(0, 3, 0, 0),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )
        document = self._document(row, font, text.width())
        painter.translate(text.topLeft())
        document.drawContents(painter)
        painter.restore()

    def mark_rects(
        self, option: QStyleOptionViewItem, row: ReaderRow, text: QRect | None = None
    ) -> list[QRect]:
        """Where each of the passage's theme marks is drawn."""
        text = text or self._text_rect(option, row)
        width = mark_width(option.font)  # type: ignore[attr-defined]
        left = option.rect.left() + MARGIN  # type: ignore[attr-defined]
        return [
            QRect(left + number * width, text.top(), width - 2, text.height())
            for number in range(len(row.colors))
        ]

    def theme_at(self, option: QStyleOptionViewItem, row: ReaderRow, point: QPoint) -> int:
        """The number of the theme mark under ``point``, or -1."""
        if row.kind != "passage":
            return -1
        for number, rect in enumerate(self.mark_rects(option, row)):
            if rect.contains(point):
                return number
        return -1

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        row: ReaderRow | None = index.data(ROW_ROLE) if index.isValid() else None
        if event is not None and row is not None and event.type() == QEvent.Type.ToolTip:
            number = self.theme_at(option, row, event.pos())
            if number >= 0:
                QToolTip.showText(
                    event.globalPos(),
                    f"{row.themes[number]} ({row.labels[number]})",
                    view,
                    self.mark_rects(option, row)[number],
                )
                return True
        return super().helpEvent(event, view, option, index)


class ReaderView(QListView):
    """Emits ``passage_selected(passage_id)`` (0 when nothing is selected)."""

    passage_selected = Signal(int)
    open_reference = Signal(int, int)  # letter id, passage id (0: the letter's start)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.model_ = ReaderModel(store, self)
        self.setModel(self.model_)
        self.setItemDelegate(ReaderDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setSpacing(1)
        self.setAccessibleName(self.tr("Lezer"))
        self.setStyleSheet("QListView#reader { background: #fcfcfa; border: none; }")
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.links: dict[str, tuple[int, str]] = {}  # kamerstuk key -> letter in the library
        self.cited_by: list[CitingPassage] = []  # passages of other letters citing this one

    def show_letter(self, letter_id: int | None) -> None:
        if letter_id != self.model_.letter_id:
            self._load_links(letter_id)
            self.model_.load(letter_id)
            self.scrollToTop()

    def _load_links(self, letter_id: int | None) -> None:
        store = self.model_.store
        self.links = library_links(store) if letter_id else {}
        self.links = {key: value for key, value in self.links.items() if value[0] != letter_id}
        try:
            self.cited_by = cited_by(store, letter_id) if letter_id else []
        except BrieferError:
            self.cited_by = []

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        index = self.indexAt(event.position().toPoint())
        row: ReaderRow | None = index.data(ROW_ROLE) if index.isValid() else None
        delegate = self.itemDelegate()
        if row is not None and isinstance(delegate, ReaderDelegate):
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = self.visualRect(index)
            found = delegate.anchor(option, row, event.position().toPoint())
            if found is not None:
                _kind, letter_id, passage_id = found
                self.open_reference.emit(letter_id, passage_id)
                return
        super().mouseReleaseEvent(event)

    def refresh(self) -> None:
        """Reload (tags changed); keep the selection and scroll position."""
        self._load_links(self.model_.letter_id)
        current = self.current_passage()
        position = self.verticalScrollBar().value()
        self.model_.reload()
        if current:
            self.select_passage(current, scroll=False)
        self.verticalScrollBar().setValue(position)

    def select_passage(self, passage_id: int, scroll: bool = True) -> bool:
        row = self.model_.row_of_passage(passage_id)
        if row < 0:
            return False
        index = self.model_.index(row)
        self.setCurrentIndex(index)
        if scroll:
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        return True

    def select_first_passage(self) -> bool:
        """Select the letter's first passage (and give the reader the focus)."""
        for row in self.model_.rows:
            if row.passage_id:
                self.setFocus()
                return self.select_passage(row.passage_id)
        return False

    def scroll_to_section(self, section_id: int) -> None:
        row = self.model_.row_of_section(section_id)
        if row >= 0:
            self.scrollTo(self.model_.index(row), QAbstractItemView.ScrollHint.PositionAtTop)

    def current_passage(self) -> int:
        index = self.currentIndex()
        row: ReaderRow | None = index.data(ROW_ROLE) if index.isValid() else None
        return row.passage_id or 0 if row is not None else 0

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: ReaderRow | None = current.data(ROW_ROLE) if current.isValid() else None
        self.passage_selected.emit(row.passage_id or 0 if row is not None else 0)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Copy):
            index = self.currentIndex()
            row: ReaderRow | None = index.data(ROW_ROLE) if index.isValid() else None
            outline = self.model_.outline
            if row is not None and row.kind == "passage" and outline is not None:
                label = outline.letter.kamerstuk
                cite = f"Kamerstuk {label}, {row.pages}" if label else row.pages
                QGuiApplication.clipboard().setText(f"{row.text}\n({cite})")
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # heights depend on the width
