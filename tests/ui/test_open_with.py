"""What the installed application's menu entry relies on: ``briefer gui FILE…`` imports
the files given (the desktop's "Open with" and drops on the launcher), the window has
Briefer's icon, and ``briefer gui --check`` opens the window and closes it again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMessageBox

from briefer.app import open_library
from briefer.ui.startup import Launch, application_icon

ROOT = Path(__file__).resolve().parents[2]


def test_files_given_to_the_window_are_imported_once_the_library_is_open(
    qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Should the test fail half-way, closing the window must not wait for an answer.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    open_library(db_path).close()
    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Brief over Servië\n\nServië en Kosovo spraken over de normalisering.\n",
        encoding="utf-8",
    )
    launch = Launch(db_path, open_files=[letter])
    assert launch.begin()
    try:
        main = launch.main
        assert main is not None
        qtbot.waitUntil(lambda: main.import_dialog is not None, timeout=10_000)
        dialog = main.import_dialog  # the same dialog a drop opens
        qtbot.waitUntil(lambda: dialog.finished_all, timeout=30_000)
        qtbot.waitUntil(lambda: main.library_model.rowCount() == 2, timeout=10_000)
        dialog.close()
        assert main.close()
    finally:
        launch.finish()


def test_the_window_carries_briefers_icon(qtbot) -> None:
    icon = application_icon()
    sizes = icon.availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
    assert not icon.pixmap(QSize(48, 48)).isNull()
    assert QApplication.instance() is not None


def test_gui_check_opens_the_window_and_closes_it(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFER_DATA_DIR=str(tmp_path / "data"))
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "gui", "--check"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["venster getekend", "bibliotheek getoond"]
    assert "qtbase" not in done.stderr  # Qt's own translation found
    assert (tmp_path / "data" / "briefer.sqlite").is_file()
    assert not list((tmp_path / "data").glob("*.lock"))


def test_gui_check_takes_no_files(run_cli, tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text("Brief\n\nTekst.\n", encoding="utf-8")
    result = run_cli("gui", "--check", str(letter))
    assert result.code == 1
    assert result.err == "fout: 'briefer gui --check' opent alleen het venster, zonder bestanden\n"
