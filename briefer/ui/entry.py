"""The way in to the window: ``briefer``, ``briefer gui`` and the benchmark's probe.

``run_window`` starts opening the library on a thread (briefer.ui.opening, no Qt)
and only then loads Qt and the window (briefer.ui.startup), so the two overlap.
Nothing here imports Qt before the opening has started; only shiboken, the binding's
runtime, which cannot start while another thread imports.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.ui.opening import Opening

if TYPE_CHECKING:
    from briefer.ui.startup import Report


def run_window(
    database: Path | str,
    report: Report | None = None,
    open_files: Sequence[Path] = (),
    check: bool = False,
) -> int:
    """Open the library and show the window; run until it closes. Returns the exit code.

    ``open_files``: imported once the library is open, as a drop; ``check``: say when
    the window is painted and shows the library, then close it (``briefer gui --check``).

    Python's cycle collector waits until the window is painted (briefer.ui.startup):
    loading Qt and the window makes many objects and few cycles, and a collection
    in between only makes the first screen later.
    """
    gc.disable()
    # shiboken (under PySide6) sets up its signature support by walking sys.modules, and
    # stops Python ("dictionary changed size during iteration", a fatal error) when
    # another thread imports a module meanwhile: it starts before the opening thread.
    import shiboken6  # noqa: F401

    opening = Opening(database).start()
    from briefer.ui.startup import check_report, run_gui  # Qt from now, while it opens

    if check and report is None:
        report = check_report()
    return run_gui(database, report, opening, open_files)


def main_fast(argv: list[str]) -> int | None:
    """Start the window directly when the arguments ask only for it; None: use the CLI."""
    from briefer.app import chosen_database, no_display_message, resolve_database, window_database

    check = "gui" in argv and "--check" in argv  # 'briefer gui --check', as installed
    chosen = window_database([arg for arg in argv if arg != "--check"] if check else argv)
    if chosen is False:
        return None
    message = no_display_message()
    if message is not None:
        sys.stderr.write(message + "\n")
        return 1
    return run_window(chosen_database(chosen) or resolve_database(None), check=check)
