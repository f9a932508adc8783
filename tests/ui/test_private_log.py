"""The log never holds the user's text: errors while saving a note or exporting are
logged by type and place only. The window's layout file is owner-only."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer import paths
from briefer.app import log_file, setup_logging
from briefer.core.briefings import BriefingSpec
from briefer.core.themes import find_theme
from briefer.export import docx as docx_export
from briefer.ui.main_window import MainWindow

SECRET = "Departementaal vertrouwelijk: de minister overweegt een démarche in Beijing"


@pytest.fixture
def log_of(db_path: Path) -> Iterator[Path]:
    """The window's library logs to its own file in this test."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_briefer", False)]:
        root.removeHandler(handler)
        handler.close()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    setup_logging(db_path)
    yield log_file(db_path)
    for handler in [h for h in root.handlers if getattr(h, "_briefer", False)]:
        root.removeHandler(handler)
        handler.close()


def read_log(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_an_error_while_saving_a_note_logs_no_note_text(window: MainWindow, log_of, qtbot) -> None:
    # A real database error in the middle of saving: the version history refuses it.
    with sqlite3.connect(window.state.store.path) as connection:
        connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON note_versions "
            "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
        )
    china = find_theme(window.state.store, "China").id
    errors: list[str] = []
    task = window.actions.save_theme_note(china, SECRET, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    del task
    assert "disk says no" in errors[0]  # the user is told what happened
    assert "démarche" not in errors[0]  # the statement's parameters stay hidden
    log = read_log(log_of)
    assert "background task failed" in log
    assert "IntegrityError (message withheld)" in log or "(message withheld)" in log
    assert "démarche" not in log and "Beijing" not in log


def test_an_error_during_export_logs_no_passage_or_point_text(
    window: MainWindow, log_of, qtbot, tmp_path: Path, monkeypatch
) -> None:
    store = window.state.store
    china = find_theme(store, "China").id
    window.actions.add_point(china, SECRET)
    real_clean = docx_export.clean_text

    def failing_clean(text: str) -> str:  # a library that quotes what it choked on
        if "démarche" in text:
            raise ValueError(f"cannot place run {text!r}")
        return real_clean(text)

    monkeypatch.setattr(docx_export, "clean_text", failing_clean)
    errors: list[str] = []
    window.actions.export(
        BriefingSpec(title="Bezoek", theme_ids=(china,)),
        tmp_path / "briefing.docx",
        "docx",
        split=False,
        on_done=lambda _paths: errors.append("done"),
        on_error=errors.append,
        on_progress=lambda *_args: None,
        on_cancel=lambda: errors.append("cancelled"),
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    assert errors[0].startswith("Onverwachte fout: ValueError")
    log = read_log(log_of)
    assert "builtins.ValueError (message withheld)" in log
    assert "démarche" not in log and "Beijing" not in log
    assert not (tmp_path / "briefing.docx").exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_window_layout_file_is_owner_only(window: MainWindow) -> None:
    old = os.umask(0o022)
    try:
        window.close()
    finally:
        os.umask(old)
    layout = paths.window_layout_file()
    assert layout.is_file() and "geometry" in layout.read_text(encoding="utf-8")
    assert stat.S_IMODE(layout.stat().st_mode) == 0o600
    assert stat.S_IMODE(layout.parent.stat().st_mode) == 0o700
    from briefer.core.store.private import is_private

    everything = [layout.parent, *layout.parent.rglob("*")]
    assert [str(path) for path in everything if not is_private(path)] == []
