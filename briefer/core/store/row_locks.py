"""Hold a row for the rest of a transaction, so read-then-write is never raced.

PostgreSQL locks the one row (SELECT ... FOR UPDATE). SQLite has one writer per
database: a no-op UPDATE takes its write lock now, before anything is read (the
busy timeout makes a second writer wait, as on the server).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

_TABLES = frozenset(("themes", "passages", "notes", "talking_points", "briefings"))


def lock_row(session: Session, table: str, row_id: int) -> None:
    if table not in _TABLES:
        raise ValueError(f"no row lock for table {table}")
    if session.get_bind().dialect.name == "postgresql":
        statement = f"SELECT id FROM {table} WHERE id = :id FOR UPDATE"
    else:
        statement = f"UPDATE {table} SET id = id WHERE id = :id"
    session.execute(text(statement), {"id": row_id})
