"""Quitting ends the process and frees the library's lock, from every state (issue 21.1,
issue 20.13): Ctrl+Q and Bestand › Afsluiten, with a dialog open or the start window
shown, and SIGTERM and SIGINT (Ctrl-C in a terminal), which save what a normal quit
saves. Each case is a real window in a process of its own (offscreen), started as
``briefer`` starts it; the test waits for the process to end by itself."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.notes import get_note
from briefer.core.store.lock import lock_library
from tests.hardening.processes import Child, child_env

# The child: the window as ``briefer`` starts it, then what the scenario does in it.
CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from briefer.ui.entry import run_window

database, scenario = Path(sys.argv[1]), sys.argv[2]
if scenario == "start window":  # as on a machine slower than this one: a new library
    import briefer.ui.startup  # is made and seeded while the start window shows
    briefer.ui.startup.WAIT_BEFORE_START_WINDOW = 0.0

def main_window():
    return next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "MainWindow" and w.isVisible())

def press_ctrl_q(widget):
    from PySide6.QtTest import QTest
    QTest.keyClick(widget, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

def act():
    if scenario == "start window":
        [start] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        print("state", type(start).__name__, flush=True)
        start.close()  # its window's close button: the start ends once opened
        return
    main = main_window()
    if scenario == "afsluiten":
        [action] = [a for a in main.menuBar().actions()[0].menu().actions()
                    if a.text() == "&Afsluiten"]
        print("state menu", flush=True)
        action.trigger()
    elif scenario == "ctrl+q":
        print("state main", flush=True)
        press_ctrl_q(main)
    elif scenario == "ctrl+q in a dialog":
        dialog = main.check_reading(1)  # the import check: a dialog beside the window
        dialog.activateWindow()
        print("state dialog", type(dialog).__name__, flush=True)
        press_ctrl_q(dialog)
    elif scenario == "signal with a note typed":
        main.reader.select_first_passage()
        main.inspector.note.setPlainText("Nog niet bewaard")  # saved 0.8 s later, or on quit
        print("state typed", main.inspector.passage_id, flush=True)
    elif scenario == "signal with a modal dialog":
        print("state modal", flush=True)
        QTimer.singleShot(0, main.commands.show_preferences)  # its own event loop, until it closes

def report(stage):
    print("stage", stage, flush=True)
    if stage == "filled" or (stage == "painted" and scenario == "start window"):
        QTimer.singleShot(100, act)

code = run_window(database, report)
print("ended", code, flush=True)
sys.exit(code)
"""


def start(database: Path, scenario: str, tmp_path: Path) -> Child:
    env = child_env(QT_QPA_PLATFORM="offscreen", BRIEFER_DATA_DIR=str(tmp_path / "data"))
    return Child(CHILD, str(database), scenario, env=env)


def ended(child: Child, timeout: float = 60) -> int:
    """The child's exit code: it must end by itself, soon."""
    line = child.wait_for("ended", timeout=timeout)
    child.process.wait(timeout=30)
    assert child.process.returncode == int(line.split()[1])
    return child.process.returncode


def lock_is_free(database: Path) -> bool:
    lock = lock_library(database)  # LibraryInUseError while a live Briefer holds it
    lock.release()
    return True


@pytest.fixture
def library(db_path: Path) -> Path:
    open_library(db_path).close()
    return db_path


@pytest.mark.parametrize("scenario", ["afsluiten", "ctrl+q", "ctrl+q in a dialog"])
def test_quitting_ends_the_process_and_frees_the_lock(
    scenario: str, library: Path, tmp_path: Path
) -> None:
    child = start(library, scenario, tmp_path)
    child.wait_for("state")
    assert ended(child) == 0
    assert lock_is_free(library)


def test_closing_the_start_window_ends_once_the_library_is_made(
    db_path: Path, tmp_path: Path
) -> None:
    """A first start: the start window shows while the library is made and seeded;
    closing it ends the process once that is done (no half-made library)."""
    child = start(db_path, "start window", tmp_path)
    assert child.wait_for("state") == "state StartWindow"
    assert ended(child) == 1  # closed before the library was open
    assert lock_is_free(db_path)
    store = open_library(db_path)  # whole: made, upgraded and seeded
    try:
        from briefer.core.library import list_letters

        assert len(list_letters(store)) == 1
    finally:
        store.close()


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_window_cleanly_and_saves_the_note_being_typed(
    number: int, library: Path, tmp_path: Path
) -> None:
    child = start(library, "signal with a note typed", tmp_path)
    passage = int(child.wait_for("state typed").split()[-1])
    os.kill(child.pid, number)
    assert ended(child) == 128 + number
    assert lock_is_free(library)
    store = open_library(library)
    try:
        assert get_note(store, passage_id=passage).body == "Nog niet bewaard"
    finally:
        store.close()
    layout = (tmp_path / "data" / "window.ini").read_text(encoding="utf-8")
    assert f"passage={passage}" in layout  # the layout is saved as on a normal quit


def test_a_signal_ends_the_window_while_a_modal_dialog_is_open(
    library: Path, tmp_path: Path
) -> None:
    child = start(library, "signal with a modal dialog", tmp_path)
    child.wait_for("state modal")
    import time

    time.sleep(1.0)  # the dialog's own event loop is running now
    os.kill(child.pid, signal.SIGTERM)
    assert ended(child) == 128 + signal.SIGTERM
    assert lock_is_free(library)
