"""Several people on one library at once, on both backends: real separate processes
with their own connections; nothing is ever lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefer.app import open_library
from briefer.core.notes import get_note, note_versions, save_note
from briefer.core.themes import find_theme

APPENDER = """
import sys, time
from pathlib import Path
from briefer.app import open_library
from briefer.core.notes import append_to_note
from briefer.core.themes import find_theme
db, who, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
store = open_library(db, lock=False)
store.author = who
theme = find_theme(store, "Rusland").id
print("ready", flush=True)
while not go.exists():
    time.sleep(0.01)
for number in range(10):
    append_to_note(store, f"{who} regel {number}", theme_id=theme)
store.close()
print("done", flush=True)
"""


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )


def test_two_processes_appending_to_one_note_lose_nothing(library_db: str, tmp_path: Path) -> None:
    open_library(library_db).close()  # created and seeded before the race starts
    go = tmp_path / "go"
    writers = [_start(APPENDER, library_db, who, str(go)) for who in ("anna", "bert")]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr
    go.touch()
    for writer in writers:
        _out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err
    store = open_library(library_db, lock=False)
    try:
        theme = find_theme(store, "Rusland").id
        lines = get_note(store, theme_id=theme).body.split("\n\n")
        assert sorted(lines) == sorted(
            f"{w} regel {n}" for w in ("anna", "bert") for n in range(10)
        )
        for who in ("anna", "bert"):  # each writer's own lines in its own order
            mine = [line for line in lines if line.startswith(who)]
            assert mine == [f"{who} regel {n}" for n in range(10)]
        history = note_versions(store, get_note(store, theme_id=theme).id or 0)
        assert len(history) == 20
        assert {v.author for v in history} == {"anna", "bert"}
    finally:
        store.close()


def test_two_people_saving_one_note_both_end_up_in_the_history(library_db: str) -> None:
    anna, bert = open_library(library_db, lock=False), open_library(library_db, lock=False)
    anna.author, bert.author = "A. de Vries", "B. Jansen"
    try:
        theme = find_theme(anna, "China").id
        start = save_note(anna, "Beijing: mensenrechten.", theme_id=theme)
        base = start.version_id
        assert base is not None and start.author == "A. de Vries"
        # Both opened the note at version `base` and saved without seeing each other.
        mine = save_note(
            anna, "Beijing: mensenrechten.\n\nTaiwan.", theme_id=theme, base_version_id=base
        )
        assert mine.conflict is None
        theirs = save_note(
            bert, "Beijing: mensenrechten.\n\nHandel.", theme_id=theme, base_version_id=base
        )
        assert theirs.conflict is not None
        assert theirs.conflict.theirs == "Beijing: mensenrechten.\n\nTaiwan."
        assert theirs.conflict.their_author == "A. de Vries"
        assert theirs.conflict.base == "Beijing: mensenrechten."
        history = note_versions(anna, theirs.id or 0)
        assert [(v.body.split("\n\n")[-1], v.author) for v in history] == [
            ("Handel.", "B. Jansen"),
            ("Taiwan.", "A. de Vries"),
            ("Beijing: mensenrechten.", "A. de Vries"),
        ]
        # Saving the merge on top of the newest version is no conflict.
        merged = save_note(
            bert,
            "Beijing: mensenrechten.\n\nTaiwan.\n\nHandel.",
            theme_id=theme,
            base_version_id=theirs.version_id,
        )
        assert merged.conflict is None and merged.versions == 4
    finally:
        anna.close()
        bert.close()


def test_appends_through_the_command_line_run_side_by_side_on_a_server(
    pg_cluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    open_library(url).close()
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "briefer", "--db", url, "note", "Sancties", "--append", text],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for text in ("eerste regel", "tweede regel")
    ]
    for run in runs:
        _out, err = run.communicate(timeout=240)
        assert run.returncode == 0, err
    store = open_library(url)
    try:
        body = get_note(store, theme_id=find_theme(store, "Sancties").id).body
        assert sorted(body.split("\n\n")) == ["eerste regel", "tweede regel"]
    finally:
        store.close()
