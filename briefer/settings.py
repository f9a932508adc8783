"""The user's preferences, declared once with typed defaults, stored as JSON.

The file lives in the config folder (``BRIEFER_DATA_DIR`` in tests). A missing
or unreadable file gives the defaults; an unknown key is ignored, so an older
Briefer can read a newer file.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from briefer import paths
from briefer.core.store.private import create_private_file, private_folder

log = logging.getLogger(__name__)
SETTINGS_NAME = paths.SETTINGS_NAME
LANGUAGES = ("nl", "en")
EXPORT_FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class Settings:
    author: str = ""  # printed on covers and in document properties
    default_classification: str = ""  # e.g. "Departementaal vertrouwelijk"
    export_folder: str = ""  # "" = the user's documents folder
    language: str = "nl"  # "nl" or "en"
    export_format: str = "docx"  # when neither the file name nor --format says it
    word_template: str = ""  # a ministry's own .dotx/.docx as the base of Word exports
    # The library: "" = briefer.sqlite in the data folder; a file, or a team library's
    # URL (postgresql+psycopg://user@server/database). --db on the command line wins.
    database: str = ""

    def with_changes(self, **changes: Any) -> Settings:
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise KeyError(f"unknown settings: {', '.join(sorted(unknown))}")
        if "language" in changes and changes["language"] not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if "export_format" in changes and changes["export_format"] not in EXPORT_FORMATS:
            raise ValueError(f"export_format must be one of {', '.join(EXPORT_FORMATS)}")
        return replace(self, **changes)

    def author_or_account(self) -> str:
        """The author name, or the login name when none was set."""
        if self.author.strip():
            return self.author.strip()
        try:
            return os.getlogin()
        except OSError:
            return os.environ.get("USER", "")


def settings_file() -> Path:
    return paths.settings_file()


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {f.name: f for f in fields(Settings)}
    values = {key: value for key, value in data.items() if key in known and isinstance(value, str)}
    if values.get("language") not in (None, *LANGUAGES):
        values.pop("language")
    if values.get("export_format") not in (None, *EXPORT_FORMATS):
        values.pop("export_format")
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (temporary file, then rename), owner-only."""
    path = path or settings_file()
    private_folder(path.parent)
    temporary = path.with_name(path.name + ".tmp")
    temporary.unlink(missing_ok=True)
    create_private_file(temporary)
    temporary.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), "utf-8")
    os.replace(temporary, path)
