"""Many rows into one table at once, at the speed of the driver (used by the bulk import).

Where the driver takes ``?`` placeholders (SQLite's) the rows go to its
executemany as tuples, each value converted the way SQLAlchemy would; other
drivers get them through SQLAlchemy Core.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from operator import is_, itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert


def _check_json_text(converter: Callable[[Any], Any] | None) -> None:
    """The JSON type's conversion must be ``json.dumps`` for text made by ``json.dumps``
    to be stored as is; any other (a serializer set on the engine) is refused."""
    sample = [{"kind": "term", "found": "Oekraïne"}]
    made = converter(sample) if converter is not None else sample
    if made != json.dumps(sample):
        raise TypeError("the JSON column's serializer is not json.dumps")
    return None


class ManyRows:
    """An INSERT of many rows, handed to the driver as tuples where it takes ``?``.

    SQLAlchemy's executemany prepares every value of every row in Python (a bound
    parameter per column, then each type's conversion: JSON, booleans,
    timestamps); for a letter's tags that takes longer than SQLite takes to store
    them. Here a value that is the same in every row of a call (a flag, the
    batch's timestamp) is converted once per call, the others once each, with
    the same conversions SQLAlchemy would apply, and the driver's executemany
    gets the tuples. ``as_json_text``: JSON columns whose values arrive as the
    text ``json.dumps`` made of them (in the worker process), stored as they
    are. Drivers with other placeholders get the rows through Core.
    """

    def __init__(
        self, table: Table, columns: Sequence[str], as_json_text: Sequence[str] = ()
    ) -> None:
        self.table = table
        self.columns = tuple(columns)
        self.as_json_text = frozenset(as_json_text)  # JSON columns whose values come as text
        marks = ", ".join("?" * len(self.columns))
        self.sql = f"INSERT INTO {table.name} ({', '.join(self.columns)}) VALUES ({marks})"
        self._converted: dict[Dialect, list[Callable[[Any], Any] | None]] = {}

    def _converters(self, dialect: Dialect) -> list[Callable[[Any], Any] | None]:
        """Each column's conversion of a value for the driver, as SQLAlchemy's (or None)."""
        cached = self._converted.get(dialect)
        if cached is None:
            cached = []
            for name in self.columns:
                column_type = self.table.c[name].type
                converter = column_type.dialect_impl(dialect).bind_processor(dialect)
                if name in self.as_json_text:  # already what the JSON type would make of it
                    _check_json_text(converter)
                    converter = None
                cached.append(converter)
            self._converted[dialect] = cached
        return cached

    def insert(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        dialect = connection.dialect
        if dialect.paramstyle != "qmark":
            if self.as_json_text:
                rows = [
                    {
                        name: json.loads(v) if name in self.as_json_text else v
                        for name, v in row.items()
                    }
                    for row in rows
                ]
            connection.execute(insert(self.table), rows)
            return
        first = rows[0]
        count = len(rows)
        values: list[Iterable[Any]] = []  # column by column, in C (no Python loop per value)
        for name, convert in zip(self.columns, self._converters(dialect), strict=True):
            value = first[name]
            if all(map(is_, map(itemgetter(name), rows), repeat(value))):  # one for all
                values.append(repeat(convert(value) if convert is not None else value, count))
            elif convert is None:
                values.append(map(itemgetter(name), rows))
            else:
                values.append(
                    [None if v is None else convert(v) for v in map(itemgetter(name), rows)]
                )
        tuples = list(zip(*values, strict=True))
        connection.exec_driver_sql(self.sql, tuples)
