"""A diplomat's library is theirs alone: every file and folder Briefer makes is owner-only."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer import paths
from briefer.app import log_file, open_library, setup_logging
from briefer.core.store.integrity import restore_backup
from briefer.core.store.private import is_private
from briefer.settings import Settings, load_settings, save_settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask: without care, files come out 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def fresh_log() -> Iterator[None]:
    """setup_logging installs one handler per process: start and end without it."""
    root = logging.getLogger()

    def drop() -> None:
        for handler in [h for h in root.handlers if getattr(h, "_briefer", False)]:
            root.removeHandler(handler)
            handler.close()

    drop()
    yield
    drop()


def loose_paths(folder: Path) -> list[str]:
    """Every path under ``folder`` (and the folder) that others may read, with its mode."""
    found = [folder, *folder.rglob("*")]
    assert len(found) > 1, "nothing to check"
    return [f"{p} {stat.S_IMODE(p.stat().st_mode):04o}" for p in found if not is_private(p)]


def test_a_new_library_is_owner_only_under_umask_022(umask_022, fresh_log, data_dir) -> None:
    store = open_library()  # the default library, in the data folder
    try:
        assert store.path.parent == data_dir
        with store.session() as session:  # a write: the WAL and its index appear
            from briefer.core.models import AppMeta

            session.merge(AppMeta(key="probe", value="x"))
        store.backup("test")
        logging.getLogger("briefer.test").warning("a line in the log")
        save_settings(Settings(author="A. Diplomaat"))
        names = {p.name for p in data_dir.rglob("*")}
        expected = {"briefer.sqlite", "briefer.sqlite-wal", "briefer.sqlite-shm", "backups"}
        assert expected | {"briefer.sqlite.lock", "briefer.log", "settings.json"} <= names
        assert loose_paths(data_dir) == []
        for path in [data_dir, *data_dir.rglob("*")]:
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), path
    finally:
        store.close()
    assert load_settings().author == "A. Diplomaat"


def test_a_database_elsewhere_and_its_new_folder_are_owner_only(
    umask_022, fresh_log, tmp_path
) -> None:
    documents = tmp_path / "Documenten"
    documents.mkdir(mode=0o755)
    database = documents / "nieuw" / "map" / "bieb.sqlite"
    store = open_library(database)
    try:
        store.backup("test")
    finally:
        store.close()
    assert loose_paths(documents / "nieuw") == []
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755  # not made by Briefer: untouched


def test_a_restored_backup_stays_owner_only(umask_022, fresh_log, data_dir) -> None:
    store = open_library()
    backup = store.backup("test")
    store.close()
    aside = restore_backup(paths.default_database(), backup)
    assert aside is not None and aside.name.startswith("briefer.sqlite.replaced-")
    assert loose_paths(data_dir) == []


def test_an_older_library_with_loose_modes_is_tightened_with_a_note_in_the_log(
    umask_022, fresh_log, data_dir
) -> None:
    store = open_library()
    backup = store.backup("test")
    store.close()
    restore_backup(paths.default_database(), backup)  # a replaced file beside the database
    save_settings(Settings(author="A. Diplomaat"))
    for path in [data_dir, *data_dir.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    assert loose_paths(data_dir)
    before = (data_dir / "briefer.sqlite").read_bytes()

    store = open_library()
    store.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert loose_paths(data_dir) == []
    log = log_file(paths.default_database()).read_text(encoding="utf-8")
    assert "made owner-only" in log
    assert "briefer.sqlite (was 0644)" in log and "backups (was 0755)" in log
    assert (data_dir / "briefer.sqlite").read_bytes()[:100] == before[:100]
    assert load_settings().author == "A. Diplomaat"


def test_the_log_records_errors_without_their_message(fresh_log, tmp_path) -> None:
    database = tmp_path / "briefer.sqlite"
    setup_logging(database)
    secret = "Spreekpunt: de minister zegt niets over Taiwan"
    try:
        try:
            raise KeyError(secret)
        except KeyError as inner:
            raise RuntimeError(f"failed on {secret}") from inner
    except RuntimeError:
        logging.getLogger("briefer.test").exception("task %s failed", 42)
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = log_file(database).read_text(encoding="utf-8")
    assert "task 42 failed" in log
    assert "builtins.RuntimeError (message withheld)" in log
    assert "builtins.KeyError (message withheld)" in log
    assert "test_private_files.py" in log  # where it happened is kept
    assert "Taiwan" not in log
