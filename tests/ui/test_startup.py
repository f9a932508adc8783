"""The fast start: the window is on screen before the library is opened, then filled;
a damaged or locked library is still reported as before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefer.app import open_library
from briefer.ui.main_window import MainWindow
from briefer.ui.startup import StartWindow, start_arguments
from tests.ui.test_damaged_start import answer, damaged_with_backup  # noqa: F401 - a fixture


def test_the_start_window_needs_neither_sqlalchemy_nor_the_core() -> None:
    code = (
        "import sys, briefer.ui.startup\n"
        "heavy = [m for m in sys.modules if m.startswith(('sqlalchemy', 'briefer.core', "
        "'briefer.ui.main_window', 'alembic'))]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_window_shows_first_and_is_filled_with_the_library(qtbot, db_path: Path) -> None:
    open_library(db_path).close()
    stages: list[tuple[str, str]] = []  # each stage with what the window showed at that moment

    def seen(stage: str) -> None:
        stages.append((stage, window.centralWidget().objectName()))

    window = StartWindow(db_path, seen)
    qtbot.addWidget(window)
    assert window.main is None
    with qtbot.waitSignal(window.filled, timeout=30_000):
        window.show()
    qtbot.waitUntil(lambda: [stage for stage, _ in stages][-1:] == ["filled"], timeout=10_000)
    assert stages[0] == ("painted", "startWaiting")  # painted before it was filled
    assert isinstance(window.main, MainWindow)
    assert window.centralWidget() is window.main and window.main.parent() is window
    assert window.main.library_model.rowCount() == 1
    assert window.windowTitle() == "Briefer"
    assert window.close()
    window.close_store()


def test_a_damaged_library_still_gets_the_restore_offer(
    qtbot,
    damaged_with_backup: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = answer(monkeypatch, choose_restore=True)
    window = StartWindow(damaged_with_backup)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.filled, timeout=30_000):
        window.show()
    assert shown and shown[0].startswith("Briefer kan de bibliotheek niet openen")
    assert window.main is not None and window.main.library_model.rowCount() == 1
    window.close()
    window.close_store()


def test_a_file_that_is_no_library_is_said_plainly_and_the_window_closes(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_library = tmp_path / "adressen.sqlite"
    with sqlite3.connect(not_a_library) as connection:
        connection.execute("CREATE TABLE adressen (naam TEXT)")
        connection.execute("INSERT INTO adressen VALUES ('Den Haag')")
    connection.close()
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text: messages.append(text)
    )
    window = StartWindow(not_a_library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert messages[0].startswith(str(not_a_library)) and len(messages) == 1
    assert window.exit_code == 1 and not window.isVisible() and window.main is None
    assert "geen Briefer-database" in messages[0]
    with sqlite3.connect(not_a_library) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master").fetchall()
        assert rows == [("adressen",)]
        assert connection.execute("SELECT naam FROM adressen").fetchall() == [("Den Haag",)]
    connection.close()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["gui"], None),
        (["--db", "x.sqlite"], Path("x.sqlite")),
        (["--db=x.sqlite", "gui"], Path("x.sqlite")),
        (["import", "a.txt"], False),
        (["--db", "x.sqlite", "letters"], False),
        (["--help"], False),
    ],
)
def test_only_a_plain_start_skips_the_command_line(argv: list[str], expected: object) -> None:
    assert start_arguments(argv) == expected
