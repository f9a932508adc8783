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
    """Open the library; a damaged one gets the offer to restore its newest backup.

    ``damaged``: the error of an attempt already made (the start window opens the
    library on a background thread first).
    """
    if damaged is None:
        try:
            return open_library(database)
        except DamagedDatabaseError as exc:
            damaged = exc
        except BrieferError as exc:
            show_start_error(str(exc), parent)
            return None
    from briefer.ui.dialogs.damaged_database import offer_restore

    if not offer_restore(damaged, parent):
        return None
    try:
        return open_library(database)
    except BrieferError as exc:
        show_start_error(str(exc), parent)
        return None
