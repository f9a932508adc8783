"""Render the README pictures from the running application and its exports.

    .venv/bin/python docs/make_screenshots.py [--import-check] [--laptop]

``--import-check`` makes only the picture of the import check; ``--laptop`` only the
pictures of every screen and dialog on a 1366x768 laptop, in docs/screenshots/1366x768/
(at 100%) and docs/screenshots/1366x768-150/ (at 150%), made by tests/ui/dialog_probe.py,
which also checks that each fits the screen with nothing cut.

Needs pdftoppm (poppler-utils) and LibreOffice for the pictures of exported pages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.ui.fit_probe import probe_environment, screen_config  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
# The window fits the screen it opens on: give the offscreen screen a monitor's size.
_SCREENS = Path(tempfile.mkdtemp(prefix="briefer-screens-"))
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={screen_config(1920, 1080, _SCREENS)}"
)
# The laptop pictures: 1366x768 as it is, and at 150% scale (QT_SCALE_FACTOR=1.5).
LAPTOP_SHOTS = [
    (1366, 768, 1.0, "window-1366x768.png"),
    (1366, 768, 1.5, "window-1366x768-150.png"),
]
# The theme note, written the way a gespreksnotitie is: its headings name the parts.
NOTE = """## Doel van het gesprek

De relatie met China verdiepen waar het kan en de Nederlandse zorgen over
mensenrechten en kennisveiligheid helder overbrengen.

## Kernboodschappen

- Nederland zoekt samenwerking, met open ogen: partner, concurrent en systeemrivaal
- Mensenrechten in **Xinjiang** aankaarten, in lijn met de EU
- Kennisveiligheid bij R&D-samenwerking: halfgeleiders

## Programma

- 12 december: aankomst Beijing, gesprek met de minister van Buitenlandse Zaken
- 13 december: bezoek aan Nederlandse bedrijven in Shanghai"""
REACTIVE = "Op vragen over Taiwan: Nederland voert een één-China-beleid; verwijs naar de EU-lijn."
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


def every_screen_pictures() -> None:
    """Every screen of the window and every dialog on a 1366x768 laptop, at 100% and
    150%, each in a process of its own (the screen and scale are fixed at start)."""
    probe = ROOT / "tests" / "ui" / "dialog_probe.py"
    for scale, name in ((1.0, "1366x768"), (1.5, "1366x768-150")):
        target = OUT / name
        shutil.rmtree(target, ignore_errors=True)
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(
                [sys.executable, str(probe), "--pictures", str(target)],
                env=probe_environment(1366, 768, scale, Path(folder)),
                cwd=ROOT,
                check=True,
                capture_output=True,
                timeout=600,
            )


def laptop_pictures() -> None:
    """The window on a 1366x768 laptop screen, at 100% and at 150%, each in its own process."""
    probe = ROOT / "tests" / "ui" / "fit_probe.py"
    for width, height, scale, name in LAPTOP_SHOTS:
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(
                [sys.executable, str(probe), str(OUT / name)],
                env=probe_environment(width, height, scale, Path(folder)),
                cwd=ROOT,
                check=True,
                capture_output=True,
                timeout=300,
            )


def import_check_picture(app: object, window: object, folder: str) -> None:
    """The import check on a Rijksoverheid Kamerbrief (laid out as in tests/ingest)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from briefer.core.importing.single import import_file
    from tests.ingest.published_letters import make_rijksoverheid_pdf

    pdf = make_rijksoverheid_pdf(Path(folder) / "kamerbrief-europa.pdf")
    result = import_file(window.state.store, pdf)  # type: ignore[attr-defined]
    window.state.letters_changed.emit()  # type: ignore[attr-defined]
    dialog = window.check_reading(result.letter_id)  # type: ignore[attr-defined]
    dialog.resize(1280, 860)
    wait(app, lambda: dialog.lines_loaded)
    dialog.show_page(1)
    dialog.select_text("Veiligheid: vrede")
    wait(app, lambda: False, 0.3)
    dialog.grab().save(str(OUT / "import-check.png"))


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
    from briefer.ui.main_window import MainWindow
    from briefer.ui.startup import create_application
    from briefer.ui.state import AppState
    from briefer.ui.window_tabs import WORK_BRIEFING

    OUT.mkdir(parents=True, exist_ok=True)
    if "--laptop" in sys.argv:
        every_screen_pictures()
        laptop_pictures()
        return 0
    app = create_application()
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
        add_point(store, china, REACTIVE, kind="reactief")
        window = MainWindow(AppState(store))
        window.resize(1440, 900)
        window.show()
        window._open_theme(china)
        window.navigator.setCurrentIndex(0)
        window.open_passage(outline.letter.id, krap)
        wait(app, lambda: False, 0.5)
        if "--import-check" in sys.argv:  # only this picture
            import_check_picture(app, window, folder)
            window.close()
            store.close()
            return 0
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
            # Page 2: the briefing itself (page 1 is the cover with the contents).
            page_picture(exports / "china.pdf", 2, OUT / "export-pdf.png")
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
                page_picture(exports / "lo" / "china.pdf", 2, OUT / "export-docx.png")
        import_check_picture(app, window, folder)  # last: it adds a letter to the library
        window.close()
        store.close()
        intelligence_pictures(app, Path(folder))
        team_briefing_picture(app, Path(folder))
    laptop_pictures()
    every_screen_pictures()
    print(f"pictures written to {OUT}")
    return 0


