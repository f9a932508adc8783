"""Two windows (two people, two connections) on one library, on SQLite and on a server:
what one saves appears in the other's open panels at the next poll, calmly (selection
and scroll kept), and an edit in progress is never overwritten."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import select

from briefer.app import open_library
from briefer.core.briefings import BriefingSpec, get_briefing, save_briefing
from briefer.core.commitment_register import list_commitments, set_done
from briefer.core.importing.single import import_file
from briefer.core.models import Letter, Passage
from briefer.core.notes import get_note, note_versions
from briefer.core.tags import INCLUDE, set_manual_tag
from briefer.core.themes import create_theme, find_theme
from briefer.ui.live_refresh import POLL_MS
from briefer.ui.main_window import MainWindow
from briefer.ui.state import AppState
from briefer.ui.window_tabs import WORK_BRIEFING
from tests.intelligence.letter_pairs import ADDED, CHANGED_AFTER, later_letter

TITLE = "Bezoek minister aan Beijing"


class Desk:
    """One person's application window on its own connection."""

    def __init__(self, qtbot, db: str, author: str) -> None:
        self.store = open_library(db, lock=False)
        self.store.author = author
        self.window = MainWindow(AppState(self.store))
        self.window.state.store.author = author
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)

    def poll(self) -> bool:
        return self.window.live_refresh.poll()

    def close(self) -> None:
        if shiboken6.isValid(self.window):
            self.window.close()
            self.window.workers.wait()
        self.store.close()


@pytest.fixture
def desks(qtbot, library_db: str) -> Iterator[tuple[Desk, Desk]]:
    open_library(library_db).close()  # created and seeded
    anna, bert = Desk(qtbot, library_db, "A. de Vries"), Desk(qtbot, library_db, "B. Jansen")
    yield anna, bert
    anna.close()
    bert.close()


def calm(*desks: Desk) -> None:
    """Stop the timers, so that each test polls by hand, and read what came before."""
    for desk in desks:
        desk.window.live_refresh.timer.stop()
        desk.poll()


def passage_with(store, start: str) -> int:
    with store.read() as session:
        return int(session.scalar(select(Passage.id).where(Passage.text.startswith(start))))


def test_a_colleagues_import_and_delete_appear_in_the_library_within_seconds(
    qtbot, desks: tuple[Desk, Desk], tmp_path: Path
) -> None:
    anna, bert = desks
    assert anna.window.live_refresh.timer.interval() == POLL_MS <= 5_000
    tree = anna.window.library_model
    reader = anna.window.reader
    bundled = reader.model_.letter_id
    krap = passage_with(anna.store, "China is in krap")
    assert reader.select_passage(krap)
    assert tree.rowCount() == 1

    result = import_file(bert.store, later_letter(tmp_path))
    # Anna's own timer notices it: no click, no dialog.
    qtbot.waitUntil(lambda: tree.rowCount() == 2, timeout=15_000)
    assert any("36 200 V, nr. 5" in tree.index(r, 0).data() for r in range(2))
    assert reader.model_.letter_id == bundled and reader.current_passage() == krap
    assert anna.window.library.currentIndex().data() == tree.letter_index(bundled).data()

    with bert.store.session() as session:  # removed by the colleague
        letter = session.get(Letter, result.letter_id)
        assert letter is not None
        session.delete(letter)
    qtbot.waitUntil(lambda: tree.rowCount() == 1, timeout=15_000)
    assert reader.current_passage() == krap  # the letter Anna reads stays open


def test_the_reader_shows_a_letter_a_colleague_deleted_no_longer(
    qtbot, desks: tuple[Desk, Desk], tmp_path: Path
) -> None:
    anna, bert = desks
    calm(anna, bert)
    new = import_file(bert.store, later_letter(tmp_path)).letter_id
    assert anna.poll()
    anna.window.open_letter(new)
    assert anna.window.reader.model_.letter_id == new
    with bert.store.session() as session:
        session.delete(session.get(Letter, new))
    assert anna.poll()
    assert anna.window.reader.model_.letter_id != new
    assert anna.window.library_model.rowCount() == 1
    assert "verwijderd" in anna.window.statusBar().currentMessage()


