"""A team library on a PostgreSQL server: open, upgrade and seed it.

What SQLite does with files (the integrity check, the daily backups, the
single-writer lock) has no place on a server: the server's own backups protect
the data, the app never drops anything there, and many people write at once
(optimistic versions, see briefer.core.versions, keep their edits apart).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, InterfaceError, OperationalError

from briefer import paths
from briefer.core.errors import StoreError
from briefer.core.seed import is_seeded, seed_new_database
from briefer.core.store.database import SCHEMA_HEAD, Store, run_migrations

# The advisory lock that lets one Briefer at a time create, upgrade or seed a
# server database (any number may use it afterwards).
_SETUP_LOCK = 0x42524946  # "BRIF"
_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def is_database_url(db: object) -> bool:
    """Whether ``--db`` names a server database (a URL) rather than a file."""
    return isinstance(db, str) and "://" in db


def server_url(db: str) -> str:
    """The URL with the psycopg 3 driver; a clear error for anything else."""
    try:
        url = make_url(db)
    except ArgumentError:
        raise StoreError(f"{db}: geen geldige database-URL") from None
    driver = _DRIVERS.get(url.drivername, url.drivername)
    if driver != "postgresql+psycopg":
        raise StoreError(
            f"{url.render_as_string(hide_password=True)}: alleen PostgreSQL-servers "
            "(postgresql+psycopg://gebruiker@server/database) en SQLite-bestanden "
            "worden ondersteund"
        )
    return url.set(drivername=driver).render_as_string(hide_password=False)


def open_server_library(db: str, *, seed: bool = True) -> Store:
    """Connect to the server database, creating, upgrading and seeding it as needed.

    ``seed=False`` (the target of ``briefer copy``) leaves a new database empty.
    """
    url = server_url(db)
    store = Store(paths.default_database().parent / "server", url=url)
    try:
        with _setup_lock(store) as connection:
            revision = _revision(connection)
            if revision is None and _has_tables(connection):
                raise StoreError(f"{store.name}: is geen Briefer-database (onbekende tabellen)")
            if revision != SCHEMA_HEAD:
                _check_known(store, revision)
                run_migrations(store)
            if seed and not is_seeded(store):
                seed_new_database(store)
    except (OperationalError, InterfaceError) as exc:
        store.close()
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise StoreError(f"{store.name}: de server is niet bereikbaar ({reason})") from None
    except DatabaseError as exc:  # e.g. no right to create the unaccent extension
        store.close()
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise StoreError(
            f"{store.name}: de database kan niet worden ingericht ({reason}); "
            "vraag de beheerder van de server"
        ) from None
    except BaseException:
        store.close()
        raise
    return store


@contextmanager
def _setup_lock(store: Store) -> Iterator[Connection]:
    with store.engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _SETUP_LOCK})
        connection.commit()
        try:
            yield connection
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _SETUP_LOCK})
            connection.commit()


def _revision(connection: Connection) -> str | None:
    found = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if found is None:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    connection.commit()
    return str(row[0]) if row else None


def _has_tables(connection: Connection) -> bool:
    count = connection.execute(
        text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
    ).scalar()
    connection.commit()
    return bool(count)


def _check_known(store: Store, revision: str | None) -> None:
    if revision is None:
        return
    versions = paths.migrations_dir() / "versions"
    if revision not in {file.name.split("_", 1)[0] for file in versions.glob("*.py")}:
        raise StoreError(
            f"{store.name}: deze database is gemaakt door een nieuwere versie van Briefer "
            f"(schema {revision}); werk Briefer bij"
        )


def reset_sequences(store: Store) -> None:
    """After rows were copied in with their ids: let new rows continue after them."""
    from briefer.core.models import Base

    with store.engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            if "id" not in table.c or not table.c.id.autoincrement:
                continue
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                )
            )


__all__ = ["is_database_url", "open_server_library", "reset_sequences", "server_url"]
