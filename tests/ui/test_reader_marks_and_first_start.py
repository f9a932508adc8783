"""Themes told apart without colour alone (labelled marks, hover, legend), a calm
first start, and dates and numbers as the interface's language writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QPushButton, QStyleOptionViewItem, QToolTip

from briefer.core.colours import text_color_on
from briefer.ui.formatting import date_text, date_time_text, number_text
from briefer.ui.i18n import install_translator, remove_translators
from briefer.ui.main_window import MainWindow
from briefer.ui.models.reader_model import ROW_ROLE, pages_text
from briefer.ui.window_tabs import NAV_THEMES

OORLOG = "Tijdens het schrijven van deze beleidsbrief"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    try:
        assert install_translator(qapp, "en")
        yield qapp
    finally:
        remove_translators(qapp)


def passage_index(window: MainWindow, start: str):
    rows = window.reader.model_.rows
    row = next(i for i, r in enumerate(rows) if r.text.startswith(start))
    return window.reader.model_.index(row)


def test_each_mark_carries_the_theme_s_short_label(window: MainWindow, qtbot) -> None:
    index = passage_index(window, OORLOG)
    row = index.data(ROW_ROLE)
    assert row.themes == ("Rusland", "Oekraïne", "NAVO en defensie")
    assert row.labels == ("Ru", "Oe", "ND")
    window.reader.scrollTo(index)
    qtbot.wait(20)
    image = window.reader.viewport().grab().toImage()
    delegate = window.reader.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(window.reader)
    option.rect = window.reader.visualRect(index)
    marks = delegate.mark_rects(option, row)
    assert len(marks) == 3
    for mark, colour in zip(marks, row.colors, strict=True):
        pixels = {
            image.pixelColor(x, y).name().upper()
            for x in range(mark.left(), mark.right())
            for y in range(mark.top(), mark.top() + 18)
        }
        assert colour.upper() in pixels  # the theme's colour
        assert text_color_on(colour) in pixels  # and the label's letters drawn on it


def test_hovering_a_mark_names_its_theme(window: MainWindow, qtbot) -> None:
    index = passage_index(window, OORLOG)
    window.reader.scrollTo(index)
    qtbot.wait(20)
    row = index.data(ROW_ROLE)
    option = QStyleOptionViewItem()
    option.initFrom(window.reader)
    option.rect = window.reader.visualRect(index)
    marks = window.reader.itemDelegate().mark_rects(option, row)
    for mark, name, label in zip(marks, row.themes, row.labels, strict=True):
        point = mark.center()
        event = QHelpEvent(QEvent.Type.ToolTip, point, window.reader.viewport().mapToGlobal(point))
        QApplication.sendEvent(window.reader.viewport(), event)
        qtbot.waitUntil(lambda name=name: QToolTip.isVisible() and name in QToolTip.text())
        assert QToolTip.text() == f"{name} ({label})"
        QToolTip.hideText()
    # Elsewhere on the passage the tip lists all its themes.
    text_point = QPoint(option.rect.right() - 30, option.rect.top() + 10)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Rusland (Ru), Oekraïne (Oe), NAVO en defensie (ND)"
    )
    assert window.reader.indexAt(text_point) == index


def test_the_legend_lists_the_letter_s_themes_and_folds(window: MainWindow, qtbot) -> None:
    qtbot.wait(500)  # the window's own refit to the screen, after its first show
    window.resize(1500, 760)  # room for the names (a narrow reader shows the marks only)
    window.splitter.setSizes([300, 700, 500])
    QApplication.processEvents()
    pane = window.reader_pane
    entries = pane.entries()
    assert len(entries) == 14
    china = next(e for e in entries if e.name == "China")
    assert (china.label, china.color, china.passages) == ("Ch", "#EE6666", 6)
    shown = pane.legend.text()
    assert " WB  Westelijke Balkan 3" in shown and " MO  Midden-Oosten 8" in shown
    assert shown.startswith(" Ru  Rusland 22")
    assert pane.legend.isVisible()
    # Clicking a theme's name in the legend opens the theme.
    legend = pane.legend
    position = legend.toPlainText().index("China")
    cursor = legend.textCursor()
    cursor.setPosition(position + 2)
    legend.ensureCursorVisible()
    legend.setTextCursor(cursor)
    legend.ensureCursorVisible()
    spot = legend.cursorRect(cursor).center()
    qtbot.mouseClick(legend.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: window.theme_workspace.title.text() == "China")
    assert window.themes.currentIndex().data() == "China (6)"
    pane.toggle.click()
    assert not pane.legend.isVisible()
    window.close()
    again = type(window)(window.state)  # the choice is remembered
    assert not again.reader_pane.toggle.isChecked()
    again.deleteLater()


def test_first_start_offers_first_actions(window: MainWindow, qtbot, monkeypatch) -> None:
    workspace = window.theme_workspace
    assert workspace.stack.currentIndex() == 0
    assert workspace.empty.heading.text() == "Nog geen thema gekozen"
    buttons = [b.text() for b in workspace.empty.findChildren(QPushButton)]
    assert buttons == [
        "Europese Unie openen (46 passages)",
        "NAVO en defensie openen (30 passages)",
        "Oekraïne openen (25 passages)",
        "Brief importeren…",
    ]
    asked: list[str] = []

    def file_dialog(_parent, title, *_args):  # the file dialog needs a person
        asked.append(title)
        return []

    monkeypatch.setattr("briefer.ui.file_dialogs.open_files", file_dialog)
    workspace.empty.findChildren(QPushButton)[3].click()
    assert asked == ["Brieven importeren"]
    workspace.empty.findChildren(QPushButton)[0].click()
    assert workspace.stack.currentIndex() == 1 and workspace.title.text() == "Europese Unie"
    assert window.navigator.currentIndex() == NAV_THEMES
    assert window.themes.currentIndex().data() == "Europese Unie (46)"

    inspector = window.inspector
    assert inspector.stack.currentIndex() == 0
    assert inspector.empty.heading.text() == "Geen passage gekozen"
    inspector.empty.findChildren(QPushButton)[0].click()
    assert inspector.stack.currentIndex() == 1
    assert window.reader.current_passage() == window.reader.model_.rows[1].passage_id


def test_dates_and_numbers_in_dutch(window: MainWindow) -> None:
    title = window.reader.model_.rows[0]
    assert "8 maart 2022" in title.pages and "08-03-2022" not in title.pages
    assert "18 pagina's" in title.pages
    letter = window.library_model.index(0, 0).data()
    assert letter.endswith("· 8 maart 2022")
    assert date_text(date(2022, 3, 8)) == "8 maart 2022"
    assert date_text(None) == ""
    assert date_time_text(datetime(2026, 11, 29, 9, 5)) == "29 november 2026 09:05"
    assert number_text(1234567) == "1.234.567"
    assert pages_text(1) == "1 pagina"


def test_dates_and_numbers_in_english(english, open_window) -> None:
    assert date_text(date(2022, 3, 8)) == "8 March 2022"
    assert number_text(1234567) == "1,234,567"
    window = open_window()
    title = window.reader.model_.rows[0]
    assert "8 March 2022" in title.pages and "18 pages" in title.pages
    assert window.theme_workspace.empty.heading.text() == "No theme chosen yet"


def test_dates_in_the_note_history_are_written_out(tmp_path: Path) -> None:
    from briefer.ui.dialogs.note_history import when_label

    label = when_label(datetime(2022, 3, 8, 13, 30).astimezone())
    assert label == "8 maart 2022 13:30"
