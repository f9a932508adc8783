"""What else differs between SQLite and PostgreSQL, as small functions of the store.

The services and the import pipeline call these instead of asking which database
they are on (a test keeps every such question in core/store and core/search).
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def begin_for_savepoints(session: Session) -> None:
    """Open the batch's transaction for real before its first savepoint.

    Python's sqlite3 begins a transaction only before a write; a SAVEPOINT issued
    outside one starts its own, and its RELEASE would commit each letter alone.
    """
    connection = session.connection()
    raw = connection.connection.dbapi_connection
    if connection.dialect.name == "sqlite" and not getattr(raw, "in_transaction", True):
        connection.exec_driver_sql("BEGIN")
