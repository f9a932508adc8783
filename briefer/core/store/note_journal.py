"""Between backups no note is lost: the notes' recent versions in a journal beside the database.

The daily backup goes back a day: a damaged library put back from it would
lose the notes written since. So every note version saved in a library file
is also appended to ``briefer.sqlite.notes`` beside it, and written to the
disk (fsync) before the save commits: a damaged database cannot take the
journal with it. After a restore, ``briefer.core.note_replay`` adds every
version the restored library does not have yet.

One line per version: a checksum, then the version as JSON (the note's owner
by id and by what still finds it in an older library: the theme's name, the
passage's text and letter). A line cut short by a crash fails its checksum and
is skipped; a failed append is cut off again. The journal is the user's
alone (0600) and stays small: after each backup only the versions saved since
the second-newest backup are kept (a restore of either of the two newest
brings everything back), and past ``MAX_BYTES`` only the newest version of
each note.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefer.core.store.private import create_private_file

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".notes"
MAX_BYTES = 32 * 1024 * 1024
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d{6})?-")
_MARGIN = timedelta(minutes=1)  # a version saved as a backup began may not be in it


def after_backups(journal: NoteJournal, backups: list[Path]) -> None:
    """A backup was made: keep the versions since the second-newest backup began."""
    if len(backups) < 2:
        return
    started = backup_started(backups[-2])
    if started is not None:
        journal.keep_since(started - _MARGIN)


def journal_path(database: Path) -> Path:
    return database.with_name(database.name + JOURNAL_SUFFIX)


@dataclass(frozen=True)
class JournalEntry:
    """One saved version of a note."""

    saved_at: str  # ISO 8601 in UTC, as stored with the version
    body: str
    author: str
    theme_id: int | None = None
    theme_name: str | None = None
    passage_id: int | None = None
    passage_hash: str | None = None  # the passage's text_hash
    letter_hash: str | None = None  # its letter's content_hash

    @property
    def owner(self) -> tuple[str, int | None]:
        """Which note of the library that wrote it this is a version of."""
        if self.theme_id is not None:
            return ("theme", self.theme_id)
        return ("passage", self.passage_id)

    @property
    def moment(self) -> datetime:
        return as_utc(datetime.fromisoformat(self.saved_at))


def backup_started(backup: Path) -> datetime | None:
    """When a backup began, from its name (local time), in UTC; None when its name has none."""
    match = _STAMP.search(backup.name)
    if match is None:
        return None
    try:
        local = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return local.astimezone(UTC)


def as_utc(moment: datetime) -> datetime:
    """A stored time as an aware UTC time (SQLite gives stored times back without a zone)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _line(entry: JournalEntry) -> bytes:
    text = json.dumps(asdict(entry), ensure_ascii=False, separators=(",", ":"))
    data = text.encode("utf-8")
    return f"{zlib.crc32(data):08x} ".encode("ascii") + data + b"\n"


def _entry(line: bytes) -> JournalEntry | None:
    """The entry of a whole, unchanged line; None for a torn or damaged one."""
    checksum, _, data = line.partition(b" ")
    try:
        if int(checksum, 16) != zlib.crc32(data):
            return None
        return JournalEntry(**json.loads(data.decode("utf-8")))
    except (ValueError, TypeError, UnicodeDecodeError):
        return None


class NoteJournal:
    """The journal of one library file; ``record`` appends, ``entries`` reads."""

    def __init__(self, database: Path) -> None:
        self.path = journal_path(database)
        self._lock = threading.Lock()

    def record(self, entry: JournalEntry) -> None:
        """Append one version and write it to the disk; OSError when it cannot be.

        Called inside the note's transaction, before its commit: a version the
        journal cannot take is not saved at all.
        """
        with self._lock:
            create_private_file(self.path)
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
            try:
                size = os.fstat(fd).st_size
                data = _line(entry)
                if size and os.pread(fd, 1, size - 1) != b"\n":  # after a torn line
                    data = b"\n" + data
                try:
                    written = os.write(fd, data)
                    if written != len(data):
                        raise OSError(28, os.strerror(28))  # ENOSPC: only part fitted
                    os.fsync(fd)
                except OSError:
                    with contextlib.suppress(OSError):
                        os.ftruncate(fd, size)  # never half a line before the next one
                    raise
            finally:
                os.close(fd)
            if size + len(data) > MAX_BYTES:
                self._compact()

    def entries(self) -> list[JournalEntry]:
        """Every whole entry, oldest first (damaged lines skipped)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        found = [_entry(line) for line in data.split(b"\n") if line]
        return [entry for entry in found if entry is not None]

    def keep_since(self, moment: datetime) -> None:
        """Drop the versions saved before ``moment`` (the backups hold them)."""
        with self._lock:
            entries = self.entries()
            kept = [entry for entry in entries if entry.moment >= moment]
            if len(kept) < len(entries):
                self._rewrite(kept)

    def _compact(self) -> None:
        """Past MAX_BYTES: keep the newest version of each note, in their order."""
        entries = self.entries()
        newest = {entry.owner: index for index, entry in enumerate(entries)}
        self._rewrite([entries[index] for index in sorted(newest.values())])

    def _rewrite(self, entries: Iterable[JournalEntry]) -> None:
        """Replace the journal at once (a new file renamed over it), or leave it whole."""
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.part")
        try:
            partial.unlink(missing_ok=True)
            create_private_file(partial)
            with partial.open("r+b") as handle:
                handle.writelines(_line(entry) for entry in entries)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, self.path)
        except OSError:
            partial.unlink(missing_ok=True)
            log.warning("the note journal %s could not be made smaller", self.path.name)
