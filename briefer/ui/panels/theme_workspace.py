"""The theme workspace: one theme's passages, the user's note and talking points.

A header (colour, name, passage count) above a vertical splitter: the passages
of every letter on the theme at the top, so they stay in view while the user
writes; the note and the talking points in tabs below. Listens to
``current_theme_changed``, ``tags_changed``, ``letters_changed``,
``themes_changed`` and ``points_changed``; emits ``state.show_passage`` when
a passage is opened (double-click or Enter).

Until a theme is chosen the workspace shows only its overview (the largest
themes to open): the theme's own page, with the note editor, the talking points
and the suggestions, is built the first time a theme is shown, so the window's
first screen does not wait for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.core.errors import NotFoundError
from briefer.core.theme_list import ThemeRow, fold, get_theme, list_themes
from briefer.ui.actions import Actions
from briefer.ui.formatting import number_text
from briefer.ui.models.theme_passages_model import (
    PASSAGE_ROLE,
    SEARCH_ROLE,
    PassageDelegate,
    ThemePassagesModel,
    draw_empty_hint,
    mute,
)
from briefer.ui.panels.empty_state import EmptyState
from briefer.ui.state import AppState
from briefer.ui.window_layout import scrollable

if TYPE_CHECKING:
    from briefer.core.tags import ThemePassage

NOTES_TAB, POINTS_TAB = 0, 1


class PassageListView(QListView):
    """Space toggles the current passage, Enter or a double-click opens it."""

    open_requested = Signal(QModelIndex)
    toggle_requested = Signal(QModelIndex)
    menu_requested = Signal(QModelIndex, QPoint)  # the row, the global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() == Qt.Key.Key_Space:
            self.toggle_requested.emit(index)
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(index)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.indexAt(point)
        box = PassageDelegate.check_rect(self.visualRect(index)).adjusted(-4, -4, 4, 4)
        left = event.button() == Qt.MouseButton.LeftButton
        if index.isValid() and left and not box.contains(point):
            self.open_requested.emit(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.menu_requested.emit(index, event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            draw_empty_hint(painter, self.viewport().rect(), self.empty_text, self.palette())


# The widgets of the theme's own page (built with it, see ThemeWorkspace._build).
_PAGE = frozenset(
    (
        "swatch",
        "title",
        "count",
        "model",
        "proxy",
        "passages",
        "filter",
        "note_editor",
        "points",
        "tabs",
        "suggestions",
        "splitter",
    )
)


class ThemeWorkspace(QWidget):
    """Emits ``import_requested`` from the first-start buttons (the window imports)."""

    import_requested = Signal()
    open_theme_requested = Signal(int)  # theme id

    def __init__(
        self,
        state: AppState,
        actions: Actions,
        parent: QWidget | None = None,
        themes: list[ThemeRow] | None = None,
    ) -> None:
        """``themes``: the themes with their counts, read a moment ago (else read here)."""
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self.theme: ThemeRow | None = None

        self.hint = QLabel(
            self.tr(
                "Kies links een thema. Hier verschijnen dan alle passages over dat thema, "
                "uw notities en uw spreekpunten."
            )
        )
        self.hint.setObjectName("workspace-hint")
        self.empty = EmptyState(self.tr("Nog geen thema gekozen"), self.hint)
        self._fill_empty_state(themes)
        self.built = False  # the theme's own page: made when a theme is first shown

        self.stack = QStackedWidget()
        self.stack.addWidget(scrollable(self.empty))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        state.current_theme_changed.connect(self._current_theme_changed)
        state.themes_changed.connect(self.reload_header)  # the overview's counts
        self.show_theme(state.current_theme_id)

    def __getattr__(self, name: str) -> object:
        """A widget of the theme's page asked for before a theme was shown: build it now."""
        if name in _PAGE and self.__dict__.get("built") is False:
            self._build()
            return getattr(self, name)
        raise AttributeError(name)

    def _build(self) -> None:
        """The theme's own page: header, passages, and the note, points and suggestions."""
        from briefer.ui.panels.note_editor import NoteEditor
        from briefer.ui.panels.suggestions_panel import SuggestionsPanel
        from briefer.ui.panels.talking_points import TalkingPointsView

        self.built = True
        state, actions = self.state, self.actions
        self.swatch = QLabel()
        self.swatch.setFixedSize(16, 16)
        self.title = QLabel()
        self.title.setObjectName("theme-title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)  # a long theme name wraps instead of widening the panel
        self.count = QLabel()
        self.count.setObjectName("passage-count")
        mute(self.count)
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignVCenter)

        self.model = ThemePassagesModel(self)
        self.model.toggle_requested.connect(self.toggle_passage)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.passages = PassageListView()
        self.passages.setObjectName("theme-passages")
        self.passages.setModel(self.proxy)
        self.passages.setItemDelegate(PassageDelegate(self.passages))
        self.passages.open_requested.connect(self.open_passage)
        self.passages.toggle_requested.connect(
            lambda index: self.toggle_passage(index.data(PASSAGE_ROLE).id)
        )
        self.passages.selectionModel().currentChanged.connect(self._passage_chosen)
        self.passages.menu_requested.connect(self._passage_menu)
        self.filter = QLineEdit()
        self.filter.setObjectName("passage-filter")
        self.filter.setPlaceholderText(self.tr("Filteren op tekst…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        passages_label = QLabel(self.tr("Passages"))
        passages_label.setStyleSheet("font-weight: 600;")
        passages_label.setBuddy(self.filter)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(passages_label)
        filter_row.addWidget(self.filter, 1)
        top_layout.addLayout(filter_row)
        top_layout.addWidget(self.passages, 1)

        self.note_editor = NoteEditor(state, actions)
        self.points = TalkingPointsView(state, actions)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("theme-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.note_editor, self.tr("Notities"))
        self.tabs.addTab(self.points, self.tr("Spreekpunten"))
        self.suggestions = SuggestionsPanel(state, actions)  # issue 10
        self.tabs.addTab(self.suggestions, self.tr("Suggesties"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(10, 8, 10, 8)
        content_layout.addLayout(header)
        content_layout.addWidget(self.splitter, 1)

        self.stack.addWidget(content)
        self.setTabOrder(self.filter, self.passages)
        self.setTabOrder(self.passages, self.tabs)
        # After the page's own panels, which update themselves on the same signals.
        state.themes_changed.disconnect(self.reload_header)
        state.tags_changed.connect(self.reload_passages)
        state.letters_changed.connect(self.reload_passages)
        state.themes_changed.connect(self.reload_header)
        state.points_changed.connect(self._points_changed)

    def _fill_empty_state(self, themes: list[ThemeRow] | None = None) -> None:
        """First actions: open one of the largest themes, or import a letter."""
        self.empty.clear_buttons()
        if themes is None:
            themes = list_themes(self.state.store)
        themes = sorted(themes, key=lambda t: -t.passages)
        for theme in [t for t in themes if t.passages][:3]:
            self.empty.add_button(
                self.tr("%1 openen (%2 passages)")
                .replace("%1", theme.name)
                .replace("%2", number_text(theme.passages)),
                lambda theme_id=theme.id: self.open_theme_requested.emit(theme_id),
            )
        self.empty.add_button(
            self.tr("Brief importeren…"),
            self.import_requested.emit,
            self.tr("Een Kamerbrief (PDF, Word of tekst) aan de bibliotheek toevoegen"),
        )

    # --- public ----------------------------------------------------------------
    @property
    def theme_id(self) -> int | None:
        return self.theme.id if self.theme else None

    def flush(self) -> bool:
        """Save the note now and wait (the main window calls this on close)."""
        return self.note_editor.flush() if self.built else True

    def _current_theme_changed(self, _theme_id: int) -> None:
        self.show_theme(self.state.current_theme_id)

    def show_theme(self, theme_id: int | None) -> None:
        if self.theme is not None and theme_id == self.theme.id:
            return
        try:
            self.theme = get_theme(self.state.store, theme_id) if theme_id else None
        except NotFoundError:
            self.theme = None
        if not self.built:
            if self.theme is None:
                self.stack.setCurrentIndex(0)
                return
            self._build()
        self.filter.clear()
        self.note_editor.set_theme(self.theme_id)
        self.points.set_theme(self.theme_id)
        self.suggestions.set_theme(self.theme_id)
        self.stack.setCurrentIndex(1 if self.theme else 0)
        self.reload_passages()
        self.passages.scrollToTop()

    def reload_passages(self) -> None:
        if not self.built:
            return
        from briefer.core.tags import theme_passages

        rows = (
            theme_passages(self.state.store, self.theme.id, with_excluded=True)
            if self.theme
            else []
        )
        selected = self.selected_passage()
        scrolled = self.passages.verticalScrollBar().value()
        self.model.set_passages(rows)
        if selected is not None and self.selected_passage() is None:  # the list was renewed
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.passages.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))
            self.passages.verticalScrollBar().setValue(scrolled)
        self._update_header()
        self._passage_chosen()

    def reload_header(self) -> None:
        if self.theme is None:
            self._fill_empty_state()  # the counts on its buttons changed
            return
        try:
            self.theme = get_theme(self.state.store, self.theme.id)
        except NotFoundError:  # deleted: the main window chooses another theme
            self.show_theme(None)
            return
        self._update_header()

    def selected_passage(self) -> ThemePassage | None:
        if not self.built:
            return None
        index = self.passages.currentIndex()
        return index.data(PASSAGE_ROLE) if index.isValid() else None

    def select_passage(self, passage_id: int) -> bool:
        if not self.built:
            return False
        row = self.model.row_of(passage_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            return False
        self.passages.setCurrentIndex(index)
        self.passages.scrollTo(index)
        return True

    # --- passages ------------------------------------------------------------
    def toggle_passage(self, passage_id: int) -> None:
        """Exclude an included passage; take an excluded one back (undoable either way)."""
        row = self.model.row_of(passage_id)
        if row < 0 or self.theme is None:
            return
        passage, theme = self.model.passage(row), self.theme
        if not passage.excluded:
            self.actions.exclude_passage(passage.id, theme.id)
            message = self.tr("Passage uitgesloten van %1 (Ctrl+Z maakt dit ongedaan)")
        elif passage.reasons:  # the rules put it on the theme: drop the manual choice
            self.actions.clear_manual_tag(passage.id, theme.id)
            message = self.tr("Passage weer opgenomen in %1")
        else:
            self.actions.include_passage(passage.id, theme.id)
            message = self.tr("Passage weer opgenomen in %1")
        self.state.status.emit(message.replace("%1", theme.name))

    def open_passage(self, index: QModelIndex) -> None:
        passage: ThemePassage | None = index.data(PASSAGE_ROLE)
        if passage is not None:
            self.state.show_passage.emit(passage.letter_id, passage.id)

    def _passage_chosen(self, *_: object) -> None:
        self.points.set_linkable_passage(self.selected_passage())

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(text))
        self._update_empty_text()

    def _passage_menu(self, index: QModelIndex, where: QPoint) -> None:
        passage: ThemePassage = index.data(PASSAGE_ROLE)
        menu = QMenu(self)
        open_action = QAction(self.tr("Openen in de lezer"), menu)
        open_action.triggered.connect(lambda: self.open_passage(index))
        toggle = QAction(
            self.tr("Weer opnemen in dit thema")
            if passage.excluded
            else self.tr("Uitsluiten van dit thema"),
            menu,
        )
        toggle.triggered.connect(lambda: self.toggle_passage(passage.id))
        menu.addActions([open_action, toggle])
        point = self.points.selected_point()
        if point is not None and not passage.excluded:
            link = QAction(
                self.tr("Koppelen aan spreekpunt %1").replace("%1", str(point.position)), menu
            )
            link.triggered.connect(self.points.link_selected_passage)
            menu.addAction(link)
        menu.exec(where)

    # --- header --------------------------------------------------------------
    def _update_header(self) -> None:
        self._update_empty_text()
        if self.theme is None:
            return
        theme = self.theme
        self.title.setText(theme.name)
        self.title.setToolTip(theme.description)
        self.swatch.setStyleSheet(
            f"background: {theme.color}; border-radius: 3px; border: 1px solid rgba(0,0,0,60);"
        )
        rows = self.model.passages()
        excluded = sum(1 for p in rows if p.excluded)
        included = len(rows) - excluded
        text = (
            self.tr("1 passage")
            if included == 1
            else self.tr("%1 passages").replace("%1", number_text(included))
        )
        if excluded:
            text += " · " + self.tr("%1 uitgesloten").replace("%1", number_text(excluded))
        self.count.setText(text)
        self._update_points_tab()

    def _update_empty_text(self) -> None:
        if self.filter.text().strip():
            text = self.tr("Geen passage bevat “%1”.").replace("%1", self.filter.text().strip())
        else:
            text = self.tr(
                "Nog geen passages over dit thema. Pas de termen van het thema aan "
                "of neem passages op vanuit de lezer."
            )
        self.passages.empty_text = text
        self.passages.viewport().update()

    def _points_changed(self, theme_id: int) -> None:
        if self.built and theme_id == self.theme_id:
            self._update_points_tab()

    def _update_points_tab(self) -> None:
        count = self.points.model.rowCount()
        title = self.tr("Spreekpunten")
        self.tabs.setTabText(POINTS_TAB, f"{title} ({count})" if count else title)
