"""The briefing composer and the export dialog on real widgets and a real library."""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem

from briefer.core.briefings import get_briefing, list_briefings
from briefer.core.notes import save_note
from briefer.core.themes import find_theme
from briefer.export import briefing_export
from briefer.ui.dialogs.export_dialog import ExportDialog
from briefer.ui.panels.composer import Composer

KRAP = "China is in krap"
TITLE = "Bezoek minister aan Beijing"
MARKING = "Departementaal Vertrouwelijk"  # as offered (the combo completes what is typed)


def settle(qtbot, composer: Composer) -> None:
    """Wait until the list of passages and the preview show the current briefing."""
    qtbot.waitUntil(
        lambda: composer.items.ready() and composer.preview.is_current(), timeout=10_000
    )


def preview_text(qtbot, composer: Composer) -> str:
    settle(qtbot, composer)
    return composer.preview.browser.toPlainText()


def pick(qtbot, composer: Composer, *names: str) -> None:
    for name in names:
        composer.setup.all_themes.setCurrentIndex(composer.setup.all_themes.findText(name))
        qtbot.mouseClick(composer.setup.add_topic, Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def start_briefing(qtbot, composer: Composer, *names: str) -> None:
    pick(qtbot, composer, *(names or ("China",)))
    type_into(qtbot, composer.setup.title, TITLE)
    type_into(qtbot, composer.setup.marking.lineEdit(), MARKING)


def passage_item(qtbot, composer: Composer, start: str) -> QTreeWidgetItem:
    settle(qtbot, composer)
    for item in composer.items.items("passage"):
        if start in item.text(0):
            return item
    raise AssertionError(f"no passage item with {start!r}")


def test_china_briefing_preview_shows_title_marking_and_passages(qtbot, composer) -> None:
    start_briefing(qtbot, composer)
    text = preview_text(qtbot, composer)
    assert TITLE in text
    assert MARKING.upper() in text
    assert KRAP in text
    assert "Kamerstuk 35 925 V, nr. 84, p. 5" in text
    assert composer.setup.kind.text() == "Eén thema: een briefing."
    assert composer.spec.classification == MARKING
    assert [composer.setup.topics.item(i).text() for i in range(composer.setup.topics.count())] == [
        "China"
    ]


def test_leaving_a_passage_out_is_undoable(qtbot, composer) -> None:
    state = composer.state
    start_briefing(qtbot, composer)
    item = passage_item(qtbot, composer, KRAP)
    passage_id = item.data(0, Qt.ItemDataRole.UserRole + 1)[1]
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert passage_id in composer.spec.excluded_passages
    assert KRAP not in preview_text(qtbot, composer)
    assert state.undo_stack.undoText() == "Passage weglaten"
    state.undo_stack.undo()
    assert passage_id not in composer.spec.excluded_passages
    assert KRAP in preview_text(qtbot, composer)
    assert passage_item(qtbot, composer, KRAP).checkState(0) == Qt.CheckState.Checked
    state.undo_stack.redo()
    assert KRAP not in preview_text(qtbot, composer)
    # the text fields undo too, one step per finished edit
    state.undo_stack.undo()
    state.undo_stack.undo()
    assert composer.setup.marking.currentText() == ""
    state.undo_stack.undo()
    assert composer.setup.title.text() == ""


def test_moving_a_passage_changes_the_order(qtbot, composer) -> None:
    start_briefing(qtbot, composer)
    item = passage_item(qtbot, composer, KRAP)
    composer.items.tree.setCurrentItem(item)
    before = composer.items.items("passage").index(item)
    qtbot.mouseClick(composer.items.up, Qt.MouseButton.LeftButton)
    settle(qtbot, composer)
    texts = [i.text(0) for i in composer.items.items("passage")]
    assert KRAP in texts[before - 1]
    text = composer.preview.browser.toPlainText()
    assert text.index(KRAP) < text.index("Als gevolg van de wijzigende machtsverhoudingen")


def part_row(composer: Composer, part: str) -> int:
    parts = composer.setup.parts
    rows = [parts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(parts.count())]
    return rows.index(part)


def test_reordering_and_leaving_out_parts(qtbot, composer) -> None:
    start_briefing(qtbot, composer)
    settle(qtbot, composer)
    level1 = [h.text for h in composer.preview.document.headings() if h.level == 1]
    assert level1 == ["Achtergrond", "Bronnen"]  # China has no talking points or notes yet
    assert composer.setup.parts.count() == 12  # every registered part is offered
    # The empty parts are greyed with the reason they are left out.
    row = part_row(composer, "doel")
    assert "geen notitie onder 'Doel van het gesprek'" in composer.setup.parts.item(row).toolTip()
    composer.setup.parts.setCurrentRow(part_row(composer, "bronnen"))
    while part_row(composer, "bronnen") > part_row(composer, "achtergrond"):
        composer.setup.move_part(-1)
    text = preview_text(qtbot, composer)
    assert text.rindex("Bronnen") < text.rindex("Achtergrond")
    level1 = [h.text for h in composer.preview.document.headings() if h.level == 1]
    assert level1 == ["Bronnen", "Achtergrond"]
    achtergrond = composer.setup.parts.findItems("Achtergrond", Qt.MatchFlag.MatchExactly)[0]
    achtergrond.setCheckState(Qt.CheckState.Unchecked)
    assert KRAP not in preview_text(qtbot, composer)
    composer.state.undo_stack.undo()
    assert KRAP in preview_text(qtbot, composer)
    # A part renamed by the user keeps its new name in the document.
    achtergrond = composer.setup.parts.findItems("Achtergrond", Qt.MatchFlag.MatchExactly)[0]
    achtergrond.setText("Context")
    assert composer.spec.titles == {"achtergrond": "Context"}
    settle(qtbot, composer)
    level1 = [h.text for h in composer.preview.document.headings() if h.level == 1]
    assert level1 == ["Bronnen", "Context"]


def test_length_estimate_and_language(qtbot, composer) -> None:
    start_briefing(qtbot, composer, "Rusland")
    settle(qtbot, composer)
    # Rusland's 22 passages: the background keeps to the target of 2 pages.
    assert composer.preview.pages is not None and composer.preview.pages <= 2
    assert "Langer dan het doel" not in composer.length.text()
    # The user's own words are never cut: a long note makes the briefing longer.
    rusland = find_theme(composer.state.store, "Rusland").id
    long_note = "## Kernboodschappen\n\n" + "\n\n".join(
        f"Kernboodschap {n}: " + "Nederland blijft Oekraïne steunen. " * 12 for n in range(40)
    )
    save_note(composer.state.store, long_note, theme_id=rusland)
    composer.preview.schedule()
    settle(qtbot, composer)
    pages = composer.preview.pages
    assert pages is not None and pages > 2
    assert f"Geschatte lengte: {pages} pagina" in composer.length.text()
    assert "Langer dan het doel" in composer.length.text()
    composer.setup.target.setValue(pages)
    composer.setup.annex.setChecked(True)
    settle(qtbot, composer)
    assert composer.preview.pages == pages  # the annex does not count
    assert "Langer dan het doel" not in composer.length.text()
    assert "Bijlage: brontekst" in composer.preview.browser.toPlainText()
    composer.setup.language.setCurrentIndex(composer.setup.language.findData("en"))
    composer.setup.language.activated.emit(composer.setup.language.currentIndex())
    assert composer.spec.language == "en"
    text = preview_text(qtbot, composer)
    assert "Background" in text and "Annex: source text" in text


def test_undo_and_redo_never_detach_a_saved_briefing(qtbot, composer) -> None:
    state = composer.state
    start_briefing(qtbot, composer)  # three undo steps, made before the briefing was saved
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    [row] = list_briefings(state.store)
    for _ in range(2):
        state.undo_stack.undo()
    assert composer.spec.id == row.id
    assert composer.saved.currentData() == row.id
    assert composer.status.text() != "Nog niet opgeslagen."
    assert composer.spec.title == "" and composer.spec.classification == ""
    stored = get_briefing(state.store, row.id)
    assert (stored.title, stored.classification) == (TITLE, "")  # no title is not stored
    state.undo_stack.redo()
    state.undo_stack.redo()
    assert composer.spec.id == row.id
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in list_briefings(state.store)] == [row.id]
    assert get_briefing(state.store, row.id).classification == MARKING
    # Undoing back to before it had a title or a theme neither fails nor detaches it.
    while state.undo_stack.canUndo():
        state.undo_stack.undo()
    assert composer.spec.id == row.id and composer.spec.theme_ids == ()
    assert get_briefing(state.store, row.id).title == TITLE  # the stored one stays valid
    while state.undo_stack.canRedo():
        state.undo_stack.redo()
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in list_briefings(state.store)] == [row.id]


