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

A letter is reported (``on_outcome``) only once its transaction has committed,
so what was reported is stored, whatever happens next. A transaction is
committed every ``COMMIT_SECONDS`` (or ``BATCH`` letters), so a crash loses at
most the last second's letters and a report never lags far behind. When the
store itself fails (a full disk, a read-only file, a server that refuses or
goes away) the import stops with ``BulkImportStoppedError``: one line with the
cause, and the files that were not stored. The worker processes end with the
import however it ends, also when the writer is killed (``init_worker``).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from briefer.core.commitment_register import sync_commitments
from briefer.core.errors import StoreError
from briefer.core.fulfilment_links import statements_waiting
from briefer.core.importing.letter_sources import keep_source, stored_fixes
from briefer.core.importing.parsing import parsed_in_order
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
from briefer.core.importing.worker import (
    VOLDAAN,
    Parsed,
    Themes,
)
from briefer.core.importing.writer import KnownLetters, store_new
from briefer.core.models import LetterSource, Theme, utcnow
from briefer.core.search.bulk_index import FullTextInBulk
from briefer.core.store.database import Store
from briefer.core.store.dialect import begin_for_savepoints
from briefer.core.store.failures import driver_message, store_problem
from briefer.core.tags import tag_letter
from briefer.ingest.corrections import body_lines
from briefer.ingest.errors import LetterImportError
from briefer.ingest.kamerstuk import kamerstuk_key
from briefer.ingest.reader import read_bytes

log = logging.getLogger(__name__)

Outcome = ImportResult | LetterImportError
BATCH = 250  # letters per transaction at most (and per look at what the library knows)
COMMIT_SECONDS = 1.0  # the longest a stored letter waits for its commit and its report
# Letters whose passages are indexed together. Not the whole batch at once: while this
# process indexes, the worker processes can only parse AHEAD files, then they wait.
FILL_EVERY = 25


class BulkImportStoppedError(StoreError):
    """The store failed during a bulk import: the letters committed before it stay.

    ``not_stored`` are the files of which nothing was stored (in order); every
    other file was reported before (stored, or failed with its own reason).
    """

    def __init__(self, message: str, not_stored: list[Path]) -> None:
        super().__init__(message)
        self.not_stored = not_stored


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
        letter = _parse(path, read_bytes(path), None, lines)
    status, letter_id = store_parsed(session, letter, path.name)
    if status in (NEW, UPDATED):
        tag_letter(session, letter_id)
        sync_commitments(session, letter_id)
    session.add(LetterSource(letter_id=letter_id, file_hash=item.file_hash, file_name=path.name))
    session.flush()
    known.add_stored(session, letter_id)
    return replace(_result(session, path, status, letter_id), notice=item.notice)


def import_many(
    store: Store,
    paths: Sequence[Path | str],
    progress: Callable[[BulkProgress], None] | None = None,
    stop: Callable[[], bool] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Import ``paths``; one outcome per file, in order (an ImportResult or the error).

    ``on_outcome`` hears of each file once its transaction has committed (a
    failed file with the stored ones around it). Stopped (``stop()``), the
    letters done so far are committed and reported and the rest are not in the
    list; a failing store raises BulkImportStoppedError naming the files not stored.
    """
    files = [Path(p) for p in paths]
    start = time.perf_counter()
    outcomes: list[Outcome] = []  # reported: committed, or failed
    waiting: list[Outcome] = []  # in the open transaction: reported when it commits

    def report() -> None:
        for outcome in waiting:
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
        waiting.clear()

    parsed = parsed_in_order(files, _themes(store), stop)
    try:
        with store.session() as session:
            try:
                batch = _Batch(session)
                for item in parsed:
                    if stop is not None and stop():
                        break
                    waiting.append(batch.store(item))
                    if batch.due():  # commit what is done, then say so; the next one begins
                        batch.finish()
                        session.commit()
                        report()
                        batch = _Batch(session, batch.known)
                    if progress is not None:
                        done = len(outcomes) + len(waiting)
                        elapsed = time.perf_counter() - start
                        progress(BulkProgress(done, len(files), item.path.name, elapsed))
                batch.finish()
                session.commit()
            except DBAPIError as exc:
                raise _stopped(store, exc, files, outcomes, waiting, on_outcome) from None
        report()
    finally:
        parsed.close()
        _keep_sources(store, outcomes)
    return outcomes


def _stopped(
    store: Store,
    exc: DBAPIError,
    files: list[Path],
    outcomes: list[Outcome],
    waiting: list[Outcome],
    on_outcome: Callable[[Outcome], None] | None,
) -> BulkImportStoppedError:
    """The store failed: files that failed anyway are reported, the rest named as not stored.

    ``outcomes`` (committed) are the first files in order, ``waiting`` the next ones.
    """
    problem = store_problem(exc, None if store.is_server else store.path)
    problem = problem or f"de database gaf een fout ({driver_message(exc)})"
    not_stored = []
    rest = files[len(outcomes) :]
    for index, path in enumerate(rest):
        outcome = waiting[index] if index < len(waiting) else None
        if isinstance(outcome, LetterImportError):  # failed in itself, whatever the store does
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
        else:
            not_stored.append(path)
    stored = sum(isinstance(outcome, ImportResult) for outcome in outcomes)
    return BulkImportStoppedError(
        f"{store.name}: de import is gestopt, {problem}; "
        f"{stored} van {len(files)} brieven zijn opgeslagen, {len(not_stored)} niet",
        not_stored,
    )


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

    def __init__(self, session: Session, known: KnownLetters | None = None) -> None:
        self.session = session
        begin_for_savepoints(session)
        self.index = FullTextInBulk(session)
        self.index.start()
        # Loaded again every BATCH letters: a team member may add letters meanwhile.
        if known is None or known.seen >= BATCH:
            known = KnownLetters(session)
        self.known = known
        self.waiting = statements_waiting(session)  # statements that meet nothing yet
        self.now = utcnow()
        self.started = time.monotonic()
        self.letters = 0
        self.stored = 0

    def due(self) -> bool:
        """Time to commit: the batch is full, or its first letter has waited long enough."""
        return self.letters >= BATCH or time.monotonic() - self.started >= COMMIT_SECONDS

    def store(self, item: Parsed) -> Outcome:
        """One letter in its savepoint: a failure stores nothing of it and keeps the others.

        A failure of the store itself (full, read-only, refused, gone) is raised:
        no letter after it could be stored either.
        """
        self.letters += 1
        self.known.seen += 1
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
                result = store_new(self.session, item, self.now, self.waiting)
            else:
                result = _store_full(self.session, item, self.known)
                self.index.fill()
        except Exception as exc:
            if isinstance(exc, DBAPIError) and store_problem(exc) is not None:
                raise
            try:
                connection.exec_driver_sql("ROLLBACK TO SAVEPOINT letter")
                connection.exec_driver_sql("RELEASE SAVEPOINT letter")
            except DBAPIError:  # the transaction itself is lost: so is the import
                raise exc from None
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
        if not self.waiting and (not new or any(f.kind == VOLDAAN for f in item.commitments)):
            self.waiting = statements_waiting(self.session)
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
