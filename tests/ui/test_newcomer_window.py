"""The window as a newcomer finds it (issue 21), driven through the real widgets:
Toezeggingen within its pane, empty parts shown as empty, the middle column without
cramped boxes, and the smaller things a first user trips over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

from briefer.core.themes import find_theme
from briefer.settings import MARKINGS
from briefer.ui.main_window import MainWindow
from briefer.ui.panels.part_reasons import REASON_ROLE
from briefer.ui.window_tabs import WORK_BRIEFING
from tests.ingest.published_letters import make_rijksoverheid_pdf

TOEZEGGINGEN = 2


def wait_idle(window: MainWindow, qtbot) -> None:
    assert window.workers.wait()


def roomy(window: MainWindow, qtbot, width: int, height: int) -> None:
    """A window larger than the test's screen: after the window's own refit to the
    screen (which follows its first show by a moment), as a user would drag it."""
    qtbot.wait(500)
    window.resize(width, height)
    QApplication.processEvents()


def text_fits(view, index, column: int = 0) -> bool:
    """Whether the text of ``index`` fits its cell (wrapped where the view wraps)."""
    rect = view.visualRect(index)
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    metrics = view.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap) if view.wordWrap() else 0
    needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 100_000), flags, text)
    return needed.width() <= rect.width() - 4 and needed.height() <= rect.height()


# --- 3. Toezeggingen within its pane ---------------------------------------------------


def test_toezeggingen_cuts_no_column_or_filter(window: MainWindow, qtbot) -> None:
    roomy(window, qtbot, 1800, 760)  # room for the widest pane below
    window.workspace.setCurrentIndex(TOEZEGGINGEN)
    view = window.commitments
    for width in (360, 470, 900):  # a laptop at 150%, at 100%, a monitor
        window.splitter.setSizes([200, 400, width])
        qtbot.waitUntil(lambda width=width: abs(view.width() - width) < 40, timeout=5_000)
        view.fit_columns()
        QApplication.processEvents()
        assert view.width() <= window.workspace.width()  # never wider than its pane
        table = view.table
        header = table.horizontalHeader()
        shown = [c for c in range(view.model.columnCount()) if not table.isColumnHidden(c)]
        assert 0 in shown and 1 in shown and 2 in shown  # subject, due, state always
        assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width() + 1
        for column in shown:  # every header and cell whole (the subject wraps)
            assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1
            if column:
                assert header.sectionSize(column) >= table.sizeHintForColumn(column) - 1
        for row in range(view.model.rowCount()):
            assert table.rowHeight(row) >= table.sizeHintForRow(row), (width, row)
        for combo in (view.theme, view.letter, view.status, view.period):
            assert combo.width() >= combo.minimumSizeHint().width()
            assert combo.geometry().right() < view.width()
        if width >= 900:
            assert not table.isColumnHidden(3)  # the source, with room for it
    assert view.status.itemText(0) == "Elke status"  # not a bare "Alle"
    view.select(view.rows[0].id)
    assert view.sentence.wordWrap() and view.sentence.text().startswith("“")
    sentence = view.sentence  # on as many lines as it needs, not one clipped line
    qtbot.waitUntil(lambda: sentence.height() >= sentence.heightForWidth(sentence.width()) - 1)


# --- 6. empty parts shown as empty -----------------------------------------------------


def test_empty_parts_are_greyed_with_their_reason_also_in_a_pack(window: MainWindow, qtbot) -> None:
    window.workspace.setCurrentIndex(WORK_BRIEFING)
    composer = window.composer
    for name in ("Rusland", "Oekraïne", "Sancties"):
        index = composer.setup.all_themes.findText(name)
        assert index >= 0, name
        composer.setup.all_themes.setCurrentIndex(index)
        qtbot.mouseClick(composer.setup.add_topic, Qt.MouseButton.LeftButton)
        # A theme in the briefing is not offered again.
        assert composer.setup.all_themes.findText(name) < 0
    # No title typed yet: the preview (and what it says of the parts) is there already.
    qtbot.waitUntil(lambda: composer.preview.document is not None, timeout=20_000)
    parts = composer.setup.parts
    items = {
        parts.item(i).data(Qt.ItemDataRole.UserRole): parts.item(i) for i in range(parts.count())
    }
    for key in ("doel", "kernboodschappen", "reactief", "feiten", "gesprekspartner", "notities"):
        item = items[key]
        assert item.checkState() == Qt.CheckState.Checked
        assert str(item.data(REASON_ROLE)).startswith("leeg: "), key
        assert item.foreground().color() == parts.palette().placeholderText().color()
    assert items["achtergrond"].data(REASON_ROLE) is None
    # Sancties has no commitments: said, but the part stays (the others have some).
    assert items["toezeggingen"].data(REASON_ROLE) == "leeg bij Sancties"
    # The reason is painted beside the name.
    picture = parts.viewport().grab().toImage()
    row = parts.visualItemRect(items["feiten"])
    name_width = parts.fontMetrics().horizontalAdvance(items["feiten"].text())
    x = row.left() + 40 + name_width + 20
    inked = [
        picture.pixelColor(px, row.center().y()).lightness() < 200
        for px in range(x, min(row.right(), x + 120))
    ]
    assert any(inked)


# --- 8. the middle column --------------------------------------------------------------


def test_the_passage_pane_has_room_and_no_scroll_area_inside_a_scroll_area(
    window: MainWindow, qtbot
) -> None:
    roomy(window, qtbot, 1366, 728)
    QApplication.processEvents()
    assert window.reader.select_first_passage()
    qtbot.waitUntil(lambda: window.inspector.passage_id != 0, timeout=5_000)
    inspector = window.inspector
    assert inspector.height() >= 0.3 * window.center.height()
    for area in inspector.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        parent = area.parentWidget()
        while parent is not None and parent is not inspector:
            assert not isinstance(parent, QScrollArea), area.objectName()
            parent = parent.parentWidget()
    # Every reason whole: the themes list wraps and elides nothing.
    inspector.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    themes = inspector.themes
    for row in range(themes.count()):
        index = themes.model().index(row, 0)
        rect = themes.visualRect(index)
        if rect.isValid() and themes.viewport().rect().contains(rect.topLeft()):
            assert text_fits(themes, index), index.data()


def test_the_legend_shows_every_theme_of_the_letter(window: MainWindow, qtbot) -> None:
    roomy(window, qtbot, 1500, 760)
    pane = window.reader_pane
    entries = pane.entries()
    for width in (700, 420, 260):
        window.splitter.setSizes([200, width, 500])
        QApplication.processEvents()
        legend = pane.legend
        text = legend.text()
        for entry in entries:  # a mark for each, its name too while names fit
            assert entry.label in text
            assert entry.name in text or legend.compact
        assert legend.verticalScrollBar().maximum() == 0  # nothing hidden below
        assert legend.height() >= legend.document().size().height() - 1


def test_library_titles_wrap_instead_of_being_cut(window: MainWindow, qtbot) -> None:
    roomy(window, qtbot, 1500, 760)
    letter = window.library_model.index(0, 0)
    window.library.expand(letter)
    for width in (420, 220):
        window.splitter.setSizes([width, 600, 500])
        QApplication.processEvents()
        window.library.doItemsLayout()
        QApplication.processEvents()
        for row in range(window.library_model.rowCount(letter)):
            index = window.library_model.index(row, 0, letter)
            assert text_fits(window.library, index), (width, index.data())


# --- 9. the smaller items --------------------------------------------------------------


def test_undo_says_what_it_undoes_in_one_sentence(window: MainWindow, qtbot) -> None:
    window.workspace.setCurrentIndex(WORK_BRIEFING)
    marking = window.composer.setup.marking
    marking.setCurrentIndex(marking.findText("Departementaal Vertrouwelijk"))
    marking.activated.emit(marking.currentIndex())  # what choosing it from the list does
    qtbot.waitUntil(lambda: window.commands.undo_action.isEnabled(), timeout=5_000)
    assert window.commands.undo_action.text().startswith("&Ongedaan maken: ")
    assert window.commands.undo_action.text()[len("&Ongedaan maken: ")].islower()


def test_markings_from_low_to_high_with_official_capitals(window: MainWindow) -> None:
    marking = window.composer.setup.marking
    offered = [marking.itemText(i) for i in range(marking.count())]
    assert offered == list(MARKINGS)
    assert offered[1:] == [
        "Intern Gebruik",
        "Departementaal Vertrouwelijk",
        "Staatsgeheim Confidentieel",
    ]


def test_an_import_leaves_the_workspace_tab_alone(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    china = find_theme(window.state.store, "China").id
    window._open_theme(china)
    window.workspace.setCurrentIndex(TOEZEGGINGEN)
    dialog = window.import_paths([make_rijksoverheid_pdf(tmp_path / "raad.pdf")])
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=30_000)
    wait_idle(window, qtbot)
    QApplication.processEvents()
    assert window.workspace.currentIndex() == TOEZEGGINGEN
    dialog.close()


def test_one_click_on_a_hit_opens_it_with_the_word_marked(window: MainWindow, qtbot) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search.field, "Afghanistan")
    qtbot.waitUntil(lambda: window.search.results.count() > 0, timeout=10_000)
    item = window.search.results.item(0)
    rect = window.search.results.visualItemRect(item)
    qtbot.mouseClick(window.search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    hit = item.data(Qt.ItemDataRole.UserRole + 1)
    qtbot.waitUntil(lambda: window.reader.current_passage() == hit.passage_id, timeout=5_000)
    assert "afghanistan" in window.reader.marked_words
    row = window.reader.model_.row_of_passage(hit.passage_id)
    html = window.reader.itemDelegate().links_html(window.reader.model_.rows[row])
    assert html is not None and "background-color:#ffe27a" in html
    assert "Afghanistan</span>" in html


def test_wijzigingen_says_it_needs_a_second_letter(window: MainWindow, qtbot) -> None:
    window.workspace.setCurrentIndex(3)
    window.changes.ensure_loaded()
    assert "tweede brief" in window.changes.summary.text()


def test_help_has_more_than_about(window: MainWindow) -> None:
    names = [action.text() for action in window.commands.help_actions]
    assert names == ["&Snel aan de slag", "&Sneltoetsen", "&Over Briefer"]
    from briefer.ui.help_menu import shortcuts_html

    table = shortcuts_html(window)
    for keys in ("Ctrl+O", "Ctrl+E", "Ctrl+P", "Ctrl+Shift+P", "Ctrl+Q", "Ctrl+F"):
        assert keys in table


def test_print_has_a_preview_of_the_pages(window: MainWindow, qtbot) -> None:
    from briefer.compose.assemble import build_document
    from briefer.core.briefings import BriefingSpec
    from briefer.ui.printing import preview_dialog

    china = find_theme(window.state.store, "China").id
    document = build_document(
        window.state.store, BriefingSpec(title="Bezoek aan Beijing", theme_ids=(china,))
    )
    dialog = preview_dialog(document, window)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda printer: painted.append(1))
    dialog.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=10_000)
    assert window.commands.print_preview_action.shortcut().toString() == "Ctrl+Shift+P"
    dialog.close()


def test_the_author_is_the_login_name_by_default(window: MainWindow, monkeypatch) -> None:
    import getpass

    assert window.composer.spec.author == getpass.getuser()


def test_every_control_is_reached_with_the_tab_key(window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget

    roomy(window, qtbot, 1366, 728)
    window.reader.select_first_passage()
    for page in range(window.workspace.count()):
        window.workspace.setCurrentIndex(page)
        QApplication.processEvents()
        window.activateWindow()
        window.library.setFocus()
        seen: set[int] = set()
        for _ in range(300):
            focused = QApplication.focusWidget()
            assert focused is not None
            seen.add(id(focused))
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        wanted = [
            widget
            for widget in window.findChildren(QWidget)
            if widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and not widget.objectName().startswith(("qt_", "Scroll"))
            and not isinstance(widget, QTabWidget)  # its tab bar takes the focus
            and not isinstance(widget.parentWidget(), QComboBox)  # the box takes it
        ]
        missed = [
            (type(widget).__name__, widget.objectName(), getattr(widget, "text", str)())
            for widget in wanted
            if id(widget) not in seen
        ]
        assert missed == [], (page, missed)
