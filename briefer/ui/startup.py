"""Start the window: the usable window first, without a stop in between.

``run_gui`` opens the library on a thread while Qt starts. A library that needs
nothing done to it (the normal case: it exists, has the newest schema and was
seeded) is open by the time Qt is; the main window is then built on it and
shown, and its first paint is the whole first screen: the library tree, the
reader with the open letter and the workspace. The main window reads that
screen without the ORM and loads the rest once it is painted (see
``briefer.ui.main_window``). The check of every page of the database and the
day's backup run on a thread of their own meanwhile (the store holds every
write until they are done); a damage they find is reported as at any start,
with the offer to restore the newest backup.

Only when opening takes longer (a new library is made and seeded, an older one
upgraded, a server is slow to answer) does the start window ("Bibliotheek
openen…") show while it waits, and then gives way to the main window. A damaged
or locked library is reported as before (the restore offer, the plain message).

Quitting ends the process from every state: Ctrl+Q and Bestand › Afsluiten close
the main window (it is the top-level window), closing the start window while the
library opens ends the start once opening is done, and SIGTERM and SIGINT (Ctrl-C
in a terminal) close the window the normal way, saving what a normal quit saves.
The library's lock is released when ``run_gui`` returns.

This module imports nothing but Qt, the standard library and briefer.ui.opening
(which imports neither Qt nor the core) at import time;
keep it so, or the window waits for whatever it imports.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QObject, QSize, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from briefer.ui.opening import Opening

if TYPE_CHECKING:
    from briefer.core.store.database import Store
    from briefer.core.store.integrity import BackgroundCheck
    from briefer.ui.main_window import MainWindow

Report = Callable[[str], None]  # "painted", "filled": for the benchmark's probe and tests
# How long the start waits for the library before it shows the start window instead.
WAIT_BEFORE_START_WINDOW = 1.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartWindow", text)


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


class _Carrier(QObject):
    """Carries a thread's outcome to the GUI thread (a queued signal)."""

    done = Signal(object)


class StartWindow(QMainWindow):
    """Shown only while a slow library opens (created, upgraded, a slow server)."""

    painted = Signal()

    def __init__(self, launch: Launch | None = None) -> None:
        super().__init__()
        self.launch = launch
        self._painted = False
        self.setWindowTitle("Briefer")
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
        # Qt and paths only: where the main window was last, or its first size.
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
            self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.launch is not None and self.launch.main is None:
            self.launch.exit_code = self.launch.exit_code or 1  # closed before it opened
        event.accept()


