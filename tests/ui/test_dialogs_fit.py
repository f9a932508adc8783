"""Every dialog within the screen with its buttons, nothing cut: the window and each
dialog opened on a 1366x768 laptop at 100% and 150% and on 1920x1080, in Dutch and
in English (each in its own process: the screen and the scale are fixed at start)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.fit_probe import probe_environment

PROBE = Path(__file__).with_name("dialog_probe.py")
ROOT = Path(__file__).resolve().parents[2]
# Words of Qt's and Briefer's standard labels in the language the screen must NOT speak.
OTHER_LANGUAGE = {
    "nl": {
        "Cancel",
        "Close",
        "Save",
        "Look",
        "Files",
        "File",
        "Name",
        "Size",
        "Modified",
        "Apply",
        "Delete",
        "Open",
        "Print",
        "Help",
        "Yes",
        "No",
        "Page",
    },
    "en": {
        "Annuleren",
        "Sluiten",
        "Opslaan",
        "Zoeken",
        "Bestandsnaam",
        "Bestanden",
        "Naam",
        "Grootte",
        "Gewijzigd",
        "Toepassen",
        "Verwijderen",
        "Openen",
        "Afdrukken",
        "Ja",
        "Nee",
        "Pagina",
        "Brieven",
        "Thema",
        "Briefing",
    }
    - {"Briefing"},
}
DIALOGS = {
    "main-window",
    "window-theme",
    "window-theme-points",
    "window-passage-themes",
    "window-search",
    "window-composer",
    "window-composer-passages",
    "window-composer-preview",
    "window-commitments",
    "window-changes",
    "import-check-text",
    "import",
    "import-check-pdf",
    "preferences",
    "theme-editor",
    "theme-new",
    "note-history",
    "export",
    "commitment",
    "file-dialog",
    "message",
    "print-preview",
}


def probe(width: int, height: int, scale: float, language: str, folder: Path) -> dict:
    env = probe_environment(width, height, scale, folder)
    data = Path(env["BRIEFER_DATA_DIR"])  # the preferences live there too
    data.mkdir(parents=True)
    (data / "settings.json").write_text(json.dumps({"language": language}))
    result = subprocess.run(
        [sys.executable, str(PROBE)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "scale", "language"),
    [
        (1366, 768, 1.0, "nl"),
        (1366, 768, 1.5, "nl"),
        (1366, 768, 1.5, "en"),
        (1920, 1080, 1.0, "en"),
    ],
)
def test_every_dialog_fits_the_screen_with_its_buttons(
    width: int, height: int, scale: float, language: str, tmp_path: Path
) -> None:
    reports = probe(width, height, scale, language, tmp_path)
    assert set(reports) == DIALOGS
    for name, report in reports.items():
        assert "error" not in report, (name, report)
        x, y, w, h = report["frame"]
        ax, ay, aw, ah = report["available"]
        assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, (name, report)
        assert report["minimum"][0] <= aw and report["minimum"][1] <= ah, (name, report)
        assert report["outside"] == [], (name, report["outside"])
        assert report["cut"] == [], (name, report["cut"])
        assert report["title"], name
        # One language per screen: not one word of the other language's standard labels.
        words = {w for text in report["texts"] for w in re.findall(r"[A-Za-zë]+", text)}
        assert not words & OTHER_LANGUAGE[language], (name, words & OTHER_LANGUAGE[language])
