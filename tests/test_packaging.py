"""The wheel carries the data folders that live at the top of the repository."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_migrations_and_resources(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("briefer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "briefer/resources/letters/kamerstuk-35925-V-84.txt",
        "briefer/resources/themes.toml",
        "briefer/db/env.py",
        "briefer/db/script.py.mako",
        "briefer/db/versions/0001_initial_schema.py",
        "briefer/templates/briefing.docx",
        "briefer/resources/fonts/DejaVuSans.ttf",
        "briefer/cli/__init__.py",
    ):
        assert required in names, required
    bundled = zipfile.ZipFile(wheel).read("briefer/resources/letters/kamerstuk-35925-V-84.txt")
    assert bundled == (ROOT / "resources/letters/kamerstuk-35925-V-84.txt").read_bytes()
