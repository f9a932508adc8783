"""One Briefer at a time changes a database: a lock file beside it, naming its holder.

``briefer.sqlite.lock`` holds the process id of the Briefer that has the
database open for writing: the window, or a command that changes the library.
What counts is the operating system's lock on that file (``flock`` on Linux
and macOS, ``msvcrt.locking`` on Windows): it goes away with the process,
however the process ended, so a lock file left behind by a crash is simply
taken over. The process id in it only names the holder in the message.

Commands that only read take no lock (see ``briefer.cli.command_writes``):
SQLite's WAL mode gives them a consistent snapshot while the window writes.
Within one process the lock is shared: every store this process opens on the
database holds it, and it is released when the last one is closed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from briefer.core.errors import LibraryInUseError, StoreError
from briefer.core.store.private import private_folder

LOCK_SUFFIX = ".lock"
_WINDOWS = sys.platform == "win32"
# Windows locks are mandatory: lock a byte far past the process id so others can read it.
_WINDOWS_LOCK_OFFSET = 1 << 20
_ATTEMPTS = 20


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def in_use_message(database: Path, pid: int) -> str:
    holder = f"proces {pid}" if pid else "een ander proces"
    return f"{database}: Briefer is al geopend op deze database ({holder})"


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (on this machine)."""
    if pid <= 0:
        return False
    if _WINDOWS:
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == 259)  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


class _BusyError(Exception):
    """The file is locked by another process."""


class _UnsupportedError(Exception):
    """The file system cannot lock files (some network shares)."""


def _lock(fd: int) -> None:
    if _WINDOWS:  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            raise _BusyError from None
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
            raise _BusyError from None
        raise _UnsupportedError from None


def _unlock(fd: int) -> None:
    if _WINDOWS:  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_pid(fd: int) -> int:
    """The holder's process id; a moment's patience when it has not written it yet."""
    for _ in range(10):
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
        if text.isdigit():
            return int(text)
        time.sleep(0.02)
    return 0


def _write_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()}\n".encode("ascii"))


def _same_file(path: Path, fd: int) -> bool:
    """Whether ``path`` still names the file ``fd`` has open (a holder may have removed it)."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _acquire(path: Path, database: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOINHERIT", 0)
    for _ in range(_ATTEMPTS):
        try:
            fd = os.open(path, flags, 0o600)
        except OSError as exc:
            raise StoreError(
                f"{database}: het slotbestand {path.name} kan niet worden gemaakt ({exc.strerror})"
            ) from None
        try:
            try:
                _lock(fd)
            except _UnsupportedError:
                # No file locks here: fall back on the process id written in the file.
                pid = _read_pid(fd) if os.fstat(fd).st_size else 0
                if pid and pid != os.getpid() and process_alive(pid):
                    raise _BusyError from None
            if not _same_file(path, fd):
                os.close(fd)
                continue  # the holder removed the file as we opened it: start again
            _write_pid(fd)
            return fd
        except _BusyError:
            pid = _read_pid(fd)
            os.close(fd)
            raise LibraryInUseError(in_use_message(database, pid), pid) from None
        except BaseException:
            os.close(fd)
            raise
    raise StoreError(f"{database}: het slotbestand {path.name} blijft veranderen")


@dataclass
class _Holder:
    fd: int
    path: Path
    count: int


_holders: dict[Path, _Holder] = {}
_guard = threading.Lock()


class LibraryLock:
    """This process's hold on a database's lock; ``release()`` ends it (once)."""

    def __init__(self, key: Path) -> None:
        self._key: Path | None = key

    @property
    def held(self) -> bool:
        return self._key is not None

    def release(self) -> None:
        with _guard:
            key, self._key = self._key, None
            if key is None:
                return
            holder = _holders[key]
            holder.count -= 1
            if holder.count:
                return
            del _holders[key]
            if not _WINDOWS:
                # Remove the file while still holding it, so no one locks a file
                # that is about to disappear (``_same_file`` catches the rest).
                with contextlib.suppress(OSError):
                    holder.path.unlink()
            _unlock(holder.fd)
            os.close(holder.fd)
            if _WINDOWS:  # pragma: no cover - Windows only: an open file cannot be removed
                with contextlib.suppress(OSError):
                    holder.path.unlink()


def lock_library(database: Path) -> LibraryLock:
    """Take the database's lock, or share this process's hold on it.

    Raises LibraryInUseError when another process holds it.
    """
    folder = database.parent
    try:
        if not folder.is_dir():
            private_folder(folder)
    except OSError as exc:
        raise StoreError(f"{folder}: de map kan niet worden gemaakt ({exc.strerror})") from None
    path = folder.resolve() / lock_path(database).name
    with _guard:
        holder = _holders.get(path)
        if holder is None:
            holder = _Holder(_acquire(path, database), path, 0)
            _holders[path] = holder
        holder.count += 1
    return LibraryLock(path)
