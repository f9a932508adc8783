"""Start the window fast: show it first, open the library right after, then fill it.

Importing SQLAlchemy and the window's modules, the integrity check, migrations,
the daily backup and the first queries take several times longer than Qt needs
to put an empty window on the screen. So ``run_gui`` shows the top-level
``StartWindow`` as soon as Qt is up (it needs nothing but Qt), and only after
its first paint opens the library on a background thread. The main window is
then built on the GUI thread and moves into the start window as its content:
one window all along, never a splash screen that is swapped for another.

A damaged or locked library is still reported exactly as before (the restore
offer, the plain message), now on top of the visible window.

This module imports nothing but Qt and the standard library at import time;
keep it so, or the window waits for whatever it imports.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from briefer.core.store.database import Store
    from briefer.ui.main_window import MainWindow

Report = Callable[[str], None]  # "painted", "filled": for the benchmark's probe


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartWindow", text)


def no_display_message() -> str | None:
    """On Linux without any display: the one line to print instead of starting the window."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        return (
            "briefer: geen beeldscherm gevonden (DISPLAY is niet gezet); "
            "de opdrachten werken wel zonder scherm, zie 'briefer --help'"
        )
    return None


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    from briefer import __version__

    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Briefer")
    app.setOrganizationName("Briefer")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Briefer")
    # The installed briefer.desktop: on Wayland the window is matched to it (its
    # name and icon in the dock) by this name.
    app.setDesktopFileName("briefer")
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """Briefer's icon (resources/icons), in the sizes drawn; each file read when needed."""
    from briefer import paths

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        picture = paths.resources_dir() / "icons" / f"briefer-{size}.png"
        if picture.is_file():
            icon.addFile(str(picture), QSize(size, size))
    return icon


class _Opened(QObject):
    """Carries the background thread's outcome to the GUI thread (a queued signal)."""

    done = Signal(object)  # a Store, or the exception that opening raised


