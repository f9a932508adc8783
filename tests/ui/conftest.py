"""A real main window on a fresh library, closed (and its work flushed) after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6

from briefer.app import open_library
from briefer.ui.main_window import MainWindow
from briefer.ui.state import AppState


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
