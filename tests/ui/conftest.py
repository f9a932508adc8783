"""A real main window on a fresh library, closed (and its work flushed) after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6

from briefer.app import open_library
from briefer.ui.actions import Actions
from briefer.ui.main_window import MainWindow
from briefer.ui.panels.composer import Composer
from briefer.ui.state import AppState
from briefer.ui.workers import Workers


@pytest.fixture
def open_window(qtbot, db_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Open the application's window on ``db_path``; can be called again to reopen it."""
    opened: list[MainWindow] = []

    def open_() -> MainWindow:
        state = AppState(open_library(db_path))
        window = MainWindow(state)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        store = window.state.store
        if shiboken6.isValid(window):
            if window.isVisible():
                window.close()
            window.workers.wait()
        store.close()


@pytest.fixture
def window(open_window: Callable[[], MainWindow]) -> MainWindow:
    return open_window()


# The briefing composer alone, on a real library (tests/ui/test_composer.py and others).
@pytest.fixture
def app_state(db_path: Path) -> Iterator[tuple[AppState, Actions]]:
    store = open_library(db_path)
    state = AppState(store)
    workers = Workers()
    yield state, Actions(state, workers)
    workers.wait()
    store.close()


@pytest.fixture
def make_composer(qtbot, app_state):
    state, actions = app_state

    def make() -> Composer:
        composer = Composer(state, actions)
        qtbot.addWidget(composer)
        composer.resize(650, 720)
        composer.show()
        return composer

    return make


@pytest.fixture
def composer(make_composer) -> Composer:
    return make_composer()
