"""Where Briefer keeps its data, backups and settings, and where its bundled files are.

``BRIEFER_DATA_DIR`` overrides the user's data folder (tests point it at a
temporary folder); ``--db PATH`` on the command line overrides the database file.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_documents_path

APP_NAME = "Briefer"
DATABASE_NAME = "briefer.sqlite"
BACKUP_DIR_NAME = "backups"
SETTINGS_NAME = "settings.json"
WINDOW_LAYOUT_NAME = "window.ini"
RECENT_EXPORTS_NAME = "recent_exports.json"

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder holding the database and its backups (not created here)."""
    override = os.environ.get("BRIEFER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The folder holding the settings file."""
    override = os.environ.get("BRIEFER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return user_config_path(APP_NAME, appauthor=False)


def settings_file() -> Path:
    return config_dir() / SETTINGS_NAME


def window_layout_file() -> Path:
    """The window's size, panes and what was open (written by the window)."""
    return config_dir() / WINDOW_LAYOUT_NAME


def recent_exports_file() -> Path:
    """The briefings the user exported lately, from the window and the command line."""
    return config_dir() / RECENT_EXPORTS_NAME


def is_database_url(db: object) -> bool:
    """Whether ``--db`` names a server database (a URL) rather than a file."""
    return isinstance(db, str) and "://" in db


def default_database() -> Path:
    return data_dir() / DATABASE_NAME


def backup_dir_for(database: Path) -> Path:
    """Backups sit in a ``backups`` folder next to the database they copy."""
    return database.parent / BACKUP_DIR_NAME


def _bundled(name: str) -> Path:
    # Installed: the folder is shipped inside the package (see pyproject.toml).
    # Source checkout or editable install: it sits at the top of the repository.
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Briefer is incompletely installed: the folder '{name}' is missing")


def resources_dir() -> Path:
    return _bundled("resources")


def migrations_dir() -> Path:
    return _bundled("db")


def templates_dir() -> Path:
    return _bundled("templates")


def bundled_letters() -> list[Path]:
    return sorted((resources_dir() / "letters").glob("*.txt"))


def themes_file() -> Path:
    return resources_dir() / "themes.toml"


def documents_dir() -> Path:
    """Where exports go unless the preferences name a folder: the user's documents
    folder (``~/Documents``, or what the desktop calls it), else the home folder."""
    folder = user_documents_path()
    return folder if folder.is_dir() else Path.home()
