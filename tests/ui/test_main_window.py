"""The main window on real widgets: navigation, reader, inspector, search, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from briefer.core.tags import theme_passages
from briefer.core.themes import find_theme
from briefer.ui.main_window import MainWindow
from briefer.ui.models.library_model import LETTER_ID_ROLE
from briefer.ui.models.reader_model import ROW_ROLE
from briefer.ui.window_tabs import NAV_SEARCH


def passage_row(window: MainWindow, start: str) -> int:
    rows = window.reader.model_.rows
    return next(i for i, row in enumerate(rows) if row.text.startswith(start))


def test_opens_on_the_bundled_letter(window: MainWindow) -> None:
    assert window.library_model.rowCount() == 1
    first = window.library_model.index(0, 0)
    assert "Kamerstuk 35 925 V, nr. 84" in first.data()
    assert window.reader.model_.rows[0].text == "Brief van de Minister van Buitenlandse Zaken"
    assert sum(r.kind == "passage" for r in window.reader.model_.rows) == 84
    assert window.themes_model.rowCount() == 14
    assert window.library_size.text() == "1 brief in de bibliotheek"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "&Thema's", "B&riefing", "&Help"]


def test_library_tree_loads_sections_lazily_and_scrolls_the_reader(
    window: MainWindow, qtbot
) -> None:
    model = window.library_model
    letter = model.index(0, 0)
    window.library.expand(letter)
    chapters = [model.index(row, 0, letter).data() for row in range(model.rowCount(letter))]
    assert chapters[0] == "Inleiding" and len(chapters) == 5
    welvaart = model.index(2, 0, letter)
    window.library.expand(welvaart)
    balkan = model.index(3, 0, welvaart)
    assert balkan.data() == "Westelijke Balkan"
    window.library.setCurrentIndex(balkan)
    qtbot.wait(50)
    top = window.reader.indexAt(QPoint(10, 10))
    assert top.data(ROW_ROLE).text == "Westelijke Balkan"


def test_selecting_a_passage_shows_its_themes_and_reasons(window: MainWindow) -> None:
    row = passage_row(window, "China is in krap")
    window.reader.setCurrentIndex(window.reader.model_.index(row))
    inspector = window.inspector
    assert inspector.citation.text().startswith("Kamerstuk 35 925 V, nr. 84, p. 5")
    items = {
        inspector.themes.item(i).text(): inspector.themes.item(i)
        for i in range(inspector.themes.count())
    }
    china = next(item for text, item in items.items() if text.startswith("China"))
    assert china.checkState() == Qt.CheckState.Checked
    assert "noemt “China”" in china.text()
    balkan = next(item for text, item in items.items() if text.startswith("Westelijke Balkan"))
    assert balkan.checkState() == Qt.CheckState.Unchecked


def test_unticking_a_theme_excludes_the_passage_and_undo_brings_it_back(
    window: MainWindow,
) -> None:
    store = window.state.store
    china = find_theme(store, "China").id
    row = passage_row(window, "China is in krap")
    passage_id = window.reader.model_.rows[row].passage_id
    window.reader.setCurrentIndex(window.reader.model_.index(row))
    themes = window.inspector.themes
    item = next(
        themes.item(i) for i in range(themes.count()) if themes.item(i).text().startswith("China")
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    assert passage_id not in {p.id for p in theme_passages(store, china)}
    assert "China" not in window.reader.model_.rows[row].themes
    window.commands.undo_action.trigger()
    assert passage_id in {p.id for p in theme_passages(store, china)}
    window.commands.redo_action.trigger()
    assert passage_id not in {p.id for p in theme_passages(store, china)}


def test_passage_note_is_saved_as_the_user_types(window: MainWindow, qtbot) -> None:
    from briefer.core.notes import get_note

    row = passage_row(window, "China is in krap")
    passage_id = window.reader.model_.rows[row].passage_id
    window.reader.setCurrentIndex(window.reader.model_.index(row))
    qtbot.keyClicks(window.inspector.note, "Navragen bij de ambassade")
    qtbot.waitUntil(
        lambda: (
            get_note(window.state.store, passage_id=passage_id).body == "Navragen bij de ambassade"
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: window.inspector.note_status.text() == "Opgeslagen")


def test_ctrl_f_searches_as_the_user_types_and_opens_the_passage(window: MainWindow, qtbot) -> None:
    window.commands.find_action.trigger()
    assert window.navigator.currentIndex() == NAV_SEARCH
    assert QApplication.focusWidget() is window.search.field or window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, "oekraine")
    qtbot.waitUntil(lambda: window.search.results.count() == 25, timeout=5000)
    assert window.search.summary.text() == "25 resultaten"
    first = window.search.results.item(0)
    assert "<b" in first.data(Qt.ItemDataRole.UserRole + 2)
    balkan = window.search.theme_filter.findText("Westelijke Balkan")
    window.search.theme_filter.setCurrentIndex(balkan)
    qtbot.waitUntil(lambda: window.search.results.count() == 2, timeout=5000)
    window.search.results.itemActivated.emit(window.search.results.item(0))
    current = window.reader.currentIndex().data(ROW_ROLE)
    assert current.kind == "passage" and "Oekraïne" in current.text


def test_a_bad_import_is_reported_in_plain_words(window: MainWindow, qtbot, tmp_path: Path) -> None:
    good = tmp_path / "memo.txt"
    good.write_text("Memo Beijing\n\nDe minister bezoekt China.\n", encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    dialog = window.import_paths([good, empty])
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=10_000)
    results = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert results[0].startswith("Memo Beijing: 1 pagina's, 1 passages")
    assert results[1] == "het bestand is leeg"
    assert "1 van 2 bestanden geïmporteerd." in dialog.summary.text()
    assert window.library_model.rowCount() == 2
    dialog.accept()


def test_dropping_a_folder_imports_its_letters(window: MainWindow, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "a.txt").write_text("Notitie A\n\nTekst over Rusland.\n", encoding="utf-8")
    (folder / "b.md").write_text("# Notitie B\n\nTekst over China.\n", encoding="utf-8")
    (folder / "plaatje.png").write_bytes(b"\x89PNG")
    (folder / "lus").symlink_to(folder)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPoint(5, 5).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    dialog = window.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=10_000)
    assert window.library_model.rowCount() == 3
    results = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert any("bovenliggende map" in text for text in results)
    dialog.accept()


def test_layout_and_last_item_are_remembered(open_window, qtbot) -> None:
    window = open_window()
    window.resize(1100, 640)
    window.splitter.setSizes([300, 500, 300])
    row = passage_row(window, "China is in krap")
    window.reader.setCurrentIndex(window.reader.model_.index(row))
    china = window.themes_model.row_of(find_theme(window.state.store, "China").id)
    window.themes.setCurrentIndex(window.themes_model.index(china))
    splitter_state = window.splitter.saveState()
    window.close()
    again = open_window()
    # The offscreen screen is 800 px wide, so the width is clamped; the height is not.
    assert again.size().height() == 640
    assert again.splitter.saveState() == splitter_state
    assert again.reader.currentIndex().data(ROW_ROLE).text.startswith("China is in krap")
    assert again.state.current_theme_id == find_theme(again.state.store, "China").id


@pytest.mark.parametrize("shortcut", ["Ctrl+O", "Ctrl+F", "Ctrl+E", "Ctrl+Z", "Ctrl+Q"])
def test_standard_shortcuts(window: MainWindow, shortcut: str) -> None:
    shortcuts = {
        action.shortcut().toString()
        for action in window.findChildren(type(window.commands.import_action))
    }
    assert shortcut in shortcuts


def test_add_to_briefing_shows_the_passage_in_the_composer(window: MainWindow, qtbot) -> None:
    from briefer.ui.window_tabs import WORK_BRIEFING

    row = passage_row(window, "China is in krap")
    passage_id = window.reader.model_.rows[row].passage_id
    window.reader.setCurrentIndex(window.reader.model_.index(row))
    qtbot.mouseClick(window.inspector.add_button, Qt.MouseButton.LeftButton)
    assert window.workspace.currentIndex() == WORK_BRIEFING
    assert window.state.briefing_passages == [passage_id]
    assert "Kies eerst de thema's van de briefing" in window.statusBar().currentMessage()


def test_unticking_a_theme_says_so_in_the_status_bar(window: MainWindow) -> None:
    row = passage_row(window, "China is in krap")
    window.reader.setCurrentIndex(window.reader.model_.index(row))
    themes = window.inspector.themes
    item = next(
        themes.item(i) for i in range(themes.count()) if themes.item(i).text().startswith("China")
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    assert window.statusBar().currentMessage() == (
        "Passage uitgesloten van China (Ctrl+Z maakt dit ongedaan)"
    )
    toolbar_undo = next(
        a
        for a in window.findChild(type(window.addToolBar("x")), "toolbar").actions()
        if a.text() == "Ongedaan maken"
    )
    assert toolbar_undo.isEnabled()
    assert toolbar_undo.toolTip().startswith("Ongedaan maken")


def test_the_library_tree_reads_its_letters_a_page_at_a_time(
    qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer.app import open_library
    from briefer.core.importing.single import import_file
    from briefer.core.library import list_letters
    from briefer.ui.models import library_model
    from briefer.ui.state import AppState

    store = open_library(db_path)
    for number in range(4):
        letter = tmp_path / f"notitie-{number}.txt"
        letter.write_text(f"Notitie {number}\n\nTekst {number} over Rusland.\n", "utf-8")
        import_file(store, letter)
    monkeypatch.setattr(library_model, "PAGE", 2)
    window = MainWindow(AppState(store))
    qtbot.addWidget(window)
    try:
        model = window.library_model
        every = [row.id for row in list_letters(store)]
        assert model.total == 5 and model.rowCount() == 2
        assert window.library_size.text() == "5 brieven in de bibliotheek"
        assert model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert [model.index(row, 0).data(LETTER_ID_ROLE) for row in range(4)] == every[:4]
        window.open_letter(every[-1])  # far down: the rest is read
        assert model.rowCount() == 5 and not model.canFetchMore(QModelIndex())
        assert window.library.currentIndex().data(LETTER_ID_ROLE) == every[-1]
        assert window.reader.model_.letter_id == every[-1]
    finally:
        window.close()
        store.close()


def test_the_import_dialog_offers_every_kind_the_readers_take(window: MainWindow) -> None:
    from briefer.ingest.reader import SUPPORTED_SUFFIXES
    from briefer.ui.window_commands import import_filter

    letters, everything = import_filter().split(";;")
    for suffix in SUPPORTED_SUFFIXES:
        assert f"*{suffix}" in letters.split("(")[1].rstrip(")").split()
    assert {"*.odt", "*.html", "*.xml", "*.docx", "*.pdf"} <= set(letters[9:-1].split())
    assert everything == "Alle bestanden (*)"
