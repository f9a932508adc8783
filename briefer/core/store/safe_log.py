"""The log file: owner-only, and never the user's text.

An error message can carry whatever the failing code was handling: SQLAlchemy
puts the statement's parameters in its messages (a note's text), a PDF library
quotes the paragraph it could not lay out. The log therefore records, for an
error, only where it happened and what kind of error it was (the exception's
type, file, line and function at each level of the traceback), never the
exception's own message. The log messages of Briefer itself name ids and
files, never text.
"""

from __future__ import annotations

import logging
import traceback
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from briefer.core.store.private import create_private_file, make_private

_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class PrivateFileHandler(logging.FileHandler):
    """A FileHandler whose file is created (and kept) owner-only."""

    def _open(self) -> TextIOWrapper:
        path = Path(self.baseFilename)
        create_private_file(path)
        make_private(path)
        return super()._open()


class RedactingFormatter(logging.Formatter):
    """Formats tracebacks without exception messages (they may quote the user's text)."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback on the record: not ours.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: object) -> str:  # noqa: N802 - logging's name
        info: _ExcInfo = ei  # type: ignore[assignment]
        return redacted_traceback(info[1])


def redacted_traceback(error: BaseException) -> str:
    """``Traceback`` lines (file, line, function) and the exception types, no messages."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__} (message withheld)")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / during handling of:")
    return "\n".join(lines)
