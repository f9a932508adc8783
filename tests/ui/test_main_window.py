"""The first window on real widgets: the library, the outline, the reader, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefer.app import open_library
from briefer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db_path: Path):
    store = open_library(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    yield window
    store.close()


def test_opens_on_the_bundled_letter(window: MainWindow) -> None:
    assert window.letters.count() == 1
    assert "Kamerstuk 35 925 V, nr. 84" in window.letters.item(0).text()
    assert window.tree.topLevelItemCount() == 1 + 5  # "Hele brief" and the chapters
    html = window.reader.toPlainText()
    assert "Via deze brief informeer ik uw Kamer" in html
    assert "1 brief in de bibliotheek" in window.statusBar().currentMessage()


def test_choosing_a_section_shows_its_passages(window: MainWindow) -> None:
    welvaart = window.tree.topLevelItem(3)
    balkan = welvaart.child(3)
    assert balkan.text(0) == "Westelijke Balkan"
    window.tree.setCurrentItem(balkan)
    text = window.reader.toPlainText()
    assert text.startswith("Westelijke Balkan")
    assert "p. 13-14" in text
    assert "goed bestuur en de rechtsstaat." in text
    assert "China is in krap" not in text


def test_import_shows_new_letter_and_reports_failures(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(  # a modal dialog cannot be clicked away offscreen
        QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    memo = tmp_path / "memo.txt"
    memo.write_text("Memo Beijing\n\nEen alinea over het bezoek.\n", encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    window.import_files([str(memo), str(empty)])
    assert window.letters.count() == 2
    assert window.letters.currentItem().text().startswith("Memo Beijing")
    assert shown == [f"{empty}: het bestand is leeg"]
