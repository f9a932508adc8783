"""The import check in the window: offered after an import, the original page beside
what was read, and fixes that survive re-tagging and re-import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from briefer.core.importing.bulk import import_many
from briefer.core.importing.single import ImportResult, import_file
from briefer.core.library import letter_outline
from briefer.core.tags import retag_library
from briefer.ui.dialogs.check_items import FURNITURE_ROW, KIND_ROLE, OMITTED
from briefer.ui.dialogs.import_check import ImportCheckDialog
from briefer.ui.main_window import MainWindow
from tests.ingest.published_letters import (
    Item,
    body_items,
    make_ministry_docx,
    make_rijksoverheid_pdf,
)

CYBER = "Cyberdiplomatie als prioriteit"


def _rows(dialog: ImportCheckDialog) -> list[tuple[str, str]]:
    items = dialog.items
    return [
        (str(items.item(i).data(KIND_ROLE)), items.item(i).text()) for i in range(items.count())
    ]


def _titles(window: MainWindow, letter_id: int) -> list[tuple[int, str]]:
    outline = letter_outline(window.state.store, letter_id).to_json()
    found: list[tuple[int, str]] = []
    stack = list(reversed(outline["sections"]))
    while stack:
        section = stack.pop()
        found.append((section["level"], section["title"]))
        stack.extend(reversed(section["sections"]))
    return found


def _wait_idle(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=20_000)


def test_check_after_import_fixes_survive_retag_and_reimport(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    pdf = make_rijksoverheid_pdf(tmp_path / "kamerbrief.pdf")
    importing = window.import_paths([pdf])
    qtbot.waitUntil(lambda: importing.finished_all, timeout=20_000)
    offer = importing.findChild(QPushButton, "checkReading")
    assert offer is not None and offer.isVisible()
    opened: list[int] = []
    importing.check_requested.connect(opened.append)
    offer.click()
    letter_id = opened[0]
    dialogs = window.findChildren(ImportCheckDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)

    # Page 1: the rendered page on the left; on the right the passages read and,
    # greyed out, the letterhead, the column and the greetings that were left out.
    assert not dialog.original_image.pixmap().isNull()
    assert dialog._page_pixmap.width() > 700  # rendered sharper than 72 dpi
    qtbot.waitUntil(lambda: dialog.lines_loaded, timeout=10_000)  # analysed off the GUI thread
    rows = _rows(dialog)
    omitted = [text.split("]  ", 1)[1] for kind, text in rows if kind == OMITTED]
    for expected in ("Ministerie van Buitenlandse Zaken", "Onze referentie", "Pagina 1 van 4"):
        assert expected in omitted
    assert "Geachte voorzitter," in omitted
    assert ("heading", "Hoofdstuk: Veiligheid: vrede, veiligheid en defensie") in rows
    assert dialog.meta_fields["reference"].text() == "BZ2214567"
    dialog.original_image.grab().save(str(tmp_path / "page.png"))

    # Page 2 starts with the section heading: make it a passage.
    dialog.next_button.click()
    assert dialog.page == 2
    assert dialog.select_text(CYBER)
    assert dialog.passage_button.isEnabled()
    dialog.passage_button.click()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: (2, CYBER) not in _titles(window, letter_id), timeout=10_000)
    # ... and split a passage after its first sentence, and fix the metadata.
    assert dialog.select_text("De oorlog in Oekraïne onderstreept")
    dialog.split_after(1)
    _wait_idle(window, qtbot)
    dialog.meta_fields["title"].setText("Kabinetsinzet veiligheid en welvaart")
    dialog.meta_fields["ministry"].setText("Ministerie van Buitenlandse Zaken (BZ)")
    dialog.save_meta_button.click()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: dialog.check is not None and dialog.check.fixes == 4, timeout=10_000)
    fixed = letter_outline(window.state.store, letter_id)
    fixed_json = fixed.to_json()
    assert fixed.letter.title == "Kabinetsinzet veiligheid en welvaart"
    assert fixed.letter.ministry == "Ministerie van Buitenlandse Zaken (BZ)"
    passages = [p["text"] for p in fixed_json["sections"][0]["sections"][0]["passages"]]
    assert CYBER in passages
    assert (
        "De oorlog in Oekraïne onderstreept nogmaals dat een assertief "
        "internationaal cybersecuritybeleid noodzakelijk is." in passages
    )
    assert dialog.windowTitle().endswith("Kabinetsinzet veiligheid en welvaart")

    # Re-tagging the library and reading the same file again keep every fix.
    retag_library(window.state.store)
    assert letter_outline(window.state.store, letter_id).to_json() == fixed_json
    dialog.reread_button.click()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: "Opnieuw ingelezen" in dialog.status.text(), timeout=10_000)
    assert letter_outline(window.state.store, letter_id).to_json() == fixed_json
    again = import_file(window.state.store, pdf, reread=True)
    assert again.letter_id == letter_id
    assert letter_outline(window.state.store, letter_id).to_json() == fixed_json

    # The user can take every fix back: the letter reads as Briefer reads it.
    dialog.reload()
    assert dialog.undo_fixes_button.isEnabled()
    dialog.undo_fixes()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: "Correcties gewist" in dialog.status.text(), timeout=10_000)
    assert (2, CYBER) in _titles(window, letter_id)
    assert not dialog.undo_fixes_button.isEnabled()
    dialog.close()


def test_a_word_letter_shows_its_text_and_the_menu_opens_the_check(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    docx = make_ministry_docx(tmp_path / "kamerbrief.docx")
    letter_id = import_file(window.state.store, docx).letter_id
    window.state.letters_changed.emit()
    window.open_letter(letter_id)
    window.commands.check_action.trigger()
    dialog = window.findChildren(ImportCheckDialog)[-1]
    assert dialog.letter_id == letter_id
    assert dialog.original_text.isVisibleTo(dialog)
    assert not dialog.original_scroll.isVisibleTo(dialog)
    assert "Datum | 14 oktober 2022" in dialog.original_text.toPlainText()
    # The date as the window writes dates; typed back the same way it is stored.
    assert dialog.meta_fields["date"].text() == "14 oktober 2022"
    assert dialog.select_text("1. Veiligheid")
    assert dialog.chapter_button.isEnabled() and dialog.passage_button.isEnabled()
    assert not dialog.merge_button.isEnabled()  # a heading is selected, not a passage
    dialog.meta_fields["date"].setText("in het najaar")
    dialog.save_meta_button.click()
    _wait_idle(window, qtbot)
    message = "'in het najaar' is geen datum (bijvoorbeeld 14 oktober 2022)"
    qtbot.waitUntil(lambda: dialog.status.text() == message, timeout=10_000)
    assert letter_outline(window.state.store, letter_id).letter.date.isoformat() == "2022-10-14"
    dialog.meta_fields["date"].setText("15 oktober 2022")
    dialog.save_meta_button.click()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: dialog.status.text() == "Gegevens opgeslagen.", timeout=10_000)
    assert letter_outline(window.state.store, letter_id).letter.date.isoformat() == "2022-10-15"
    assert dialog.meta_fields["date"].text() == "15 oktober 2022"
    dialog.close()


def test_the_bundled_letter_shows_its_text_and_reads_again_unchanged(
    window: MainWindow, qtbot
) -> None:
    letter_id = window.reader.model_.letter_id
    assert letter_id is not None
    before = letter_outline(window.state.store, letter_id).to_json()
    dialog = window.check_reading(None)
    assert isinstance(dialog, ImportCheckDialog)
    assert dialog.original_text.toPlainText().lstrip().startswith("Aan de Voorzitter")
    assert dialog.check is not None and len(dialog.check.items) == 84 + 26
    assert dialog.meta_fields["kamerstuk"].text() == "35 925 V, nr. 84"
    assert dialog.reread_button.isEnabled()
    dialog.reread_button.click()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: "Opnieuw ingelezen" in dialog.status.text(), timeout=20_000)
    assert letter_outline(window.state.store, letter_id).to_json() == before
    dialog.close()


STAND = "Stand van zaken"
FIRST = "De eerste ronde van de gesprekken is in september afgerond."
SECOND = "De tweede ronde begint na de zomer en duurt tot het einde van het jaar."


def _page_with_furniture(dialog: ImportCheckDialog, text: str) -> int:
    """The first page on which ``text`` is greyed as a page-margin line."""
    assert dialog.check is not None
    for page in range(1, dialog.check.pages + 1):
        dialog.show_page(page)
        if (FURNITURE_ROW, f"[paginarand]  {text}") in _rows(dialog):
            return page
    raise AssertionError(f"{text!r} is on no page as a page-margin line")


def test_a_greyed_line_becomes_text_of_the_letter_and_stays_so(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    """Two pages that open with the same heading at the same place: page analysis takes
    it for a running header. The user says it is the letter's text, on one page."""
    items = [
        *body_items(),
        Item("break"),
        Item("h2", STAND),
        Item("p", FIRST),
        Item("break"),
        Item("h2", STAND),
        Item("p", SECOND),
    ]
    pdf = make_rijksoverheid_pdf(tmp_path / "stand.pdf", items)
    store = window.state.store
    letter_id = import_file(store, pdf).letter_id
    assert (2, STAND) not in _titles(window, letter_id)  # read as a running header
    window.state.letters_changed.emit()
    window.open_letter(letter_id)
    window.commands.check_action.trigger()
    dialog = window.findChildren(ImportCheckDialog)[-1]
    qtbot.waitUntil(lambda: dialog.lines_loaded, timeout=10_000)
    page = _page_with_furniture(dialog, STAND)
    assert not dialog.select_text("Onze referentie")  # the side column is never text
    assert dialog.select_text(STAND)
    assert dialog.text_button.isEnabled()
    assert not dialog.chapter_button.isEnabled() and not dialog.merge_button.isEnabled()
    dialog.items.grab().save(str(tmp_path / "before.png"))
    dialog.text_button.click()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: "hoort nu bij de tekst" in dialog.status.text(), timeout=10_000)

    # The heading is read at its place on that page, and no longer greyed there; the
    # same line on the next page is still a running header (the user said one line).
    outline = letter_outline(store, letter_id).to_json()
    section = next(s for c in outline["sections"] for s in c["sections"] if s["title"] == STAND)
    assert section["page"] == page and section["level"] == 2
    assert [p["text"] for p in section["passages"]] == [FIRST, SECOND]
    dialog.show_page(page)
    rows = _rows(dialog)
    assert ("heading", f"Sectie: {STAND}") in rows
    assert (FURNITURE_ROW, f"[paginarand]  {STAND}") not in rows
    dialog.show_page(page + 1)
    assert (FURNITURE_ROW, f"[paginarand]  {STAND}") in _rows(dialog)
    assert dialog.check is not None and dialog.check.fixes == 1

    # Re-tagging, reading the file again, and importing a new copy of the file keep it.
    fixed = letter_outline(store, letter_id).to_json()
    retag_library(store)
    assert letter_outline(store, letter_id).to_json() == fixed
    dialog.reread_button.click()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: "Opnieuw ingelezen" in dialog.status.text(), timeout=10_000)
    assert letter_outline(store, letter_id).to_json() == fixed
    copy = tmp_path / "stand-kopie.pdf"
    copy.write_bytes(pdf.read_bytes() + b"\n")  # another file (hash) of the same letter
    again = import_file(store, copy)
    assert again.letter_id == letter_id
    assert letter_outline(store, letter_id).to_json() == fixed
    third = tmp_path / "stand-derde.pdf"  # and in a bulk import (worker processes)
    third.write_bytes(pdf.read_bytes() + b"\n\n")
    (bulk,) = import_many(store, [third])
    assert isinstance(bulk, ImportResult), bulk
    assert bulk.letter_id == letter_id
    assert letter_outline(store, letter_id).to_json() == fixed

    # Taking every fix back reads it as a running header again.
    dialog.reload()
    dialog.undo_fixes()
    _wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: "Correcties gewist" in dialog.status.text(), timeout=10_000)
    assert (2, STAND) not in _titles(window, letter_id)
    dialog.close()
