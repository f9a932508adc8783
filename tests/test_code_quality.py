"""ruff and mypy (strict outside briefer/ui) are part of the test suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_is_clean() -> None:
    if shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists():
        pytest.skip("ruff is not installed")
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    check = run(ruff, "check", ".")
    assert check.returncode == 0, check.stdout
    formatted = run(ruff, "format", "--check", ".")
    assert formatted.returncode == 0, formatted.stdout


def test_mypy_is_clean() -> None:
    pytest.importorskip("mypy")
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout
