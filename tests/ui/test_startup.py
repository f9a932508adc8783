"""The start: the usable window at its first paint, without the ORM; the start window only
for a slow or failed opening; a damaged or locked library reported as before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefer.app import open_library, window_database
from briefer.core.first_screen import read_first_screen
from briefer.ui.main_window import MainWindow
from briefer.ui.opening import Opening
from briefer.ui.startup import Launch, StartWindow
from briefer.ui.state import AppState
from tests.ui.test_damaged_start import answer, damaged_with_backup  # noqa: F401 - a fixture

HEAVY = ("sqlalchemy", "alembic", "reportlab", "docx", "pypdfium2", "pypdf", "lxml")


def end(launch: Launch) -> None:
    """Close the window as a user would and let the start end."""
    if launch.main is not None:
        launch.main.close()
    launch.finish()


def test_the_opening_needs_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, briefer.ui.entry\n"
        "heavy = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy', "
        "'briefer.core', 'briefer.ui.startup', 'briefer.ui.main_window', 'alembic'))]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_shiboken_is_started_before_the_opening_thread(tmp_path: Path) -> None:
    """shiboken walks sys.modules as it starts and stops Python when another thread
    imports meanwhile: it is up before the opening thread starts, Qt itself not yet."""
    code = (
        "import sys\n"
        "from briefer.ui import entry, opening\n"
        "def start(self):\n"
        "    print('shiboken6' in sys.modules, 'PySide6.QtCore' in sys.modules)\n"
        "    raise SystemExit(0)\n"
        "opening.Opening.start = start\n"
        f"entry.run_window({str(tmp_path / 'library.sqlite')!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]


def test_the_first_screen_is_built_and_painted_without_the_orm(db_path: Path) -> None:
    """A real window, in a process of its own: until its first paint no ORM, exporter
    or PDF reader is loaded; the library tree, the reader and the workspace are filled."""
    open_library(db_path).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from briefer.ui.entry import run_window\n"
        "def report(stage):\n"
        "    if stage != 'filled':\n"
        "        return\n"
        f"    heavy = sorted({{m.split('.')[0] for m in sys.modules if m.startswith({HEAVY!r})}})\n"
        "    [main] = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "
        "'MainWindow' and w.isVisible()]\n"
        "    print('heavy', heavy)\n"
        "    print('letters', main.library_model.rowCount())\n"
        "    print('reader', sum(r.kind == 'passage' for r in main.reader.model_.rows))\n"
        "    print('workspace', main.theme_workspace.empty.buttons.itemAt(0).widget().text())\n"
        "    main.close()\n"
        f"sys.exit(run_window(Path({str(db_path)!r}), report))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.strip().splitlines())
    assert lines["heavy"] == "[]"
    assert lines["letters"] == "1"
    assert lines["reader"] == "84"
    assert "openen (" in lines["workspace"]  # the overview's buttons, with their counts


def test_the_first_screen_rows_are_what_the_window_would_read(db_path: Path) -> None:
    store = open_library(db_path)
    try:
        first = read_first_screen(store)
        assert [letter.id for letter in first.letters] == [1]
        assert first.letter_id == 1 and first.outline is not None
        assert sum(1 for _ in first.outline.all_passages()) == 84
        assert {theme.name for theme in first.themes} >= {"China", "Rusland"}
        assert read_first_screen(store, wanted_letter=999).letter_id == 1  # deleted meanwhile
    finally:
        store.close()


def test_the_main_window_is_the_window_when_the_library_opens_at_once(qtbot, db_path: Path) -> None:
    open_library(db_path).close()
    stages: list[str] = []
    launch = Launch(db_path, stages.append)
    assert launch.begin()
    try:
        assert launch.start_window is None  # no start window on the normal path
        main = launch.main
        assert isinstance(main, MainWindow) and main.parent() is None and main.isVisible()
        qtbot.waitUntil(lambda: stages == ["painted", "filled"], timeout=30_000)
        assert main.library_model.rowCount() == 1
        assert main.windowTitle() == "Briefer"
        assert launch.store is not None and launch.store.check is not None
        qtbot.waitUntil(lambda: launch.store.check.done, timeout=30_000)  # started once painted
    finally:
        end(launch)


def test_a_slow_opening_shows_the_start_window_then_the_main_window(qtbot, db_path: Path) -> None:
    opening = Opening(db_path)  # a first start: the library is made and seeded meanwhile
    launch = Launch(db_path)
    assert launch.begin(opening, wait=0.0)
    try:
        assert isinstance(launch.start_window, StartWindow)
        start = launch.start_window
        assert start.centralWidget().objectName() == "startWaiting"
        opening.start()
        qtbot.waitUntil(lambda: launch.main is not None, timeout=60_000)
        assert launch.main is not None and launch.main.library_model.rowCount() == 1
        assert launch.start_window is None and not start.isVisible()
    finally:
        end(launch)


def test_a_damaged_library_still_gets_the_restore_offer(
    qtbot,
    damaged_with_backup: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the damage stands decides when it is found: while opening (the offer comes
    at once) or by the check beside the shown window (the offer comes then); either way
    the backup is offered and the window opens on it."""
    shown = answer(monkeypatch, choose_restore=True)
    launch = Launch(damaged_with_backup)
    assert launch.begin()
    try:
        qtbot.waitUntil(lambda: bool(shown) and launch.main is not None, timeout=60_000)
        assert shown[0].startswith("Briefer kan de bibliotheek niet openen")
        assert launch.main is not None and launch.main.library_model.rowCount() == 1
    finally:
        end(launch)


