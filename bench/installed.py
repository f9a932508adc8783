"""The installed application beside the checkout: its size, and how soon its window is up.

    .venv/bin/python tools/build_app.py            # first: build/app/
    .venv/bin/python bench/installed.py [--runs N] [--publish]

Sizes: the one-folder application, the .deb and the tarball (build/app/report.json).
Start-up: the .deb is unpacked into a temporary root (as dpkg installs it) and its
program started with nothing of the checkout (a minimal environment, no Python of
ours), beside ``python -m briefer`` from the checkout, on a private Xvfb display
(xcb), one after the other, on the same library (the bundled letter), N times
each after one run of each to warm the file cache. Both run ``briefer gui
--check``, which prints ``venster getekend`` at the window's first paint and
``bibliotheek getoond`` once the main window shows the library, then closes the
window; the time is taken here, from starting the process to reading each line.
``bench/run.py`` runs the same as its stage ``installed``.

``--also NAME=PROGRAM`` starts another one-folder build of Briefer in the same turns
(its program run as it lies, with nothing of the checkout), and adds its folder's
size and its start beside the checkout's: how the PyInstaller build was weighed
against pyside6-deploy's (tools/pyside6_deploy_build.py, docs/installing.md).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

from measure import Row, child_env, median, secs, verdict  # noqa: E402

from tools.app_package import folder_size  # noqa: E402

BUILD = REPO / "build" / "app"
PAINTED, FILLED = "venster getekend", "bibliotheek getoond"
MIB = 1024 * 1024


def report() -> dict[str, object] | None:
    path = BUILD / "report.json"
    if not path.is_file():
        return None
    found: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return found


def size_rows(built: dict[str, object]) -> list[Row]:
    def size(key: str) -> str:
        return f"{int(built[key]) / MIB:.0f} MiB"  # type: ignore[call-overload]

    rows = [
        Row(
            "installed_folder",
            "installed application: the one-folder build (PyInstaller), unpacked",
            size("folder_bytes"),
            note="Qt plugins cut to xcb/wayland/offscreen, input methods, print support",
        )
    ]
    if "deb_bytes" in built:
        rows.append(
            Row(
                "installed_deb",
                "installed application: the .deb (xz), download size",
                size("deb_bytes"),
                note="installs /opt/briefer, /usr/bin/briefer, the menu entry and icons",
            )
        )
    rows.append(
        Row(
            "installed_tarball",
            "installed application: the tarball for ~/.local (gzip), download size",
            size("tarball_bytes"),
        )
    )
    return rows


def time_lines(
    command: Sequence[str], env: dict[str, str], timeout: float = 120
) -> dict[str, float]:
    """Seconds from starting ``command`` until each of its lines was read."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=env["HOME"]
    )
    assert process.stdout is not None
    stamps: dict[str, float] = {}
    for line in process.stdout:
        stamps.setdefault(line.strip(), time.perf_counter() - start)
        if time.perf_counter() - start > timeout:
            process.kill()
            break
    _out, err = process.communicate(timeout=timeout)
    if process.returncode != 0 or FILLED not in stamps:
        raise RuntimeError(f"{command[0]} gui --check failed ({process.returncode}): {err[-800:]}")
    return stamps


def other_rows(others: dict[str, Path]) -> list[Row]:
    return [
        Row(
            f"other_folder_{name}",
            f"another build ({name}): its one folder, unpacked",
            f"{folder_size(program.parent) / MIB:.0f} MiB",  # as build_app counts its own
        )
        for name, program in others.items()
    ]