class Launch(QObject):
    """One start of the window: opening the library, the windows, the end."""

    def __init__(
        self,
        database: Path | str,
        report: Report | None = None,
        open_files: Sequence[Path] = (),
    ) -> None:
        super().__init__()
        self.database = database
        self._open_files = list(open_files)  # imported once the library is open (a drop)
        self._report = report
        self.reported: set[str] = set()
        self.main: MainWindow | None = None
        self.start_window: StartWindow | None = None
        self.store: Store | None = None
        self.opening: Opening | None = None
        self.exit_code = 0
        self._verdicts = _Carrier()
        self._verdicts.done.connect(self._verdict, Qt.ConnectionType.QueuedConnection)

    def report(self, stage: str) -> None:
        if stage not in self.reported:
            self.reported.add(stage)
            if self._report is not None:
                self._report(stage)

    # --- opening ---------------------------------------------------------------------
    def begin(self, opening: Opening | None = None, wait: float | None = None) -> bool:
        """Open the library (or take the opening already started) and show a window;
        False when there is nothing to show. ``wait``: how long the opening may take
        before the start window shows (WAIT_BEFORE_START_WINDOW unless given)."""
        wait = WAIT_BEFORE_START_WINDOW if wait is None else wait
        opening = opening or Opening(self.database).start()
        self.opening = opening
        if opening.finished.wait(wait):
            self._opened(opening.outcome)
        else:
            self.start_window = StartWindow(self)
            self.start_window.painted.connect(lambda: self.report("painted"))
            self.start_window.show()
            self._polling = QTimer(self)
            self._polling.setInterval(25)
            self._polling.timeout.connect(self._opened_later)
            self._polling.start()
        return self.main is not None or self.start_window is not None

    def _opened_later(self) -> None:
        if self.opening is None or not self.opening.finished.is_set():
            return
        self._polling.stop()
        if self.start_window is not None and self.main is None:
            self._opened(self.opening.outcome)

    def _opened(self, outcome: object) -> None:
        if isinstance(outcome, BaseException) or self.start_window is not None:
            gc.enable()  # no fast first screen to wait for
        store = self._recover(outcome) if isinstance(outcome, BaseException) else outcome
        if store is None:
            self.exit_code = 1
            if self.start_window is not None:
                self.start_window.close()  # the last window: the event loop ends
            return
        self.adopt(store)  # type: ignore[arg-type]

    def _recover(self, error: BaseException) -> Store | None:
        """The same messages as always: the restore offer, or one plain line."""
        from briefer.core.errors import BrieferError, DamagedDatabaseError
        from briefer.ui.application import open_with_recovery, show_start_error

        parent = self.start_window
        if isinstance(error, DamagedDatabaseError):
            return open_with_recovery(self.database, error, parent)
        if isinstance(error, BrieferError):
            show_start_error(str(error), parent)
            return None
        logging.getLogger(__name__).error(
            "opening the library failed", exc_info=(type(error), error, error.__traceback__)
        )
        show_start_error(
            _tr("Onverwachte fout: %1").replace("%1", f"{type(error).__name__}: {error}"), parent
        )
        return None

    def adopt(self, store: Store) -> MainWindow:
        """Build the main window on the open library and show it (the start window goes)."""
        from briefer.ui.main_window import MainWindow
        from briefer.ui.state import AppState

        self.store = store
        first = self.opening.first if self.opening is not None else None
        if self.opening is not None:
            self.opening.first = None  # only for the window built on this opening
        main = MainWindow(AppState(store), first=first)
        self.main = main
        main.painted.connect(self._main_painted)
        if self.start_window is not None:
            main.setGeometry(self.start_window.geometry())
        main.show()
        if self._open_files:  # ``briefer gui FILE...``: the desktop's "open with", a drop
            files, self._open_files = self._open_files, []
            QTimer.singleShot(0, lambda: main.import_paths(files))
        if self.start_window is not None:
            self.start_window.launch = None
            self.start_window.close()
            self.start_window = None
        check = store.check
        if check is not None and hasattr(check, "when_done"):
            check.when_done(self._verdicts.done.emit)
        return main

    def _main_painted(self) -> None:
        gc.enable()  # held off while the first screen was made (briefer.ui.entry)
        self.report("painted")
        self.report("filled")
        if self.store is not None and self.store.check is not None:
            self.store.check.start()  # now that the first screen is up (a write waits for it)

    def _verdict(self, check: BackgroundCheck) -> None:
        """The check of every page found the library damaged after the window showed."""
        from briefer.core.errors import DamagedDatabaseError

        error = check.error
        if not isinstance(error, DamagedDatabaseError) or self.main is None:
            return
        main, store = self.main, self.store
        self.main, self.store = None, None
        main.library_damaged = True  # close without writing to the damaged file
        main.close()
        if store is not None:
            store.close()
        from briefer.ui.application import open_with_recovery

        reopened = open_with_recovery(self.database, error)
        if reopened is None:
            self.exit_code = 1
            QCoreApplication.quit()
            return
        self.adopt(reopened)

    # --- ending ----------------------------------------------------------------------
    def quit_now(self) -> None:
        """End as a normal quit does (SIGTERM, SIGINT): dialogs go, the window closes."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # a modal dialog's own event loop ends
        QTimer.singleShot(0, self._close_windows)

    def _close_windows(self) -> None:
        if self.main is not None:
            self.main.close_without_asking()
        if self.start_window is not None:
            self.start_window.close()
        QCoreApplication.quit()

    def finish(self) -> None:
        """After the event loop: wait for an opening still going, close the library."""
        if self.opening is not None:
            self.opening.join()
            outcome = self.opening.outcome
            if self.store is None and self.main is None and hasattr(outcome, "close"):
                outcome.close()  # opened after the user closed the start window
        if self.store is not None:
            self.store.close()
            self.store = None


class EndOnSignals(QObject):
    """SIGTERM and SIGINT end the window cleanly (a second one ends it at once).

    Python runs its signal handlers only between bytecodes, and Qt's event loop
    runs none while it waits: the wake-up byte Python writes to a pipe on every
    signal wakes the loop, whose notifier lets Python run the handler.
    """

    def __init__(self, end: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._end = end
        self._receiver, self._sender = os.pipe()
        os.set_blocking(self._receiver, False)
        os.set_blocking(self._sender, False)
        self._previous_fd = signal.set_wakeup_fd(self._sender)
        self._notifier = QSocketNotifier(self._receiver, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {
            number: signal.signal(number, self._handle)
            for number in (signal.SIGTERM, signal.SIGINT)
        }
        self.received: int | None = None

    def _drain(self) -> None:
        try:
            while os.read(self._receiver, 64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _handle(self, number: int, _frame: object) -> None:
        if self.received is not None:  # a second signal: no more waiting
            self.restore()
            os.kill(os.getpid(), number)
            return
        self.received = number
        QTimer.singleShot(0, lambda: self._end(number))

    def restore(self) -> None:
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        for fd in (self._receiver, self._sender):
            os.close(fd)


def run_gui(
    database: Path | str,
    report: Report | None = None,
    opening: Opening | None = None,
    open_files: Sequence[Path] = (),
) -> int:
    """Open the library and show the window; run until it closes. Returns the exit code.

    ``opening``: the opening already started (briefer.ui.entry.run_window, before Qt);
    ``open_files`` are imported as soon as the library is open, as if dropped on it.
    """
    app = create_application()
    from briefer.settings import load_settings
    from briefer.ui.i18n import install_translator

    install_translator(app, load_settings().language)
    launch = Launch(database, report, open_files)
    ended: list[int] = []

    def end(number: int) -> None:
        ended.append(number)
        launch.quit_now()

    signals = EndOnSignals(end)
    try:
        code = app.exec() if launch.begin(opening) and not ended else 0
    finally:
        gc.enable()
        signals.restore()
        launch.finish()
    if ended:
        return 128 + ended[0]
    return launch.exit_code or code


def check_report(out: TextIO | None = None) -> Report:
    """``briefer gui --check``: say when the window is painted and shows the library,
    then close it the normal way (to check an installation; the bench times the lines).
    What an installation lacks (Qt's own translation) is said on standard error."""
    stream = out or sys.stdout

    def report(stage: str) -> None:
        if stage == "painted":
            stream.write("venster getekend\n")
        elif stage == "filled":
            stream.write("bibliotheek getoond\n")
            from briefer.ui.i18n import current_language, qt_translation_missing

            problem = qt_translation_missing(current_language())
            if problem:
                sys.stderr.write(f"{problem}\n")
            QTimer.singleShot(0, _close_all)
        stream.flush()

    return report


def _close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget.isVisible():
            widget.close()
