"""The main window: navigator (Bibliotheek, Thema's, Zoeken) on the left, the
reader with the passage inspector in the middle, the workspace (Thema,
Briefing) on the right. Menus, toolbar, shortcuts, drag-and-drop import, and
the layout remembered between sessions."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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

from briefer import __version__
from briefer.ingest.files import collect_files
from briefer.ui.actions import Actions
from briefer.ui.dialogs.import_dialog import ImportDialog
from briefer.ui.formatting import number_text
from briefer.ui.live_refresh import LiveRefresh
from briefer.ui.models.library_model import LETTER_ID_ROLE, SECTION_ID_ROLE, LibraryModel
from briefer.ui.models.themes_model import THEME_ID_ROLE, ThemesModel
from briefer.ui.panels.changes_view import ChangesView
from briefer.ui.panels.commitments_view import CommitmentsView
from briefer.ui.panels.composer import Composer
from briefer.ui.panels.passage_inspector import PassageInspector
from briefer.ui.panels.reader_legend import ReaderPane
from briefer.ui.panels.reading_pane import ReaderView
from briefer.ui.panels.search_panel import SearchPanel
from briefer.ui.panels.theme_workspace import ThemeWorkspace
from briefer.ui.recent_exports_menu import RecentExportsMenu
from briefer.ui.state import AppState
from briefer.ui.window_layout import restore_window_layout, save_window_layout, scrollable
from briefer.ui.workers import Workers

NAV_LIBRARY, NAV_THEMES, NAV_SEARCH = 0, 1, 2
WORK_THEME, WORK_BRIEFING = 0, 1


class MirrorAction(QAction):
    """A toolbar action with a short, steady label that follows another action."""

    def __init__(self, label: str, full: QAction, parent: QWidget) -> None:
        super().__init__(label, parent)
        self._full = full
        full.changed.connect(self.follow)
        self.triggered.connect(full.trigger)
        self.follow()

    def follow(self) -> None:
        if shiboken6.isValid(self._full):  # the window may be closing
            self.setEnabled(self._full.isEnabled())
            self.setToolTip(self._full.text().replace("&", ""))


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.workers = Workers(self)
        self.actions = Actions(state, self.workers, self)
        self.live_refresh = LiveRefresh(state, self)  # others' saves appear within seconds
        self.import_dialog: ImportDialog | None = None
        self.setWindowTitle(self.tr("Briefer"))
        self.setAcceptDrops(True)

        self._build_navigator()
        self.reader = ReaderView(state.store)
        self.inspector = PassageInspector(state, self.actions)
        self.center = QSplitter(Qt.Orientation.Vertical)
        self.reader_pane = ReaderPane(self.reader)
        self.center.addWidget(self.reader_pane)
        self.center.addWidget(self.inspector)
        self.center.setStretchFactor(0, 3)
        self.center.setStretchFactor(1, 1)
        self.center.setSizes([620, 240])

        self.workspace = QTabWidget()
        self.workspace.setObjectName("workspace")
        self.theme_workspace = ThemeWorkspace(state, self.actions)
        self.composer = Composer(state, self.actions)
        self.workspace.addTab(scrollable(self.theme_workspace), self.tr("Thema"))
        self.workspace.addTab(scrollable(self.composer), self.tr("Briefing"))
        self.commitments = CommitmentsView(state)  # issue 10: toezeggingen and wijzigingen
        self.changes = ChangesView(state)
        self.workspace.addTab(scrollable(self.commitments), self.tr("Toezeggingen"))
        self.workspace.addTab(scrollable(self.changes), self.tr("Wijzigingen"))

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
        self._build_actions()
        self._connect()
        self.library_model.reload()
        self.themes_model.reload()
        self.restore_layout()
        self._update_status()

    # --- construction ----------------------------------------------------------
    def _build_navigator(self) -> None:
        self.navigator = QTabWidget()
        self.navigator.setObjectName("navigator")
        self.library_model = LibraryModel(self.state.store, self)
        self.library = QTreeView()
        self.library.setObjectName("library")
        self.library.setModel(self.library_model)
        self.library.setHeaderHidden(True)
        self.library.setUniformRowHeights(False)
        self.library.setWordWrap(True)
        self.library.setAccessibleName(self.tr("Bibliotheek"))
        self.navigator.addTab(self.library, self.tr("Bibliotheek"))

        self.themes_model = ThemesModel(self.state.store, self)
        self.themes = QListView()
        self.themes.setObjectName("themes")
        self.themes.setModel(self.themes_model)
        self.themes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themes.setAccessibleName(self.tr("Thema's"))
        new_theme = QPushButton(self.tr("Nieuw thema…"))
        new_theme.clicked.connect(lambda: self.edit_theme(None))
        edit_theme = QPushButton(self.tr("Bewerken…"))
        edit_theme.clicked.connect(lambda: self.edit_theme(self.state.current_theme_id))
        buttons = QHBoxLayout()
        buttons.addWidget(new_theme)
        buttons.addWidget(edit_theme)
        themes_page = QWidget()
        layout = QVBoxLayout(themes_page)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.themes, 1)
        layout.addLayout(buttons)
        self.navigator.addTab(themes_page, self.tr("Thema's"))

        self.search = SearchPanel(self.state, self.actions)
        self.navigator.addTab(self.search, self.tr("Zoeken"))

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.import_action = self._action(
            self.tr("Brief &importeren…"), self.choose_and_import, keys.Open
        )
        self.check_action = self._action(
            self.tr("Inlezing &controleren…"), lambda: self.check_reading(None)
        )
        self.export_action = self._action(
            self.tr("&Exporteren…"), self.export, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E)
        )
        self.print_action = self._action(self.tr("&Afdrukken…"), self.print_briefing, keys.Print)
        self.preferences_action = self._action(
            self.tr("&Voorkeuren…"), self.show_preferences, keys.Preferences
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, keys.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo_action = self.state.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.state.undo_stack.createRedoAction(self, self.tr("&Opnieuw"))
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.find_action = self._action(self.tr("&Zoeken"), self.focus_search, keys.Find)
        self.new_theme_action = self._action(
            self.tr("&Nieuw thema…"), lambda: self.edit_theme(None)
        )
        self.edit_theme_action = self._action(
            self.tr("Thema &bewerken…"), lambda: self.edit_theme(self.state.current_theme_id)
        )
        self.restore_themes_action = self._action(
            self.tr("&Standaardthema's herstellen…"), self.restore_default_themes
        )
        self.new_briefing_action = self._action(self.tr("&Nieuwe briefing"), self.new_briefing)
        self.about_action = self._action(self.tr("&Over Briefer"), self.about)

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addActions(
            [self.import_action, self.check_action, self.export_action, self.print_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("Be&werken"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        theme_menu = bar.addMenu(self.tr("&Thema's"))
        theme_menu.addActions([self.new_theme_action, self.edit_theme_action])
        theme_menu.addSeparator()
        theme_menu.addAction(self.restore_themes_action)
        briefing_menu = bar.addMenu(self.tr("B&riefing"))
        briefing_menu.addActions([self.new_briefing_action, self.export_action, self.print_action])
        self.recent_exports_menu = RecentExportsMenu(self)
        briefing_menu.addMenu(self.recent_exports_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.import_action, self.find_action, self.export_action])
        toolbar.addSeparator()
        # Short, steady labels in the toolbar; what will be undone shows in the tooltip.
        for full, label in (
            (self.undo_action, self.tr("Ongedaan maken")),
            (self.redo_action, self.tr("Opnieuw")),
        ):
            toolbar.addAction(MirrorAction(label, full, self))

    def _connect(self) -> None:
        state = self.state
        self.library.selectionModel().currentChanged.connect(self._library_chosen)
        self.themes.selectionModel().currentChanged.connect(self._theme_chosen)
        self.themes.doubleClicked.connect(lambda _i: self.edit_theme(state.current_theme_id))
        self.reader.passage_selected.connect(self.inspector.show_passage)
        self.inspector.add_to_briefing_requested.connect(self.add_passage_to_briefing)
        self.inspector.first_passage_requested.connect(self.reader.select_first_passage)
        self.theme_workspace.open_theme_requested.connect(self._open_theme)
        self.reader_pane.open_theme_requested.connect(self._open_theme)
        self.theme_workspace.import_requested.connect(self.choose_and_import)
        self.search.open_hit.connect(self.open_passage)
        self.search.open_theme_note.connect(self._open_theme)
        state.show_passage.connect(self.open_passage)
        self.commitments.open_passage.connect(self.open_passage)
        self.commitments.passage_provider = self.reader.current_passage
        for lazy in (self.commitments, self.changes):  # filled when their tab is first shown
            self.workspace.currentChanged.connect(lambda _index, view=lazy: view.ensure_loaded())
        self.changes.open_passage.connect(self.open_passage)
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
        self.reader.show_letter(current.data(LETTER_ID_ROLE))
        section_id = current.data(SECTION_ID_ROLE)
        if section_id:
            self.reader.scroll_to_section(section_id)

    def _theme_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.state.set_current_theme(current.data(THEME_ID_ROLE))
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
            self.themes.setCurrentIndex(self.themes_model.index(self.themes_model.row_of(current)))
        self.reader.refresh()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _update_status(self) -> None:
        """The library's size, shown permanently at the right of the status bar."""
        count = self.library_model.rowCount()
        text = (
            self.tr("1 brief in de bibliotheek")
            if count == 1
            else self.tr("%1 brieven in de bibliotheek").replace("%1", number_text(count))
        )
        self.library_size.setText(text)

    # --- commands --------------------------------------------------------------
    def choose_and_import(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Brieven importeren"),
            str(Path.home()),
            self.tr("Brieven (*.txt *.md *.pdf *.docx);;Alle bestanden (*)"),
        )
        if files:
            self.import_paths([Path(name) for name in files])

    def import_paths(self, chosen: list[Path]) -> ImportDialog:
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

    def export(self) -> None:
        self.workspace.setCurrentIndex(WORK_BRIEFING)
        self.composer.open_export_dialog()

    def print_briefing(self) -> None:
        from briefer.ui.printing import print_briefing

        self.workspace.setCurrentIndex(WORK_BRIEFING)
        self.composer.setup.commit_texts()
        print_briefing(self.composer.spec, self.state, self.actions.workers, self)

    def new_briefing(self) -> None:
        self.workspace.setCurrentIndex(WORK_BRIEFING)
        self.composer.load(None)

    def add_passage_to_briefing(self, passage_id: int) -> None:
        """Show the passage in the composer: in the briefing already, or to be placed."""
        from briefer.core.tags import passage_themes

        if passage_id not in self.state.briefing_passages:
            self.state.briefing_passages.append(passage_id)
        self.workspace.setCurrentIndex(WORK_BRIEFING)
        self.composer.refresh()
        chosen = set(self.composer.setup.spec.theme_ids)
        carried = {t.theme_id for t in passage_themes(self.state.store, passage_id) if t.carried}
        if chosen & carried:
            self.state.status.emit(self.tr("De passage staat in de briefing (gemarkeerd met ★)."))
        elif chosen:
            self.state.status.emit(
                self.tr("De passage hoort bij geen van de thema's van de briefing: kies er een.")
            )
        else:
            self.state.status.emit(
                self.tr("Kies eerst de thema's van de briefing; de passage staat klaar.")
            )

    def edit_theme(self, theme_id: int | None) -> None:
        from briefer.ui.dialogs.theme_editor import ThemeEditorDialog

        dialog = ThemeEditorDialog(self.state, self.actions, theme_id, self)
        dialog.exec()

    def restore_default_themes(self) -> None:
        from briefer.ui.dialogs.theme_editor import restore_defaults_with_confirmation

        restore_defaults_with_confirmation(self.state, self.actions, self)

    def show_page(self, widget: QWidget) -> None:
        """Bring the workspace tab that holds ``widget`` (in its scroll area) to the front."""
        page: QWidget | None = widget
        while page is not None and self.workspace.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.workspace.setCurrentWidget(page)

    def show_preferences(self) -> None:
        from briefer.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.state, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Briefer"),
            self.tr(
                "<b>Briefer %1</b><p>Briefings voorbereiden uit beleidsbrieven, volledig "
                "offline.</p><p>Bibliotheek: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.state.store.name),
        )

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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_dialog is not None and not self.import_dialog.finished_all:
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
        event.accept()
