"""Wiring only: paths -> store (migrate, seed) -> window or command line."""

from __future__ import annotations

import logging
from pathlib import Path

from briefer import paths
from briefer.core.seed import is_seeded, seed_new_database
from briefer.core.store import Store, open_store

LOG_NAME = "briefer.log"


def log_file(database: Path) -> Path:
    return database.parent / LOG_NAME


def setup_logging(database: Path) -> None:
    """Warnings and unexpected errors go to a log file beside the database."""
    root = logging.getLogger()
    if any(getattr(handler, "_briefer", False) for handler in root.handlers):
        return
    try:
        handler = logging.FileHandler(log_file(database), encoding="utf-8", delay=True)
    except OSError:
        return
    handler._briefer = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)


def resolve_database(db: str | Path | None) -> Path:
    return Path(db).expanduser() if db else paths.default_database()


def open_library(db: str | Path | None = None) -> Store:
    """Open the database (creating, upgrading and seeding it as needed)."""
    database = resolve_database(db)
    store, _created = open_store(database)
    setup_logging(database)
    if not is_seeded(store):
        seed_new_database(store)
    return store
