"""The installed application's entry point: what PyInstaller freezes (tools/briefer.spec).

The same as the ``briefer`` command (``briefer.__main__.main``), plus what a frozen
program needs before anything else: bulk import's worker processes are started
with ``spawn``, which in a frozen program runs this executable again, and
``freeze_support`` turns such a run into the worker instead of a second Briefer.
"""

from __future__ import annotations

import multiprocessing
import sys


def run() -> int:
    multiprocessing.freeze_support()
    from briefer.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
