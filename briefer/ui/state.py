"""The application's shared state: the store, settings, undo stack and change signals.

Panels never talk to each other directly: an action changes data through a
service and announces it here; every panel that shows that data refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefer.core.store.database import Store
from briefer.settings import Settings, load_settings, save_settings


class AppState(QObject):
    letters_changed = Signal()
    themes_changed = Signal()
    tags_changed = Signal()  # any passage's themes changed
    note_saved = Signal(int)  # theme id (0 for passage notes)
    passage_note_saved = Signal(int)  # passage id
    points_changed = Signal(int)  # theme id
    briefings_changed = Signal()
    settings_changed = Signal()
    current_theme_changed = Signal(int)  # theme id, 0 = none
    current_briefing_changed = Signal(int)  # briefing id, 0 = a new, unsaved briefing
    show_passage = Signal(int, int)  # letter id, passage id: open it in the reader
    status = Signal(str)  # a short message for the status bar
    library_changed = Signal()  # saved in another window or by a colleague (ui/live_refresh)
    commitments_changed = Signal()  # toezeggingen changed by a colleague (ui/live_refresh)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings: Settings = load_settings()
        self.undo_stack = QUndoStack(self)
        self.current_theme_id: int | None = None
        self.current_briefing_id: int | None = None
        self.briefing_passages: list[int] = []  # passages the user added to the briefing

    def set_current_theme(self, theme_id: int | None) -> None:
        if theme_id != self.current_theme_id:
            self.current_theme_id = theme_id
            self.current_theme_changed.emit(theme_id or 0)

    def update_settings(self, settings: Settings) -> None:
        save_settings(settings)
        self.settings = settings
        self.store.author = settings.author_or_account()
        self.settings_changed.emit()