def _open_in_background(database: Path, deliver: Callable[[object], None]) -> _Opened:
    """Import the core and open the library on a thread; ``deliver`` gets the outcome."""
    carrier = _Opened()
    carrier.done.connect(deliver, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        outcome: object
        try:
            from briefer.app import open_library

            outcome = open_library(database)
            # The window's own modules, imported here too, while the GUI thread is free.
            import briefer.ui.main_window
            import briefer.ui.state  # noqa: F401
        except BaseException as exc:  # handed to the GUI thread, which tells the user
            outcome = exc
        carrier.done.emit(outcome)

    threading.Thread(target=work, name="briefer-open-library", daemon=True).start()
    return carrier


class StartWindow(QMainWindow):
    """The top-level window: on screen at once, the main window inside it once loaded."""

    painted = Signal()  # the first time the window was painted
    filled = Signal()  # the main window is in place and shows the library

    def __init__(
        self, database: Path, report: Report | None = None, open_files: Sequence[Path] = ()
    ) -> None:
        super().__init__()
        self.database = database
        self._open_files = list(open_files)  # imported once the library is open (a drop)
        self.main: MainWindow | None = None
        self.store: Store | None = None
        self.exit_code = 0
        self._report = report
        self._painted = False
        self._carrier: _Opened | None = None
        self.setWindowTitle("Briefer")
        self.setAcceptDrops(True)  # a drop before the library is open is simply ignored
        self._restore_geometry()
        waiting = QWidget()
        waiting.setObjectName("startWaiting")
        layout = QVBoxLayout(waiting)
        layout.addStretch(1)
        self.waiting_label = QLabel(_tr("Bibliotheek openen…"))
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setFixedWidth(240)
        layout.addWidget(self.waiting_label)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setCentralWidget(waiting)

    def _restore_geometry(self) -> None:
        # Qt and paths only. The window fits its screen: the first size follows the
        # screen's free area; a remembered one from another screen is brought back.
        from briefer.ui.window_layout import (
            available_geometry,
            first_geometry,
            place_on_screen,
            window_settings,
        )

        geometry = window_settings().value("geometry")
        if geometry is not None and self.restoreGeometry(geometry):  # type: ignore[arg-type]
            place_on_screen(self)
        else:
            place_on_screen(self, first_geometry(available_geometry(self)))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._report is not None:
                self._report("painted")
            self.painted.emit()
            QTimer.singleShot(0, self.open_library)

    # --- opening the library -------------------------------------------------------
    def open_library(self) -> None:
        """Open the library off the GUI thread; the window stays on screen and responsive."""
        if self._carrier is None and self.main is None:
            self._carrier = _open_in_background(self.database, self._opened)

    def _opened(self, outcome: object) -> None:
        self._carrier = None
        failed = isinstance(outcome, BaseException)
        store = self._recover(outcome) if failed else outcome  # type: ignore[arg-type]
        if store is None:
            # Closing the last window ends run_gui's event loop; it returns exit_code.
            # (Not QCoreApplication.exit: that would also end every later event loop.)
            self.exit_code = 1
            self.close()
            return
        self.adopt(store)

    def _recover(self, error: BaseException) -> Store | None:
        """The same messages as always: the restore offer, or one plain line."""
        from briefer.core.errors import BrieferError, DamagedDatabaseError
        from briefer.ui.application import open_with_recovery, show_start_error

        if isinstance(error, DamagedDatabaseError):
            return open_with_recovery(self.database, error, self)
        if isinstance(error, BrieferError):
            show_start_error(str(error), self)
            return None
        logging.getLogger(__name__).error(
            "opening the library failed", exc_info=(type(error), error, error.__traceback__)
        )
        show_start_error(
            _tr("Onverwachte fout: %1").replace("%1", f"{type(error).__name__}: {error}"), self
        )
        return None

    def adopt(self, store: Store) -> None:
        """Build the main window on the open library and put it in this window."""
        from briefer.ui.main_window import MainWindow
        from briefer.ui.state import AppState

        self.store = store
        main = MainWindow(AppState(store))
        main.windowTitleChanged.connect(self.setWindowTitle)
        self.setWindowTitle(main.windowTitle())
        self.setCentralWidget(main)  # a child now: its menus and toolbar sit inside this window
        self.main = main
        main.show()
        if self._open_files:  # ``briefer gui FILE...``: the desktop's "open with", a drop
            files, self._open_files = self._open_files, []
            QTimer.singleShot(0, lambda: main.import_paths(files))
        if self._report is not None:
            QTimer.singleShot(0, lambda: self._report and self._report("filled"))
        self.filled.emit()

    # --- closing ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.main is not None:
            if not self.main.close():  # an import still running: the user said no
                event.ignore()
                return
            from briefer.ui.window_layout import window_settings

            settings = window_settings()  # this window's geometry, not its content's
            settings.setValue("geometry", self.saveGeometry())
            settings.sync()
        event.accept()

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


def run_gui(
    database: Path | str, report: Report | None = None, open_files: Sequence[Path] = ()
) -> int:
    """Show the window at once, open the library right after, run until it closes.

    ``open_files`` are imported as soon as the library is open, as if dropped on it.
    """
    app = create_application()
    from briefer.settings import load_settings
    from briefer.ui.i18n import install_translator

    install_translator(app, load_settings().language)
    window = StartWindow(database, report, open_files)
    window.show()
    try:
        code = app.exec()
    finally:
        window.close_store()
    return window.exit_code or code


def start_arguments(argv: list[str]) -> Path | bool | None:
    """For ``briefer`` without a command: the ``--db`` given (or None), else False.

    Lets ``python -m briefer`` start the window without loading the command line
    (and with it the whole core) first.
    """
    rest = [arg for arg in argv if arg != "gui"]
    if len(argv) - len(rest) > 1:
        return False
    if not rest:
        return None
    if len(rest) == 2 and rest[0] == "--db":
        return Path(rest[1]).expanduser()
    if len(rest) == 1 and rest[0].startswith("--db="):
        return Path(rest[0][5:]).expanduser()
    return False


def check_report(out: TextIO | None = None) -> Report:
    """``briefer gui --check``: say when the window is painted and shows the library,
    then close it the normal way (to check an installation; the bench times the lines)."""
    stream = out or sys.stdout

    def report(stage: str) -> None:
        if stage == "painted":
            stream.write("venster getekend\n")
        elif stage == "filled":
            stream.write("bibliotheek getoond\n")
            QTimer.singleShot(0, _close_all)
        stream.flush()

    return report


def _close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget.isVisible():
            widget.close()


def main_fast(argv: list[str]) -> int | None:
    """Start the window directly when the arguments ask only for it; None: use the CLI."""
    check = "--check" in argv
    if check:
        argv = [arg for arg in argv if arg != "--check"]
    chosen = start_arguments(argv)
    if chosen is False:
        return None
    message = no_display_message()
    if message is not None:
        sys.stderr.write(message + "\n")
        return 1
    if chosen is None:
        from briefer import paths

        chosen = paths.default_database()
    assert isinstance(chosen, Path)
    return run_gui(chosen, check_report() if check else None)
