"""The Toezeggingen and Wijzigingen views in the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefer.core.importing import import_file
from briefer.ui.main_window import MainWindow
from briefer.ui.panels.commitments_view import OVERDUE_COLOR
from tests.intelligence.letter_pairs import later_letter


def test_toezeggingen_view_filters_marks_done_and_opens_the_passage(window: MainWindow) -> None:
    view = window.commitments
    window.workspace.setCurrentWidget(view)
    assert view.table.rowCount() == 16
    assert view.summary.text() == "16 toezeggingen · 11 verlopen"
    subjects = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    row = subjects.index("mensenrechtennota")
    assert view.table.item(row, 2).text() == "verlopen"
    assert view.table.item(row, 1).foreground().color() == OVERDUE_COLOR
    assert view.table.item(row, 1).font().bold()

    view.table.selectRow(row)
    assert "derde kwartaal van 2022" in view.sentence.text()
    view.done_button.click()
    assert view.current().status == "done" and view.done_button.text() == "Heropenen"
    view.status.setCurrentIndex(view.status.findData("overdue"))
    assert "mensenrechtennota" not in [
        view.table.item(r, 0).text() for r in range(view.table.rowCount())
    ]
    assert view.table.rowCount() == 10
    view.status.setCurrentIndex(view.status.findData("done"))
    assert view.table.rowCount() == 1

    view.status.setCurrentIndex(0)
    view.theme.setCurrentIndex(view.theme.findText("Europese Unie"))
    assert "hoofdlijnennotitie over de Europawet" in [
        view.table.item(r, 0).text() for r in range(view.table.rowCount())
    ]
    view.table.selectRow(0)
    passage = view.current().passage_id
    view.show_button.click()
    assert window.reader.current_passage() == passage


def test_a_deleted_commitment_goes_and_an_edit_is_kept(window: MainWindow) -> None:
    view = window.commitments
    view.table.selectRow(0)
    first = view.current()
    view.delete_button.click()
    assert first.id not in [r.id for r in view.rows] and view.table.rowCount() == 15
    target = view.rows[0].id
    view.actions.edit(target, "Afrika-strategie", "eind 2022")
    [edited] = [r for r in view.rows if r.id == target]
    assert (edited.subject, edited.due, edited.status) == (
        "Afrika-strategie",
        "eind 2022",
        "overdue",
    )


def test_wijzigingen_view_compares_the_newest_two_letters(
    window: MainWindow, tmp_path: Path
) -> None:
    view = window.changes
    assert "Kies twee verschillende" in view.summary.text()  # only one letter so far
    import_file(window.state.store, later_letter(tmp_path))
    window.state.letters_changed.emit()
    window.workspace.setCurrentWidget(view)
    assert view.summary.text() == "1 nieuw, 1 vervallen, 1 gewijzigd"
    assert view.source.currentText() == "Kamerstuk 35 925 V, nr. 84"
    assert view.target.currentText() == "Kamerstuk 36 200 V, nr. 5"
    view.list.setCurrentRow(1)
    assert "line-through" not in view.after.toHtml()
    assert "niet langer" in view.after.toPlainText()
    view.theme.setCurrentIndex(view.theme.findText("China"))
    assert view.summary.text() == "1 nieuw, 0 vervallen, 1 gewijzigd"
    view.list.setCurrentRow(0)
    view.list.itemDoubleClicked.emit(view.list.currentItem())
    assert window.reader.model_.letter_id == 2
    assert window.reader.current_passage() == view.result.added[0].id
    assert view.list.currentItem().data(Qt.ItemDataRole.UserRole + 1) == 0
