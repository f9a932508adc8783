"""Child process of the benchmark: start Briefer's window on a library, say when it shows.

    python bench/window_probe.py DATABASE [SETTLE_SECONDS]
    python bench/window_probe.py --reference

Prints ``ready`` when the top-level window has been painted for the first time
(on xcb that is after the X server mapped and exposed it: what a window manager
and the user see), then ``filled`` when the main window shows the library, then
``rss KIB`` (peak resident memory, VmHWM) after the window has run its event
loop for SETTLE_SECONDS more, so that work it defers is counted. The parent
times each line from the moment it started this process.
``--reference`` does the same with a bare QMainWindow: Python plus Qt alone.
Briefer's side runs ``briefer.ui.startup.run_gui``, what ``briefer`` runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def peak_rss_kib() -> int:
    """VmHWM, the peak resident set size of this process image.

    Not getrusage's ru_maxrss: Linux keeps that across execve, so a child of a
    large process would report its parent's peak.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def reference() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event: object) -> None:  # noqa: N802 - a Qt override
            super().paintEvent(event)  # type: ignore[arg-type]
            if not self.painted:
                self.painted = True
                print("ready", flush=True)
                print("filled", flush=True)
                QTimer.singleShot(0, app.quit)

    app = QApplication([sys.argv[0]])
    window = Window()
    window.resize(1440, 900)
    window.show()
    app.exec()
    print("rss", peak_rss_kib(), flush=True)


def briefer_window(database: str, seconds: float) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefer.ui.startup import run_gui

    def report(stage: str) -> None:
        if stage == "painted":
            print("ready", flush=True)
        elif stage == "filled":
            print("filled", flush=True)
            end = time.monotonic() + seconds

            def settle() -> None:
                if time.monotonic() < end:
                    QTimer.singleShot(10, settle)
                    return
                print("rss", peak_rss_kib(), flush=True)
                for widget in QApplication.topLevelWidgets():
                    widget.close()
                QApplication.quit()

            QTimer.singleShot(0, settle)

    code = run_gui(Path(database), report)
    if code:
        raise SystemExit(code)


if __name__ == "__main__":
    if sys.argv[1:] == ["--reference"]:
        reference()
    else:
        briefer_window(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.0)
