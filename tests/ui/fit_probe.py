"""Run as a process: open the window on a screen of a given size and scale
(Qt's offscreen platform with a screen configuration), report how it fits, and
save a picture of it. Used by test_window_fits.py and docs/make_screenshots.py."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def screen_config(width: int, height: int, folder: Path) -> Path:
    config = folder / f"screen-{width}x{height}.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return config


def probe_environment(width: int, height: int, scale: float, folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config(width, height, folder)}"
    env["QT_SCALE_FACTOR"] = str(scale)
    env["BRIEFER_DATA_DIR"] = str(folder / "data")
    return env


def main(picture: str) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    from briefer.app import open_library
    from briefer.ui.main_window import MainWindow
    from briefer.ui.state import AppState

    folder = Path(os.environ.get("BRIEFER_DATA_DIR") or tempfile.mkdtemp())
    window = MainWindow(AppState(open_library(folder / "briefer.sqlite")))
    window.show()
    for _ in range(5):
        app.processEvents()

    def rect(widget: QWidget) -> list[int]:
        top_left = widget.mapTo(window, widget.rect().topLeft())
        r = QRect(top_left, widget.size())
        return [r.x(), r.y(), r.width(), r.height()]

    frame = window.frameGeometry()
    panes = {
        name: getattr(window, name)
        for name in ("navigator", "reader", "inspector", "workspace", "library")
    }
    report = {
        "available": list(window.screen().availableGeometry().getRect()),
        "frame": list(frame.getRect()),
        "window": [0, 0, window.width(), window.height()],
        "panes": {name: rect(widget) for name, widget in panes.items()},
        "minimums": {name: [w.minimumWidth(), w.minimumHeight()] for name, w in panes.items()},
        "statusbar": rect(window.statusBar()),
        "menubar": rect(window.menuBar()),
    }
    window.grab().save(picture)
    print(json.dumps(report))
    window.close()
    window.state.store.close()


if __name__ == "__main__":
    main(sys.argv[1])
