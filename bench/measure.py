"""Timing helpers: medians, percentiles, timed subprocesses, one result row."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 20 values is the 19th smallest)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def repeat(function: Callable[[], object], times: int, warmup: int = 1) -> list[float]:
    """Wall times of ``times`` calls after ``warmup`` untimed ones."""
    for _ in range(warmup):
        function()
    return [timed(function) for _ in range(times)]


def child_env(data_dir: Path, platform: str = "offscreen", **extra: str) -> dict[str, str]:
    """The environment of every subprocess: Qt's platform, a private data folder, this checkout."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env["BRIEFER_DATA_DIR"] = str(data_dir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    # As installed (pip compiles every module): a child may write the .pyc it misses.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def run_quiet(
    command: Sequence[str], env: dict[str, str] | None = None, timeout: int = 300
) -> float:
    """Wall time of a command run to its end; raises when it fails."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, timeout=timeout, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # grep: 1 = nothing found
        raise RuntimeError(
            f"{' '.join(command[:3])} … failed ({done.returncode}): {done.stderr.decode()[-500:]}"
        )
    return elapsed


def python_command(*args: str) -> list[str]:
    return [sys.executable, *args]


@dataclass
class Row:
    """One line of the results table."""

    key: str
    what: str
    ours: str
    reference: str = ""
    ratio: str = ""
    budget: str = ""
    result: str = ""  # "pass", "FAIL" or "" (no budget)
    note: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def verdict(ok: bool | None) -> str:
    if ok is None:
        return ""
    return "pass" if ok else "FAIL"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"
