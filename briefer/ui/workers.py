"""One background helper for every long task: a QRunnable on a thread pool, results
back on the GUI thread by signal, progress and cancel.

Database writes go through one writer at a time: tasks that write use the
single-thread ``writer`` pool; reads may use the shared pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefer.core.errors import BrieferError

log = logging.getLogger(__name__)


class TaskCancelledError(Exception):
    """Raised inside a task's work when the user cancelled it."""


class TaskSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what (e.g. the file name)
    item_done = Signal(object)  # one part of the work finished (e.g. one imported file)
    finished = Signal(object)  # the result
    failed = Signal(str)  # a message for the user
    cancelled = Signal()


class TaskContext:
    """Given to the work function: report progress, and ask whether to stop."""

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._kept = False
        self.label = ""

    def progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise TaskCancelledError
        self._signals.progress.emit(done, total, self.label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, item: object) -> None:
        """Hand one finished part of the work to the GUI thread at once."""
        self._signals.item_done.emit(item)

    def cancel(self) -> None:
        with self._lock:
            if not self._kept:
                self._cancel.set()

    def keep(self) -> None:
        """The work is done and stored: a cancel that comes now (too late) changes nothing."""
        with self._lock:
            self._kept = True
            self._cancel.clear()


class Task(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.context = TaskContext(self.signals)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.context)
        except TaskCancelledError:
            self.signals.cancelled.emit()
        except BrieferError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # never a traceback for the user
            if self.context.cancelled():  # e.g. an exporter's own cancel error
                self.signals.cancelled.emit()
                return
            log.exception("background task failed")
            self.signals.failed.emit(f"Onverwachte fout: {type(exc).__name__}: {exc}")
        else:
            if self.context.cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)

    def cancel(self) -> None:
        self.context.cancel()


class Workers(QObject):
    """The pools: ``run`` for work that writes (one at a time), ``read`` for reads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self._running: set[Task] = set()

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[str], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        on_cancel: Callable[[], None] | None,
        on_item: Callable[[object], None] | None = None,
    ) -> Task:
        task = Task(work)
        if on_item is not None:
            task.signals.item_done.connect(on_item)
        self._running.add(task)

        def forget(*_: object) -> None:
            self._running.discard(task)

        if on_done is not None:
            task.signals.finished.connect(on_done)
        if on_error is not None:
            task.signals.failed.connect(on_error)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        if on_cancel is not None:
            task.signals.cancelled.connect(on_cancel)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(forget)
        pool.start(task)
        return task

    def write(
        self,
        work: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        on_item: Callable[[object], None] | None = None,
    ) -> Task:
        return self._start(self.writer, work, on_done, on_error, on_progress, on_cancel, on_item)

    def read(
        self,
        work: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> Task:
        return self._start(self.readers, work, on_done, on_error, None, None)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running tasks (at shutdown and in tests)."""
        return self.writer.waitForDone(msecs) and self.readers.waitForDone(msecs)
