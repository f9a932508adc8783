"""Issue 14 on real widgets: "Gebruik in briefing" in the inspector, reactive talking points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from briefer.core.extracts import get_extracts
from briefer.core.points import list_points
from briefer.core.themes import find_theme
from briefer.ui.main_window import MainWindow


def test_selected_sentences_are_used_in_the_briefing(window: MainWindow, qtbot) -> None:
    rows = window.reader.model_.rows
    row = next(i for i, r in enumerate(rows) if r.text.startswith("China is in krap"))
    passage_id = rows[row].passage_id
    window.reader.setCurrentIndex(window.reader.model_.index(row))
    inspector = window.inspector
    assert inspector.text.toPlainText().startswith("China is in krap twee generaties")
    assert inspector.extract_status.text() == "In de briefing: de eerste zinnen."
    assert not inspector.use_button.isEnabled()
    wanted = "een mondiale speler waar de wereld niet omheen kan"
    start = inspector.text.toPlainText().index(wanted)
    cursor = inspector.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(wanted), QTextCursor.MoveMode.KeepAnchor)
    inspector.text.setTextCursor(cursor)
    assert inspector.use_button.isEnabled()
    qtbot.mouseClick(inspector.use_button, Qt.MouseButton.LeftButton)
    assert get_extracts(window.state.store, [passage_id]) == {passage_id: wanted}
    assert wanted in inspector.extract_status.text()
    qtbot.mouseClick(inspector.first_button, Qt.MouseButton.LeftButton)
    assert get_extracts(window.state.store, [passage_id]) == {}


def test_a_talking_point_becomes_reactive_and_back(window: MainWindow, qtbot) -> None:
    store = window.state.store
    china = find_theme(store, "China").id
    window.actions.add_point(china, "Alleen op vraag: Hongkong.")
    points = window.theme_workspace.points
    points.set_theme(china)
    points.select_row(0)
    assert not points.reactive_button.isChecked()
    qtbot.mouseClick(points.reactive_button, Qt.MouseButton.LeftButton)
    assert [p.kind for p in list_points(store, china)] == ["reactief"]
    points.select_row(0)
    assert points.reactive_button.isChecked()
    window.state.undo_stack.undo()
    assert [p.kind for p in list_points(store, china)] == ["actief"]


def test_preferences_choose_the_export_format_and_a_word_template(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from briefer.ui import file_dialogs
    from briefer.ui.dialogs.export_dialog import ExportDialog
    from briefer.ui.dialogs.preferences import PreferencesDialog

    template = tmp_path / "ministerie.dotx"
    template.write_bytes(b"PK")  # only its existence is checked here
    dialog = PreferencesDialog(window.state)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: str(template))
    dialog.template_button.click()
    assert dialog.template_edit.text() == str(template)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.state.settings.export_format == "pdf"
    assert window.state.settings.word_template == str(template)
    spec = window.composer.spec
    export = ExportDialog(window.state, window.actions, spec, window)
    qtbot.addWidget(export)
    assert export.fmt() == "pdf"  # the preference decides the format first offered
