"""The theme editor on real widgets: live preview, checks, apply, delete, restore defaults."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QMessageBox

from briefer.app import open_library
from briefer.core.errors import NotFoundError
from briefer.core.notes import save_note
from briefer.core.store.database import list_backups
from briefer.core.themes import create_theme, find_theme, get_theme, list_themes
from briefer.ui.actions import Actions
from briefer.ui.dialogs.theme_editor import ThemeEditorDialog, restore_defaults_with_confirmation
from briefer.ui.state import AppState
from briefer.ui.workers import Workers

Yes, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel


@dataclass
class Env:
    state: AppState
    actions: Actions
    db_path: Path


@pytest.fixture
def env(db_path: Path) -> Iterator[Env]:
    state = AppState(open_library(db_path))
    workers = Workers()
    yield Env(state, Actions(state, workers), db_path)
    workers.wait()
    state.store.close()


@pytest.fixture
def open_editor(qtbot, env: Env):
    def open_(theme: str | None) -> ThemeEditorDialog:
        theme_id = find_theme(env.state.store, theme).id if theme else None
        dialog = ThemeEditorDialog(env.state, env.actions, theme_id)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
            dialog.show()
        return dialog

    return open_


def edit_terms(qtbot, dialog: ThemeEditorDialog, text: str) -> object:
    """Type new rules and wait for the (debounced, background) preview of them."""
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000) as blocker:
        dialog.terms_edit.setPlainText(text)
        assert dialog._timer.isActive()  # debounced: nothing computed yet
    return blocker.args[0]


def test_preview_shows_the_edited_rules_before_anything_is_saved(
    qtbot, env: Env, open_editor
) -> None:
    store = env.state.store
    china = find_theme(store, "China")
    dialog = open_editor("China")
    assert dialog.preview.count == china.passages == 6
    assert "6 passages, dezelfde als nu" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()  # nothing changed yet

    preview = edit_terms(qtbot, dialog, "\n".join([*china.terms, "Indo-Pacific"]))
    assert preview.count == 7
    assert "7 passages (nu 6); 1 nieuw, 0 vervallen" in dialog.summary.text()
    html = dialog.passages_view.toPlainText()
    assert "Nieuw (1)" in html and "Blijft (6)" in html
    assert "Kamerstuk 35 925 V, nr. 84, p. 4" in html
    assert "Indo-Pacific" in html  # the excerpt is taken around the term
    assert get_theme(store, china.id).passages == 6  # nothing saved yet
    assert get_theme(store, china.id).terms == china.terms
    assert dialog.apply_button.isEnabled()

    preview = edit_terms(qtbot, dialog, "Taiwan")
    assert preview.count < 6
    assert (
        "vervallen" in dialog.summary.text() and "Vervalt (" in dialog.passages_view.toPlainText()
    )

    edit_terms(qtbot, dialog, "\n".join([*china.terms, "Indo-Pacific"]))
    saved: list[int] = []
    dialog.theme_saved.connect(saved.append)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert saved == [china.id]
    theme = get_theme(store, china.id)
    assert theme.passages == 7 and theme.terms[-1] == "Indo-Pacific"
    assert "dezelfde als nu" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()


def test_an_invalid_term_is_named_and_blocks_applying(qtbot, open_editor) -> None:
    dialog = open_editor("China")
    dialog.terms_edit.setPlainText("China\nRus*land")
    assert dialog.terms_error.isVisibleTo(dialog)
    assert dialog.terms_error.text() == "Regel 2: 'Rus*land': een * mag alleen aan het eind staan"
    assert not dialog.apply_button.isEnabled() and not dialog.ok_button.isEnabled()
    assert not dialog._timer.isActive()  # no preview of broken rules
    assert "verbeter eerst de regels" in dialog.summary.text()

    edit_terms(qtbot, dialog, "China\nRus*")
    assert not dialog.terms_error.isVisibleTo(dialog)
    assert dialog.apply_button.isEnabled()


def test_a_new_theme_with_two_terms_is_created_and_tagged(
    qtbot, env: Env, open_editor, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_editor(None)
    assert dialog.windowTitle() == "Nieuw thema"
    assert not dialog.delete_button.isVisibleTo(dialog)
    assert not dialog.name_error.isVisibleTo(dialog)  # no complaint before typing
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Indo-Pacific")
    monkeypatch.setattr(
        QColorDialog, "getColor", lambda *_args: QColor("#1a5276")
    )  # a modal dialog cannot be clicked offscreen
    dialog.choose_color()
    assert dialog.hex_edit.text() == "#1A5276"
    dialog.description_edit.setText("De regio rond de Indische en Stille Oceaan.")
    preview = edit_terms(qtbot, dialog, "Indo-Pacific\nAustralië")
    assert preview.count == 2
    assert "Met deze regels: 2 passages." in dialog.summary.text()

    with qtbot.waitSignal(dialog.apply_finished, timeout=10_000) as finished:
        dialog.ok_button.click()  # saves and re-tags in the background, then closes
    assert finished.args == [True]
    assert dialog.result() == ThemeEditorDialog.DialogCode.Accepted
    theme = find_theme(env.state.store, "indo-pacific")
    assert theme.terms == ("Indo-Pacific", "Australië")
    assert theme.color == "#1A5276"
    assert theme.passages == preview.count == 2


def test_a_duplicate_name_is_refused(qtbot, env: Env, open_editor, monkeypatch) -> None:
    dialog = open_editor(None)
    qtbot.keyClicks(dialog.name_edit, " china ")
    assert dialog.name_error.text() == "Er is al een thema ‘China’."
    assert not dialog.apply_button.isEnabled()

    russia = open_editor("Rusland")
    russia.name_edit.setText("oekraine")  # case and diacritics do not make a new name
    assert russia.name_error.text() == "Er is al een thema ‘Oekraïne’."
    assert not russia.ok_button.isEnabled()

    # Taken meanwhile in this window: the dialog hears of it at once.
    dialog.name_edit.setText("Arctis")
    assert not dialog.name_error.text()
    env.actions.create_theme("Arctis", ["Arctis"], "#2E86C1", "")
    assert dialog.name_error.text() == "Er is al een thema ‘Arctis’."
    # Taken by another Briefer on the same library: the core refuses, said plainly.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    dialog.name_edit.setText("Antarctica")
    create_theme(env.state.store, "Antarctica", terms=["Zuidpool"])
    with qtbot.waitSignal(dialog.apply_finished, timeout=10_000) as finished:
        assert dialog.apply()  # the check runs in the background save
    assert finished.args == [False]
    assert shown == ["Er is al een thema 'Antarctica'."]
    assert dialog.apply_button.isEnabled()  # the user can correct the name and try again
    assert [t.name for t in list_themes(env.state.store)].count("Antarctica") == 1


def test_deleting_a_theme_with_a_note_says_what_is_lost(
    qtbot, env: Env, open_editor, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = env.state.store
    china = find_theme(store, "China")
    save_note(store, "Bezoek Beijing in mei: let op Taiwan.", theme_id=china.id)
    backups = len(list_backups(env.db_path))
    asked: list[str] = []
    answer = [Cancel]

    def question(_parent, _title, text, *_buttons):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_editor("China")
    dialog.delete_button.click()
    assert find_theme(store, "China").id == china.id  # cancelled: nothing happened
    assert dialog.isVisible()

    answer[0] = Yes
    deleted: list[int] = []
    dialog.theme_deleted.connect(deleted.append)
    dialog.delete_button.click()
    text = asked[-1]
    assert "Het thema ‘China’ verwijderen?" in text
    assert "de notitie bij dit thema (‘Bezoek Beijing in mei: let op Taiwan.’)" in text
    assert "spreekpunt" not in text  # only what is really there
    assert "reservekopie" in text
    assert deleted == [china.id]
    assert not dialog.isVisible()
    with pytest.raises(NotFoundError):
        find_theme(store, "China")
    assert len(list_backups(env.db_path)) == backups + 1


def test_deleting_a_theme_without_work_asks_plainly(
    qtbot, env: Env, open_editor, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_b: asked.append(text) or Yes
    )
    dialog = open_editor("Cyber")
    dialog.delete_button.click()
    assert "Er staan geen notities, spreekpunten of handmatige keuzes op" in asked[0]
    assert "Cyber" not in [t.name for t in list_themes(env.state.store)]


def test_restore_default_themes_after_confirmation(env: Env, monkeypatch) -> None:
    store = env.state.store
    env.actions.delete_theme(find_theme(store, "Cyber").id, force=True)
    env.actions.update_theme(find_theme(store, "China").id, terms=["Taiwan"])
    answers = [Cancel, Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    assert restore_defaults_with_confirmation(env.state, env.actions) is None
    assert "Cyber" not in [t.name for t in list_themes(store)]

    messages: list[str] = []
    env.state.status.connect(messages.append)
    restored = restore_defaults_with_confirmation(env.state, env.actions)
    assert sorted(restored) == ["China", "Cyber"]
    assert messages == ["Hersteld: China, Cyber."]
    assert find_theme(store, "China").passages == 6
    assert len(list_themes(store)) == 14


def test_a_new_theme_gets_a_distinct_colour_and_a_look_alike_is_named(
    qtbot, env: Env, open_editor
) -> None:
    from briefer.core.colours import separation
    from briefer.core.themes import list_themes

    dialog = open_editor(None)
    others = [t.color for t in list_themes(env.state.store)]
    suggested = dialog.color()
    assert suggested not in others
    assert min(separation(suggested, other) for other in others) >= 15
    assert not dialog.color_hint.isVisibleTo(dialog)
    dialog.hex_edit.setText("#EE6565")  # nearly China's colour
    assert dialog.color_hint.isVisibleTo(dialog)
    assert "‘China’" in dialog.color_hint.text()
    qtbot.keyClicks(dialog.name_edit, "Hongkong")
    edit_terms(qtbot, dialog, "Hongkong")
    assert dialog.ok_button.isEnabled()  # a hint only: any colour may be chosen
    with qtbot.waitSignal(dialog.apply_finished, timeout=30_000):  # saved in the background
        dialog.ok_button.click()
    assert find_theme(env.state.store, "Hongkong").color == "#EE6565"
