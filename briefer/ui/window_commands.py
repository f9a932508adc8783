"""The main window's commands: its actions with their shortcuts, the menu bar (Bestand,
Bewerken, Thema's, Briefing, Help), the toolbar, and what the commands that are not
the window's own navigation do (choose files to import, the briefing's export, print
and preview, a passage added to the briefing, the theme editor, the preferences).

The texts are translated in the window's own context ("MainWindow"), where they have
always been, so the English translation keeps them when they move.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget

from briefer.ui import file_dialogs
from briefer.ui.help_menu import fill_help_menu
from briefer.ui.recent_exports_menu import RecentExportsMenu
from briefer.ui.window_actions import MirrorAction, UndoAction
from briefer.ui.window_tabs import WORK_BRIEFING

if TYPE_CHECKING:
    from briefer.ui.actions import Actions
    from briefer.ui.panels.composer import Composer
    from briefer.ui.state import AppState

Shortcut = QKeySequence | QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class CommandedWindow(Protocol):
    """What the commands need of the main window (a QMainWindow) besides what every
    QMainWindow has. Named here so that main_window imports this module, never the
    other way round."""

    state: AppState
    actions: Actions
    workspace: QTabWidget

    @property
    def composer(self) -> Composer: ...
    def import_paths(self, chosen: list[Path]) -> Any: ...
    def check_reading(self, letter_id: int | None) -> Any: ...
    def focus_search(self) -> None: ...
    def close(self) -> bool: ...


class WindowCommands:
    """Every command of the window's menus and toolbar, one action each (a command that
    shows in two menus is one action, so its shortcut and its state are one)."""

    def __init__(self, window: CommandedWindow) -> None:
        self._window = window
        self._widget = cast(QMainWindow, window)  # the parent of the actions and dialogs
        keys = QKeySequence.StandardKey
        self.import_action = self._action(
            _tr("Brief &importeren…"), self.choose_and_import, keys.Open
        )
        self.check_action = self._action(
            _tr("Inlezing &controleren…"), lambda: window.check_reading(None)
        )
        self.export_action = self._action(
            _tr("&Exporteren…"), self.export, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E)
        )
        self.print_action = self._action(_tr("&Afdrukken…"), self.print_briefing, keys.Print)
        self.print_preview_action = self._action(
            _tr("Afdruk&voorbeeld…"), self.preview_briefing, QKeySequence("Ctrl+Shift+P")
        )
        self.preferences_action = self._action(
            _tr("&Voorkeuren…"), self.show_preferences, keys.Preferences
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action(_tr("&Afsluiten"), window.close, keys.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        # Also from the import dialog and the import check (a modal dialog still goes first).
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        stack = window.state.undo_stack
        self.undo_action = UndoAction(
            stack, _tr("&Ongedaan maken"), _tr("&Ongedaan maken: %1"), self._widget
        )
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = UndoAction(
            stack, _tr("&Opnieuw"), _tr("&Opnieuw: %1"), self._widget, redo=True
        )
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.find_action = self._action(_tr("&Zoeken"), window.focus_search, keys.Find)
        self.new_theme_action = self._action(_tr("&Nieuw thema…"), lambda: self.edit_theme(None))
        self.edit_theme_action = self._action(
            _tr("Thema &bewerken…"), lambda: self.edit_theme(window.state.current_theme_id)
        )
        self.restore_themes_action = self._action(
            _tr("&Standaardthema's herstellen…"), self.restore_default_themes
        )
        self.new_briefing_action = self._action(_tr("&Nieuwe briefing"), self.new_briefing)
        self.recent_exports_menu = RecentExportsMenu(self._widget)
        self.help_actions: list[QAction] = []

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: Shortcut | None = None
    ) -> QAction:
        action = QAction(text, self._widget)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def fill_menu_bar(self) -> None:
        bar = self._widget.menuBar()
        file_menu = bar.addMenu(_tr("&Bestand"))
        file_menu.addActions(
            [
                self.import_action,
                self.check_action,
                self.export_action,
                self.print_preview_action,
                self.print_action,
            ]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(_tr("Be&werken"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        theme_menu = bar.addMenu(_tr("&Thema's"))
        theme_menu.addActions([self.new_theme_action, self.edit_theme_action])
        theme_menu.addSeparator()
        theme_menu.addAction(self.restore_themes_action)
        briefing_menu = bar.addMenu(_tr("B&riefing"))
        briefing_menu.addActions(
            [
                self.new_briefing_action,
                self.export_action,
                self.print_preview_action,
                self.print_action,
            ]
        )
        briefing_menu.addMenu(self.recent_exports_menu)
        help_menu = bar.addMenu(_tr("&Help"))
        library = self._window.state.store.name
        self.help_actions = fill_help_menu(self._widget, help_menu, library)

    def fill_toolbar(self) -> None:
        toolbar = self._widget.addToolBar(_tr("Werkbalk"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.import_action, self.find_action, self.export_action])
        toolbar.addSeparator()
        # Short, steady labels in the toolbar; what will be undone shows in the tooltip.
        for full, label in (
            (self.undo_action, _tr("Ongedaan maken")),
            (self.redo_action, _tr("Opnieuw")),
        ):
            toolbar.addAction(MirrorAction(label, full, self._widget))

    # --- what the commands do ------------------------------------------------------
    def choose_and_import(self) -> None:
        files = file_dialogs.open_files(
            self._widget,
            _tr("Brieven importeren"),
            str(Path.home()),
            import_filter(),
        )
        if files:
            self._window.import_paths([Path(name) for name in files])

    def _briefing(self) -> Composer:
        """The Briefing tab in front, its composer."""
        self._window.workspace.setCurrentIndex(WORK_BRIEFING)
        return self._window.composer

    def export(self) -> None:
        self._briefing().open_export_dialog()

    def print_briefing(self) -> None:
        from briefer.ui.printing import print_briefing

        composer = self._briefing()
        composer.setup.commit_texts()
        window = self._window
        print_briefing(composer.spec, window.state, window.actions.workers, self._widget)

    def preview_briefing(self) -> None:
        from briefer.ui.printing import preview_briefing

        composer = self._briefing()
        composer.setup.commit_texts()
        window = self._window
        preview_briefing(composer.spec, window.state, window.actions.workers, self._widget)

    def new_briefing(self) -> None:
        self._briefing().load(None)

    def add_passage_to_briefing(self, passage_id: int) -> None:
        """Show the passage in the composer: in the briefing already, or to be placed."""
        from briefer.core.tags import passage_themes

        state = self._window.state
        if passage_id not in state.briefing_passages:
            state.briefing_passages.append(passage_id)
        composer = self._briefing()
        composer.refresh()
        chosen = set(composer.setup.spec.theme_ids)
        carried = {t.theme_id for t in passage_themes(state.store, passage_id) if t.carried}
        if chosen & carried:
            state.status.emit(_tr("De passage staat in de briefing (gemarkeerd met ★)."))
        elif chosen:
            state.status.emit(
                _tr("De passage hoort bij geen van de thema's van de briefing: kies er een.")
            )
        else:
            state.status.emit(_tr("Kies eerst de thema's van de briefing; de passage staat klaar."))

    def edit_theme(self, theme_id: int | None) -> None:
        from briefer.ui.dialogs.theme_editor import ThemeEditorDialog

        window = self._window
        ThemeEditorDialog(window.state, window.actions, theme_id, self._widget).exec()

    def restore_default_themes(self) -> None:
        from briefer.ui.dialogs.theme_editor import restore_defaults_with_confirmation

        window = self._window
        restore_defaults_with_confirmation(window.state, window.actions, self._widget)

    def show_preferences(self) -> None:
        from briefer.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self._window.state, self._widget).exec()


def import_filter() -> str:
    """The file dialog's filter: every kind of file the readers take, then all files."""
    from briefer.ingest.reader import SUPPORTED_SUFFIXES

    patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
    return _tr("Brieven (%1);;Alle bestanden (*)").replace("%1", patterns)
