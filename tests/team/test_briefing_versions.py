"""A briefing saved from the version its editor loaded: a colleague's save in between
(another connection) makes it refused with a clear message and the fresh briefing,
on both backends; the command line checks the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.briefings import (
    BriefingSpec,
    get_briefing,
    list_briefings,
    save_briefing,
    save_briefing_at,
)
from briefer.core.errors import StaleEditError
from briefer.core.themes import find_theme
from briefer.export import briefing_export


def test_a_briefing_saved_from_an_outdated_copy_is_refused(library_db: str) -> None:
    anna, bert = open_library(library_db, lock=False), open_library(library_db, lock=False)
    anna.author, bert.author = "A. de Vries", "B. Jansen"
    try:
        china = find_theme(anna, "China").id
        first = save_briefing_at(anna, BriefingSpec(title="Bezoek Beijing", theme_ids=(china,)))
        assert first.id is not None and first.version == 1 and first.saved_by == "A. de Vries"
        # Both open it at version 1.
        annas, berts = get_briefing(anna, first.id), get_briefing(bert, first.id)
        assert annas.version == berts.version == 1
        saved = save_briefing_at(
            bert, replace(berts, occasion="Handelsmissie"), base_version=berts.version
        )
        assert saved.version == 2
        with pytest.raises(StaleEditError) as refused:
            save_briefing(anna, replace(annas, title="Bezoek Shanghai"), base_version=annas.version)
        message = str(refused.value)
        assert message.startswith("B. Jansen heeft deze briefing gewijzigd nadat u hem opende")
        assert "niet opgeslagen" in message
        fresh = refused.value.fresh
        assert isinstance(fresh, BriefingSpec)
        assert (fresh.title, fresh.occasion, fresh.version) == (
            "Bezoek Beijing",
            "Handelsmissie",
            2,
        )
        # Nothing of Anna's refused save was written; Bert's stands.
        stored = get_briefing(bert, first.id)
        assert (stored.title, stored.occasion, stored.saved_by) == (
            "Bezoek Beijing",
            "Handelsmissie",
            "B. Jansen",
        )
        # From the fresh copy her save goes through; the version moves on.
        again = save_briefing_at(
            anna, replace(fresh, title="Bezoek Shanghai"), base_version=fresh.version
        )
        assert again.version == 3 and get_briefing(bert, first.id).title == "Bezoek Shanghai"
        assert len(list_briefings(anna)) == 1
    finally:
        anna.close()
        bert.close()


def test_the_version_is_no_part_of_what_a_briefing_contains(library_db: str) -> None:
    store = open_library(library_db, lock=False)
    try:
        china = find_theme(store, "China").id
        briefing = save_briefing(store, BriefingSpec(title="Bezoek", theme_ids=(china,)))
        before = get_briefing(store, briefing)
        save_briefing(store, before, base_version=before.version)
        after = get_briefing(store, briefing)
        assert after.version == (before.version or 0) + 1
        assert replace(after, updated_at=None) == replace(before, updated_at=None)
    finally:
        store.close()


def test_the_command_line_refuses_to_save_over_a_colleagues_change(
    library_db: str, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_library(library_db, lock=False)
    store.author = "B. Jansen"
    china = find_theme(store, "China").id
    briefing = save_briefing(store, BriefingSpec(title="Bezoek Beijing", theme_ids=(china,)))
    real_write = briefing_export.write_planned  # the export command loads it when it runs

    def colleague_saves_meanwhile(*args: object, **kwargs: object) -> object:
        # While the command writes the document, Bert saves the briefing.
        spec = get_briefing(store, briefing)
        save_briefing(store, replace(spec, occasion="Staatsbezoek"), base_version=spec.version)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(briefing_export, "write_planned", colleague_saves_meanwhile)
    try:
        result = run_cli(
            "export",
            "--briefing",
            str(briefing),
            "--title",
            "Bezoek Shanghai",
            "--save",
            "-o",
            str(tmp_path / "bezoek.docx"),
            "--db",
            library_db,
        )
        assert result.code == 1
        assert "B. Jansen heeft deze briefing gewijzigd nadat u hem opende" in result.err
        assert "Traceback" not in result.err
        stored = get_briefing(store, briefing)
        assert (stored.title, stored.occasion) == ("Bezoek Beijing", "Staatsbezoek")
    finally:
        store.close()
