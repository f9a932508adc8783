"""The bulk import's parsing: in worker processes when there are many files, in order.

Reading, parsing, tagging and finding commitments (``briefer.core.importing.worker``)
run in worker processes (one per core but the writer's, at most three) while the
writer stores the letters already parsed. The workers are started with the
``spawn`` method and end with the import however it ends: told to stop, on an
error, on Ctrl-C, and also when the writer is killed without warning (each
worker watches the writer, see ``parse_worker.init_worker``).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from briefer.core.importing.worker import Parsed, Themes, init_worker, parse_and_tag, parse_many

log = logging.getLogger(__name__)

POOL_FROM = 8  # fewer files: parse here, the worker processes would cost more than they save
AHEAD = 16  # files parsed ahead of the writer
CHUNK = 4  # files per task of a worker process
_POLL = 0.1  # while waiting for a worker, how often to look whether to stop
_QUIET_TRACKER = "ignore::UserWarning:multiprocessing.resource_tracker"


def _worker_count() -> int:
    """Parsing a letter costs about three times what writing it does, so on two cores
    two parsers share them with the writer (measured: 55-58 letters/s against 39-46
    with one); with more cores, one per core but the writer's, at most three."""
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(3, max(2, cores - 1))


def parsed_in_order(
    paths: Sequence[Path], themes: Themes, stop: Callable[[], bool] | None = None
) -> Generator[Parsed, None, None]:
    """Parsed files in the order given; in worker processes when there are many.

    Ends early (without a letter more) when ``stop()`` says so while it waits
    for a worker; however it ends, no worker process outlives it.
    """
    workers = _worker_count()
    if len(paths) < POOL_FROM or workers < 1:
        for path in paths:
            yield parse_and_tag(path, themes)
        return
    # spawn, not fork: the window's process has threads that a fork would copy half-way.
    context = multiprocessing.get_context("spawn")
    if getattr(sys, "frozen", False):
        # The installed application (tools/briefer_app.py): its workers are this program
        # run again, which has no main script for spawn to read in first.
        multiprocessing.process.ORIGINAL_DIR = None  # type: ignore[attr-defined]
    # multiprocessing's resource tracker (started with the pool, with this process's
    # -W options) outlives a writer killed without warning by a moment, and would then
    # warn on the user's terminal about the pool's semaphores, which it cleans up.
    if _QUIET_TRACKER not in sys.warnoptions:
        sys.warnoptions.append(_QUIET_TRACKER)
    # A few files per task: each result handed back costs the writer's process a wake-up
    # of the pool's threads, which take the interpreter from the writer meanwhile.
    chunks = [list(paths[start : start + CHUNK]) for start in range(0, len(paths), CHUNK)]
    setup = (themes, os.getpid(), _log_file())
    with ProcessPoolExecutor(workers, context, init_worker, setup) as pool:
        pending: list[tuple[list[Path], Future[list[Parsed]]]] = []
        queue = iter(chunks)
        complete = False
        try:
            for chunk in queue:
                pending.append((chunk, pool.submit(parse_many, chunk)))
                if len(pending) * CHUNK >= AHEAD:
                    break
            while pending:
                chunk, future = pending[0]
                try:
                    done = _worker_result(future, stop)
                except BrokenProcessPool:  # a worker died (out of memory?): go on here
                    log.warning("the parsing processes stopped; parsing in this one")
                    for rest in [*(c for c, _f in pending), *queue]:
                        for path in rest:
                            yield parse_and_tag(path, themes)
                    pending = []
                    complete = True
                    return
                if done is None:  # told to stop while waiting
                    return
                pending.pop(0)
                following = next(queue, None)
                if following is not None:
                    pending.append((following, pool.submit(parse_many, following)))
                yield from done
            complete = True
        finally:
            for _chunk, future in pending:
                future.cancel()
            if not complete:  # stopped, failed or interrupted: the parsing is not wanted
                _end_workers(pool)


def _worker_result(
    future: Future[list[Parsed]], stop: Callable[[], bool] | None
) -> list[Parsed] | None:
    """The worker's result, or None when ``stop()`` says so while it is not there yet."""
    while True:
        try:
            return future.result(timeout=_POLL)
        except TimeoutError:
            if stop is not None and stop():
                return None


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """End the worker processes now, in the middle of their files."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=10)


def _log_file() -> str | None:
    """The log this process writes to (briefer.app.setup_logging): the workers' too."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_briefer", False) and isinstance(handler, logging.FileHandler):
            return handler.baseFilename
    return None
