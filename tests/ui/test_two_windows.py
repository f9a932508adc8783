"""Two windows (two people) editing one talking point, on SQLite and on a server:
the second save is refused with a clear message, the fresh text is shown, nothing
is lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefer.app import open_library
from briefer.core.points import add_point, list_points
from briefer.core.themes import find_theme
from briefer.ui.actions import Actions
from briefer.ui.live_refresh import POLL_MS, LiveRefresh
from briefer.ui.models.points_model import PointEditor
from briefer.ui.panels.theme_workspace import POINTS_TAB, ThemeWorkspace
from briefer.ui.state import AppState
from briefer.ui.workers import Workers


class Desk:
    """One person's window: its own connection, state and theme workspace."""

    def __init__(self, qtbot, db: str, author: str) -> None:
        self.store = open_library(db, lock=False)
        self.store.author = author
        self.state = AppState(self.store)
        self.workers = Workers()
        self.workspace = ThemeWorkspace(self.state, Actions(self.state, self.workers))
        self.live = LiveRefresh(self.state)
        qtbot.addWidget(self.workspace)
        self.workspace.resize(560, 700)
        self.workspace.show()

    def close(self) -> None:
        self.workspace.flush()
        self.workspace.hide()
        self.workers.wait()
        self.store.close()


@pytest.fixture
def desks(qtbot, library_db: str) -> Iterator[tuple[Desk, Desk]]:
    open_library(library_db).close()  # created and seeded
    anna, bert = Desk(qtbot, library_db, "A. de Vries"), Desk(qtbot, library_db, "B. Jansen")
    yield anna, bert
    anna.close()
    bert.close()


def edit_first_point(qtbot, desk: Desk, text: str) -> None:
    points = desk.workspace.points
    points.select_row(0)
    points.list.setFocus()
    qtbot.keyClick(points.list, Qt.Key.Key_F2)
    editors = [e for e in points.list.findChildren(PointEditor) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_second_save_of_one_talking_point_is_refused(
    qtbot, desks: tuple[Desk, Desk], tmp_path: Path
) -> None:
    anna, bert = desks
    china = find_theme(anna.store, "China").id
    add_point(anna.store, china, "Samenwerken waar het kan")
    for desk in desks:
        desk.state.set_current_theme(china)
        desk.workspace.tabs.setCurrentIndex(POINTS_TAB)
        assert desk.workspace.points.model.point(0).text == "Samenwerken waar het kan"

    edit_first_point(qtbot, anna, "Samenwerken waar het kan, kritisch waar het moet")
    assert not anna.workspace.points.stale_message.isVisible()
    # Bert still sees the old text and saves his own change on top of it.
    edit_first_point(qtbot, bert, "Samenwerken waar het kan, met open ogen")

    message = bert.workspace.points.stale_message
    assert message.isVisible()
    assert "intussen gewijzigd door A. de Vries" in message.text()
    assert "niet opgeslagen" in message.text()
    assert "«Samenwerken waar het kan, met open ogen»" in message.text()  # his words stay
    # Anna's save stands, and Bert's window now shows it.
    saved = list_points(anna.store, china)
    assert [(p.text, p.author) for p in saved] == [
        ("Samenwerken waar het kan, kritisch waar het moet", "A. de Vries")
    ]
    shown = bert.workspace.points.model.point(0)
    assert shown.text == "Samenwerken waar het kan, kritisch waar het moet"
    assert not bert.state.undo_stack.canUndo()  # nothing was applied

    # Now up to date, Bert's next edit goes through.
    edit_first_point(qtbot, bert, "Samenwerken waar het kan, kritisch waar het moet; met open ogen")
    assert not message.isVisible()
    assert [p.author for p in list_points(anna.store, china)] == ["B. Jansen"]


def test_an_open_window_shows_a_colleagues_new_point_at_the_next_poll(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    anna, bert = desks
    assert bert.live.timer.isActive() and POLL_MS <= 5_000
    china = find_theme(anna.store, "China").id
    for desk in desks:
        desk.state.set_current_theme(china)
        desk.workspace.tabs.setCurrentIndex(POINTS_TAB)
    bert.live.poll()  # whatever happened before
    assert bert.workspace.points.model.rowCount() == 0
    anna.workspace.points.add_point("Dialoog waar het kan")
    assert bert.live.poll() is True
    assert bert.workspace.points.model.point(0).text == "Dialoog waar het kan"
    assert bert.workspace.points.model.point(0).author == "A. de Vries"
    assert bert.live.poll() is False  # nothing new since


def test_two_people_writing_one_note_are_shown_both_texts_to_merge(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    from briefer.core.notes import get_note, note_versions

    anna, bert = desks
    china = find_theme(anna.store, "China").id
    for desk in desks:  # both open the (empty) China note
        desk.state.set_current_theme(china)
    anna_editor, bert_editor = anna.workspace.note_editor, bert.workspace.note_editor
    anna_editor.edit.setFocus()
    qtbot.keyClicks(anna_editor.edit, "Beijing: mensenrechten.")
    assert anna.workspace.flush()
    # Bert never saw Anna's text; he writes his own and it is saved as well.
    bert_editor.edit.setFocus()
    qtbot.keyClicks(bert_editor.edit, "Beijing: handel.")
    bert_editor.save_now()
    qtbot.waitUntil(lambda: bert_editor.merge_dialog is not None, timeout=10_000)
    dialog = bert_editor.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.theirs.toPlainText() == "Beijing: mensenrechten."
    assert dialog.mine.toPlainText() == "Beijing: handel."
    assert dialog.result.toPlainText() == "Beijing: handel.\n\nBeijing: mensenrechten."
    note = get_note(anna.store, theme_id=china)
    assert [(v.body, v.author) for v in note_versions(anna.store, note.id or 0)] == [
        ("Beijing: handel.", "B. Jansen"),
        ("Beijing: mensenrechten.", "A. de Vries"),
    ]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert bert.workspace.flush()
    qtbot.waitUntil(
        lambda: (
            get_note(anna.store, theme_id=china).body
            == "Beijing: handel.\n\nBeijing: mensenrechten."
        ),
        timeout=10_000,
    )
    assert get_note(anna.store, theme_id=china).versions == 3


def test_an_open_note_shows_a_colleagues_text_at_the_next_poll(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    anna, bert = desks
    china = find_theme(anna.store, "China").id
    for desk in desks:
        desk.state.set_current_theme(china)
    bert.live.poll()
    anna.workspace.note_editor.edit.setFocus()
    qtbot.keyClicks(anna.workspace.note_editor.edit, "Beijing: mensenrechten.")
    assert anna.workspace.flush()
    assert bert.workspace.note_editor.text() == ""
    assert bert.live.poll() is True
    assert bert.workspace.note_editor.text() == "Beijing: mensenrechten."
    assert bert.workspace.note_editor.status.text().startswith("Notitie van A. de Vries, ")
    # Bert's edit now builds on Anna's version: no merge dialog.
    qtbot.keyClicks(bert.workspace.note_editor.edit, " En handel.")
    assert bert.workspace.flush()
    assert bert.workspace.note_editor.merge_dialog is None
