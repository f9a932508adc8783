"""Render the README pictures from the running application and its exports.

    .venv/bin/python docs/make_screenshots.py

Needs pdftoppm (poppler-utils) and LibreOffice for the pictures of exported pages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent / "screenshots"
NOTE = """# Bezoek Beijing, december

- Mensenrechten in **Xinjiang** aankaarten, in lijn met de EU
- Kennisveiligheid bij R&D-samenwerking: halfgeleiders
- Vragen naar de Chinese positie op de oorlog in Oekraïne"""
POINTS = [
    "China is partner, concurrent en systeemrivaal; Nederland zoekt samenwerking waar mogelijk.",
    "Waar belangen en waarden uiteenlopen werkt Nederland binnen de internationale rechtsorde.",
    "Afhankelijkheden worden kritisch bezien: open waar mogelijk, beschermend waar nodig.",
]


def wait(app: object, task_done: object, timeout: float = 20.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not task_done() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def page_picture(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )


def team_pictures(app: object) -> None:
    """Team library: two colleagues saved one note at once; the merge dialog."""
    from datetime import UTC, datetime

    from briefer.core.notes import NoteConflict
    from briefer.ui.dialogs.note_merge import NoteMergeDialog

    base = "Bezoek Beijing, december.\n\nMensenrechten: Xinjiang en Hongkong."
    theirs = base + "\n\nHandel: exportcontroles op chips ter sprake brengen."
    mine = base + "\n\nKlimaat: samenwerking bij COP29 verkennen."
    conflict = NoteConflict(theirs, "A. de Vries", datetime(2026, 11, 29, 11, 4, tzinfo=UTC), base)
    dialog = NoteMergeDialog(mine, conflict)
    dialog.resize(900, 520)
    dialog.show()
    wait(app, lambda: False, 0.3)
    dialog.grab().save(str(OUT / "team-merge.png"))
    dialog.close()


def main() -> int:
    from briefer.app import open_library
    from briefer.core.library import find_letter, letter_outline
    from briefer.core.notes import save_note
    from briefer.core.points import add_point
    from briefer.core.themes import find_theme
    from briefer.ui.application import create_application
    from briefer.ui.main_window import WORK_BRIEFING, MainWindow
    from briefer.ui.state import AppState

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["BRIEFER_DATA_DIR"] = folder
        store = open_library(Path(folder) / "briefer.sqlite")
        china = find_theme(store, "China").id
        outline = letter_outline(store, find_letter(store, "35 925 V, nr. 84"))
        krap = next(
            p.id
            for c in outline.sections
            for s in c.sections
            for p in s.passages
            if p.text.startswith("China is in krap")
        )
        save_note(store, NOTE, theme_id=china)
        for number, text in enumerate(POINTS):
            add_point(store, china, text, [krap] if number == 0 else [])
        window = MainWindow(AppState(store))
        window.resize(1440, 900)
        window.show()
        window._open_theme(china)
        window.navigator.setCurrentIndex(0)
        window.open_passage(outline.letter.id, krap)
        wait(app, lambda: False, 0.5)
        window.grab().save(str(OUT / "main-window.png"))

        workspace = window.theme_workspace
        workspace.tabs.setCurrentIndex(1)
        wait(app, lambda: False, 0.3)
        workspace.grab().save(str(OUT / "theme-workspace.png"))

        window.workspace.setCurrentIndex(WORK_BRIEFING)
        composer = window.composer
        setup = composer.setup
        setup.all_themes.setCurrentIndex(setup.all_themes.findText("China"))
        setup.add_current_theme()
        setup.title.setText("Bezoek minister aan Beijing")
        setup.occasion.setText("Werkbezoek, 12-14 december")
        setup.marking.setEditText("Departementaal vertrouwelijk")
        setup.commit_texts()
        composer.tabs.setCurrentWidget(composer.preview)
        wait(app, composer.preview.is_current)
        wait(app, lambda: False, 0.5)
        window.grab().save(str(OUT / "composer.png"))
        team_pictures(app)

        exports = Path(folder) / "exports"
        exports.mkdir()
        spec = setup.spec
        from briefer.export.briefing_export import export_briefing

        export_briefing(store, spec, exports / "china.pdf", "pdf")
        export_briefing(store, spec, exports / "china.docx", "docx")
        if shutil.which("pdftoppm"):
            page_picture(exports / "china.pdf", 3, OUT / "export-pdf.png")
            soffice = shutil.which("soffice")
            if soffice:
                subprocess.run(
                    [
                        soffice,
                        "--headless",
                        f"-env:UserInstallation=file://{folder}/lo",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(exports / "lo"),
                        str(exports / "china.docx"),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=240,
                )
                page_picture(exports / "lo" / "china.pdf", 3, OUT / "export-docx.png")
        window.close()
        store.close()
    print(f"pictures written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
