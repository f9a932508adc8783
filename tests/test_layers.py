"""The house rule: Qt lives in briefer/ui only."""

from __future__ import annotations

import subprocess
import sys

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
