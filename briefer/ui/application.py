"""Open the library for the window, and show what stops it as a dialog.

The fast start itself (window first, library right after) is ``briefer.ui.startup``,
which imports this module when it opens the library; this one imports nothing of it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from briefer.app import open_library
from briefer.core.errors import BrieferError, DamagedDatabaseError
from briefer.core.note_replay import replay_notes
from briefer.core.store.database import Store

__all__ = ["open_with_recovery", "show_start_error"]


def show_start_error(message: str, parent: QWidget | None = None) -> None:
    title = QCoreApplication.translate("Briefer", "Briefer kan niet starten")
    QMessageBox.critical(parent, title, message)


def open_with_recovery(
    database: Path | str,
    damaged: DamagedDatabaseError | None = None,
    parent: QWidget | None = None,
) -> Store | None:
    """Open the library; a damaged or missing one gets the offer to restore its newest backup.

    ``damaged``: the error of an attempt already made (the start window opens the
    library on a background thread first). After a restore the notes saved since
    the backup are put back from the journal; a missing library becomes a new,
    empty one only when the user chooses so.
    """
    if damaged is None:
        try:
            return open_library(database)
        except DamagedDatabaseError as exc:
            damaged = exc
        except BrieferError as exc:
            show_start_error(str(exc), parent)
            return None
    from briefer.ui.dialogs.damaged_database import Choice, offer_restore, say_what_came_back

    choice = offer_restore(damaged, parent)
    if choice is Choice.QUIT:
        return None
    try:
        store = open_library(database, new_library=choice is Choice.NEW_LIBRARY)
    except BrieferError as exc:
        show_start_error(str(exc), parent)
        return None
    if choice is Choice.RESTORED:
        try:
            say_what_came_back(replay_notes(store), parent)
        except BrieferError as exc:  # the library is whole: it opens, the notes stay in the journal
            show_start_error(str(exc), parent)
    return store
