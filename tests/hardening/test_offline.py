"""Offline guarantee: the command line and the window never try to reach a network.

Two layers, each in a real child process:

1. A bootstrap replaces Python's socket functions before Briefer is imported:
   creating an internet socket, connecting, sending and every name lookup
   raise, and each attempt is recorded in a file with its stack.
2. On Linux with ``strace``, the same run is traced at the system-call level,
   which also sees what Qt's C++ code or any C library does behind Python's
   back: every ``connect``/``sendto``/``sendmsg`` to an AF_INET or AF_INET6
   address is a failure.

Local sockets are not network connections: AF_UNIX (Qt may talk to D-Bus or
the X server through one, Python's own helpers use socket pairs) and
AF_NETLINK (the kernel's own interface, e.g. for listing network interfaces)
are recorded and allowed. Anything reaching for an internet address fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_LETTER
from tests.hardening.processes import REPO, child_env

STRACE = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg"]
BOOTSTRAP = r"""
import json
import socket
import sys
import traceback

RECORD = sys.argv[1]
LOCAL = {getattr(socket, "AF_UNIX", -1), getattr(socket, "AF_NETLINK", -2)}


def record(call, family, detail):
    with open(RECORD, "a", encoding="utf-8") as handle:
        entry = {
            "call": call,
            "family": None if family is None else int(family),
            "local": family in LOCAL,
            "detail": repr(detail)[:300],
            "stack": "".join(traceback.format_stack(limit=12)[:-1]),
        }
        handle.write(json.dumps(entry) + "\n")


class NetworkBlockedError(OSError):
    pass


def refuse(call, family, detail):
    record(call, family, detail)
    if family not in LOCAL:
        raise NetworkBlockedError(f"offline test: {call} {detail!r} refused")


class GuardedSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        chosen = socket.AF_INET if family == -1 and fileno is None else family
        if fileno is None or family != -1:
            refuse("socket", chosen, (family, type, proto))
        super().__init__(family, type, proto, fileno)

    def connect(self, address):
        refuse("connect", self.family, address)
        return super().connect(address)

    def connect_ex(self, address):
        refuse("connect_ex", self.family, address)
        return super().connect_ex(address)

    def sendto(self, *args):
        refuse("sendto", self.family, args[-1])
        return super().sendto(*args)


def lookup(name):
    def blocked(*args, **kwargs):
        record(name, None, args)
        raise NetworkBlockedError(f"offline test: {name}{args!r} refused")

    return blocked


if "--no-guard" not in sys.argv:
    socket.socket = socket.SocketType = GuardedSocket
    for name in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
        "getfqdn",
    ):
        setattr(socket, name, lookup(name))

mode, rest = sys.argv[2], [arg for arg in sys.argv[3:] if arg != "--no-guard"]
if mode == "cli":
    from briefer.cli import main

    for command in json.loads(rest[0]):
        code = main(command)
        print("command", command[2] if len(command) > 2 else command, "->", code, flush=True)
        if code != 0:
            sys.exit(10)
    print("CLI-OK", flush=True)
elif mode == "gui":
    import os
    import time

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from briefer.app import open_library

    try:
        from briefer.ui.main_window import MainWindow
        from briefer.ui.state import AppState
    except ImportError as exc:
        print("IMPORT-FAILED", exc, flush=True)
        sys.exit(3)
    app = QApplication(["briefer"])
    store = open_library(rest[0])
    window = MainWindow(AppState(store))
    window.show()
    for _ in range(30):
        app.processEvents()
        time.sleep(0.01)
    window.close()
    app.processEvents()
    store.close()
    print("GUI-OK", flush=True)
