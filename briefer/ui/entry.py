"""The way in to the window: ``briefer``, ``briefer gui`` and the benchmark's probe.

``run_window`` starts opening the library on a thread (briefer.ui.opening, no Qt)
and only then loads Qt and the window (briefer.ui.startup), so the two overlap.
Nothing here imports Qt before the opening has started.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.ui.opening import Opening

if TYPE_CHECKING:
    from briefer.ui.startup import Report


def run_window(database: Path | str, report: Report | None = None) -> int:
    """Open the library and show the window; run until it closes. Returns the exit code.

    Python's cycle collector waits until the window is painted (briefer.ui.startup):
    loading Qt and the window makes many objects and few cycles, and a collection
    in between only makes the first screen later.
    """
    gc.disable()
    opening = Opening(database).start()
    from briefer.ui.startup import run_gui  # Qt from here on, while the library opens

    return run_gui(database, report, opening)


def main_fast(argv: list[str]) -> int | None:
    """Start the window directly when the arguments ask only for it; None: use the CLI."""
    from briefer.app import chosen_database, no_display_message, resolve_database, window_database

    chosen = window_database(argv)
    if chosen is False:
        return None
    message = no_display_message()
    if message is not None:
        sys.stderr.write(message + "\n")
        return 1
    return run_window(chosen_database(chosen) or resolve_database(None))
