"""The installed application's entry point: what PyInstaller freezes (tools/briefer.spec).

The same as the ``briefer`` command (``briefer.__main__.main``), plus what a frozen
program needs before anything else. Bulk import's worker processes are started
with ``spawn``, which in a frozen program runs this executable again, with
``--multiprocessing-fork`` (a worker) or with ``-c`` and the code of
multiprocessing's resource tracker; such a run becomes that process instead of a
second Briefer.

PyInstaller's own runtime hook for this (``pyi_rth_multiprocessing``) imports
multiprocessing at every start, 14 ms before the window could begin; the spec
leaves it out, and this module imports multiprocessing only in those children.
The parent needs nothing at start: CPython's spawn already runs a frozen
executable with ``--multiprocessing-fork``.

PyInstaller's runtime hook for PySide6 (``pyi_rth_pyside6``) imports QtCore at every
start, also of a command that opens no window (``briefer --version`` took 175 ms
against 90 ms from the checkout): the spec leaves it out too, and ``_qt_paths`` does
the part of it this application needs, Qt's plugin folder, without importing Qt. Qt
finds the rest (its translations) from where its own library lies, as in the wheel.
"""

from __future__ import annotations

import os
import sys

_HELPERS = ("from multiprocessing.resource_tracker import main", "from multiprocessing.forkserver")


def _helper_code(argv: list[str]) -> str | None:
    """The code multiprocessing runs in a helper process ("-c CODE" after the
    interpreter's flags), when this run is one."""
    if "-c" not in argv[1:]:
        return None
    position = argv.index("-c", 1)
    code = argv[position + 1] if position + 1 < len(argv) else ""
    return code if code.startswith(_HELPERS) else None


def _as_multiprocessing_child(argv: list[str]) -> bool:
    """Run as a worker or a helper of multiprocessing when this run is one; True then."""
    code = _helper_code(argv)
    if code is not None:
        exec(code)  # the resource tracker: multiprocessing's own one-line start
        return True
    if len(argv) >= 2 and argv[1] == "--multiprocessing-fork":
        import multiprocessing.spawn

        options: dict[str, int | None] = {}
        for argument in argv[2:]:
            name, value = argument.split("=", 1)
            options[name] = None if value == "None" else int(value)
        multiprocessing.spawn.spawn_main(**options)  # type: ignore[arg-type]
        return True
    return False


def _qt_paths() -> None:
    """Where Qt's plugins are in the one-folder application (as the wheel lays them out:
    ``PySide6/Qt/plugins``, on Windows ``PySide6/plugins``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is None:  # not frozen: PySide6 knows its own folders
        return
    qt = (
        os.path.join(bundle, "PySide6")
        if sys.platform == "win32"
        else os.path.join(bundle, "PySide6", "Qt")
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")


def run() -> int:
    if _as_multiprocessing_child(sys.argv):
        return 0
    _qt_paths()
    from briefer.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
