"""Opening the library for the window, on a thread, before Qt is loaded.

Nothing here imports Qt: briefer.ui.entry starts an ``Opening`` (the library
opened and the first screen's rows read, briefer.core.first_screen) and only
then loads Qt and the window (briefer.ui.startup), so the two overlap: SQLite
reads while Python loads Qt.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefer.core.first_screen import FirstScreen


class Opening:
    """``open_library`` on a thread; its outcome is a Store or the exception it raised.

    Then, on the same thread, the rows of the window's first screen. The check
    of every page of the database is left for the window to start once its
    first screen is painted (a write waits for it).
    """

    def __init__(self, database: Path | str) -> None:
        self.database = database
        self.outcome: object = None
        self.first: FirstScreen | None = None
        self.finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="briefer-open", daemon=True)

    def start(self) -> Opening:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            from briefer.app import open_library

            store = open_library(self.database, check_beside=True, start_check=False)
            self.outcome = store
        except BaseException as exc:  # handed to the GUI thread, which tells the user
            self.outcome = exc
        else:
            try:
                from briefer.core.first_screen import read_first_screen

                self.first = read_first_screen(store, last_letter())
            except Exception:  # the window reads them itself, and says what is wrong
                logging.getLogger(__name__).warning("reading the first screen failed")
        self.finished.set()

    def join(self) -> None:
        self._thread.join()


def last_letter() -> int | None:
    """The letter the window showed when it closed, from its layout file (Qt's ini
    format: ``letter=N`` under ``[General]``), read without Qt."""
    from briefer import paths

    try:
        lines = paths.window_layout_file().read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    section = ""
    for line in lines:
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "General" and line.startswith("letter="):
            value = line[len("letter=") :].strip()
            return int(value) if value.isdigit() else None
    return None
