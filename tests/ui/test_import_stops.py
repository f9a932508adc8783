"""The window's import of many letters, stopped: by the user, or by a full disk.

Each row says what became of its file, and a row says "geïmporteerd" only for
a letter that is in the library (rows are filled once a letter's transaction
has committed). A disk that fills up ends the import with its one line in the
dialog and every file not stored named so; the dialog never hangs.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6

from briefer.app import open_library
from briefer.core.importing.bulk import BulkProgress
from briefer.ui.main_window import MainWindow
from briefer.ui.state import AppState
from tests.hardening.filesystems import fill, small_disk
from tests.hardening.test_bulk_stops import letter_folder


@pytest.fixture
def window_on(qtbot) -> Iterator[object]:
    opened: list[MainWindow] = []

    def open_(database: Path) -> MainWindow:
        window = MainWindow(AppState(open_library(database)))
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        return window

    yield open_
    for window in opened:
        store = window.state.store
        if shiboken6.isValid(window):
            window.workers.wait()
            window.close()
        store.close()


def rows(dialog: object) -> list[tuple[str, str]]:
    table = dialog.table  # type: ignore[attr-defined]
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def stored(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {
            n for (n,) in connection.execute("SELECT source_name FROM letters WHERE NOT bundled")
        }


def test_cancelling_names_what_was_stored_and_what_not(window_on, qtbot, tmp_path: Path) -> None:
    database = tmp_path / "bibliotheek" / "briefer.sqlite"
    window = window_on(database)
    letter_folder(tmp_path / "brieven", 40)
    dialog = window.import_paths([tmp_path / "brieven"])
    started = []

    def first_progress(outcome: object) -> None:
        if isinstance(outcome, BulkProgress) and not started:
            started.append(outcome)
            dialog._cancel_or_close()  # the user presses Annuleren

    dialog._task.signals.item_done.connect(first_progress)
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=120_000)
    shown = rows(dialog)
    imported = {name for name, text in shown if "geïmporteerd" in text}
    assert imported == stored(database)
    assert len(imported) < 40
    assert all(
        "geïmporteerd" in text or text == "geannuleerd, niet opgeslagen" for _name, text in shown
    ), shown


def test_a_full_disk_ends_the_import_with_its_line(window_on, qtbot, tmp_path: Path) -> None:
    disk = tmp_path / "schijf"
    with small_disk(disk, megabytes=8):
        database = disk / "briefer.sqlite"
        open_library(database).close()
        window = window_on(database)
        files = letter_folder(tmp_path / "brieven", 12)
        filler = fill(disk, leave_kb=96)
        dialog = window.import_paths([tmp_path / "brieven"])
        qtbot.waitUntil(lambda: dialog.finished_all, timeout=120_000)
        summary = dialog.summary.text()
        assert summary.startswith(f"{database}: de import is gestopt, de schijf is vol"), summary
        shown = rows(dialog)
        assert [name for name, _text in shown] == [path.name for path in files]
        imported = {name for name, text in shown if "geïmporteerd" in text}
        assert all(text == "niet opgeslagen" for name, text in shown if name not in imported)
        window.workers.wait()
        window.state.store.close()
        filler.unlink()
        assert stored(database) == imported
        shutil.rmtree(tmp_path / "brieven")
