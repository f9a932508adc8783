"""Plain SQL through the database's own driver (sqlite3, or the server's psycopg),
without SQLAlchemy: the rows ``Store.reading`` hands out, and the helpers that turn
their values (as each driver gives them) into Python's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any


class Rows:
    """Plain SQL on one read transaction (``Store.reading``); rows come back as tuples.

    Values come back as the driver gives them: on SQLite a date is text, a
    boolean 0 or 1 and JSON text, on PostgreSQL a date, a bool and a list
    (``as_date``, ``as_bool`` and ``as_json`` take either).
    """

    def __init__(self, cursor: Any, *, server: bool) -> None:
        self._cursor = cursor
        self._server = server

    def all(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[tuple[Any, ...]]:
        """Rows of ``sql``, with ``?`` placeholders (or ``:name`` ones and a mapping)."""
        if self._server:  # psycopg's placeholders are %s and %(name)s (a literal % is %%)
            sql = sql.replace("%", "%%")
            if isinstance(params, Mapping):
                sql = re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql)
            else:
                sql = sql.replace("?", "%s")
        self._cursor.execute(sql, params if isinstance(params, Mapping) else tuple(params))
        return [tuple(row) for row in self._cursor.fetchall()]

    def first(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> tuple[Any, ...] | None:
        found = self.all(sql, params)
        return found[0] if found else None

    def passages_with_words(
        self, words: Sequence[str], prefixes: Sequence[str] = ()
    ) -> set[int] | None:
        """Ids of the passages whose text has one of ``words`` (or a word starting with
        one of ``prefixes``), from SQLite's full-text index; None where there is none
        (a server: the caller scans the text itself)."""
        if self._server or not self.table_exists("passage_fts"):
            return None
        terms = [f'"{word}"' for word in words] + [f'"{prefix}"*' for prefix in prefixes]
        if not terms or any(not term.strip('"*').isalnum() for term in terms):
            raise ValueError("only words of letters and digits")
        found = self.all(
            "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ?", (" OR ".join(terms),)
        )
        return {int(row[0]) for row in found}

    def table_exists(self, name: str) -> bool:
        if self._server:
            return self.first("SELECT to_regclass(?)", (name,)) not in (None, (None,))
        return (
            self.first("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
            is not None
        )

    def has_tables(self) -> bool:
        if self._server:
            found = self.first("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
        else:
            found = self.first("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
        return bool(found and found[0])


def as_date(value: Any) -> date | None:
    """A DATE column's value as ``Rows`` gives it (SQLite: ISO text) as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_bool(value: Any) -> bool:
    """A BOOLEAN column's value (SQLite: 0 or 1) as a bool."""
    return bool(value)


def as_json(value: Any) -> Any:
    """A JSON column's value (SQLite: its text) as Python values."""
    if isinstance(value, str | bytes):
        return json.loads(value)
    return value
