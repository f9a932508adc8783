"""Real full and read-only file systems for the hardening tests.

A full disk: a small tmpfs mounted for the test (as root, where mounting is
allowed), then filled with a filler file; where that cannot be done, a child
process whose file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) makes every
write past it fail with EFBIG, as a full disk fails a write. Read-only: a
read-only bind mount of a file or folder (root: modes do not stop root), or
the modes themselves (anyone else). Each helper says why it cannot be done, for
the test to skip with that reason.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hardening.processes import REPO, child_env

IS_ROOT = os.name == "posix" and os.geteuid() == 0


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def _unmount(target: Path) -> None:
    if _run("umount", str(target)).returncode:
        _run("umount", "-l", str(target))  # something still holds it: detach it


@contextlib.contextmanager
def small_disk(folder: Path, megabytes: int) -> Iterator[Path]:
    """A tmpfs of ``megabytes`` mounted on ``folder`` for the duration (skips when impossible)."""
    if not IS_ROOT or not sys.platform.startswith("linux"):
        pytest.skip("mounting a small tmpfs needs root on Linux; the RLIMIT_FSIZE test runs")
    folder.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={megabytes}m,mode=0700", "tmpfs", str(folder))
    if done.returncode:
        pytest.skip(f"a tmpfs cannot be mounted here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path, leave_kb: int = 0) -> Path:
    """Fill the file system of ``folder`` up to ``leave_kb`` free; the filler's path."""
    filler = folder / "vulling"
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize - leave_kb * 1024
    with filler.open("wb") as handle:
        block = b"\0" * (64 * 1024)
        while free > 0:
            try:
                handle.write(block[: min(len(block), free)])
                handle.flush()
            except OSError:
                break
            free -= len(block)
    return filler


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) read-only for the duration, also for root."""
    if not IS_ROOT:
        mode = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if not sys.platform.startswith("linux"):
        pytest.skip("a read-only bind mount needs Linux")
    done = _run("mount", "--bind", str(path), str(path))
    if done.returncode:
        pytest.skip(f"a bind mount cannot be made here: {done.stderr.strip()}")
    try:
        remount = _run("mount", "-o", "remount,ro,bind", str(path))
        if remount.returncode:
            pytest.skip(f"a bind mount cannot be made read-only: {remount.stderr.strip()}")
        yield
    finally:
        _unmount(path)


FILE_SIZE_LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from briefer.cli import main
sys.exit(main(sys.argv[2:]))
"""


def briefer_with_file_limit(
    limit: int, *args: str, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """``briefer ARGS`` in a child that may write no file past ``limit`` bytes."""
    if not hasattr(os, "setrlimit") and sys.platform == "win32":
        pytest.skip("RLIMIT_FSIZE is POSIX")
    done = subprocess.run(
        [sys.executable, "-c", FILE_SIZE_LIMITED, str(limit), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env or child_env(),
        cwd=REPO,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr
