"""The composer's choice of the letter "Wat is er veranderd" compares against
(issue 10's part), on real widgets and a real library with three letters and a version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefer.app import open_library
from briefer.core.briefings import get_briefing
from briefer.core.importing.single import import_file
from briefer.core.library import find_letter
from briefer.ui.actions import Actions
from briefer.ui.panels.composer import Composer
from briefer.ui.state import AppState
from briefer.ui.workers import Workers
from tests.conftest import BUNDLED_LETTER
from tests.intelligence.letter_pairs import later_letter
from tests.ui.test_composer import part_row, settle, start_briefing

BUNDLED = "35 925 V, nr. 84"
LATER = "36 200 V, nr. 5"


@pytest.fixture
def composer(qtbot, db_path: Path, tmp_path: Path) -> Iterator[Composer]:
    """The bundled letter (with an older version) and a later letter of the same kind."""
    store = open_library(db_path)
    revised = tmp_path / "herzien.txt"  # a new version of the bundled letter: one word more
    text = BUNDLED_LETTER.read_text(encoding="utf-8")
    revised.write_text(
        text.replace("zoeken wij de samenwerking.", "zoeken wij graag de samenwerking.")
    )
    import_file(store, revised)
    import_file(store, later_letter(tmp_path))
    state = AppState(store)
    workers = Workers()
    composer = Composer(state, Actions(state, workers))
    qtbot.addWidget(composer)
    composer.resize(650, 760)
    composer.show()
    yield composer
    workers.wait()
    store.close()


def test_choosing_the_letter_to_compare_with(qtbot, composer: Composer, tmp_path: Path) -> None:
    store = composer.state.store
    bundled, later = find_letter(store, BUNDLED), find_letter(store, LATER)
    start_briefing(qtbot, composer)
    picker = composer.setup.compare
    assert not picker.isEnabled()  # only while the part is chosen
    assert picker.label.buddy() is picker.combo  # Alt+V reaches it
    entries = [picker.combo.itemText(i).strip() for i in range(picker.combo.count())]
    assert entries[0] == f"Automatisch (Kamerstuk {BUNDLED})"
    assert entries[1].startswith(f"Kamerstuk {LATER} · ")  # newest first
    assert entries[2].startswith(f"Kamerstuk {BUNDLED} · ")
    assert entries[3] == f"Kamerstuk {BUNDLED} (versie 1)"  # its older version beneath it

    # Turning the part on picks the previous letter of the same kind, in one undo step.
    steps = composer.state.undo_stack.count()
    item = composer.setup.parts.item(part_row(composer, "wijzigingen"))
    item.setCheckState(Qt.CheckState.Checked)
    assert composer.spec.changes_from == bundled and composer.spec.changes_from_version is None
    assert composer.state.undo_stack.count() == steps + 1
    assert picker.isEnabled() and picker.combo.currentIndex() == 2
    settle(qtbot, composer)
    text = composer.preview.browser.toPlainText()
    assert f"Kamerstuk {LATER} vergeleken met Kamerstuk {BUNDLED}." in text

    # With the keyboard: the version beneath it.
    picker.combo.setFocus()
    qtbot.keyClick(picker.combo, Qt.Key.Key_Down)
    assert (composer.spec.changes_from, composer.spec.changes_from_version) == (bundled, 1)
    qtbot.waitUntil(
        lambda: (
            composer.preview.is_current()
            and f"vergeleken met Kamerstuk {BUNDLED} (versie 1)."
            in composer.preview.browser.toPlainText()
        ),
        timeout=10_000,
    )

    # Saved with the briefing, and shown again when it is opened.
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    saved = get_briefing(store, composer.spec.id or 0)
    assert (saved.changes_from, saved.changes_from_version) == (bundled, 1)
    composer.load(None)
    assert not picker.isEnabled() and picker.combo.currentIndex() == 0
    composer.load(saved.id)
    assert picker.combo.currentText().strip() == f"Kamerstuk {BUNDLED} (versie 1)"

    # Undo goes back to the letter as it is now; "Automatisch" follows the library.
    composer.state.undo_stack.undo()
    assert (composer.spec.changes_from, composer.spec.changes_from_version) == (bundled, None)
    picker.combo.setCurrentIndex(0)
    picker.combo.activated.emit(0)
    assert composer.spec.changes_from is None
    assert get_briefing(store, saved.id or 0).changes_from is None  # stored at once
    assert later != bundled
