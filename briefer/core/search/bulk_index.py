"""SQLite's passage index filled for many letters at once, during a bulk import."""

from __future__ import annotations

from sqlalchemy.orm import Session


class FullTextInBulk:
    """SQLite: the passage index filled for many letters in one statement, not row by row.

    Inside the batch's transaction the insert trigger is set aside; the passages
    added since the last fill are indexed with one INSERT … SELECT (``fill``),
    before a letter that may change stored passages and at the end of the batch;
    the trigger is put back before the commit. DDL is transactional in SQLite:
    other readers never see the library without its trigger, and a rollback
    restores it. A letter rolled back to its savepoint takes its passages with
    it, so they are never indexed.
    """

    TRIGGER = "passage_fts_insert"

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sql: str | None = None
        self.indexed_up_to = 0

    def start(self) -> None:
        connection = self.session.connection()
        if connection.dialect.name != "sqlite":
            return
        self.sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (self.TRIGGER,)
        ).scalar()
        if self.sql is None:
            return
        self.indexed_up_to = self._newest()
        connection.exec_driver_sql(f"DROP TRIGGER {self.TRIGGER}")

    def _newest(self) -> int:
        connection = self.session.connection()
        newest = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM passages")
        return int(newest.scalar_one())

    def fill(self) -> None:
        """Index the passages added since the last fill (every id above the last one
        indexed: SQLite gives a new row the largest id plus one)."""
        if self.sql is None:
            return
        self.session.connection().exec_driver_sql(
            "INSERT INTO passage_fts(rowid, text) SELECT id, text FROM passages WHERE id > ?",
            (self.indexed_up_to,),
        )
        self.indexed_up_to = self._newest()

    def rolled_back(self) -> None:
        """A letter that went the full way was rolled back: what it indexed is gone too."""
        if self.sql is not None:
            self.indexed_up_to = self._newest()

    def finish(self) -> None:
        if self.sql is not None:
            self.fill()
            self.session.connection().exec_driver_sql(self.sql)
            self.sql = None