def test_save_load_and_delete_a_briefing(qtbot, composer, make_composer, monkeypatch) -> None:
    state = composer.state
    start_briefing(qtbot, composer, "China", "Rusland")
    type_into(qtbot, composer.setup.occasion, "Werkbezoek april")
    type_into(qtbot, composer.setup.author, "J. de Vries")
    composer.setup.date.setDate(QDate(2022, 4, 12))
    composer.setup.cover.setChecked(False)
    composer.setup.parts.setCurrentRow(part_row(composer, "reactief"))
    composer.setup.move_part(-1)
    excluded = passage_item(qtbot, composer, KRAP)
    excluded.setCheckState(0, Qt.CheckState.Unchecked)
    changes: list[int] = []
    state.briefings_changed.connect(lambda: changes.append(1))
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    assert changes
    [row] = list_briefings(state.store)
    assert (row.title, row.occasion, row.briefing_date) == (
        TITLE,
        "Werkbezoek april",
        date(2022, 4, 12),
    )
    assert (row.classification, row.themes) == (MARKING, ("China", "Rusland"))
    assert state.current_briefing_id == row.id == composer.spec.id
    saved = get_briefing(state.store, row.id)
    assert saved.author == "J. de Vries" and not saved.cover
    assert saved.parts[:4] == ("doel", "kernboodschappen", "reactief", "spreekpunten")
    assert len(saved.excluded_passages) == 1

    # a saved briefing is stored again on every change, and undo stores the old state
    type_into(qtbot, composer.setup.title, "Bezoek aan Beijing")
    assert get_briefing(state.store, row.id).title == "Bezoek aan Beijing"
    state.undo_stack.undo()
    assert get_briefing(state.store, row.id).title == TITLE

    fresh = make_composer()
    assert fresh.saved.count() == 2
    fresh.saved.setCurrentIndex(1)
    fresh.saved.activated.emit(1)
    settle(qtbot, fresh)
    assert fresh.spec == get_briefing(state.store, row.id)
    assert fresh.setup.title.text() == TITLE
    assert fresh.setup.occasion.text() == "Werkbezoek april"
    assert fresh.setup.author.text() == "J. de Vries"
    assert fresh.setup.date.date() == QDate(2022, 4, 12)
    assert fresh.setup.marking.currentText() == MARKING
    assert not fresh.setup.cover.isChecked() and fresh.setup.contents.isChecked()
    assert [fresh.setup.topics.item(i).text() for i in range(2)] == ["China", "Rusland"]
    parts = [
        (fresh.setup.parts.item(i).text(), fresh.setup.parts.item(i).checkState()) for i in range(4)
    ]
    assert parts == [
        (composer.setup.parts.item(i).text(), composer.setup.parts.item(i).checkState())
        for i in range(4)
    ]
    unchecked = [
        item.text(0)
        for item in fresh.items.items("passage")
        if item.checkState(0) == Qt.CheckState.Unchecked
    ]
    assert len(unchecked) == 1 and KRAP in unchecked[0]
    assert fresh.delete_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(fresh.delete_button, Qt.MouseButton.LeftButton)
    assert list_briefings(state.store) == []
    assert fresh.spec.id is None and fresh.saved.currentText() == "Nieuwe briefing"
    assert composer.saved.count() == 1


