"""Re-tagging after a rule edit runs off the GUI thread: the window keeps working, and
stopping it leaves the theme and every tag exactly as they were."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from briefer.app import open_library
from briefer.core.importing.single import store_parsed
from briefer.core.tags import INCLUDE, retag_library, set_manual_tag, theme_passages
from briefer.core.themes import find_theme, get_theme
from briefer.ingest.reader import read_letter
from briefer.ui.actions import Actions
from briefer.ui.dialogs.theme_editor import ThemeEditorDialog
from briefer.ui.state import AppState
from briefer.ui.workers import Workers
from tests.conftest import BUNDLED_LETTER

COPIES = 150  # with the bundled letter: 151 letters, about 12,700 passages


@pytest.fixture(scope="module")
def large_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of 151 letters (the bundled one and copies under other numbers), tagged."""
    folder = tmp_path_factory.mktemp("large")
    path = folder / "briefer.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFER_DATA_DIR", str(folder / "data"))
        _build(path)
    return path


def _build(path: Path) -> None:
    store = open_library(path, lock=False)
    parsed = read_letter(BUNDLED_LETTER)
    with store.session() as session:
        for number in range(COPIES):
            meta = replace(parsed.meta, kamerstuk=f"36 {number:03d} V, nr. 1")
            store_parsed(session, replace(parsed, meta=meta), f"copy-{number}.txt")
    retag_library(store)
    china = find_theme(store, "China")
    set_manual_tag(store, theme_passages(store, china.id)[0].id, china.id, INCLUDE)
    store.close()


@pytest.fixture
def state(large_library: Path, tmp_path: Path) -> Iterator[AppState]:
    path = tmp_path / "briefer.sqlite"
    path.write_bytes(large_library.read_bytes())
    state = AppState(open_library(path))
    yield state
    state.store.close()


def tags_snapshot(database: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT passage_id, theme_id, manual, include, reasons FROM tags "
            "ORDER BY passage_id, theme_id, manual"
        ).fetchall()


def open_china(qtbot, state: AppState) -> tuple[ThemeEditorDialog, Workers]:
    workers = Workers()
    china = find_theme(state.store, "China")
    dialog = ThemeEditorDialog(state, Actions(state, workers), china.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.terms_edit.setPlainText("\n".join([*china.terms, "Indo-Pacific"]))
    return dialog, workers


def test_the_window_keeps_handling_events_while_the_library_is_retagged(
    qtbot, state: AppState
) -> None:
    dialog, workers = open_china(qtbot, state)
    before = get_theme(state.store, dialog.theme_id).passages
    progress: list[tuple[int, int]] = []
    ticks_while_running = 0

    def tick() -> None:
        nonlocal ticks_while_running
        if dialog._task is not None:
            ticks_while_running += 1

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(dialog.apply_finished, timeout=120_000) as finished:
        assert dialog.apply()
        assert dialog.progress_row.isVisibleTo(dialog) and not dialog.ok_button.isEnabled()
        dialog._task.signals.progress.connect(
            lambda done, total, _l: progress.append((done, total))
        )
    timer.stop()
    workers.wait()

    assert finished.args == [True]
    assert ticks_while_running >= 3, "the GUI thread did not run while the re-tag worked"
    assert progress and progress[-1] == (COPIES + 1, COPIES + 1)
    assert len({done for done, _ in progress}) > 10  # it moved along, letter by letter
    after = get_theme(state.store, dialog.theme_id)
    assert after.terms[-1] == "Indo-Pacific" and after.passages > before
    assert not dialog.progress_row.isVisibleTo(dialog)


def test_stopping_the_retag_leaves_the_theme_and_its_tags_as_they_were(
    qtbot, state: AppState
) -> None:
    database = state.store.path
    dialog, workers = open_china(qtbot, state)
    theme_before = get_theme(state.store, dialog.theme_id)
    tags_before = tags_snapshot(database)
    assert any(row[2] for row in tags_before)  # a manual choice is among them
    stopped_at: list[int] = []

    def stop_early(done: int, total: int, _label: str) -> None:
        if not stopped_at:
            stopped_at.append(done)
            assert done < total
            dialog.stop_button.click()

    with qtbot.waitSignal(dialog.apply_finished, timeout=120_000) as finished:
        assert dialog.apply()
        dialog._task.signals.progress.connect(stop_early)
    workers.wait()

    assert finished.args == [False] and stopped_at
    assert tags_snapshot(database) == tags_before
    assert get_theme(state.store, dialog.theme_id) == theme_before
    assert dialog.apply_button.isEnabled()  # the edit is still there, to apply later
    assert dialog.progress_row.isVisibleTo(dialog) and not dialog.stop_button.isVisibleTo(dialog)
    assert dialog.progress_label.text().startswith("Toepassen gestopt")