"""


def cli_session(tmp_path: Path) -> list[list[str]]:
    """Import, outline, search and export (Word and PDF) on a fresh library."""
    db = str(tmp_path / "library" / "briefer.sqlite")
    letter = tmp_path / "kamerstuk-35925-V-99.txt"
    text = BUNDLED_LETTER.read_text(encoding="utf-8").replace("nr. 84", "nr. 99")
    letter.write_text(text, encoding="utf-8")
    return [
        ["--db", db, "import", str(letter)],
        ["--db", db, "outline", "35 925 V, nr. 99"],
        ["--db", db, "search", "Oekraïne"],
        ["--db", db, "export", "--theme", "China", "-o", str(tmp_path / "china.docx")],
        [
            "--db",
            db,
            "export",
            *("--theme", "Rusland", "--theme", "Oekraïne", "--theme", "Sancties"),
            "-o",
            str(tmp_path / "pakket.pdf"),
        ],
    ]


def run_boot(
    tmp_path: Path, mode: str, argument: str, *, trace: Path | None = None
) -> tuple[subprocess.CompletedProcess[str], list[dict[str, object]]]:
    boot = tmp_path / "offline_boot.py"
    boot.write_text(BOOTSTRAP, encoding="utf-8")
    record = tmp_path / f"sockets-{mode}.jsonl"
    command = [sys.executable, str(boot), str(record), mode, argument]
    if trace is not None:
        strace = shutil.which("strace")
        assert strace is not None
        command = [strace, *STRACE[1:], "-o", str(trace), *command, "--no-guard"]
    env = child_env(BRIEFER_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    env.pop("http_proxy", None)
    env.pop("https_proxy", None)
    completed = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    entries = []
    if record.exists():
        entries = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    return completed, entries


def assert_nothing_reached_out(entries: list[dict[str, object]]) -> None:
    network = [entry for entry in entries if not entry["local"]]
    assert network == [], "network access attempted:\n" + "\n".join(
        f"{entry['call']} {entry['detail']}\n{entry['stack']}" for entry in network
    )


def test_the_command_line_works_with_every_socket_refused(tmp_path: Path) -> None:
    session = cli_session(tmp_path)
    completed, entries = run_boot(tmp_path, "cli", json.dumps(session))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "CLI-OK" in completed.stdout
    assert_nothing_reached_out(entries)
    assert (tmp_path / "china.docx").stat().st_size > 0
    assert (tmp_path / "pakket.pdf").read_bytes().startswith(b"%PDF-")


def test_the_window_opens_and_closes_with_every_socket_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "library" / "briefer.sqlite")
    completed, entries = run_boot(tmp_path, "gui", db)
    if completed.returncode == 3 and "IMPORT-FAILED" in completed.stdout:
        pytest.skip(f"the main window does not import yet: {completed.stdout.strip()}")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "GUI-OK" in completed.stdout
    assert_nothing_reached_out(entries)


# --- the same at the level of system calls --------------------------------------------------

_NETWORK_CALL = re.compile(r"\b(connect|sendto|sendmsg)\(.*sa_family=(AF_INET6?)\b")


def network_calls(trace: Path) -> list[str]:
    lines = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line for line in lines if _NETWORK_CALL.search(line)]


needs_strace = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("strace") is None,
    reason="system calls are traced with strace, on Linux only",
)


def _strace_works(tmp_path: Path) -> bool:
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect", "-o", os.devnull, "true"],
        capture_output=True,
        check=False,
        cwd=tmp_path,
    )
    return probe.returncode == 0


@needs_strace
@pytest.mark.slow
def test_no_internet_system_call_from_the_command_line(tmp_path: Path) -> None:
    if not _strace_works(tmp_path):
        pytest.skip("strace may not trace here (no ptrace permission)")
    trace = tmp_path / "cli.strace"
    completed, _ = run_boot(tmp_path, "cli", json.dumps(cli_session(tmp_path)), trace=trace)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert network_calls(trace) == []


@needs_strace
@pytest.mark.slow
def test_no_internet_system_call_from_the_window(tmp_path: Path) -> None:
    if not _strace_works(tmp_path):
        pytest.skip("strace may not trace here (no ptrace permission)")
    trace = tmp_path / "gui.strace"
    db = str(tmp_path / "library" / "briefer.sqlite")
    completed, _ = run_boot(tmp_path, "gui", db, trace=trace)
    if completed.returncode == 3 and "IMPORT-FAILED" in completed.stdout:
        pytest.skip(f"the main window does not import yet: {completed.stdout.strip()}")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert network_calls(trace) == []


@needs_strace
def test_the_trace_does_see_an_internet_connection(tmp_path: Path) -> None:
    """The strace layer is only worth something if it does see an attempt."""
    if not _strace_works(tmp_path):
        pytest.skip("strace may not trace here (no ptrace permission)")
    trace = tmp_path / "probe.strace"
    code = (
        "import socket\n"
        "for family, address in ((socket.AF_INET, ('127.0.0.1', 9)), "
        "(socket.AF_INET6, ('::1', 9))):\n"
        "    try:\n"
        "        socket.socket(family).connect(address)\n"
        "    except OSError:\n"
        "        pass\n"
    )
    subprocess.run(
        [*STRACE, "-o", str(trace), sys.executable, "-c", code],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert len(network_calls(trace)) == 2


def test_the_guard_itself_catches_a_connection(tmp_path: Path) -> None:
    """The bootstrap is only worth something if it does catch an attempt."""
    boot = tmp_path / "offline_boot.py"
    boot.write_text(BOOTSTRAP.split("mode, rest = ")[0], encoding="utf-8")
    record = tmp_path / "sockets.jsonl"
    code = (
        f"import runpy, sys; sys.argv = ['boot', {str(record)!r}]; "
        f"runpy.run_path({str(boot)!r}, run_name='guard'); "
        "import socket, urllib.request\n"
        "for attempt in (lambda: socket.create_connection(('example.org', 80)),\n"
        "                lambda: urllib.request.urlopen('http://192.0.2.1/', timeout=1),\n"
        "                lambda: socket.socket().connect(('192.0.2.1', 80))):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError as exc:\n"
        "        print('refused', type(exc).__name__)\n"
        "a, b = socket.socketpair()\n"
        "print('local ok')\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert completed.stdout.count("refused") == 3, completed.stdout + completed.stderr
    assert "local ok" in completed.stdout
    entries = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert {entry["call"] for entry in entries if not entry["local"]} >= {
        "create_connection",
        "socket",
    }
    assert any(entry["local"] for entry in entries)  # the socket pair: recorded, allowed