def test_a_pack_of_three_themes(qtbot, composer) -> None:
    start_briefing(qtbot, composer, "Rusland", "China", "Westelijke Balkan")
    assert "3 thema's: een briefingpakket" in composer.setup.kind.text()
    settle(qtbot, composer)
    level1 = [h.text for h in composer.preview.document.headings() if h.level == 1]
    assert level1 == ["Rusland", "China", "Westelijke Balkan", "Bronnen"]  # sources once
    assert "Rusland, China, Westelijke Balkan" in composer.preview.browser.toPlainText()
    tops = [composer.items.tree.topLevelItem(i).text(0) for i in range(3)]
    assert tops == ["Rusland", "China", "Westelijke Balkan"]
    composer.setup.topics.setCurrentRow(1)
    composer.setup.move_topic(-1)
    settle(qtbot, composer)
    level1 = [h.text for h in composer.preview.document.headings() if h.level == 1]
    assert level1 == ["China", "Rusland", "Westelijke Balkan", "Bronnen"]
    composer.setup.topics.setCurrentRow(2)
    composer.setup.remove_topic()
    assert composer.setup.kind.text().startswith("2 thema's")
    composer.state.undo_stack.undo()
    assert composer.setup.topics.count() == 3


def test_a_passage_added_from_the_reader_can_be_included(qtbot, composer) -> None:
    state = composer.state
    start_briefing(qtbot, composer)
    settle(qtbot, composer)
    china = composer.items.loaded.themes[0][2]
    on_china = {p.id for p in china}
    stray = next(pid for pid in range(1, 80) if pid not in on_china)
    state.briefing_passages = [china[0].id, stray]
    composer.tabs.setCurrentWidget(composer.items)
    composer.refresh()
    settle(qtbot, composer)
    assert composer.items.note.isVisible()
    assert composer.items.items("passage")[0].text(0).startswith("★")
    [button] = [
        b for b in composer.items.note.findChildren(type(composer.save_button)) if b.isVisible()
    ]
    assert button.text() == "Opnemen in China"
    button.click()
    settle(qtbot, composer)
    passages = composer.items.items("passage")
    assert len(passages) == len(china) + 1
    assert not composer.items.note.isVisible()
    assert state.undo_stack.undoText() == "Passage aan thema toevoegen"
    state.undo_stack.undo()
    settle(qtbot, composer)
    assert composer.items.note.isVisible()


