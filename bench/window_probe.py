"""Child process of the benchmark: Briefer's window, or a bare PySide6 window, until told to end.

    python bench/window_probe.py DATABASE
    python bench/window_probe.py --reference X,Y,WIDTH,HEIGHT

The parent (bench/startup.py) watches the screen itself (bench/screen.py); this
child only starts the window and ends it when the parent writes a line to its
stdin: it then prints ``rss KIB`` (peak resident memory, VmHWM; once the window
has loaded what it loads after its first paint) and closes its windows the
normal way. For the record it also prints ``painted`` (the first
paint of the top-level window) and ``filled`` (the main window shows the
library), the moments Briefer's start-up itself reports; the budget rows do not
use them.

``--reference`` is Python plus Qt alone: QApplication and an empty QMainWindow
shown at the geometry Briefer's first window gets on the same screen. Briefer's
side runs ``briefer.ui.entry.run_window``, what ``briefer`` runs. The text cursor
does not blink in either (it would keep the screen changing).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


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


def end_on_stdin(app: Any) -> Any:
    """End the application (closing its windows as a user would) at a line on stdin."""
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def end() -> None:
        notifier.setEnabled(False)
        for widget in QApplication.topLevelWidgets():  # what loads after the first paint too
            warming = getattr(widget, "warm_up", None)
            if warming is not None:
                warming.join()
        print("rss", peak_rss_kib(), flush=True)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        app.quit()

    notifier.activated.connect(end)
    return notifier


def reference(geometry: str) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    app.setCursorFlashTime(0)
    window = QMainWindow()
    x, y, width, height = (int(value) for value in geometry.split(","))
    window.setGeometry(x, y, width, height)
    window.show()
    keep = end_on_stdin(app)
    app.exec()
    del keep


def briefer_window(database: str) -> None:

    from briefer.ui.entry import run_window

    keep: list[Any] = []

    def report(stage: str) -> None:
        if stage == "painted":
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            QApplication.setCursorFlashTime(0)
            keep.append(end_on_stdin(app))
        print(stage, flush=True)

    code = run_window(Path(database), report)
    if code:
        raise SystemExit(code)


if __name__ == "__main__":
    if sys.argv[1] == "--reference":
        reference(sys.argv[2])
    else:
        briefer_window(sys.argv[1])