def test_the_reader_shows_a_letter_a_colleague_imported_again(
    qtbot, desks: tuple[Desk, Desk], tmp_path: Path
) -> None:
    anna, bert = desks
    calm(anna, bert)
    reader = anna.window.reader
    krap = passage_with(anna.store, "China is in krap")
    assert reader.select_passage(krap)
    texts = [row.text for row in reader.model_.rows]
    assert ADDED not in texts
    assert import_file(bert.store, later_letter(tmp_path, same_kamerstuk=True)).status == "updated"
    assert anna.poll()
    texts = [row.text for row in reader.model_.rows]
    assert ADDED in texts and any(CHANGED_AFTER in text for text in texts)
    assert anna.window.library_model.rowCount() == 1
    assert reader.current_passage() == krap  # kept: the passage did not change


def test_a_colleagues_theme_and_tag_appear_and_the_selection_stays(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    anna, bert = desks
    calm(anna, bert)
    china = find_theme(anna.store, "China").id
    anna.window.state.set_current_theme(china)
    workspace = anna.window.theme_workspace
    krap = passage_with(anna.store, "China is in krap")
    assert workspace.select_passage(krap)
    shown = workspace.model.rowCount()

    create_theme(bert.store, "Arctis", terms=["Arctis", "Noordpool"])
    assert anna.poll()
    names = [
        anna.window.themes_model.index(r).data() for r in range(anna.window.themes_model.rowCount())
    ]
    assert any(name.startswith("Arctis") for name in names)
    assert anna.window.state.current_theme_id == china

    # Bert puts a passage that has nothing to do with China on the theme by hand.
    other = passage_with(anna.store, "Via deze brief informeer ik")
    assert workspace.model.row_of(other) < 0
    set_manual_tag(bert.store, other, china, INCLUDE)
    assert anna.poll()
    assert workspace.model.rowCount() == shown + 1
    assert workspace.model.row_of(other) >= 0
    assert workspace.selected_passage() is not None
    assert workspace.selected_passage().id == krap  # Anna's choice is kept
    assert anna.poll() is False  # nothing new since


def test_a_commitment_marked_done_by_a_colleague_shows_as_done(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    anna, bert = desks
    calm(anna, bert)
    view = anna.window.commitments
    anna.window.show_page(view)
    subjects = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    row = subjects.index("mensenrechtennota")
    view.table.selectRow(row)
    chosen = view.current()
    assert chosen is not None and chosen.status != "done"

    set_done(bert.store, chosen.id)
    assert [c.status for c in list_commitments(anna.store) if c.id == chosen.id] == ["done"]
    assert anna.poll()
    assert view.current() is not None and view.current().id == chosen.id
    assert view.current().status == "done"
    assert view.model.index(row, 2).data() == "afgedaan"


def _briefing(store) -> int:
    china = find_theme(store, "China").id
    return save_briefing(store, BriefingSpec(title=TITLE, theme_ids=(china,)))


def test_the_composer_follows_a_colleagues_briefing_but_never_types_over_the_user(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    anna, bert = desks
    calm(anna, bert)
    briefing = _briefing(bert.store)
    assert anna.poll()
    composer = anna.window.composer
    anna.window.workspace.setCurrentIndex(WORK_BRIEFING)
    saved = [composer.saved.itemData(i) for i in range(composer.saved.count())]
    assert briefing in saved  # the new briefing is in Anna's list
    composer.load(briefing)
    assert composer.setup.title.text() == TITLE

    spec = get_briefing(bert.store, briefing)
    save_briefing(bert.store, replace(spec, title="Bezoek aan Beijing en Shanghai"))
    assert anna.poll()
    assert composer.setup.title.text() == "Bezoek aan Beijing en Shanghai"
    assert composer.change_bar.isVisible()
    assert "B. Jansen heeft deze briefing gewijzigd" in composer.change_bar.text()
    assert not composer.change_bar.refresh_button.isVisible()

    # Anna is typing a title when Bert saves again: her words stay, a bar says so.
    composer.setup.title.setFocus()
    composer.setup.title.selectAll()
    qtbot.keyClicks(composer.setup.title, "Werkbezoek")
    spec = get_briefing(bert.store, briefing)
    save_briefing(bert.store, replace(spec, occasion="Handelsmissie"))
    assert anna.poll()
    assert composer.setup.title.text() == "Werkbezoek"
    assert composer.change_bar.refresh_button.isVisible()
    qtbot.mouseClick(composer.change_bar.refresh_button, Qt.MouseButton.LeftButton)
    assert composer.setup.occasion.text() == "Handelsmissie"
    assert composer.setup.title.text() == "Bezoek aan Beijing en Shanghai"
    assert not composer.change_bar.isVisible()


def test_a_briefing_edit_from_an_outdated_copy_is_refused_and_the_fresh_one_shown(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    anna, bert = desks
    calm(anna, bert)
    briefing = _briefing(anna.store)
    composer = anna.window.composer
    anna.window.workspace.setCurrentIndex(WORK_BRIEFING)
    composer.load(briefing)
    # Bert saves before Anna's window polled: she still shows the old copy.
    spec = get_briefing(bert.store, briefing)
    save_briefing(bert.store, replace(spec, title="Bezoek door Bert gewijzigd"))

    composer.setup.title.setText("Bezoek door Anna gewijzigd")
    composer.setup.commit_texts()  # stored at once, as every composer change
    assert get_briefing(anna.store, briefing).title == "Bezoek door Bert gewijzigd"
    assert composer.change_bar.isVisible()
    assert "B. Jansen heeft deze briefing gewijzigd nadat u hem opende" in (
        composer.change_bar.text()
    )
    assert "niet opgeslagen" in composer.change_bar.text()
    assert composer.setup.title.text() == "Bezoek door Bert gewijzigd"  # the fresh state
    assert not anna.window.state.undo_stack.canUndo()  # nothing was applied

    # Now up to date, Anna's next change goes through.
    composer.setup.title.setText("Bezoek door Anna gewijzigd")
    composer.setup.commit_texts()
    assert get_briefing(anna.store, briefing).title == "Bezoek door Anna gewijzigd"

    # The Opslaan button checks the same.
    spec = get_briefing(bert.store, briefing)
    save_briefing(bert.store, replace(spec, occasion="Staatsbezoek"))
    composer.save()
    assert "B. Jansen" in composer.change_bar.text()
    assert composer.setup.occasion.text() == "Staatsbezoek"
    assert get_briefing(anna.store, briefing).title == "Bezoek door Anna gewijzigd"


def test_two_people_saving_one_passage_note_are_shown_both_texts_to_merge(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    anna, bert = desks
    calm(anna, bert)
    krap = passage_with(anna.store, "China is in krap")
    for desk in desks:
        desk.window.inspector.show_passage(krap)
    anna_note, bert_note = anna.window.inspector, bert.window.inspector
    anna_note.note.setFocus()
    qtbot.keyClicks(anna_note.note, "Zie ook de Chinastrategie.")
    anna_note.flush()
    # Bert never saw Anna's text; he writes his own and it is saved as well.
    bert_note.note.setFocus()
    qtbot.keyClicks(bert_note.note, "Navragen bij de ambassade.")
    bert_note._timer.stop()
    bert_note._save_note()
    qtbot.waitUntil(lambda: bert_note.merge_dialog is not None, timeout=10_000)
    dialog = bert_note.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.theirs.toPlainText() == "Zie ook de Chinastrategie."
    assert dialog.mine.toPlainText() == "Navragen bij de ambassade."
    assert "A. de Vries" in bert_note.note_status.text()
    note = get_note(anna.store, passage_id=krap)
    assert [(v.body, v.author) for v in note_versions(anna.store, note.id or 0)] == [
        ("Navragen bij de ambassade.", "B. Jansen"),
        ("Zie ook de Chinastrategie.", "A. de Vries"),
    ]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    merged = "Navragen bij de ambassade.\n\nZie ook de Chinastrategie."
    qtbot.waitUntil(lambda: get_note(anna.store, passage_id=krap).body == merged, timeout=10_000)
    assert get_note(anna.store, passage_id=krap).versions == 3

    # Anna is not typing: her inspector follows the merged text at the next poll.
    assert anna.poll()
    assert anna_note.note.toPlainText() == merged
    assert "B. Jansen" in anna_note.note_status.text()


def test_an_open_passage_note_being_typed_is_not_overwritten(
    qtbot, desks: tuple[Desk, Desk]
) -> None:
    anna, bert = desks
    calm(anna, bert)
    krap = passage_with(anna.store, "China is in krap")
    for desk in desks:
        desk.window.inspector.show_passage(krap)
    anna.window.inspector.note.setFocus()
    qtbot.keyClicks(anna.window.inspector.note, "Anna typt nog")
    bert.window.inspector.note.setPlainText("Bert is klaar.")
    bert.window.inspector.flush()
    assert anna.poll()
    assert anna.window.inspector.note.toPlainText() == "Anna typt nog"