def open_dialog(qtbot, composer: Composer) -> ExportDialog:
    settle(qtbot, composer)
    dialog = composer.open_export_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_export_to_pdf_and_word(qtbot, composer, tmp_path: Path, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    start_briefing(qtbot, composer)
    dialog = open_dialog(qtbot, composer)
    assert dialog.target.text().endswith("bezoek-minister-aan-beijing.docx")
    dialog.pdf.setChecked(True)
    assert dialog.target.text().endswith("bezoek-minister-aan-beijing.pdf")
    pdf = tmp_path / "uit" / "china.pdf"
    pdf.parent.mkdir()
    dialog.target.setText(str(pdf))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome == "done", timeout=30_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in dialog.message.text()
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert TITLE in text and "krap" in text
    if shutil.which("pdftotext"):
        shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        assert TITLE in shown.stdout
    assert dialog.open_file.isVisible() and dialog.open_folder.isVisible()
    qtbot.mouseClick(dialog.open_file, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(pdf), str(pdf.parent)]

    dialog.word.setChecked(True)
    docx = pdf.with_suffix(".docx")
    assert dialog.target.text() == str(docx)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome == "done" and dialog.written == [docx], timeout=30_000)
    from docx import Document

    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert TITLE in paragraphs
    assert any(p.startswith(KRAP) for p in paragraphs)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_pack_exported_as_one_file_per_theme(
    qtbot, composer, tmp_path: Path, monkeypatch
) -> None:
    chosen = tmp_path / "pakket"
    monkeypatch.setattr("briefer.ui.file_dialogs.existing_folder", lambda *_: str(chosen))
    start_briefing(qtbot, composer, "Rusland", "China")
    dialog = open_dialog(qtbot, composer)
    assert dialog.split.isVisible()
    dialog.split.setChecked(True)
    assert dialog.target_label.text() == "Map"
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.target.text() == str(chosen)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.outcome == "done", timeout=30_000)
    assert sorted(p.name for p in chosen.iterdir()) == ["china.docx", "rusland.docx"]
    assert not dialog.open_file.isVisible() and dialog.open_folder.isVisible()


