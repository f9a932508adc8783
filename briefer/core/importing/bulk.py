"""Import many letters at once, at the speed of the database.

``import_file`` stays the way one letter is imported: all or nothing, in its own
transaction. ``import_many`` is for a folder or a drop of many files:

- reading, parsing, tagging and finding commitments (pure computation, no
  database; ``briefer.core.importing.worker``) run in worker processes (one per core
  but the writer's, at most two) while this process writes the letters already
  parsed, in order;
- the letters are written in one transaction per batch, with a savepoint per
  letter: a letter that fails stores nothing of itself and keeps the others;
- a new letter's rows go in with one INSERT per table, with the tags and
  commitments the worker found (the same matcher as ``tag_letter``, the same
  finder as ``sync_commitments``); a duplicate or a new version of a stored
  letter goes the way of ``import_file`` (``briefer.core.importing.writer``);
- the full-text index is filled for many letters with one INSERT … SELECT (its
  insert trigger set aside for the batch, inside the same transaction), every
  ``FILL_EVERY`` letters, so the workers never wait long for the writer.

Progress is reported per letter with the rate in letters per second and an
estimate of the time left; ``stop()`` returning True ends the import after the
current letter, keeping every letter written so far.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefer.core.commitment_register import sync_commitments
from briefer.core.importing.letter_sources import keep_source, stored_fixes
from briefer.core.importing.single import (
    DUPLICATE,
    NEW,
    UPDATED,
    ImportResult,
    _parse,
    _result,
    find_same_letter,
    store_parsed,
)
from briefer.core.importing.worker import Parsed, Themes, init_worker, parse_and_tag, parse_many
from briefer.core.importing.writer import KnownLetters, store_new
from briefer.core.models import LetterSource, Theme, utcnow
from briefer.core.search.bulk_index import FullTextInBulk
from briefer.core.store.database import Store
from briefer.core.store.dialect import begin_for_savepoints
from briefer.core.tags import tag_letter
from briefer.ingest.corrections import body_lines
from briefer.ingest.errors import LetterImportError
from briefer.ingest.kamerstuk import kamerstuk_key

log = logging.getLogger(__name__)

Outcome = ImportResult | LetterImportError
BATCH = 250  # letters per transaction: a crash loses at most the batch in progress
POOL_FROM = 8  # fewer files: parse here, the worker processes would cost more than they save
AHEAD = 16  # files parsed ahead of the writer
CHUNK = 4  # files per task of a worker process
# Letters whose passages are indexed together. Not the whole batch at once: while this
# process indexes, the worker processes can only parse AHEAD files, then they wait.
FILL_EVERY = 25


@dataclass(frozen=True)
class BulkProgress:
    done: int
    total: int
    name: str  # the file just done
    seconds: float  # since the import started

    @property
    def per_second(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        rate = self.per_second
        return (self.total - self.done) / rate if rate > 0 else None


def _themes(store: Store) -> Themes:
    with store.read() as session:
        rows = session.execute(select(Theme.id, Theme.name, Theme.terms).order_by(Theme.position))
        return tuple((tid, name, tuple(terms or [])) for tid, name, terms in rows)


def _worker_count() -> int:
    """Parsing a letter costs about three times what writing it does, so on two cores
    two parsers share them with the writer (measured: 55-58 letters/s against 39-46
    with one); with more cores, one per core but the writer's, at most three."""
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(3, max(2, cores - 1))


def _parsed_in_order(paths: Sequence[Path], themes: Themes) -> Generator[Parsed, None, None]:
    """Parsed files in the order given; in worker processes when there are many."""
    workers = _worker_count()
    if len(paths) < POOL_FROM or workers < 1:
        for path in paths:
            yield parse_and_tag(path, themes)
        return
    # spawn, not fork: the window's process has threads that a fork would copy half-way.
    context = multiprocessing.get_context("spawn")
    # A few files per task: each result handed back costs the writer's process a wake-up
    # of the pool's threads, which take the interpreter from the writer meanwhile.
    chunks = [list(paths[start : start + CHUNK]) for start in range(0, len(paths), CHUNK)]
    with ProcessPoolExecutor(workers, context, init_worker, (themes,)) as pool:
        pending: list[tuple[list[Path], Future[list[Parsed]]]] = []
        queue = iter(chunks)
        try:
            for chunk in queue:
                pending.append((chunk, pool.submit(parse_many, chunk)))
                if len(pending) * CHUNK >= AHEAD:
                    break
            while pending:
                chunk, future = pending[0]
                try:
                    done = future.result()
                except BrokenProcessPool:  # a worker died (out of memory?): go on here
                    log.warning("the parsing processes stopped; parsing in this one")
                    for rest in [*(c for c, _f in pending), *queue]:
                        for path in rest:
                            yield parse_and_tag(path, themes)
                    pending = []
                    return
                pending.pop(0)
                following = next(queue, None)
                if following is not None:
                    pending.append((following, pool.submit(parse_many, following)))
                yield from done
        finally:
            for _chunk, future in pending:
                future.cancel()


