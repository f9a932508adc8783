"""Run as a process: open the window and every dialog on a screen of a given size and
scale (Qt's offscreen platform with a screen configuration) and report, per dialog,
its frame, the screen's free area, the buttons outside the dialog or the screen,
and any label, tab or header whose text is cut. Used by test_dialogs_fit.py and by
docs/make_screenshots.py (``--pictures FOLDER`` saves a picture of each).

    QT_QPA_PLATFORM=offscreen:configfile=... python tests/ui/dialog_probe.py [--pictures DIR]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QComboBox,
        QDialog,
        QGroupBox,
        QHeaderView,
        QLabel,
        QMessageBox,
        QScrollArea,
        QTabBar,
        QWidget,
    )

    pictures = Path(argv[argv.index("--pictures") + 1]) if "--pictures" in argv else None
    app = QApplication([])
    from briefer.app import open_library
    from briefer.core.notes import get_note, save_note
    from briefer.core.themes import find_theme
    from briefer.settings import load_settings
    from briefer.ui.i18n import install_translator
    from briefer.ui.main_window import MainWindow
    from briefer.ui.state import AppState
    from tests.ingest.published_letters import make_rijksoverheid_pdf

    install_translator(app, load_settings().language)
    folder = Path(os.environ.get("BRIEFER_DATA_DIR") or tempfile.mkdtemp())
    store = open_library(folder / "briefer.sqlite")
    china = find_theme(store, "China").id
    save_note(store, "Eerste versie.", theme_id=china)
    save_note(store, "Tweede versie, met meer tekst.", theme_id=china)
    window = MainWindow(AppState(store))
    window.show()

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    settle()
    available = window.screen().availableGeometry()

    def cut(widget: QWidget) -> list[str]:
        """Texts that do not fit the widget they are shown in."""
        found = []
        for label in widget.findChildren(QLabel):
            if (
                label.isVisible()
                and not label.wordWrap()
                and label.text()
                and label.pixmap().isNull()
            ) and label.sizeHint().width() > label.width() + 1:
                found.append(f"label {label.text()[:40]!r}")
        for bar in widget.findChildren(QTabBar):
            if bar.isVisible():
                for index in range(bar.count()):
                    if bar.tabRect(index).width() < bar.tabSizeHint(index).width() - 1:
                        found.append(f"tab {bar.tabText(index)!r}")
        for header in widget.findChildren(QHeaderView):
            if header.isVisible() and header.orientation().name == "Horizontal":
                for section in range(header.count()):
                    if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                        continue
                    if (
                        header.sectionSize(section)
                        < header.sectionSizeFromContents(section).width() - 2
                    ):
                        text = header.model().headerData(section, header.orientation())
                        found.append(f"column {text!r}")
        for area in widget.findChildren(QScrollArea):  # a page wider than its pane
            if area.isVisible() and area.horizontalScrollBar().isVisible():
                found.append(f"sideways scrolling in {area.objectName() or type(area).__name__}")
        for combo in widget.findChildren(QComboBox):
            if combo.isVisible() and combo.width() < combo.minimumSizeHint().width() - 1:
                found.append(f"filter {combo.currentText()[:30]!r}")
        return found

    def texts(widget: QWidget) -> list[str]:
        """What the dialog says on screen: labels, buttons, tabs, headers, box titles."""
        found = [widget.windowTitle()]
        for label in widget.findChildren(QLabel):
            if label.isVisible():
                found.append(label.text())
        for button in widget.findChildren(QAbstractButton):
            if button.isVisible():
                found.append(button.text())
        for bar in widget.findChildren(QTabBar):
            if bar.isVisible():
                found += [bar.tabText(index) for index in range(bar.count())]
        for header in widget.findChildren(QHeaderView):
            if header.isVisible() and header.model() is not None:
                found += [
                    str(header.model().headerData(s, header.orientation()) or "")
                    for s in range(header.count())
                ]
        for box in widget.findChildren(QGroupBox):
            if box.isVisible():
                found.append(box.title())
        return [text.replace("&", "") for text in found if text]

    def in_scroll_area(widget: QWidget, top: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent, QScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    def report(name: str, dialog: QWidget) -> dict[str, object]:
        settle()
        frame = dialog.frameGeometry()
        inside = QRect(0, 0, dialog.width(), dialog.height())
        outside = []
        for button in dialog.findChildren(QAbstractButton):
            if not button.isVisible() or button.objectName().startswith("qt_"):
                continue
            if in_scroll_area(button, dialog):  # reached by scrolling its area
                continue
            top_left = button.mapTo(dialog, button.rect().topLeft())
            rect = QRect(top_left, button.size())
            on_screen = QRect(dialog.mapToGlobal(top_left), button.size())
            if not inside.contains(rect) or not available.contains(on_screen):
                outside.append(button.text() or button.toolTip() or button.objectName())
        minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if pictures is not None:
            pictures.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(pictures / f"{name}.png"))
        return {
            "frame": list(frame.getRect()),
            "available": list(available.getRect()),
            "minimum": [minimum.width(), minimum.height()],
            "outside": outside,
            "cut": cut(dialog),
            "title": dialog.windowTitle(),
            "texts": texts(dialog),
        }

    reports: dict[str, object] = {}
    opened: list[QWidget] = []

    def probe(name: str, make: Callable[[], QWidget | None]) -> None:
        dialog = make()
        if dialog is None:
            reports[name] = {"error": "not opened"}
            return
        if not dialog.isVisible():
            dialog.show()
        opened.append(dialog)
        reports[name] = report(name, dialog)
        if dialog is not window:
            dialog.close()
        settle()

    probe("main-window", lambda: window)
    letter = window.reader.model_.letter_id
    # Every screen of the window, with something in it, as a user sees it.
    window._open_theme(china)
    window.reader.select_first_passage()
    probe("window-theme", lambda: window)
    window.theme_workspace.tabs.setCurrentIndex(1)
    probe("window-theme-points", lambda: window)
    window.inspector.tabs.setCurrentIndex(1)
    probe("window-passage-themes", lambda: window)
    window.focus_search()
    window.search.field.setText("sancties")
    for _ in range(100):
        settle()
        if window.search.results.count():
            break
        time.sleep(0.05)
    probe("window-search", lambda: window)
    window.navigator.setCurrentIndex(0)
    window.workspace.setCurrentIndex(1)
    setup = window.composer.setup
    for name in ("Rusland", "Oekraïne", "Sancties"):
        setup.all_themes.setCurrentIndex(setup.all_themes.findText(name))
        setup.add_current_theme()
    setup.title.setText("Delegatie Kyiv 21 maart 2022")
    setup.commit_texts()
    for _ in range(200):
        settle()
        if window.composer.preview.is_current() and window.composer.items.ready():
            break
        time.sleep(0.05)
    probe("window-composer", lambda: window)
    window.composer.tabs.setCurrentIndex(1)
    probe("window-composer-passages", lambda: window)
    window.composer.tabs.setCurrentIndex(2)
    probe("window-composer-preview", lambda: window)
    window.workspace.setCurrentIndex(2)
    window.commitments.ensure_loaded()
    if window.commitments.rows:
        window.commitments.select(window.commitments.rows[0].id)
    probe("window-commitments", lambda: window)
    probe("import-check-text", lambda: window.check_reading(letter))
    pdf = make_rijksoverheid_pdf(folder / "raad.pdf")
    import_dialog = window.import_paths([pdf])
    for _ in range(400):  # the import runs on the writer thread
        settle()
        if import_dialog.finished_all:
            break
        time.sleep(0.05)
    probe("import", lambda: import_dialog)
    from briefer.core.library import list_letters

    pdf_letter = next(row.id for row in list_letters(store) if row.source_name.endswith(".pdf"))
    window.workspace.setCurrentIndex(3)
    window.changes.ensure_loaded()
    probe("window-changes", lambda: window)
    probe("import-check-pdf", lambda: window.check_reading(pdf_letter))

    from briefer.ui.dialogs.preferences import PreferencesDialog
    from briefer.ui.dialogs.theme_editor import ThemeEditorDialog

    probe("preferences", lambda: PreferencesDialog(window.state, window))
    probe("theme-editor", lambda: ThemeEditorDialog(window.state, window.actions, china, window))
    probe("theme-new", lambda: ThemeEditorDialog(window.state, window.actions, None, window))

    from briefer.ui.dialogs.note_history import NoteHistoryDialog

    note = get_note(store, theme_id=china)
    probe(
        "note-history",
        lambda: NoteHistoryDialog(window.state, window.actions, note.id or 0, window),
    )

    composer = window.composer
    spec = replace(composer.spec, title="Bezoek aan Beijing", theme_ids=(china,))
    composer._apply_spec(spec)
    settle()
    probe("export", composer.open_export_dialog)

    from briefer.ui.panels.commitments_view import CommitmentDialog

    probe(
        "commitment",
        lambda: CommitmentDialog(
            "de mensenrechtennota",
            "Q3 2022",
            "Hiertoe zal uw Kamer in het derde kwartaal van 2022 een nieuwe mensenrechtennota "
            "toekomen.",
            window,
        ),
    )
    from briefer.ui import file_dialogs

    probe(
        "file-dialog",
        lambda: file_dialogs._dialog(
            window, window.tr("Brieven importeren"), str(folder), "Brieven (*.txt *.pdf)"
        ),
    )

    def about() -> QWidget:
        box = QMessageBox(QMessageBox.Icon.Information, "Over Briefer", "Briefer", parent=window)
        return box

    probe("message", about)
    from briefer.compose.assemble import build_document
    from briefer.ui.printing import preview_dialog

    probe("print-preview", lambda: preview_dialog(build_document(store, spec), window))
    for dialog in opened:
        if isinstance(dialog, QDialog):
            dialog.deleteLater()
    print(json.dumps(reports))
    window.close()
    store.close()
    del QSize


if __name__ == "__main__":
    main(sys.argv[1:])
