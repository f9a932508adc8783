"""The Toezeggingen and Wijzigingen views in the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem

from briefer.core.importing.single import import_file
from briefer.core.letter_links import letter_references
from briefer.core.points import list_points
from briefer.core.themes import find_theme
from briefer.ui.main_window import MainWindow
from briefer.ui.models.reader_model import ROW_ROLE
from briefer.ui.panels.commitments_view import OVERDUE_COLOR
from tests.intelligence.letter_pairs import later_letter


def test_toezeggingen_view_filters_marks_done_and_opens_the_passage(window: MainWindow) -> None:
    view = window.commitments
    assert view.model.rowCount() == 0  # read when the tab is shown, not at start
    window.show_page(view)
    assert view.model.rowCount() == 16
    assert view.summary.text() == "16 toezeggingen · 11 verlopen"
    subjects = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    row = subjects.index("mensenrechtennota")
    assert view.model.index(row, 2).data() == "verlopen"
    assert view.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert view.model.index(row, 1).data(Qt.ItemDataRole.FontRole).bold()

    view.table.selectRow(row)
    assert "derde kwartaal van 2022" in view.sentence.text()
    view.done_button.click()
    assert view.current().status == "done" and view.done_button.text() == "Heropenen"
    view.status.setCurrentIndex(view.status.findData("overdue"))
    assert "mensenrechtennota" not in [
        view.model.index(r, 0).data() for r in range(view.model.rowCount())
    ]
    assert view.model.rowCount() == 10
    view.status.setCurrentIndex(view.status.findData("done"))
    assert view.model.rowCount() == 1

    view.status.setCurrentIndex(0)
    view.theme.setCurrentIndex(view.theme.findText("Europese Unie"))
    assert "hoofdlijnennotitie over de Europawet" in [
        view.model.index(r, 0).data() for r in range(view.model.rowCount())
    ]
    view.table.selectRow(0)
    passage = view.current().passage_id
    view.show_button.click()
    assert window.reader.current_passage() == passage


def test_a_deleted_commitment_goes_and_an_edit_is_kept(window: MainWindow) -> None:
    view = window.commitments
    window.show_page(view)
    view.table.selectRow(0)
    first = view.current()
    view.delete_button.click()
    assert first.id not in [r.id for r in view.rows] and view.model.rowCount() == 15
    target = view.rows[0].id
    view.actions.edit(target, "Afrika-strategie", "eind 2022")
    [edited] = [r for r in view.rows if r.id == target]
    assert (edited.subject, edited.due, edited.status) == (
        "Afrika-strategie",
        "eind 2022",
        "overdue",
    )
    view.actions.edit(target, "Afrika-strategie", "2022-06-01")  # a date is shown as one
    row = next(r for r in range(view.model.rowCount()) if view.rows[r].id == target)
    assert view.rows[row].due == "2022-06-01"
    assert view.model.index(row, 1).data() == "1 juni 2022"


def test_wijzigingen_view_compares_the_newest_two_letters(
    window: MainWindow, tmp_path: Path
) -> None:
    view = window.changes
    assert view.summary.text() == ""  # compared when the tab is shown, not at start
    window.show_page(view)
    assert "Kies twee verschillende" in view.summary.text()  # only one letter so far
    import_file(window.state.store, later_letter(tmp_path))
    window.state.letters_changed.emit()
    window.show_page(view)
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


def test_a_suggestion_becomes_a_talking_point_in_one_click(window: MainWindow) -> None:
    store = window.state.store
    china = find_theme(store, "China").id
    window._open_theme(china)
    workspace = window.theme_workspace
    workspace.tabs.setCurrentWidget(workspace.suggestions)
    panel = workspace.suggestions
    assert panel.list.count() >= 2
    first = panel.found[0]
    panel.list.setCurrentRow(0)
    panel.accept_button.click()
    [point] = list_points(store, china)
    assert point.text == first.text
    assert [c.passage_id for c in point.citations] == [first.passage_id]
    assert first.text not in [s.text for s in panel.found]  # it is a talking point now
    window.state.undo_stack.undo()
    assert list_points(store, china) == []
    assert panel.found[0].text == first.text


def _click_first_link(window: MainWindow, row: int) -> bool:
    reader = window.reader
    index = reader.model_.index(row)
    rect = reader.visualRect(index)
    option = QStyleOptionViewItem()
    reader.initViewItemOption(option)
    option.rect = rect
    data = reader.model_.data(index, ROW_ROLE)
    for y in range(rect.top(), rect.bottom(), 4):
        for x in range(rect.left(), rect.right(), 6):
            if reader.itemDelegate().anchor(option, data, QPoint(x, y)):
                QTest.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
                return True
    return False


def test_references_in_the_reader_are_links_both_ways(window: MainWindow, tmp_path: Path) -> None:
    later = import_file(window.state.store, later_letter(tmp_path)).letter_id
    window.state.letters_changed.emit()
    citing = next(r for r in letter_references(window.state.store, later) if r.letter_id)
    window.open_passage(later, citing.passage_id)
    assert _click_first_link(window, window.reader.model_.row_of_passage(citing.passage_id))
    assert window.reader.model_.letter_id == 1  # the cited letter, at its start
    assert [c.passage_id for c in window.reader.cited_by] == [citing.passage_id]
    assert _click_first_link(window, 0)  # "Aangehaald in" on the title
    assert window.reader.model_.letter_id == later
    assert window.reader.current_passage() == citing.passage_id


def test_adding_a_commitment_for_the_passage_in_the_reader(window: MainWindow, monkeypatch) -> None:
    view = window.commitments
    window.show_page(view)
    passage = next(r.passage_id for r in window.reader.model_.rows if r.passage_id)
    window.open_passage(1, passage)
    assert window.reader.current_passage() == passage

    def fill(dialog: object) -> int:
        dialog.subject.setText("kabinetsreactie")  # type: ignore[attr-defined]
        dialog.due.setText("voor het kerstreces")  # type: ignore[attr-defined]
        return 1

    monkeypatch.setattr("briefer.ui.panels.commitments_view.CommitmentDialog.exec", fill)
    view.add_button.click()
    current = view.current()
    assert current is not None and (current.subject, current.due) == (
        "kabinetsreactie",
        "kerstreces 2022",
    )
    assert current.passage_id == passage and view.model.rowCount() == 17


def test_an_older_version_is_compared_and_read(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    import_file(window.state.store, later_letter(tmp_path, same_kamerstuk=True))
    window.state.letters_changed.emit()
    view = window.changes
    window.show_page(view)
    assert view.source.currentText() == "Kamerstuk 35 925 V, nr. 84 (versie 1)"
    assert view.target.currentText() == "Kamerstuk 35 925 V, nr. 84"
    assert view.summary.text() == "1 nieuw, 1 vervallen, 1 gewijzigd"
    assert view.read_button.isEnabled()
    shown: list[str] = []
    monkeypatch.setattr(
        "briefer.ui.panels.changes_view.VersionDialog.exec",
        lambda dialog: shown.append(dialog.text.toPlainText()) or 0,
    )
    view.read_button.click()
    assert "De oorlog in Oekraïne onderstreept nogmaals" in shown[0]  # gone from the new one
    assert shown[0].startswith("Kamerstuk 35 925 V, nr. 84 (versie 1)")


def test_the_composer_offers_wijzigingen_after_toezeggingen(window: MainWindow) -> None:
    setup = window.composer.setup
    parts = [setup.parts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(setup.parts.count())]
    at = parts.index("toezeggingen")
    assert parts[at + 1] == "wijzigingen"  # DESIGN's order, offered switched off
    assert setup.parts.item(at).checkState() == Qt.CheckState.Checked
    assert setup.parts.item(at + 1).checkState() == Qt.CheckState.Unchecked
    assert "wijzigingen" not in setup.spec.parts
    setup.parts.item(at + 1).setCheckState(Qt.CheckState.Checked)
    chosen = setup.spec.parts
    assert chosen[chosen.index("toezeggingen") + 1] == "wijzigingen"
    assert setup.parts.item(at + 1).text() == "Wat is er veranderd"


def test_commitment_changes_can_be_undone_and_redone(window: MainWindow) -> None:
    view = window.commitments
    window.show_page(view)
    undo = window.state.undo_stack
    subjects = lambda: [r.subject for r in view.rows]  # noqa: E731
    first = view.rows[0]
    view.table.selectRow(0)
    view.delete_button.click()
    assert first.subject not in subjects()
    undo.undo()
    assert subjects()[0] == first.subject
    undo.redo()
    assert first.subject not in subjects()
    undo.undo()

    view.actions.mark_done(first.id, True)
    view.actions.edit(first.id, "Afrika-strategie", "eind 2023")
    [row] = [r for r in view.rows if r.id == first.id]
    assert (row.subject, row.due, row.status) == ("Afrika-strategie", "eind 2023", "done")
    undo.undo()
    [row] = [r for r in view.rows if r.id == first.id]
    assert (row.subject, row.due, row.status) == (first.subject, first.due, "done")
    undo.undo()
    [row] = [r for r in view.rows if r.id == first.id]
    assert row == first
    assert undo.undoText() == "" or "Toezegging" not in undo.undoText()