def _store_full(session: Session, item: Parsed, known: KnownLetters) -> ImportResult:
    """A duplicate, or a new version of a stored letter: the way ``import_file`` goes."""
    path = item.path
    source = session.scalar(select(LetterSource).where(LetterSource.file_hash == item.file_hash))
    if source is not None:
        return _result(session, path, DUPLICATE, source.letter_id)
    letter = item.letter()
    same = find_same_letter(session, letter)
    lines = body_lines(stored_fixes(session, same.id)) if same is not None else []
    if lines:  # the user said lines the workers greyed are text: read it as they fixed it
        letter = _parse(path, path.read_bytes(), None, lines)
    status, letter_id = store_parsed(session, letter, path.name)
    if status in (NEW, UPDATED):
        tag_letter(session, letter_id)
        sync_commitments(session, letter_id)
    session.add(LetterSource(letter_id=letter_id, file_hash=item.file_hash, file_name=path.name))
    session.flush()
    known.add_stored(session, letter_id)
    return _result(session, path, status, letter_id)


def import_many(
    store: Store,
    paths: Sequence[Path | str],
    progress: Callable[[BulkProgress], None] | None = None,
    stop: Callable[[], bool] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Import ``paths``; one outcome per file, in order (an ImportResult or the error).

    ``on_outcome`` hears of each file once it is stored (its batch may still be open).
    """
    files = [Path(p) for p in paths]
    start = time.perf_counter()
    outcomes: list[Outcome] = []
    parsed = _parsed_in_order(files, _themes(store))
    in_batch = 0
    try:
        with store.session() as session:
            batch = _Batch(session)
            for item in parsed:
                if stop is not None and stop():
                    break
                outcome = batch.store(item)
                outcomes.append(outcome)
                in_batch += 1
                if in_batch >= BATCH:  # commit what is done; the next batch begins
                    batch.finish()
                    session.commit()
                    batch = _Batch(session)
                    in_batch = 0
                if on_outcome is not None:
                    on_outcome(outcome)
                if progress is not None:
                    elapsed = time.perf_counter() - start
                    progress(BulkProgress(len(outcomes), len(files), item.path.name, elapsed))
            batch.finish()
    finally:
        parsed.close()
    _keep_sources(store, outcomes)
    return outcomes


def _keep_sources(store: Store, outcomes: list[Outcome]) -> None:
    """A copy of each new PDF or Word file, for the import check (as ``import_file``)."""
    for outcome in outcomes:
        if isinstance(outcome, ImportResult) and outcome.status in (NEW, UPDATED):
            path = outcome.path
            if path.suffix.lower() in (".pdf", ".docx"):
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                keep_source(store, hashlib.sha256(data).hexdigest(), path.suffix, data)


class _Batch:
    """One transaction of many letters, each in its own savepoint."""

    def __init__(self, session: Session) -> None:
        self.session = session
        begin_for_savepoints(session)
        self.index = FullTextInBulk(session)
        self.index.start()
        self.known = KnownLetters(session)  # loaded per batch: a team member may add letters
        self.now = utcnow()
        self.stored = 0

    def store(self, item: Parsed) -> Outcome:
        """One letter in its savepoint: a failure stores nothing of it and keeps the others."""
        if item.meta is None:
            return LetterImportError(item.path, item.error or "onbekende fout")
        new = self.known.is_new(item)
        if not new:
            self.index.fill()  # the full way may change indexed passages: index them first
        # A plain SAVEPOINT: the ORM's begin_nested() costs as much as storing the letter.
        # Nothing of the session outlives a letter, so after a rollback it is just emptied.
        connection = self.session.connection()
        connection.exec_driver_sql("SAVEPOINT letter")
        try:
            if new:
                result = store_new(self.session, item, self.now)
            else:
                result = _store_full(self.session, item, self.known)
                self.index.fill()
        except Exception as exc:
            connection.exec_driver_sql("ROLLBACK TO SAVEPOINT letter")
            connection.exec_driver_sql("RELEASE SAVEPOINT letter")
            self.session.expunge_all()
            if not new:
                self.index.rolled_back()
            if isinstance(exc, LetterImportError):
                return exc
            log.exception("storing %s failed", item.path)
            return LetterImportError(
                item.path, f"kan niet worden opgeslagen ({type(exc).__name__}: {exc})"
            )
        connection.exec_driver_sql("RELEASE SAVEPOINT letter")
        self.stored += 1
        if self.stored % FILL_EVERY == 0:
            self.index.fill()
        if new:
            meta = item.meta
            title = result.title
            self.known.files.add(item.file_hash)
            key = kamerstuk_key(meta.kamerstuk) if meta.kamerstuk else None
            self.known.add_letter(key, item.content_hash, title, meta.date, meta.publication)
        else:
            self.known.files.add(item.file_hash)
            self.session.expunge_all()  # the letter's ORM objects are written
        return result

    def finish(self) -> None:
        self.index.finish()
