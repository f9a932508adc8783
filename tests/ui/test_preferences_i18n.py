"""The preferences dialog, and the English translation of the interface."""

from __future__ import annotations

import importlib.util
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from briefer import paths
from briefer.app import open_library
from briefer.settings import load_settings, settings_file
from briefer.ui.actions import Actions
from briefer.ui.dialogs.preferences import PreferencesDialog
from briefer.ui.dialogs.theme_editor import ThemeEditorDialog
from briefer.ui.i18n import install_translator, remove_translators, translations_dir
from briefer.ui.state import AppState
from briefer.ui.workers import Workers


@pytest.fixture
def state(qtbot, db_path: Path) -> Iterator[AppState]:
    state = AppState(open_library(db_path))
    yield state
    state.store.close()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """English for one test; Dutch again afterwards (all tests share one QApplication)."""
    try:
        assert install_translator(qapp, "en")
        yield qapp
    finally:
        remove_translators(qapp)
    assert QCoreApplication.translate("ThemeEditorDialog", "Toepassen") == "Toepassen"


def labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


# --- preferences ---------------------------------------------------------------------------
def test_preferences_save_to_the_settings_file(qtbot, state: AppState, monkeypatch) -> None:
    dialog = PreferencesDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Voorkeuren"
    assert "De taal wordt bij de volgende start gewijzigd." in labels(dialog)
    assert dialog.language_combo.currentText() == "Nederlands"
    assert [dialog.classification_combo.itemText(i) for i in range(4)][1:] == [
        "Intern Gebruik",
        "Departementaal Vertrouwelijk",
        "Staatsgeheim Confidentieel",
    ]

    qtbot.keyClicks(dialog.author_edit, "J. de Vries")
    dialog.classification_combo.setCurrentText("Stg. Geheim")  # free text is allowed
    folder = paths.data_dir() / "exports"
    monkeypatch.setattr(  # a modal dialog cannot be clicked offscreen
        "briefer.ui.file_dialogs.existing_folder", lambda *_args: str(folder)
    )
    dialog.browse_button.click()
    assert dialog.folder_edit.text() == str(folder)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.language_note.font().bold()  # the change is pointed out

    with qtbot.waitSignal(state.settings_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = json.loads(settings_file().read_text(encoding="utf-8"))
    assert settings_file().parent == paths.data_dir()  # BRIEFER_DATA_DIR, a tmp folder
    assert saved["author"] == "J. de Vries"
    assert saved["default_classification"] == "Stg. Geheim"
    assert saved["export_folder"] == str(folder)
    assert saved["language"] == "en"
    assert load_settings() == state.settings

    again = PreferencesDialog(state)
    qtbot.addWidget(again)
    assert again.author_edit.text() == "J. de Vries"
    assert again.classification_combo.currentText() == "Stg. Geheim"
    assert again.language_combo.currentText() == "English"


def test_cancel_leaves_the_settings_alone(qtbot, state: AppState) -> None:
    dialog = PreferencesDialog(state)
    qtbot.addWidget(dialog)
    dialog.author_edit.setText("Iemand anders")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not settings_file().exists()
    assert state.settings.author == ""


# --- translations ----------------------------------------------------------------------------
def test_every_message_has_an_english_translation() -> None:
    ts = translations_dir() / "briefer_en.ts"
    root = ET.parse(ts).getroot()
    messages = [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]
    assert len(messages) > 100
    unfinished = [
        f"[{name}] {source}"
        for name, source, translation in messages
        if translation is None or translation.get("type") == "unfinished" or not translation.text
    ]
    assert unfinished == []
    assert (translations_dir() / "briefer_en.qm").stat().st_size > 1000


def test_the_translation_file_knows_every_string_in_the_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Run tools/update_translations.py after adding or changing interface strings."""
    tool_path = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", tool_path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, tool)  # its dataclasses look themselves up
    spec.loader.exec_module(tool)
    problems: list[str] = []
    in_code = {m.key for m in tool.read_sources(sorted(tool.SOURCES.rglob("*.py")), problems)}
    in_ts = {m.key for m, _text, _finished in tool.read_ts(tool.TS_FILE)}
    assert sorted(in_code - in_ts) == []
    assert problems == []


def test_english_translates_the_dialogs(qtbot, english: QApplication, state: AppState) -> None:
    translate = QCoreApplication.translate
    assert translate("ThemeEditorDialog", "Toepassen") == "Apply"
    assert translate("PreferencesDialog", "&Taal:") == "&Language:"
    assert translate("Texts", "noemt “%1”") == "mentions “%1”"  # a helper's context

    dialog = PreferencesDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Preferences"
    shown = labels(dialog)
    assert "&Author:" in shown and "Default &classification:" in shown
    assert "The language changes the next time Briefer starts." in shown
    assert dialog.browse_button.text() == "Browse…"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"

    workers = Workers()
    editor = ThemeEditorDialog(state, Actions(state, workers), None)
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "New theme"
    assert editor.apply_button.text() == "Apply"
    assert "One term per line; a term is only found as a whole word." in " ".join(labels(editor))
    workers.wait()


def test_dutch_also_translates_qts_own_buttons(qtbot, qapp: QApplication) -> None:
    try:
        assert install_translator(qapp, "nl")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
        assert QCoreApplication.translate("ThemeEditorDialog", "Toepassen") == "Toepassen"
    finally:
        remove_translators(qapp)


def test_english_translates_the_windows_menus_and_toolbar(
    qtbot, english: QApplication, state: AppState
) -> None:
    from PySide6.QtWidgets import QToolBar

    from briefer.ui.main_window import MainWindow

    window = MainWindow(state)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Themes", "&Briefing", "&Help"]
    commands = window.commands
    assert commands.import_action.text() == "&Import letter…"
    assert commands.undo_action.text() == "&Undo"
    assert commands.new_briefing_action.text() == "&New briefing"
    toolbar = window.findChild(QToolBar, "toolbar")
    assert toolbar.windowTitle() == "Toolbar"
    assert "Undo" in [action.text() for action in toolbar.actions()]
    window.workers.wait()
