"""The path a new user takes, on the real window: import a second letter, find the
China passages, exclude one, write a note and two talking points, compose a China
briefing, export it to Word and PDF, close, reopen: the work is still there."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt

from briefer.core.notes import get_note
from briefer.core.points import list_points
from briefer.core.themes import find_theme
from briefer.ui.main_window import MainWindow
from briefer.ui.window_tabs import WORK_BRIEFING, WORK_THEME
from tests.conftest import BUNDLED_LETTER

SECOND_LETTER = BUNDLED_LETTER.read_text(encoding="utf-8").replace(
    "35 925 V, nr. 84", "36 100 V, nr. 7"
)


def test_a_new_user_prepares_a_china_briefing(
    open_window: Callable[[], MainWindow], qtbot, tmp_path: Path
) -> None:
    window = open_window()
    store = window.state.store

    # 1. Import a second letter through the import dialog.
    second = tmp_path / "tweede-brief.txt"
    second.write_text(SECOND_LETTER, encoding="utf-8")
    dialog = window.import_paths([second])
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=15_000)
    assert "geïmporteerd" in dialog.table.item(0, 1).text()
    dialog.accept()
    assert window.library_model.rowCount() == 2

    # 2. Find the China passages: the theme in the navigator opens the workspace.
    china = find_theme(store, "China").id
    window.navigator.setCurrentIndex(1)
    window.themes.setCurrentIndex(window.themes_model.index(window.themes_model.row_of(china)))
    assert window.workspace.currentIndex() == WORK_THEME
    workspace = window.theme_workspace
    assert workspace.title.text() == "China"
    assert workspace.count.text().startswith("12 passages")  # 6 in each letter

    # 3. Exclude one passage with one click (Space on the selected row).
    krap = next(p.id for p in workspace.model.passages() if p.text.startswith("Het is duidelijk"))
    workspace.select_passage(krap)
    workspace.toggle_passage(krap)
    assert find_theme(store, "China").passages == 11

    # 4. A note, typed; saved as the user types.
    workspace.tabs.setCurrentIndex(0)
    qtbot.keyClicks(workspace.note_editor.edit, "Navragen: halfgeleiders en R&D.")
    qtbot.waitUntil(
        lambda: get_note(store, theme_id=china).body == "Navragen: halfgeleiders en R&D.",
        timeout=5000,
    )

    # 5. Two talking points, typed into the list.
    workspace.tabs.setCurrentIndex(1)
    points = workspace.points
    for text in ("China is partner, concurrent en systeemrivaal.", "Samenwerking waar het kan."):
        qtbot.keyClicks(points.new_point, text)
        qtbot.keyClick(points.new_point, Qt.Key.Key_Return)
    assert [p.text for p in list_points(store, china)] == [
        "China is partner, concurrent en systeemrivaal.",
        "Samenwerking waar het kan.",
    ]

    # 6. Compose a China briefing and export it, to Word and to PDF.
    window.commands.new_briefing_action.trigger()
    assert window.workspace.currentIndex() == WORK_BRIEFING
    composer = window.composer
    setup = composer.setup
    setup.all_themes.setCurrentIndex(setup.all_themes.findText("China"))
    qtbot.mouseClick(setup.add_topic, Qt.MouseButton.LeftButton)
    setup.title.selectAll()
    qtbot.keyClicks(setup.title, "Bezoek aan Beijing")
    qtbot.keyClick(setup.title, Qt.Key.Key_Return)
    setup.marking.lineEdit().selectAll()
    qtbot.keyClicks(setup.marking.lineEdit(), "Departementaal vertrouwelijk")
    qtbot.keyClick(setup.marking.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: composer.preview.is_current(), timeout=10_000)
    preview = composer.preview.browser.toPlainText()
    assert "Bezoek aan Beijing" in preview and "Navragen: halfgeleiders en R&D." in preview
    composer.save()
    for fmt, suffix in (("word", ".docx"), ("pdf", ".pdf")):
        export = composer.open_export_dialog()
        assert export is not None
        qtbot.addWidget(export)
        getattr(export, fmt).setChecked(True)
        target = tmp_path / f"china{suffix}"
        export.target.setText(str(target))
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda export=export: export.outcome == "done", timeout=30_000)
        export.close()
    word = "\n".join(p.text for p in Document(str(tmp_path / "china.docx")).paragraphs)
    assert "China is partner, concurrent en systeemrivaal." in word
    assert "Kamerstuk 36 100 V, nr. 7" in word and "Kamerstuk 35 925 V, nr. 84" in word
    pdf = subprocess.run(
        ["pdftotext", str(tmp_path / "china.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Typed in lower case, completed to the marking as offered (official capitals).
    assert "Departementaal Vertrouwelijk" in pdf and "Samenwerking waar het kan." in pdf

    # 7. Close and reopen: everything is still there, and the window remembers China.
    window.close()
    again = open_window()
    assert again.library_model.rowCount() == 2
    assert again.state.current_theme_id == china
    assert again.theme_workspace.title.text() == "China"
    assert again.theme_workspace.note_editor.edit.toPlainText() == "Navragen: halfgeleiders en R&D."
    assert find_theme(again.state.store, "China").passages == 11
    assert len(list_points(again.state.store, china)) == 2
    saved = [again.composer.saved.itemText(i) for i in range(again.composer.saved.count())]
    assert any("Bezoek aan Beijing" in text for text in saved)