def test_damage_the_check_finds_after_the_window_showed_gets_the_offer_too(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check of every page runs beside the shown window; a damage it finds closes
    that window (writing nothing) and offers the backup, then opens the library again."""
    from tests.ui.test_damaged_start import damage

    store = open_library(db_path)
    store.backup("test")
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(db_path) as connection:  # the first screen reads what it needs
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    shown = answer(monkeypatch, choose_restore=True)
    opening = Opening(db_path).start()
    opening.join()
    assert not isinstance(opening.outcome, BaseException)
    damage(db_path)  # after it opened, before its check: as if the disk went bad
    launch = Launch(db_path)
    assert launch.begin(opening)
    try:
        first = launch.main
        assert first is not None
        qtbot.waitUntil(lambda: launch.main not in (first, None), timeout=60_000)
        assert shown and shown[0].startswith("Briefer kan de bibliotheek niet openen")
        assert not first.isVisible()
        assert launch.main.library_model.rowCount() == 1  # the restored backup
    finally:
        end(launch)


def test_a_file_that_is_no_library_is_said_plainly_and_nothing_stays_open(
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
    launch = Launch(not_a_library)
    assert not launch.begin()  # nothing to show: run_gui ends with the exit code
    launch.finish()
    assert messages[0].startswith(str(not_a_library)) and len(messages) == 1
    assert launch.exit_code == 1 and launch.main is None
    assert "geen Briefer-database" in messages[0]
    with sqlite3.connect(not_a_library) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master").fetchall()
        assert rows == [("adressen",)]
        assert connection.execute("SELECT naam FROM adressen").fetchall() == [("Den Haag",)]
    connection.close()


def test_a_window_on_rows_read_before_shows_them(qtbot, db_path: Path) -> None:
    store = open_library(db_path)
    first = read_first_screen(store)
    window = MainWindow(AppState(store), first=first)
    qtbot.addWidget(window)
    try:
        assert window.library_model.rows == first.letters and window.library_model.total == 1
        assert window.themes_model.themes is first.themes
        assert window.reader.model_.outline is first.outline
    finally:
        window.close()
        store.close()


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
    assert window_database(argv) == expected


def test_a_save_made_while_the_window_starts_is_shown_once_it_follows_saves(
    qtbot, db_path: Path, tmp_path: Path
) -> None:
    """The first screen is read before the window follows others' saves: a letter a
    colleague imported in between appears as soon as it does."""
    from briefer.core.importing.single import import_file
    from tests.intelligence.letter_pairs import later_letter

    store = open_library(db_path)
    first = read_first_screen(store)
    colleague = open_library(db_path, lock=False)
    try:
        import_file(colleague, later_letter(tmp_path))
    finally:
        colleague.close()
    window = MainWindow(AppState(store), first=first)
    qtbot.addWidget(window)
    try:
        assert window.library_model.rowCount() == 1  # what was read at the start
        assert window.live_refresh.timer.isActive()
        qtbot.waitUntil(lambda: window.library_model.rowCount() == 2, timeout=10_000)
    finally:
        window.close()
        store.close()


def test_every_module_the_window_warms_up_exists() -> None:
    import importlib.util

    from briefer.ui.main_window import WARM_MODULES

    missing = [name for name in WARM_MODULES if importlib.util.find_spec(name) is None]
    assert missing == []
