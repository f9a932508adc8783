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
