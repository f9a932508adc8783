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


# --- a missing library with backups (issue 20, item 7) ------------------------------------


@pytest.fixture
def missing_with_backup(db_path: Path) -> Path:
    from briefer.core.notes import save_note

    store = open_library(db_path)
    save_note(store, "Voor de reservekopie", theme_id=1)
    store.backup("test")
    save_note(store, "Na de reservekopie", theme_id=1)
    store.close()
    db_path.unlink()
    return db_path


def choose(monkeypatch: pytest.MonkeyPatch, label: str) -> list[QMessageBox]:
    """Answer the start's question by the button whose text starts with ``label``."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        wanted = next(b for b in box.buttons() if b.text().startswith(label))
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: wanted)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    return shown


def test_a_missing_library_offers_its_backup_and_brings_back_todays_notes(
    qtbot, missing_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer.core.notes import get_note

    shown = choose(monkeypatch, "Reservekopie van")
    store = open_with_recovery(missing_with_backup)
    assert store is not None
    box = shown[0]
    assert box.windowTitle() == "De bibliotheek ontbreekt"
    assert "er zijn reservekopieën" in box.text() and "briefer restore" in box.informativeText()
    labels = [button.text() for button in box.buttons()]
    assert "Nieuwe, lege bibliotheek" in labels and "Afsluiten" in labels
    assert get_note(store, theme_id=1).body == "Na de reservekopie"  # from the journal
    assert shown[1] == "Eén notitieversie van na de reservekopie is teruggezet."
    store.close()


def test_a_missing_library_becomes_a_new_one_only_when_chosen(
    qtbot, missing_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, "Afsluiten")
    assert open_with_recovery(missing_with_backup) is None
    assert not missing_with_backup.exists()
    choose(monkeypatch, "Nieuwe, lege bibliotheek")
    store = open_with_recovery(missing_with_backup)
    assert store is not None and missing_with_backup.exists()
    from briefer.core.notes import get_note

    assert get_note(store, theme_id=1).body == ""
    store.close()
    assert list_backups(missing_with_backup)  # the backups stay