def startup_rows(
    built: dict[str, object],
    display: str,
    runs: int,
    log: Callable[[str], None],
    others: dict[str, Path] | None = None,
) -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="briefer-installed-"))
    try:
        root = work / "root"
        package = REPO / str(built["deb"])
        subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)
        program = root / "opt" / "briefer" / "briefer"
        installed_env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(work / "home-installed"),
            "LANG": "C.UTF-8",
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "BRIEFER_DATA_DIR": str(work / "data-installed"),
        }
        checkout_env = child_env(work / "data-checkout", "xcb", DISPLAY=display)
        checkout_env["HOME"] = str(work / "home-checkout")
        sides = {
            "installed": ([str(program), "gui", "--check"], installed_env),
            "checkout": ([sys.executable, "-m", "briefer", "gui", "--check"], checkout_env),
        }
        for name, other in (others or {}).items():
            other_env = dict(
                installed_env, HOME=str(work / f"home-{name}"), BRIEFER_DATA_DIR=str(work / name)
            )
            sides[name] = ([str(other), "gui", "--check"], other_env)
        for _command, env in sides.values():
            Path(env["HOME"]).mkdir(parents=True)
        for command, env in sides.values():  # the library made, the file cache warm
            time_lines(command, env)
        times: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
        for _ in range(runs):
            for name, (command, env) in sides.items():
                times[name].append(time_lines(command, env))
        filled = {name: median([t[FILLED] for t in runs_]) for name, runs_ in times.items()}
        painted = {name: median([t[PAINTED] for t in runs_]) for name, runs_ in times.items()}
        log(
            f"installed: filled {secs(filled['installed'])} (painted {secs(painted['installed'])});"
            f" checkout: filled {secs(filled['checkout'])} (painted {secs(painted['checkout'])})"
        )

        def paired(name: str) -> float:
            """The median over the turns of its start against the checkout's in the same
            turn: the machine's slower and faster minutes fall on both alike."""
            return median(
                [a[FILLED] / b[FILLED] for a, b in zip(times[name], times["checkout"], strict=True)]
            )

        ratio = paired("installed")
        others_started = [
            Row(
                f"other_window_{name}",
                f"start to the window showing the library, another build ({name}) beside the "
                "checkout, in the same turns",
                secs(filled[name]),
                reference=f"from the checkout {secs(filled['checkout'])}",
                ratio=f"{paired(name):.2f}",
                note=f"first paint {secs(painted[name])}; the PyInstaller build "
                f"{secs(filled['installed'])} in the same turns",
                data={name: [t[FILLED] for t in times[name]]},
            )
            for name in others or {}
        ]
        return [
            Row(
                "installed_window",
                "start to the window showing the library, the installed .deb beside the "
                "checkout, the bundled letter, real display (Xvfb, xcb)",
                secs(filled["installed"]),
                reference=f"from the checkout {secs(filled['checkout'])}",
                ratio=f"{ratio:.2f}",
                budget="<= 1.00 x the checkout",
                result=verdict(ratio <= 1.0),
                note=f"first paint {secs(painted['installed'])} against "
                f"{secs(painted['checkout'])}; median of {runs} runs each, taken in turn; the "
                f"ratio: the median of the {runs} turns' own ratios; "
                "'briefer gui --check' reports both moments itself",
                data={name: [t[FILLED] for t in runs_] for name, runs_ in times.items()},
            ),
            *others_started,
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(
    display: str | None,
    runs: int,
    log: Callable[[str], None],
    others: dict[str, Path] | None = None,
) -> list[Row]:
    built = report()
    if built is None:
        log("installed: no build/app/report.json; run tools/build_app.py first (skipped)")
        return []
    rows = size_rows(built) + other_rows(others or {})
    if display is None:
        log("installed: Xvfb is not installed; start-up not measured")
    elif "deb" in built:
        rows += startup_rows(built, display, runs, log, others)
    else:
        log("installed: built without a .deb (--no-deb); start-up not measured")
    return rows


def named_program(text: str) -> tuple[str, Path]:
    name, sep, program = text.partition("=")
    path = Path(program).resolve()
    if not sep or not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        raise argparse.ArgumentTypeError(f"{text}: give NAME=PROGRAM, PROGRAM an existing file")
    if name in {"installed", "checkout"}:
        raise argparse.ArgumentTypeError(f"{text}: '{name}' is taken by the bench's own sides")
    return name, path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each (default 7)")
    parser.add_argument(
        "--publish", action="store_true", help="also write its section of bench/RESULTS.md"
    )
    parser.add_argument(
        "--also",
        type=named_program,
        action="append",
        default=[],
        metavar="NAME=PROGRAM",
        help="another one-folder build's program, started in the same turns",
    )
    args = parser.parse_args(argv)
    names = [name for name, _program in args.also]
    if len(set(names)) != len(names):
        parser.error("--also: each build needs a name of its own")
    from run import table
    from screen import xvfb_display

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    with xvfb_display() as display:
        rows = measure(display, args.runs, log, dict(args.also))
    if not rows:
        return 1
    text = table(rows)
    print(text)
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime())
    machine = f"{os.cpu_count()} cores"
    section = (
        "## Installed application (bench/installed.py)\n\n"
        f"Run of {when} on {machine}, after tools/build_app.py.\n\n{text}\n"
    )
    (BENCH / "results").mkdir(exist_ok=True)
    (BENCH / "results" / "installed.md").write_text(section, encoding="utf-8")
    if args.publish:
        results = BENCH / "RESULTS.md"
        current = results.read_text(encoding="utf-8")
        head, _sep, _old = current.partition("## Installed application")
        results.write_text(head.rstrip() + "\n\n" + section, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
