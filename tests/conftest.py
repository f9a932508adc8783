"""Shared fixtures: a fresh data folder and database per test, the bundled letter."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# pytest-qt aborts the whole run without a display unless this is set first.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from briefer import paths
from briefer.cli import main as cli_main

BUNDLED_LETTER = paths.resources_dir() / "letters" / "kamerstuk-35925-V-84.txt"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the user's library."""
    folder = tmp_path / "data"
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library" / "briefer.sqlite"


@pytest.fixture
def letter_text() -> str:
    return BUNDLED_LETTER.read_text(encoding="utf-8")


@pytest.fixture
def run_cli() -> object:
    """Run ``briefer ARGS`` in this process and capture what it prints."""

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        code = cli_main(list(args), out=out, err=err)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


def run_briefer_process(*args: str, env: dict[str, str] | None = None) -> CliResult:
    """Run the installed ``briefer`` as a real process (python -m briefer)."""
    completed = subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=300,
        check=False,
    )
    return CliResult(completed.returncode, completed.stdout, completed.stderr)


def database_snapshot(path: Path) -> list[str]:
    """Every row of every table, to show that a failed action changed nothing."""
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


# --- Both backends: SQLite files and a real PostgreSQL server -------------------------


@pytest.fixture(scope="session")
def pg_cluster() -> object:
    """A throw-away PostgreSQL cluster for the whole run (see tests/pg_cluster.py)."""
    from tests.pg_cluster import Cluster, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (no initdb); apt-get install postgresql")
    cluster = Cluster(bin_dir)
    try:
        cluster.start()
    except (OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        pytest.skip(f"a throw-away PostgreSQL cluster could not be started: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def library_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty library on each backend: a file path, or a server URL."""
    if request.param == "sqlite":
        return str(tmp_path / "library" / "briefer.sqlite")
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.create_database())
