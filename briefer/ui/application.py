"""Start the window: QApplication, translations, open the library, show errors as dialogs."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from briefer import __version__
from briefer.app import open_library
from briefer.core.errors import BrieferError
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


def run_gui(database: Path) -> int:
    app = create_application()
    from briefer.ui.i18n import install_translator

    install_translator(app, load_settings().language)
    try:
        store = open_library(database)
    except BrieferError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("Briefer", "Briefer kan niet starten"), str(exc)
        )
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
