"""Start the window: QApplication, translations, open the library, show errors as dialogs."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from briefer import __version__
from briefer.app import open_library
from briefer.core.errors import BrieferError, DamagedDatabaseError
from briefer.core.store import Store
from briefer.settings import load_settings


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Briefer")
    app.setOrganizationName("Briefer")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Briefer")
    return app


def open_with_recovery(database: Path | str) -> Store | None:
    """Open the library; a damaged one gets the offer to restore its newest backup."""
    title = QCoreApplication.translate("Briefer", "Briefer kan niet starten")
    try:
        return open_library(database)
    except DamagedDatabaseError as damaged:
        from briefer.ui.dialogs.damaged_database import offer_restore

        if not offer_restore(damaged):
            return None
    except BrieferError as exc:
        QMessageBox.critical(None, title, str(exc))
        return None
    try:
        return open_library(database)
    except BrieferError as exc:
        QMessageBox.critical(None, title, str(exc))
        return None


def run_gui(database: Path | str) -> int:
    app = create_application()
    from briefer.ui.i18n import install_translator

    install_translator(app, load_settings().language)
    store = open_with_recovery(database)
    if store is None:
        return 1
    from briefer.ui.main_window import MainWindow
    from briefer.ui.state import AppState

    state = AppState(store)
    window = MainWindow(state)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
