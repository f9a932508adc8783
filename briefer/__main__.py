"""``python -m briefer`` and the ``briefer`` command."""

from __future__ import annotations

import sys


def main() -> int:
    # ``briefer`` (or ``briefer gui``, ``--db PATH``): the window, without loading the
    # command line first; any other command: the command line, without Qt.
    from briefer.app import window_database

    if window_database(sys.argv[1:]) is not False:
        from briefer.ui.entry import main_fast

        started = main_fast(sys.argv[1:])
        if started is not None:
            return started
    from briefer.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
