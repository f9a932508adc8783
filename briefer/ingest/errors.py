"""Import failures carry a message meant for the user, naming the file."""

from __future__ import annotations

from pathlib import Path


class LetterImportError(Exception):
    """A file could not be imported; ``str()`` is one plain line for the user."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ImportCancelledError(Exception):
    """The user cancelled an import; nothing was stored."""