def intelligence_pictures(app: object, folder: Path) -> None:
    """The Toezeggingen and Wijzigingen views (issue 10) on the bundled letter and a later one."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from briefer.app import open_library
    from briefer.core.commitment_register import list_commitments, set_done
    from briefer.core.importing.single import import_file
    from briefer.ui.main_window import MainWindow
    from briefer.ui.state import AppState
    from tests.intelligence.letter_pairs import later_letter

    store = open_library(folder / "intelligence.sqlite")
    nota = next(r for r in list_commitments(store) if r.subject == "mensenrechtennota")
    set_done(store, nota.id)
    window = MainWindow(AppState(store))
    window.resize(1440, 900)
    window.show()
    window.splitter.setSizes([260, 520, 660])
    window.show_page(window.commitments)
    window.commitments.select(nota.id + 2)
    wait(app, lambda: False, 0.5)
    window.grab().save(str(OUT / "commitments.png"))
    import_file(store, later_letter(folder))
    window.state.letters_changed.emit()
    window.show_page(window.changes)
    window.changes.list.setCurrentRow(1)
    wait(app, lambda: False, 0.5)
    window.workspace.grab().save(str(OUT / "changes.png"))
    window.close()
    window.workers.wait()
    store.close()
    composer_compare_picture(app, folder)


def composer_compare_picture(app: object, folder: Path) -> None:
    """The composer's "Vergelijken met" beneath the parts: a letter with an older version
    and a later letter of the same kind."""
    from PySide6.QtCore import Qt

    from briefer.app import open_library
    from briefer.core.importing.single import import_file
    from briefer.ui.actions import Actions
    from briefer.ui.panels.composer import Composer
    from briefer.ui.state import AppState
    from briefer.ui.workers import Workers
    from tests.conftest import BUNDLED_LETTER
    from tests.intelligence.letter_pairs import later_letter

    store = open_library(folder / "compare.sqlite")
    revised = folder / "herzien.txt"  # a newer version of the bundled letter
    text = BUNDLED_LETTER.read_text(encoding="utf-8")
    revised.write_text(
        text.replace("zoeken wij de samenwerking.", "zoeken wij graag de samenwerking.")
    )
    import_file(store, revised)
    import_file(store, later_letter(folder, name="later-compare.txt"))
    state = AppState(store)
    workers = Workers()
    composer = Composer(state, Actions(state, workers))
    composer.resize(650, 900)
    composer.show()
    setup = composer.setup
    setup.all_themes.setCurrentIndex(setup.all_themes.findText("China"))
    setup.add_current_theme()
    setup.title.setText("Bezoek minister aan Beijing")
    setup.commit_texts()
    for row in range(setup.parts.count()):
        if setup.parts.item(row).data(Qt.ItemDataRole.UserRole) == "wijzigingen":
            setup.parts.item(row).setCheckState(Qt.CheckState.Checked)
            setup.parts.setCurrentRow(row)
    wait(app, composer.preview.is_current)
    setup.verticalScrollBar().setValue(setup.verticalScrollBar().maximum())
    wait(app, lambda: False, 0.3)
    composer.grab().save(str(OUT / "composer-compare.png"))
    composer.close()
    workers.wait()
    store.close()


def team_briefing_picture(app: object, folder: Path) -> None:
    """Team library: a colleague saved the briefing first; the composer says so, fresh."""
    from dataclasses import replace

    from briefer.app import open_library
    from briefer.core.briefings import BriefingSpec, get_briefing, save_briefing
    from briefer.core.themes import find_theme
    from briefer.ui.main_window import MainWindow
    from briefer.ui.state import AppState
    from briefer.ui.window_tabs import WORK_BRIEFING

    db = folder / "team.sqlite"
    open_library(db).close()
    mine, theirs = open_library(db, lock=False), open_library(db, lock=False)
    mine.author, theirs.author = "B. Jansen", "A. de Vries"
    china = find_theme(theirs, "China").id
    spec = BriefingSpec(title="Bezoek minister aan Beijing", theme_ids=(china,))
    briefing = save_briefing(theirs, spec)
    window = MainWindow(AppState(mine))
    window.resize(1440, 900)
    window.show()
    window.splitter.setSizes([240, 460, 740])
    window.live_refresh.timer.stop()
    window.live_refresh.poll()
    window.workspace.setCurrentIndex(WORK_BRIEFING)
    window.composer.load(briefing)
    fresh = get_briefing(theirs, briefing)  # saved while the composer showed the old copy
    save_briefing(theirs, replace(fresh, occasion="Handelsmissie"), base_version=fresh.version)
    window.composer.setup.title.setText("Werkbezoek Beijing")
    window.composer.setup.commit_texts()
    wait(app, lambda: False, 0.5)
    window.workspace.grab().save(str(OUT / "team-briefing-refused.png"))
    window.close()
    window.workers.wait()
    mine.close()
    theirs.close()


if __name__ == "__main__":
    sys.exit(main())