def test_cancel_leaves_no_file(qtbot, composer, tmp_path: Path, monkeypatch) -> None:
    original = briefing_export.write_document

    def slow(document, path, fmt, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        def crawl(done: int, total: int) -> None:
            time.sleep(0.05)
            if progress is not None:
                progress(done, total)

        return original(document, path, fmt, crawl, cancelled)

    monkeypatch.setattr(briefing_export, "write_document", slow)
    start_briefing(qtbot, composer)
    dialog = open_dialog(qtbot, composer)
    target = tmp_path / "geannuleerd.docx"
    dialog.target.setText(str(target))
    dialog.export()
    assert dialog.is_running() and dialog.cancel_button.isEnabled()
    assert not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert dialog.outcome == "cancelled"
    assert "geannuleerd" in dialog.message.text()
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".docx"]
    assert dialog.export_button.isEnabled()


def test_an_empty_theme_cannot_be_exported(qtbot, composer, tmp_path: Path, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    state, actions = composer.state, composer.actions
    actions.create_theme("Antarctica", ["Antarctica"], "#336699", "")
    start_briefing(qtbot, composer, "Antarctica")
    text = preview_text(qtbot, composer).lower()
    assert "er valt niets te exporteren" in text and "antarctica" in text
    assert composer.open_export_dialog() is None
    assert "niets te exporteren" in warnings[0]
    # the dialog refuses too, in plain words, and stays open to try again
    dialog = ExportDialog(state, actions, composer.spec.check(), composer)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "leeg.pdf"
    dialog.target.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert dialog.outcome == "failed"
    assert dialog.message.text().startswith("Er valt niets te exporteren")
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not target.exists()
    assert find_theme(state.store, "Antarctica").passages == 0


def test_a_briefing_without_title_is_not_exported(qtbot, composer, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    pick(qtbot, composer, "China")
    assert "titel" in preview_text(qtbot, composer)
    assert composer.open_export_dialog() is None
    assert warnings == ["Een briefing heeft een titel nodig"]


def _saved_briefing(qtbot, composer: Composer, title: str, theme: str) -> int:
    composer.load(None)
    pick(qtbot, composer, theme)
    type_into(qtbot, composer.setup.title, title)
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    assert composer.spec.id is not None
    return composer.spec.id


def _untick(qtbot, composer: Composer, index: int) -> int:
    settle(qtbot, composer)
    item = composer.items.items("passage")[index]
    item.setCheckState(0, Qt.CheckState.Unchecked)
    return item.data(0, Qt.ItemDataRole.UserRole + 1)[1]


def test_undo_across_two_briefings_never_refuses_the_next_edit(qtbot, composer) -> None:
    """Undo that opens the other briefing shows it at the version it just stored."""
    state = composer.state
    alpha = _saved_briefing(qtbot, composer, "Alpha", "China")
    bravo = _saved_briefing(qtbot, composer, "Bravo", "Rusland")
    composer.load(alpha)
    first = _untick(qtbot, composer, 0)
    composer.load(bravo)
    _untick(qtbot, composer, 0)
    state.undo_stack.undo()  # Bravo's passage back
    state.undo_stack.undo()  # Alpha's passage back: the composer shows Alpha again
    assert composer.spec.id == alpha
    assert first not in get_briefing(state.store, alpha).excluded_passages
    second = _untick(qtbot, composer, 1)
    assert composer.change_bar.isHidden(), composer.change_bar.label.text()
    assert get_briefing(state.store, alpha).excluded_passages == frozenset({second})
    composer._changed_elsewhere()  # what the 2-second poll of the library does
    assert composer.change_bar.isHidden()
    assert second in composer.spec.excluded_passages
