"""Real child processes for the hardening tests: start one, read its lines, kill it."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    env.update(extra)
    return env


class Child:
    """A Python child process running ``code``; its stdout lines arrive in a queue."""

    def __init__(
        self,
        code: str,
        *args: str,
        env: dict[str, str] | None = None,
        new_session: bool = False,
    ) -> None:
        # new_session: the child leads a process group of its own (with its workers), as a
        # command in a terminal does, so that Ctrl-C can be sent to the whole group.
        self.process = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env or child_env(),
            cwd=REPO,
            start_new_session=new_session,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._stderr: str | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.endswith("\n"):  # a line cut short by a kill was never fully reported
                self.lines.put(line[:-1])
        self.lines.put(None)

    def wait_for(self, prefix: str, timeout: float = 60) -> str:
        """The first line (from now on) starting with ``prefix``."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.kill()
                raise AssertionError(f"no line {prefix!r} from the child; saw {self.seen[-5:]}")
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                raise AssertionError(f"the child ended before {prefix!r}: {self.stderr()[-2000:]}")
            self.seen.append(line)
            if line.startswith(prefix):
                return line

    def wait_or_show_where(self, timeout: float) -> int:
        """Its exit code; if it has not ended within ``timeout``, fail with where each of
        its threads is (written by a child that registered faulthandler for SIGUSR1, as
        test_bulk_stops.BRIEFER does)."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.process.pid, signal.SIGUSR1)
            time.sleep(1)
            self.kill()
            stacks = self.stderr()
            message = f"the child hung for {timeout:.0f} s; its threads:\n{stacks}"
            raise AssertionError(message) from None

    def kill(self) -> None:
        """SIGKILL: no cleanup, no atexit, no flushing; the hardest way to stop."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def rest(self) -> list[str]:
        """Every line still in the pipe (call after the child ended)."""
        self._reader.join(timeout=30)
        lines = []
        while not self.lines.empty():
            line = self.lines.get_nowait()
            if line is not None:
                lines.append(line)
        self.seen.extend(lines)
        return lines

    def every_line(self) -> list[str]:
        """Every line the child wrote, once each (the ones seen and the ones still in the pipe)."""
        self.rest()
        return list(self.seen)

    def stderr(self) -> str:
        """What the child wrote to stderr (waits for it to end)."""
        assert self.process.stderr is not None
        if self._stderr is None:
            self.process.wait(timeout=60)
            self._stderr = self.process.stderr.read()
        return self._stderr

    def finish(self, timeout: float = 60) -> int:
        """Close its stdin (the child's cue to end) and wait."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        return self.process.wait(timeout=timeout)

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *_: object) -> None:
        if self.process.poll() is None:
            self.kill()
        self._reader.join(timeout=30)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def children_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux: read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def running(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for its parent does not)."""
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until_gone(pids: list[int], timeout: float = 60) -> list[int]:
    """Wait until none of ``pids`` runs; those still running after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = [pid for pid in pids if running(pid)]
        if not alive:
            return []
        time.sleep(0.2)
    return [pid for pid in pids if running(pid)]
