"""Starting the window on a damaged library: a plain message and the newest backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefer.app import open_library
from briefer.core.store.database import list_backups
from briefer.ui.application import open_with_recovery


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xde\xad\xbe\xef" * 2048
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged_with_backup(db_path: Path) -> Path:
    store = open_library(db_path)
    store.backup("test")
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    damage(db_path)
    return db_path


def answer(monkeypatch: pytest.MonkeyPatch, choose_restore: bool) -> list[str]:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        buttons = box.buttons()
        wanted = next(
            (b for b in buttons if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole), None
        )
        other = next(b for b in buttons if b is not wanted)
        monkeypatch.setattr(
            QMessageBox, "clickedButton", lambda self: wanted if choose_restore else other
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)  # a modal box cannot be clicked offscreen
    return shown


def test_restoring_the_newest_backup_opens_the_library(
    qtbot, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = answer(monkeypatch, choose_restore=True)
    store = open_with_recovery(damaged_with_backup)
    assert store is not None
    assert shown and shown[0].startswith("Briefer kan de bibliotheek niet openen")
    from briefer.core.library import list_letters

    assert len(list_letters(store)) == 1
    store.close()
    aside = [p for p in damaged_with_backup.parent.iterdir() if "damaged" in p.name]
    assert aside, "the damaged file is kept aside"
    assert list_backups(damaged_with_backup)


def test_quitting_leaves_the_damaged_file_alone(
    qtbot, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = damaged_with_backup.read_bytes()
    answer(monkeypatch, choose_restore=False)
    assert open_with_recovery(damaged_with_backup) is None
    assert damaged_with_backup.read_bytes() == before
