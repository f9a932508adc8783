"""Briefing › Recente exports holds the user's exports from the window and from
``briefer export`` alike (one list beside the preferences), and takes over the list
an earlier release kept in the window's settings."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefer import paths
from briefer.core.recent_exports import recent_exports
from briefer.ui.main_window import MainWindow
from briefer.ui.window_layout import window_settings
from tests.conftest import run_briefer_process


def menu_names(window: MainWindow) -> list[str]:
    menu = window.commands.recent_exports_menu
    menu.aboutToShow.emit()  # what opening the menu does
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.menu() is None]


def test_an_export_from_the_command_line_is_in_the_window_menu(
    open_window: Callable[[], MainWindow], run_cli: Any, db_path: Path, tmp_path: Path
) -> None:
    window = open_window()
    assert menu_names(window) == ["Nog geen exports"]
    target = tmp_path / "uit" / "china.pdf"
    target.parent.mkdir()
    db = ["--db", str(db_path)]
    assert run_cli("points", "China", "--add", "Open en kritisch.", *db).code == 0
    result = run_cli("export", "--theme", "China", "-o", str(target), *db)
    assert result.code == 0, result.err
    assert recent_exports() == [target.resolve()]
    assert menu_names(window)[0] == "china.pdf"  # while the window is open
    folder = tmp_path / "per-thema"
    args = ["--theme", "China", "--theme", "Rusland", "--split", "--format", "docx"]
    assert run_cli("export", *args, "-o", str(folder), *db).code == 0
    names = menu_names(window)
    assert names[:2] == sorted(names[:2]) and all(n.endswith(".docx") for n in names[:2])
    assert names[2] == "china.pdf" and names[-1] == "Lijst wissen"
    mode = stat.S_IMODE(paths.recent_exports_file().stat().st_mode)
    assert mode == 0o600  # the user's own, like the preferences


def test_a_real_briefer_process_adds_to_the_list(
    run_cli: Any, db_path: Path, tmp_path: Path
) -> None:
    db = ["--db", str(db_path)]
    assert run_cli("points", "China", "--add", "Open en kritisch.", *db).code == 0
    target = tmp_path / "china.docx"
    result = run_briefer_process("export", "--theme", "China", "-o", str(target), *db)
    assert result.code == 0, result.err
    assert recent_exports() == [target.resolve()]


def test_the_list_of_an_earlier_release_is_taken_over(
    open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    kept = [tmp_path / "oud-1.pdf", tmp_path / "oud-2.docx"]
    for file in kept:
        file.write_bytes(b"x")
    settings = window_settings()
    settings.setValue("recent_exports", [str(file) for file in kept])
    settings.sync()
    window = open_window()
    assert menu_names(window)[:2] == ["oud-1.pdf", "oud-2.docx"]
    assert window_settings().value("recent_exports") is None  # moved, not copied
