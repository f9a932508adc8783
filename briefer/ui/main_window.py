"""The main window: navigator (Bibliotheek, Thema's, Zoeken) on the left, the
reader with the passage inspector in the middle, the workspace (Thema,
Briefing) on the right; drag-and-drop import and the layout remembered between
sessions. Its menus, toolbar, shortcuts and the commands behind them are in
``window_commands``.

Built for a fast first screen (DESIGN.md: the usable window within a few times
a bare Qt window): what the first screen shows is built at once, read without
the ORM (the library tree, the reader, the workspace's overview); the tabs not
on screen (Zoeken, Briefing, Toezeggingen, Wijzigingen) are built the first
time they are needed, and the ORM, the services and the other panels are
loaded on a thread once the window has been painted (``first_painted``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefer.ingest.files import collect_files
from briefer.ui.actions import Actions
from briefer.ui.formatting import number_text
from briefer.ui.lazy_loading import LazyPage, WarmUp
from briefer.ui.models.library_model import LETTER_ID_ROLE, SECTION_ID_ROLE, LibraryModel
from briefer.ui.models.themes_model import THEME_ID_ROLE, ThemesModel
from briefer.ui.panels.passage_inspector import PassageInspector
from briefer.ui.panels.reader_legend import ReaderPane
from briefer.ui.panels.reading_pane import ReaderView
from briefer.ui.panels.theme_workspace import ThemeWorkspace
from briefer.ui.panels.wrapping_delegate import WrappingDelegate
from briefer.ui.state import AppState
from briefer.ui.window_commands import WindowCommands
from briefer.ui.window_layout import restore_window_layout, save_window_layout
from briefer.ui.window_tabs import NAV_SEARCH, NAV_THEMES, WORK_THEME
from briefer.ui.workers import Workers

if TYPE_CHECKING:
    from briefer.core.first_screen import FirstScreen
    from briefer.ui.dialogs.import_dialog import ImportDialog
    from briefer.ui.live_refresh import LiveRefresh
    from briefer.ui.panels.changes_view import ChangesView
    from briefer.ui.panels.commitments_view import CommitmentsView
    from briefer.ui.panels.composer import Composer
    from briefer.ui.panels.search_panel import SearchPanel

# What the window loads on a thread once it has been painted: the ORM and the
# services behind every other panel and action, so the first click need not wait.
WARM_MODULES = (
    "briefer.core.models",
    "briefer.core.tags",
    "briefer.core.notes",
    "briefer.core.points",
    "briefer.core.briefings",
    "briefer.core.search",
    "briefer.core.extracts",
    "briefer.core.store.change_counter",
    "briefer.core.store.library_fingerprint",
    "briefer.ui.undo",
    "briefer.ui.live_refresh",
    "briefer.ui.panels.search_panel",
    "briefer.ui.panels.composer",
    "briefer.ui.panels.commitments_view",
    "briefer.ui.panels.changes_view",
    "briefer.ui.dialogs.import_dialog",
)


class MainWindow(QMainWindow):
    painted = Signal()  # the first time the window was painted: the first screen is up

    def __init__(
        self, state: AppState, parent: QWidget | None = None, first: FirstScreen | None = None
    ) -> None:
        """``first``: the first screen's rows, read while Qt started (else read here)."""
        super().__init__(parent)
        self.state = state
        self.library_damaged = False  # found damaged after the start: close writing nothing
        self._asking = True  # False when a signal ends the window: no questions
        self.workers = Workers(self)
        self.actions = Actions(state, self.workers, self)
        self._live_refresh: LiveRefresh | None = None  # made once the window is painted
        self._shown_changes = first.changes if first else None  # what the first screen read
        self._painted = False
        self.warm_up: WarmUp | None = None
        self.import_dialog: ImportDialog | None = None
        self._reselecting = False
        self.setWindowTitle(self.tr("Briefer"))
        self.setAcceptDrops(True)

        self._build_navigator()
        self.reader = ReaderView(state.store)
        self.reader.first = first
        self.inspector = PassageInspector(state, self.actions)
        self.center = QSplitter(Qt.Orientation.Vertical)
        self.reader_pane = ReaderPane(self.reader)
        self.center.addWidget(self.reader_pane)
        self.center.addWidget(self.inspector)
        self.center.setStretchFactor(0, 3)
        self.center.setStretchFactor(1, 2)
        self.center.setSizes([540, 320])  # the passage pane: its text readable, not a slit

        self.workspace = QTabWidget()
        self.workspace.setObjectName("workspace")
        self.theme_workspace = ThemeWorkspace(
            state, self.actions, themes=first.themes if first else None
        )
        # Each page scrolls its own lists and fields and fits the pane's least width: no
        # scroll area around them (a scroll area in a scroll area).
        self.workspace.addTab(self.theme_workspace, self.tr("Thema"))
        # The other tabs are built when first shown (or asked for: self.composer, …).
        self._composer_page = LazyPage(self._build_composer)
        self._commitments_page = LazyPage(self._build_commitments)  # issue 10
        self._changes_page = LazyPage(self._build_changes)
        self.workspace.addTab(self._composer_page, self.tr("Briefing"))
        self.workspace.addTab(self._commitments_page, self.tr("Toezeggingen"))
        self.workspace.addTab(self._changes_page, self.tr("Wijzigingen"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 640, 470])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.library_size = QLabel()
        self.library_size.setObjectName("librarySize")
        self.statusBar().addPermanentWidget(self.library_size)
        self.commands = WindowCommands(self)  # the menus' and the toolbar's actions
        self.commands.fill_menu_bar()
        self.commands.fill_toolbar()
        self._connect()
        self.library_model.reload(*((first.letters, first.total) if first else ()))
        self.themes_model.reload(first.themes if first else None)
        self.restore_layout()
        self.reader.first = None  # a later letter is read when it is shown
        self._update_status()

    # --- panels built when needed -------------------------------------------------
    def _build_composer(self) -> QWidget:
        from briefer.ui.panels.composer import Composer

        self._composer = Composer(self.state, self.actions)
        return self._composer

    def _build_commitments(self) -> QWidget:
        from briefer.ui.panels.commitments_view import CommitmentsView

        view = CommitmentsView(self.state)
        view.open_passage.connect(self.open_passage)
        view.passage_provider = self.reader.current_passage
        self._commitments = view
        return view

    def _build_changes(self) -> QWidget:
        from briefer.ui.panels.changes_view import ChangesView

        view = ChangesView(self.state)
        view.open_passage.connect(self.open_passage)
        self._changes = view
        return view

    def _build_search(self) -> QWidget:
        from briefer.ui.panels.search_panel import SearchPanel

        panel = SearchPanel(self.state, self.actions)
        panel.open_hit.connect(self.open_hit)
        panel.open_theme_note.connect(self._open_theme)
        self._search = panel
        return panel

    @property
    def composer(self) -> Composer:
        self._composer_page.ensure()
        return self._composer

    @property
    def commitments(self) -> CommitmentsView:
        self._commitments_page.ensure()
        return self._commitments

    @property
    def changes(self) -> ChangesView:
        self._changes_page.ensure()
        return self._changes

    @property
    def search(self) -> SearchPanel:
        self._search_page.ensure()
        return self._search

    def _tab_shown(self, tabs: QTabWidget, index: int) -> None:
        page = tabs.widget(index)
        if isinstance(page, LazyPage):
            page.ensure()
        for view in (self.__dict__.get("_commitments"), self.__dict__.get("_changes")):
            if view is not None:  # filled when their tab is first shown
                view.ensure_loaded()

    @property
    def live_refresh(self) -> LiveRefresh:
        """Others' saves appear within seconds (started once the window is painted)."""
        if self._live_refresh is None:
            from briefer.ui.live_refresh import LiveRefresh

            self._live_refresh = LiveRefresh(self.state, self, self._shown_changes)
        return self._live_refresh

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted)

    def first_painted(self) -> None:
        """The first screen is up: load the rest on a thread, then follow others' saves."""
        self.painted.emit()
        if self.warm_up is None and self.isVisible():
            self.warm_up = WarmUp(WARM_MODULES, self)
            self.warm_up.done.connect(self._warmed)

    def _warmed(self) -> None:
        if shiboken6.isValid(self) and self.isVisible():
            _ = self.live_refresh

    # --- construction ----------------------------------------------------------
    def _build_navigator(self) -> None:
        self.navigator = QTabWidget()
        self.navigator.setObjectName("navigator")
        self.library_model = LibraryModel(self.state.store, self)
        self.library = QTreeView()
        self.library.setObjectName("library")
        self.library.setModel(self.library_model)
        self.library.setHeaderHidden(True)
        self.library.setItemDelegate(WrappingDelegate(self.library))  # titles wrap, never "…"
        self.library.setAccessibleName(self.tr("Bibliotheek"))
        self.navigator.addTab(self.library, self.tr("Bibliotheek"))

        self.themes_model = ThemesModel(self.state.store, self)
        self.themes = QListView()
        self.themes.setObjectName("themes")
        self.themes.setModel(self.themes_model)
        self.themes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themes.setAccessibleName(self.tr("Thema's"))
        new_theme = QPushButton(self.tr("Nieuw thema…"))
        new_theme.clicked.connect(lambda: self.commands.edit_theme(None))
        edit_theme = QPushButton(self.tr("Bewerken…"))
        edit_theme.clicked.connect(lambda: self.commands.edit_theme(self.state.current_theme_id))
        buttons = QHBoxLayout()
        buttons.addWidget(new_theme)
        buttons.addWidget(edit_theme)
        themes_page = QWidget()
        layout = QVBoxLayout(themes_page)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.themes, 1)
        layout.addLayout(buttons)
        self.navigator.addTab(themes_page, self.tr("Thema's"))

        self._search_page = LazyPage(self._build_search)
        self.navigator.addTab(self._search_page, self.tr("Zoeken"))

    def _connect(self) -> None:
        state = self.state
        self.library.selectionModel().currentChanged.connect(self._library_chosen)
        self.themes.selectionModel().currentChanged.connect(self._theme_chosen)
        self.themes.doubleClicked.connect(
            lambda _i: self.commands.edit_theme(state.current_theme_id)
        )
        self.reader.passage_selected.connect(self.inspector.show_passage)
        # The passage chosen in the reader is the one "Bron koppelen" links, when it is
        # on the open theme (the first click on the button did nothing before).
        self.reader.passage_selected.connect(self.theme_workspace.select_passage)
        self.inspector.add_to_briefing_requested.connect(self.commands.add_passage_to_briefing)
        self.inspector.first_passage_requested.connect(self.reader.select_first_passage)
        self.theme_workspace.open_theme_requested.connect(self._open_theme)
        self.reader_pane.open_theme_requested.connect(self._open_theme)
        self.theme_workspace.import_requested.connect(self.commands.choose_and_import)
        state.show_passage.connect(self.open_passage)
        for tabs in (self.workspace, self.navigator):  # a tab's panel is built when shown
            tabs.currentChanged.connect(lambda index, tabs=tabs: self._tab_shown(tabs, index))
        self.reader.open_reference.connect(self.open_reference)
        state.letters_changed.connect(self._letters_changed)
        state.tags_changed.connect(self.reader.refresh)
        state.themes_changed.connect(self._themes_changed)
        # Bound methods (not lambdas) so Qt disconnects them when the window goes.
        state.status.connect(self._show_status)

    # --- navigation ------------------------------------------------------------
    def _library_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        if current.data(LETTER_ID_ROLE) != self.reader.model_.letter_id:
            self.reader.mark_words(frozenset())  # another letter: no search marks
        self.reader.show_letter(current.data(LETTER_ID_ROLE))
        section_id = current.data(SECTION_ID_ROLE)
        if section_id:
            self.reader.scroll_to_section(section_id)

    def _theme_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.state.set_current_theme(current.data(THEME_ID_ROLE))
            if not self._reselecting:  # the user's choice, not a reload after an import
                self.workspace.setCurrentIndex(WORK_THEME)

    def _open_theme(self, theme_id: int) -> None:
        row = self.themes_model.row_of(theme_id)
        if row >= 0:
            self.navigator.setCurrentIndex(NAV_THEMES)
            self.themes.setCurrentIndex(self.themes_model.index(row))

    def open_letter(self, letter_id: int) -> None:
        index = self.library_model.letter_index(letter_id)
        if index.isValid():
            self.library.setCurrentIndex(index)
        self.reader.show_letter(letter_id)

    def open_reference(self, letter_id: int, passage_id: int) -> None:
        """A reference link in the reader: the cited letter at its start, or the citing passage."""
        if passage_id:
            self.open_passage(letter_id, passage_id)
        else:
            self.open_letter(letter_id)
            self.reader.scrollToTop()

    def open_passage(self, letter_id: int, passage_id: int) -> None:
        self.open_letter(letter_id)
        if self.reader.select_passage(passage_id):
            self.reader.setFocus()

    def open_hit(self, letter_id: int, passage_id: int) -> None:
        """A search hit: its passage in the reader, the searched words marked."""
        self.open_passage(letter_id, passage_id)
        self.reader.mark_words(self.search.marked_words())

    def focus_search(self) -> None:
        self.navigator.setCurrentIndex(NAV_SEARCH)
        self.search.focus_field()

    def _letters_changed(self) -> None:
        current = self.reader.model_.letter_id
        scrolled = self.library.verticalScrollBar().value()
        self.library_model.reload()
        if current is not None and self.library_model.letter_index(current).isValid():
            self.library.setCurrentIndex(self.library_model.letter_index(current))
            self.library.verticalScrollBar().setValue(scrolled)
            self.reader.refresh()
        elif self.library_model.rowCount():
            if current is not None:  # deleted (by a colleague, or in another window)
                self._show_status(self.tr("De geopende brief is verwijderd."))
            self.library.setCurrentIndex(self.library_model.index(0, 0))
        else:
            self.reader.show_letter(None)
        self._update_status()

    def _themes_changed(self) -> None:
        current = self.state.current_theme_id
        self.themes_model.reload()
        if current is not None and self.themes_model.row_of(current) >= 0:
            self._reselecting = True  # the same theme again: the workspace stays on its tab
            try:
                row = self.themes_model.row_of(current)
                self.themes.setCurrentIndex(self.themes_model.index(row))
            finally:
                self._reselecting = False
        self.reader.refresh()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _update_status(self) -> None:
        """The library's size, shown permanently at the right of the status bar."""
        count = self.library_model.total
        text = (
            self.tr("1 brief in de bibliotheek")
            if count == 1
            else self.tr("%1 brieven in de bibliotheek").replace("%1", number_text(count))
        )
        self.library_size.setText(text)

    # --- commands --------------------------------------------------------------
    def import_paths(self, chosen: list[Path]) -> ImportDialog:
        from briefer.ui.dialogs.import_dialog import ImportDialog

        collected = collect_files(chosen)
        dialog = ImportDialog(self.actions, collected.files, collected.problems, self)
        self.import_dialog = dialog
        dialog.check_requested.connect(self.check_reading)
        dialog.show()
        dialog.start()
        return dialog

    def check_reading(self, letter_id: int | None) -> QWidget | None:
        """The import check of a letter (the one open in the reader when None)."""
        from briefer.ui.dialogs.import_check import ImportCheckDialog

        letter_id = letter_id or self.reader.model_.letter_id
        if letter_id is None:
            self.state.status.emit(self.tr("Kies eerst een brief in de bibliotheek."))
            return None
        dialog = ImportCheckDialog(self.actions, letter_id, self)
        dialog.show()
        return dialog

    def show_page(self, widget: QWidget) -> None:
        """Bring the workspace tab that holds ``widget`` (in its scroll area) to the front."""
        page: QWidget | None = widget
        while page is not None and self.workspace.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.workspace.setCurrentWidget(page)

    # --- drag and drop ---------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths_dropped = [
            Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()
        ]
        if paths_dropped:
            event.acceptProposedAction()
            self.import_paths(paths_dropped)

    # --- layout memory ---------------------------------------------------------
    def restore_layout(self) -> None:
        restore_window_layout(self)

    def save_layout(self) -> None:
        save_window_layout(self)

    def close_without_asking(self) -> bool:
        """Close as on Ctrl+Q, but without questions (SIGTERM, SIGINT): an import stops."""
        self._asking = False
        return self.close()

    def _stop_warming(self) -> None:
        if self.warm_up is not None:
            self.warm_up.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.library_damaged:  # nothing may be written to it any more
            self._stop_warming()
            event.accept()
            return
        importing = self.import_dialog is not None and not self.import_dialog.finished_all
        if importing and not self._asking:
            self.import_dialog._cancel_or_close()
        elif importing:
            answer = QMessageBox.question(
                self,
                self.tr("Import loopt nog"),
                self.tr("Er worden nog brieven geïmporteerd. Afbreken en afsluiten?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.import_dialog._cancel_or_close()
        self.inspector.flush()
        self.theme_workspace.flush()
        self.workers.wait()
        self.save_layout()
        self._stop_warming()
        event.accept()
