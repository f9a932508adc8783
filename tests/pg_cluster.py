"""A throw-away PostgreSQL cluster for the tests: initdb in a temporary folder,
run as an unprivileged system user, reachable only on a Unix socket (no TCP).

Tests and CI run as root, which PostgreSQL refuses; the cluster then runs as the
``postgres`` (or ``nobody``) user through ``runuser``.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def _debian_bin_dirs() -> list[Path]:
    """Debian's versioned folders (/usr/lib/postgresql/15/bin, ...), newest first."""
    found = [d for d in Path("/usr/lib/postgresql").glob("*/bin") if d.parent.name.isdigit()]
    return sorted(found, key=lambda d: int(d.parent.name), reverse=True)


def find_bin_dir() -> Path | None:
    found = next((d for d in _debian_bin_dirs() if (d / "initdb").is_file()), None)
    on_path = shutil.which("initdb")
    return found or (Path(on_path).parent if on_path else None)


class Cluster:
    """One running server; ``url(name)`` gives a fresh database on it."""

    def __init__(self, bin_dir: Path, parent: Path | None = None) -> None:
        """``parent``: the folder to make the cluster's folder in (e.g. a small tmpfs)."""
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="briefer-pg-", dir=parent))
        self.data = self.root / "data"
        self.socket = self.root / "socket"
        self.socket.mkdir()
        self.user: str | None = None
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            self.user = next(u for u in ("postgres", "nobody") if _user_exists(u))
            entry = pwd.getpwnam(self.user)
            os.chmod(self.root, 0o755)
            for folder in (self.root, self.socket):
                os.chown(folder, entry.pw_uid, entry.pw_gid)
            self.prefix = ["runuser", "-u", self.user, "--"]
        self.role = self.user or pwd.getpwuid(os.geteuid()).pw_name
        self._names = itertools.count(1)

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise OSError(f"{Path(args[0]).name} failed: {done.stderr.strip()[-500:]}")

    def start(self) -> None:
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust",
            "-E", "UTF8", "--locale", "C.UTF-8", "-U", self.role,
        )  # fmt: skip
        self.resume()

    def resume(self) -> None:
        """Start the server (again, after ``halt``)."""
        options = f"-k {self.socket} -c listen_addresses='' -c fsync=off -c max_connections=60"
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.root / "server.log"), "-w", "start",
        )  # fmt: skip

    def halt(self) -> None:
        """Stop the server at once, as a crash or a pulled cable would (its data stays)."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def psql(self, database: str, sql: str) -> None:
        """Run ``sql`` on ``database`` as the cluster's owner."""
        self._run(
            str(self.bin_dir / "psql"), "-h", str(self.socket), "-U", self.role,
            "-d", database, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql,
        )  # fmt: skip

    def create_database(self, name: str | None = None) -> str:
        name = name or f"briefer_{next(self._names)}"
        self._run(str(self.bin_dir / "createdb"), "-h", str(self.socket), "-U", self.role, name)
        return f"postgresql+psycopg://{self.role}@/{name}?host={self.socket}"

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
