"""The house rule: Qt lives in briefer/ui only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

NON_UI = [
    "briefer.app",
    "briefer.cli",
    "briefer.cli.output",
    "briefer.paths",
    "briefer.core.models",
    "briefer.core.store.database",
    "briefer.core.importing.single",
    "briefer.core.library",
    "briefer.core.seed",
    "briefer.core.themes",
    "briefer.ingest.reader",
    "briefer.ingest.text",
    "briefer.ingest.pdf",
    "briefer.ingest.docx",
]


def test_non_ui_packages_do_not_load_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {NON_UI!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


# Commands that open no window load no Qt and no window module; the listing and the
# search load no ORM at all (DESIGN.md: each within 1.5 x importing sqlalchemy.orm).
WINDOWLESS = [
    (["letters"], True),
    (["search", "oekraine"], True),
    (["outline", "1"], True),
    (["themes"], False),
    (["passages", "--theme", "China"], False),
    (["briefings"], False),
    (["commitments"], False),
    (["export", "--theme", "China", "-o", "{out}"], False),
]
_REPORT = (
    "import atexit, sys\n"
    "def report():\n"
    "    loaded = sorted(m for m in sys.modules if m.startswith(("
    "'PySide6', 'shiboken6', 'briefer.ui', 'sqlalchemy', 'alembic')))\n"
    "    sys.stderr.write('LOADED ' + ','.join(loaded) + '\\n')\n"
    "atexit.register(report)\n"
    "sys.argv = ['briefer', *sys.argv[1:]]\n"
    "from briefer.__main__ import main\n"
    "sys.exit(main())\n"
)


def _loaded_by(args: list[str], env: dict[str, str]) -> tuple[list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", _REPORT, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("LOADED "))
    assert done.returncode == 0, done.stderr
    return [name for name in line[len("LOADED ") :].split(",") if name], done.stdout


@pytest.mark.parametrize(("command", "without_orm"), WINDOWLESS)
def test_a_command_that_opens_no_window_loads_no_qt(
    command: list[str], without_orm: bool, tmp_path: Path
) -> None:
    import os

    from briefer.app import open_library

    database = tmp_path / "library" / "briefer.sqlite"
    open_library(database).close()
    env = {**os.environ, "BRIEFER_DATA_DIR": str(tmp_path / "data")}
    args = [arg.replace("{out}", str(tmp_path / "china.docx")) for arg in command]
    loaded, _out = _loaded_by(["--db", str(database), *args], env)
    window = [name for name in loaded if name.startswith(("PySide6", "shiboken6", "briefer.ui"))]
    assert window == []
    if without_orm:
        assert [name for name in loaded if name.startswith(("sqlalchemy", "alembic"))] == []


def test_opening_a_library_at_the_newest_schema_loads_no_alembic(tmp_path: Path) -> None:
    from briefer.app import open_library

    database = tmp_path / "library" / "briefer.sqlite"
    open_library(database).close()  # made (and migrated) here: that needs Alembic
    code = (
        "import sys\n"
        "from briefer.app import open_library\n"
        f"open_library({str(database)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('alembic', 'sqlalchemy'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
