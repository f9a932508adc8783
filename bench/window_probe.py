"""Child process of the benchmark: start Briefer's window on a library, say when it is usable.

    python bench/window_probe.py DATABASE [SETTLE_SECONDS]
    python bench/window_probe.py --reference

Prints ``ready`` as soon as the main window is shown and the first events are
processed (the parent times that line from the moment it started this
process), then ``rss KIB`` (peak resident memory, VmHWM) after the window has run
its event loop for SETTLE_SECONDS more, so that work it defers is counted.
``--reference`` does the same with a bare QWidget: Python plus Qt alone.
It does what ``briefer gui`` does before ``app.exec()``.
"""

from __future__ import annotations

import sys
import time


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


def settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def reference() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    window = QWidget()
    window.show()
    app.processEvents()
    print("ready", flush=True)
    print("rss", peak_rss_kib(), flush=True)


def briefer_window(database: str, seconds: float) -> None:
    from briefer.app import open_library
    from briefer.ui.application import create_application

    app = create_application([sys.argv[0]])
    try:
        from briefer.settings import load_settings
        from briefer.ui.i18n import install_translator

        install_translator(app, load_settings().language)
    except ImportError:
        pass  # an older window without translations
    store = open_library(database)
    from briefer.ui.main_window import MainWindow
    from briefer.ui.state import AppState

    window = MainWindow(AppState(store))
    window.show()
    app.processEvents()
    print("ready", flush=True)
    settle(app, seconds)
    print("rss", peak_rss_kib(), flush=True)
    window.close()
    store.close()


if __name__ == "__main__":
    if sys.argv[1:] == ["--reference"]:
        reference()
    else:
        briefer_window(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.0)
