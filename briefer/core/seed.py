"""First start: the bundled letter and the default themes, so the library is useful."""

from __future__ import annotations

from briefer import paths
from briefer.core.importing.single import import_file
from briefer.core.models import AppMeta, utcnow
from briefer.core.store.database import Store
from briefer.core.themes import install_default_themes

SEEDED_KEY = "seeded_at"


def is_seeded(store: Store) -> bool:
    with store.read() as session:
        return session.get(AppMeta, SEEDED_KEY) is not None


def seed_new_database(store: Store) -> None:
    """Load the default themes and the bundled letters, once per database.

    Runs only for a database that was never seeded, so a user who deletes the
    bundled letter does not see it come back.
    """
    if is_seeded(store):
        return
    with store.session() as session:
        install_default_themes(session)
    for letter in paths.bundled_letters():
        import_file(store, letter, bundled=True)
    with store.session() as session:
        session.merge(AppMeta(key=SEEDED_KEY, value=utcnow().isoformat()))
