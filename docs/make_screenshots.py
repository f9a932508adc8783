"""Render the README screenshots from the running application (offscreen).

.venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from briefer.app import open_library
from briefer.ui.application import create_application
from briefer.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        store = open_library(Path(folder) / "briefer.sqlite")
        window = MainWindow(store)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        chapter = window.tree.topLevelItem(3)
        window.tree.setCurrentItem(chapter.child(3))
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / "main-window.png"))
        window.close()
        store.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
