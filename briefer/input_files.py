"""Reading a file the user named: regular files only, bounded in size and in time.

A name can point anywhere: ``x.pdf`` may be a link to ``/dev/urandom`` (a device
reports size 0 and never ends), a FIFO (``open()`` waits for a writer, for
ever) or a socket. What the name points to is looked at first (``os.stat``
follows links, as opening would) and only a regular file is opened, without
blocking (``O_NONBLOCK``) and checked again once open, in case the name was
swapped in between. The bytes are read in chunks against a size limit and a
deadline, so neither a file that grows while it is read nor a drive that
hangs (a network share) holds the import for ever.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

READ_SECONDS = 120.0  # the longest a file may take to read (a slow network drive)
_CHUNK = 8 * 1024 * 1024
_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check: open() returns
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOCTTY", 0)  # a terminal device never becomes ours
    | getattr(os, "O_BINARY", 0)
)


class InputFileError(Exception):
    """The file cannot be read; ``problem`` says why, in the user's words (Dutch)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def not_regular(mode: int) -> str | None:
    """What a file of this mode is, when it is not a regular file: ``een apparaat``."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is een map, geen bestand"
    if stat.S_ISFIFO(mode):
        return "is geen gewoon bestand maar een pipe (FIFO); die wordt niet gelezen"
    if stat.S_ISSOCK(mode):
        return "is geen gewoon bestand maar een socket; die wordt niet gelezen"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is geen gewoon bestand maar een apparaat; dat wordt niet gelezen"
    return "is geen gewoon bestand; het wordt niet gelezen"


def open_regular(path: Path) -> int:
    """A file descriptor of ``path``, read-only, when it is a regular file (else InputFileError).

    OSError (missing, no permission) is the caller's to describe.
    """
    problem = not_regular(os.stat(path).st_mode)
    if problem is not None:
        raise InputFileError(path, problem)
    fd = os.open(path, _FLAGS)
    try:
        problem = not_regular(os.fstat(fd).st_mode)  # the name may have changed meanwhile
        if problem is not None:
            raise InputFileError(path, problem)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: reads never wait for a writer
    except BaseException:
        os.close(fd)
        raise
    return fd


class RegularFile:
    """An open regular file read in bounded chunks: ``head()`` first, then ``rest()``."""

    def __init__(self, path: Path, seconds: float | None = None) -> None:
        self.path = path
        self.fd = open_regular(path)
        self.size = os.fstat(self.fd).st_size
        self.seconds = READ_SECONDS if seconds is None else seconds
        self.deadline = time.monotonic() + self.seconds

    def __enter__(self) -> RegularFile:
        return self

    def __exit__(self, *_: object) -> None:
        os.close(self.fd)

    def read_all(self, limit: int, too_large: str) -> bytes:
        """Every byte from the start, at most ``limit`` (else InputFileError(too_large))."""
        os.lseek(self.fd, 0, os.SEEK_SET)
        # As large as it says it is, plus one byte to notice a file that grows (read on,
        # up to the limit): one buffer, filled in chunks with a look at the clock.
        buffer = bytearray(min(self.size, limit) + 1)
        filled = 0
        while True:
            if filled == len(buffer):
                if len(buffer) > limit:
                    raise InputFileError(self.path, too_large)
                buffer.extend(bytes(min(_CHUNK, limit + 1 - len(buffer))))
            with memoryview(buffer) as view:
                count = _read_into(self.fd, view[filled : filled + _CHUNK])
            if count == 0:
                break
            filled += count
            self.check_time()
        del buffer[filled:]
        return bytes(buffer)

    def read_head(self, count: int) -> bytes:
        os.lseek(self.fd, 0, os.SEEK_SET)
        data = os.read(self.fd, count)
        self.check_time()
        return data

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise InputFileError(
                self.path,
                f"het bestand kan niet binnen {max(0, self.seconds):.0f} s worden gelezen "
                "(een trage of hangende schijf?)",
            )


def _read_into(fd: int, target: memoryview) -> int:
    if hasattr(os, "readv"):
        return os.readv(fd, [target])
    chunk = os.read(fd, len(target))  # pragma: no cover - Windows has no readv
    target[: len(chunk)] = chunk  # pragma: no cover
    return len(chunk)  # pragma: no cover
