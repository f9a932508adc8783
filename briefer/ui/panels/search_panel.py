"""Search as you type: ranked results with the matched words highlighted,
filtered by theme and letter; Enter or a double-click opens the passage."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from briefer.core.citations import pages_label
from briefer.core.library import list_letters
from briefer.core.search import MARK_END, MARK_START, SearchHit, search
from briefer.core.search.snippets import fold
from briefer.core.theme_list import list_themes
from briefer.ui.actions import Actions
from briefer.ui.formatting import number_text
from briefer.ui.state import AppState
from briefer.ui.workers import Task, TaskContext

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DELAY_MS = 180


def hit_html(hit: SearchHit, heading: str) -> str:
    snippet = escape(hit.snippet)
    snippet = snippet.replace(MARK_START, '<b style="background:#fff1a8">').replace(
        MARK_END, "</b>"
    )
    return f'<div style="color:#555555;font-size:small">{escape(heading)}</div><div>{snippet}</div>'


class HitDelegate(QStyledItemDelegate):
    def _document(self, html: str, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(html)
        document.setTextWidth(max(120, width))
        return document

    def sizeHint(  # type: ignore[override]
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self.parent().viewport().width() - 12  # type: ignore[union-attr]
        document = self._document(index.data(HTML_ROLE) or "", width)
        return QSize(width, int(document.size().height()) + 10)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect = option.rect  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, option.palette.highlight().color().lighter(175))  # type: ignore[attr-defined]
        document = self._document(index.data(HTML_ROLE) or "", rect.width() - 12)
        painter.translate(rect.left() + 6, rect.top() + 5)
        document.drawContents(painter, QRectF(0, 0, rect.width() - 12, rect.height()))
        painter.restore()


class SearchPanel(QWidget):
    """Emits ``open_hit(letter_id, passage_id)`` when the user opens a passage hit."""

    open_hit = Signal(int, int)
    open_theme_note = Signal(int)

    def __init__(self, state: AppState, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self._task: Task | None = None
        self._generation = 0

        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Zoeken in brieven en notities (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.setToolTip(
            self.tr(
                "Woorden: alle moeten voorkomen. sanctie* zoekt op begin van een woord, "
                '"Westelijke Balkan" op een zinsdeel; OF en NIET combineren.'
            )
        )
        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName(self.tr("Filter op thema"))
        self.letter_filter = QComboBox()
        self.letter_filter.setAccessibleName(self.tr("Filter op brief"))
        for combo in (self.theme_filter, self.letter_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        filters = QVBoxLayout()  # one beneath the other: the navigator may be narrow
        filters.addWidget(self.theme_filter)
        filters.addWidget(self.letter_filter)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #6b6b6b;")
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)  # one click opens the passage

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._open_first)
        self.theme_filter.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.letter_filter.currentIndexChanged.connect(lambda _i: self._timer.start())
        state.themes_changed.connect(self.refresh_filters)
        state.letters_changed.connect(self.refresh_filters)
        self.refresh_filters()

    def refresh_filters(self) -> None:
        theme = self.theme_filter.currentData()
        letter = self.letter_filter.currentData()
        for combo in (self.theme_filter, self.letter_filter):
            combo.blockSignals(True)
            combo.clear()
        self.theme_filter.addItem(self.tr("Alle thema's"), 0)
        for row in list_themes(self.state.store):
            self.theme_filter.addItem(row.name, row.id)
        self.letter_filter.addItem(self.tr("Alle brieven"), 0)
        for letter in list_letters(self.state.store):
            self.letter_filter.addItem(letter.label, letter.id)
        for combo, value in ((self.theme_filter, theme), (self.letter_filter, letter)):
            position = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(0, position))
            combo.blockSignals(False)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        query = self.field.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self.results.clear()
            self.summary.setText("")
            return
        store = self.state.store
        theme_id = self.theme_filter.currentData() or None
        letter_id = self.letter_filter.currentData() or None

        def work(_context: TaskContext) -> list[SearchHit]:
            return search(store, query, theme_id=theme_id, letter_id=letter_id, limit=100)

        def done(hits: object) -> None:
            if generation == self._generation:
                self._show(hits)  # type: ignore[arg-type]

        def failed(message: str) -> None:
            if generation == self._generation:
                self.results.clear()
                self.summary.setText(message)

        self._task = self.actions.workers.read(work, done, failed)

    def _show(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        if not hits:
            self.summary.setText(self.tr("Niets gevonden."))
            return
        count = len(hits)
        self.summary.setText(
            self.tr("1 resultaat")
            if count == 1
            else self.tr("%1 resultaten").replace("%1", number_text(count))
        )
        for hit in hits:
            if hit.kind == "note" and hit.theme:
                heading = self.tr("Notitie bij %1").replace("%1", hit.theme)
            else:
                pages = pages_label(hit.first_page or 0, hit.last_page or 0)
                heading = f"{hit.letter}, {pages}"
                if hit.section:
                    heading += f" · {hit.section}"
                if hit.kind == "note":
                    heading = self.tr("Notitie bij passage: %1").replace("%1", heading)
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setData(HTML_ROLE, hit_html(hit, heading))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, heading)
            self.results.addItem(item)
        self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        self._timer.stop()
        if self.results.count():
            self._open(self.results.item(0))
        else:
            self.run_search()

    def marked_words(self) -> frozenset[str]:
        """The words the current hit matched (folded), for the reader to highlight."""
        item = self.results.currentItem()
        hit: SearchHit | None = item.data(HIT_ROLE) if item is not None else None
        if hit is None:
            return frozenset()
        found = re.findall(
            re.escape(MARK_START) + "(.*?)" + re.escape(MARK_END), hit.snippet, re.DOTALL
        )
        return frozenset(fold(word) for words in found for word in re.findall(r"\w+", words))

    def _open(self, item: QListWidgetItem) -> None:
        self.results.setCurrentItem(item)
        hit: SearchHit = item.data(HIT_ROLE)
        if hit.passage_id and hit.letter_id:
            self.open_hit.emit(hit.letter_id, hit.passage_id)
        elif hit.kind == "note" and hit.theme:
            theme = next((t for t in list_themes(self.state.store) if t.name == hit.theme), None)
            if theme is not None:
                self.open_theme_note.emit(theme.id)
