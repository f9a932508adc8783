"""The theme workspace on real widgets: passages, one-click exclusion, note, talking points."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from briefer.app import open_library
from briefer.core.errors import BrieferError
from briefer.core.notes import get_note
from briefer.core.points import list_points
from briefer.core.store.database import Store
from briefer.core.tags import CLEAR, EXCLUDE, INCLUDE, manual_state, theme_passages
from briefer.core.themes import find_theme
from briefer.ui.actions import Actions
from briefer.ui.models.points_model import PointEditor
from briefer.ui.models.theme_passages_model import PassageDelegate
from briefer.ui.panels.theme_workspace import POINTS_TAB, ThemeWorkspace
from briefer.ui.state import AppState
from briefer.ui.workers import Workers

KRAP = "China is in krap twee generaties uitgegroeid"


@dataclass
class Env:
    store: Store
    state: AppState
    actions: Actions
    workers: Workers
    workspace: ThemeWorkspace
    china: int

    def krap_id(self) -> int:
        return next(p.id for p in theme_passages(self.store, self.china) if p.text.startswith(KRAP))

    def points(self) -> list[str]:
        return [p.text for p in list_points(self.store, self.china)]


@pytest.fixture
def env(qtbot, db_path: Path) -> Iterator[Env]:
    store = open_library(db_path)
    state = AppState(store)
    workers = Workers()
    actions = Actions(state, workers)
    workspace = ThemeWorkspace(state, actions)
    qtbot.addWidget(workspace)
    workspace.resize(560, 820)
    workspace.show()
    china = find_theme(store, "China").id
    yield Env(store, state, actions, workers, workspace, china)
    workspace.flush()
    workspace.hide()
    workers.wait()
    store.close()


def choose_china(env: Env) -> None:
    env.state.set_current_theme(env.china)


def passage_row_rect(env: Env, passage_id: int):
    view = env.workspace.passages
    row = env.workspace.model.row_of(passage_id)
    index = env.workspace.proxy.mapFromSource(env.workspace.model.index(row))
    view.scrollTo(index)
    return index, view.visualRect(index)


def test_no_theme_shows_a_hint_then_the_theme(env: Env) -> None:
    workspace = env.workspace
    assert workspace.stack.currentIndex() == 0
    assert workspace.hint.text().startswith("Kies links een thema")
    choose_china(env)
    assert workspace.stack.currentIndex() == 1
    assert workspace.title.text() == "China"
    assert workspace.count.text() == "6 passages"
    rows = workspace.model.passages()
    assert len(rows) == 6 == workspace.proxy.rowCount()
    krap = next(p for p in rows if p.text.startswith(KRAP))
    index = workspace.model.index(workspace.model.row_of(krap.id))
    assert index.data() == "Kamerstuk 35 925 V, nr. 84, p. 5"
    assert krap.section == "Partners en uitdagers"
    assert "noemt “China”" in krap.reasons
    assert KRAP in index.data(Qt.ItemDataRole.ToolTipRole)
    workspace.filter.setText("krap twee")
    assert workspace.proxy.rowCount() == 1
    workspace.filter.setText("")
    env.state.set_current_theme(None)
    assert workspace.stack.currentIndex() == 0


def test_one_click_excludes_undo_and_redo(env: Env, qtbot) -> None:
    choose_china(env)
    workspace, krap = env.workspace, env.krap_id()
    _index, rect = passage_row_rect(env, krap)
    box = PassageDelegate.check_rect(rect).center()
    qtbot.mouseClick(workspace.passages.viewport(), Qt.MouseButton.LeftButton, pos=box)
    row = workspace.model.passage(workspace.model.row_of(krap))
    assert row.excluded  # still listed, shown as excluded
    assert workspace.model.rowCount() == 6
    assert manual_state(env.store, krap, env.china) == EXCLUDE
    assert krap not in [p.id for p in theme_passages(env.store, env.china)]
    assert workspace.count.text() == "5 passages · 1 uitgesloten"

    env.state.undo_stack.undo()
    assert not workspace.model.passage(workspace.model.row_of(krap)).excluded
    assert manual_state(env.store, krap, env.china) == CLEAR
    assert workspace.count.text() == "6 passages"
    env.state.undo_stack.redo()
    assert workspace.model.passage(workspace.model.row_of(krap)).excluded

    # Space on the selected row takes it back: the rules include it, so the choice is cleared
    index, _rect = passage_row_rect(env, krap)
    workspace.passages.setCurrentIndex(index)
    qtbot.keyClick(workspace.passages, Qt.Key.Key_Space)
    assert manual_state(env.store, krap, env.china) == CLEAR
    assert not workspace.model.passage(workspace.model.row_of(krap)).excluded


def test_a_manually_added_passage_can_be_excluded_and_included_again(env: Env, qtbot) -> None:
    choose_china(env)
    workspace = env.workspace
    other = 1  # the first passage of the letter does not mention China
    assert other not in [p.id for p in theme_passages(env.store, env.china)]
    env.actions.include_passage(other, env.china)
    assert workspace.model.row_of(other) >= 0
    workspace.toggle_passage(other)
    assert manual_state(env.store, other, env.china) == EXCLUDE
    workspace.toggle_passage(other)
    assert manual_state(env.store, other, env.china) == INCLUDE
    assert workspace.count.text() == "7 passages"


def test_note_is_saved_while_typing_and_on_flush(env: Env, qtbot) -> None:
    choose_china(env)
    editor = env.workspace.note_editor
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "Bezoek Beijing: R&D en «mensenrechten»")
    assert editor.status.text() == "Opslaan…"
    qtbot.waitUntil(
        lambda: (
            get_note(env.store, theme_id=env.china).body == "Bezoek Beijing: R&D en «mensenrechten»"
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: editor.status.text().startswith("Opgeslagen om"), timeout=5000)
    assert editor.is_saved()

    # a pending edit goes out when the theme changes
    qtbot.keyClicks(editor.edit, " - vervolg")
    rusland = find_theme(env.store, "Rusland").id
    env.state.set_current_theme(rusland)
    assert editor.text() == ""
    qtbot.waitUntil(
        lambda: get_note(env.store, theme_id=env.china).body.endswith("- vervolg"), timeout=5000
    )
    # flush() saves at once, without waiting for the timer
    qtbot.keyClicks(editor.edit, "Sancties")
    assert env.workspace.flush()
    assert get_note(env.store, theme_id=rusland).body == "Sancties"
    env.state.set_current_theme(env.china)
    assert editor.text().endswith("- vervolg")


def test_a_failed_save_keeps_the_text_and_flush_saves_it(
    env: Env, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise BrieferError("de schijf is vol")

    monkeypatch.setattr("briefer.ui.actions.save_note", disk_full)  # the writer-thread save
    choose_china(env)
    editor = env.workspace.note_editor
    qtbot.keyClicks(editor.edit, "Niet verliezen")
    qtbot.waitUntil(lambda: "de schijf is vol" in editor.status.text(), timeout=5000)
    assert editor.status.text().startswith("Niet opgeslagen")
    assert not editor.is_saved()
    # away and back: the unsaved text comes back, not the (empty) stored note
    env.state.set_current_theme(find_theme(env.store, "Rusland").id)
    env.state.set_current_theme(env.china)
    assert editor.text() == "Niet verliezen"
    assert env.workspace.flush()  # on close: saved synchronously, past the failing writer
    assert get_note(env.store, theme_id=env.china).body == "Niet verliezen"
    assert editor.is_saved()


def test_hiding_the_editor_saves_at_once(env: Env, qtbot) -> None:
    choose_china(env)
    editor = env.workspace.note_editor
    qtbot.keyClicks(editor.edit, "Tabblad gewisseld")
    env.workspace.tabs.setCurrentIndex(POINTS_TAB)  # hides the note editor
    env.workers.wait()
    qtbot.waitUntil(lambda: editor.is_saved(), timeout=5000)
    assert get_note(env.store, theme_id=env.china).body == "Tabblad gewisseld"


def test_version_history_restores_an_earlier_text(env: Env, qtbot) -> None:
    choose_china(env)
    editor = env.workspace.note_editor
    qtbot.keyClicks(editor.edit, "Eerste versie")
    assert editor.flush()
    editor.edit.clear()
    qtbot.keyClicks(editor.edit, "Tweede versie")
    dialog = editor.open_history()  # flushes the text on screen first
    assert dialog is not None
    assert dialog.list.count() == 2
    assert "Tweede versie" in dialog.list.item(0).text()
    assert "huidige tekst" in dialog.list.item(0).text()
    assert not dialog.restore_button.isEnabled()
    dialog.list.setCurrentRow(1)
    assert dialog.preview.toPlainText() == "Eerste versie"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert editor.text() == "Eerste versie"
    note = get_note(env.store, theme_id=env.china)
    assert note.body == "Eerste versie" and note.versions == 3
    assert editor.status.text().startswith("Eerdere versie teruggezet")


def add_point(env: Env, qtbot, text: str) -> None:
    points = env.workspace.points
    points.new_point.setFocus()
    qtbot.keyClicks(points.new_point, text)
    qtbot.keyClick(points.new_point, Qt.Key.Key_Return)


def test_talking_points_add_edit_reorder_and_undo(env: Env, qtbot) -> None:
    choose_china(env)
    workspace = env.workspace
    workspace.tabs.setCurrentIndex(POINTS_TAB)
    points, view, model = workspace.points, workspace.points.list, workspace.points.model
    add_point(env, qtbot, "Samenwerken waar het kan")
    qtbot.keyClicks(points.new_point, "Kritisch waar het moet")
    qtbot.mouseClick(points.add_button, Qt.MouseButton.LeftButton)
    assert env.points() == ["Samenwerken waar het kan", "Kritisch waar het moet"]
    assert workspace.tabs.tabText(POINTS_TAB) == "Spreekpunten (2)"
    assert view.currentIndex().row() == 1  # the new point is selected

    # edit in place: F2, type, Enter
    points.select_row(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(PointEditor)
    assert editor is not None and editor.toPlainText() == "Samenwerken waar het kan"
    editor.selectAll()
    qtbot.keyClicks(editor, "Samenwerken waar het kan, met open ogen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert env.points()[0] == "Samenwerken waar het kan, met open ogen"
    env.state.undo_stack.undo()
    assert env.points()[0] == "Samenwerken waar het kan"
    env.state.undo_stack.redo()
    first, second = model.ids()

    # drag and drop as QListView does it: the model's mime data dropped below the last row
    data = model.mimeData([model.index(0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert [p.id for p in list_points(env.store, env.china)] == [second, first]
    assert model.ids() == [second, first]
    assert view.currentIndex().row() == 1  # the moved point stays selected
    env.state.undo_stack.undo()
    assert [p.id for p in list_points(env.store, env.china)] == [first, second]

    # and by keyboard
    points.select_row(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert model.ids() == [second, first]
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert model.ids() == [first, second]

    # Del deletes, undo puts it back in its place
    points.select_row(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [p.id for p in list_points(env.store, env.china)] == [second]
    env.state.undo_stack.undo()
    assert [p.id for p in list_points(env.store, env.china)] == [first, second]


def test_link_a_point_to_passages(env: Env, qtbot) -> None:
    choose_china(env)
    workspace = env.workspace
    workspace.tabs.setCurrentIndex(POINTS_TAB)
    points = workspace.points
    add_point(env, qtbot, "China is een economische grootmacht")
    assert not points.link_button.isEnabled()  # no passage chosen yet
    krap = env.krap_id()
    assert workspace.select_passage(krap)
    points.select_row(0)
    assert points.link_button.isEnabled()
    qtbot.mouseClick(points.link_button, Qt.MouseButton.LeftButton)
    point = list_points(env.store, env.china)[0]
    assert [c.passage_id for c in point.citations] == [krap]
    tooltip = points.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Kamerstuk 35 925 V, nr. 84, p. 5" in tooltip
    assert not points.link_button.isEnabled()  # already cited

    # the picker adds a second source; undo takes it off again
    other = next(p.id for p in theme_passages(env.store, env.china) if p.id != krap)
    picker = points.choose_sources()
    assert picker is not None
    picker.set_checked(other, True)
    picker.accept()
    cited = [c.passage_id for c in list_points(env.store, env.china)[0].citations]
    assert cited == [krap, other]
    env.state.undo_stack.undo()
    cited = [c.passage_id for c in list_points(env.store, env.china)[0].citations]
    assert cited == [krap]


def test_double_click_or_enter_opens_the_passage(env: Env, qtbot) -> None:
    choose_china(env)
    krap = env.krap_id()
    index, rect = passage_row_rect(env, krap)
    viewport = env.workspace.passages.viewport()
    with qtbot.waitSignal(env.state.show_passage, timeout=2000) as blocker:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [1, krap]
    assert not env.workspace.model.passage(env.workspace.model.row_of(krap)).excluded
    env.workspace.passages.setCurrentIndex(index)
    with qtbot.waitSignal(env.state.show_passage, timeout=2000) as blocker:
        qtbot.keyClick(env.workspace.passages, Qt.Key.Key_Return)
    assert blocker.args == [1, krap]
    QApplication.processEvents()
