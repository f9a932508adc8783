"""The window on letters of the new kinds: the library names each kind, the reader sets
questions apart with their labels, marks a motie's dictum, prints footnote markers as
superscripts with the notes beneath the passage; the inspector shows role and notes;
the import check lists footnotes under their passage (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from briefer.ingest.page_analysis import BODY, FURNITURE, TextLine
from briefer.ui.dialogs.check_items import FOOTNOTE, FOOTNOTE_ROW, KIND_ROLE, OMITTED, PASSAGE_ROW
from briefer.ui.dialogs.import_check import ImportCheckDialog
from briefer.ui.i18n import install_translator, remove_translators
from briefer.ui.main_window import MainWindow
from briefer.ui.models.library_model import LETTER_ID_ROLE
from briefer.ui.panels.reader_notes import SET_APART
from tests.letter_kinds import ANSWER_1, FOOTNOTE_1, FOOTNOTE_2, MARKED, kamervragen, motie, stored


@pytest.fixture
def kinds_window(open_window, db_path: Path) -> tuple[MainWindow, int, int]:
    from briefer.app import open_library

    store = open_library(db_path)
    try:
        ids = stored(store, kamervragen(), "vragen.xml"), stored(store, motie(), "motie.pdf")
    finally:
        store.close()
    window = open_window()
    return window, *ids


def _library_text(window: MainWindow, letter_id: int, role: int) -> str:
    model = window.library_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(LETTER_ID_ROLE) == letter_id:
            return str(index.data(role))
    raise AssertionError(letter_id)


def test_the_library_names_each_kind(kinds_window) -> None:
    window, questions, motion = kinds_window
    assert "\nKamervragen · vragen.xml · 17 mei 2024" in _library_text(
        window, questions, Qt.ItemDataRole.DisplayRole
    )
    assert "\nMotie · Motie van de leden" in _library_text(
        window, motion, Qt.ItemDataRole.DisplayRole
    )
    assert "\nKamerbrief · Brief van de Minister" in _library_text(
        window, 1, Qt.ItemDataRole.DisplayRole
    )
    tip = _library_text(window, questions, Qt.ItemDataRole.ToolTipRole)
    assert "Kamervragen: Schriftelijke vragen van Kamerleden" in tip
    assert "het antwoord op vraag 3 ontbreekt" in tip


def test_the_library_names_each_kind_in_english(kinds_window, qapp: QApplication) -> None:
    window, questions, motion = kinds_window
    try:
        assert install_translator(qapp, "en")
        window.library_model.reload()
        shown = _library_text(window, questions, Qt.ItemDataRole.DisplayRole)
        assert "\nParliamentary questions · " in shown
        assert "\nMotion · " in _library_text(window, motion, Qt.ItemDataRole.DisplayRole)
    finally:
        remove_translators(qapp)


def _document(window: MainWindow, row_number: int) -> tuple[object, QTextDocument]:
    reader = window.reader
    row = reader.model_.rows[row_number]
    html = reader.itemDelegate().links_html(row)
    assert html is not None
    document = QTextDocument()
    document.setHtml(html)
    return row, document


def test_the_reader_sets_questions_apart_and_prints_footnotes(
    kinds_window, qtbot, tmp_path
) -> None:
    window, questions, _motion = kinds_window
    window.open_letter(questions)
    rows = window.reader.model_.rows
    assert [r.kind for r in rows[:2]] == ["title", "notice"]
    assert rows[0].pages.startswith("Kamervragen · nr. 2001 · vergaderjaar 2023–2024")
    assert "vragen van Van Dijk (CDA) en Brekelmans (VVD) (29 maart 2024)" in rows[0].pages
    passages = [r for r in rows if r.kind == "passage"]
    labels = []
    for number, row in enumerate(rows):
        if row.kind == "passage":
            _row, document = _document(window, number)
            labels.append(document.toPlainText().split("\n")[0])
    assert labels == ["Vraag 1", "Antwoord 1", "Antwoord 1", "Vraag 2", "Antwoord 2"]
    answer_row = rows.index(passages[1])
    _row, document = _document(window, answer_row)
    plain = document.toPlainText()
    # the marker right after the words it belongs to, the notes beneath the passage
    assert f"{MARKED}1." in plain and "Rusland2." in plain
    assert plain.index(FOOTNOTE_1) > plain.index("Rusland2.")
    assert f"2 {FOOTNOTE_2} (p. 2)".replace(" ", "") in plain.replace("\xa0", "").replace(" ", "")
    cursor = document.find(f"{MARKED}1")
    cursor.setPosition(cursor.selectionEnd() - 1)
    cursor.setPosition(cursor.position() + 1, cursor.MoveMode.KeepAnchor)
    assert cursor.charFormat().verticalAlignment().name == "AlignSuperScript"
    # A question is drawn on its own background, an answer is not.
    index = window.reader.model_.index(rows.index(passages[0]))
    window.reader.scrollTo(index)
    qtbot.wait(20)
    image = window.reader.viewport().grab().toImage()
    rect = window.reader.visualRect(index)
    colours = {
        image.pixelColor(x, rect.center().y()).name() for x in range(rect.left(), rect.right())
    }
    assert SET_APART["vraag"] in colours
    window.reader.grab().save(str(tmp_path / "reader-kamervragen.png"))


def test_the_dictum_of_a_motie_is_marked(kinds_window, qtbot) -> None:
    window, _questions, motion = kinds_window
    window.open_letter(motion)
    rows = window.reader.model_.rows
    dictum = next(n for n, r in enumerate(rows) if r.role == "verzoek")
    _row, document = _document(window, dictum)
    assert document.toPlainText().startswith("Verzoek (dictum)\nverzoekt de regering")
    consideration = next(n for n, r in enumerate(rows) if r.role == "overweging")
    assert _document(window, consideration)[1].toPlainText().startswith("Overweging\n")
    assert "ingediend door Sjoerdsma, Brekelmans" in rows[0].pages
    plain = next(n for n, r in enumerate(rows) if r.text == "De Kamer,")
    assert window.reader.itemDelegate().links_html(rows[plain]) is None  # body text as before


def test_the_inspector_shows_role_and_footnotes(kinds_window, qtbot) -> None:
    window, questions, _motion = kinds_window
    window.open_letter(questions)
    rows = window.reader.model_.rows
    answer = next(r for r in rows if r.text == ANSWER_1)
    question = next(r for r in rows if r.role == "vraag")
    window.reader.select_passage(answer.passage_id)
    inspector = window.inspector
    assert inspector.citation.text().startswith("Antwoord 1 · het bericht")
    assert inspector.footnotes.isVisibleTo(inspector)
    notes = QTextDocument()
    notes.setHtml(inspector.footnotes.text())
    assert FOOTNOTE_1 in notes.toPlainText() and FOOTNOTE_2 in notes.toPlainText()
    window.reader.select_passage(question.passage_id)
    assert inspector.citation.text().startswith("Vraag 1 · ")
    assert not inspector.footnotes.isVisibleTo(inspector)


def _line(text: str, baseline: float, kind: str, size: float = 10.0) -> TextLine:
    return TextLine(text, 1, 70.0, 500.0, baseline, size, False, False, kind)


def test_the_import_check_lists_footnotes_under_their_passage(kinds_window, qtbot) -> None:
    window, questions, _motion = kinds_window
    dialog = ImportCheckDialog(window.actions, questions, window)
    qtbot.addWidget(dialog)
    page = [
        _line("Vraag 1", 700, BODY),
        _line("Bent u bekend met het bericht «Nederland schiet tekort in de steun", 690, BODY),
        _line("ah-tk-20232024-2001", 40, FURNITURE, 8),
        _line(f"1 {FOOTNOTE_1}", 80, FOOTNOTE, 8),
        _line("3 Een voetnoot die geen passage aanhaalt", 70, FOOTNOTE, 8),
    ]
    dialog._lines_loaded([page, [], []])
    rows = [
        (str(dialog.items.item(i).data(KIND_ROLE)), dialog.items.item(i).text())
        for i in range(dialog.items.count())
    ]
    passages = [text for kind, text in rows if kind == PASSAGE_ROW]
    assert passages[:2] == [
        f"Vraag 1: {kamervragen().passages[0].text}  (p. 1)",
        f"Antwoord 1: {ANSWER_1}  (p. 1-2)",
    ]
    notes = [text.strip() for kind, text in rows if kind == FOOTNOTE_ROW]
    assert notes == [f"[1]  {FOOTNOTE_1}"]  # on page 1; note 2 is printed on page 2
    answer = next(i for i, (kind, text) in enumerate(rows) if text.startswith("Antwoord 1"))
    assert rows[answer + 1][0] == FOOTNOTE_ROW
    omitted = [text for kind, text in rows if kind == OMITTED]
    assert "[voetnoot]  3 Een voetnoot die geen passage aanhaalt" in omitted
    assert not any("Vraag 1" in text for text in omitted)  # the label printed before it
    assert ("furniture", "[paginarand]  ah-tk-20232024-2001") in rows
    assert not any(FOOTNOTE_1 in text for text in omitted)  # read: kept with its passage
    assert dialog.select_text(ANSWER_1[:20]) and dialog.merge_button.isEnabled()
    dialog.items.setCurrentRow(answer + 1)
    assert dialog.items.current() is None  # a footnote row: nothing to fix on it
    dialog.show_page(2)
    assert [t.strip() for k, t in _rows_of(dialog) if k == FOOTNOTE_ROW] == [f"[2]  {FOOTNOTE_2}"]
    dialog.close()


def _rows_of(dialog: ImportCheckDialog) -> list[tuple[str, str]]:
    items = dialog.items
    return [
        (str(items.item(i).data(KIND_ROLE)), items.item(i).text()) for i in range(items.count())
    ]
