"""The briefing parts "Toezeggingen" and "Wat is er veranderd" (builders in compose.parts).

Toezeggingen: the theme's commitments, each with its due moment (as normalised
and as written), its state when done or overdue, and its citation.
Wat is er veranderd: the theme's passages that are new, gone or changed in the
newest letter compared with the letter the user picked (``changes_from``);
without a pick, the newest letter against the one before it, or against its
own previous version. Inserted words are bold, deleted ones italic in [ ].
"""

from __future__ import annotations

from datetime import date

from briefer.compose.model import Block, BulletList, Heading, ListItem, Paragraph, Quote, Run
from briefer.core.changes import Changes, Side, compare_letters
from briefer.core.commitments import DONE, OVERDUE, list_commitments
from briefer.core.library import list_letters
from briefer.core.store import Store
from briefer.core.versions import list_versions

_CONTROL = str.maketrans({chr(c): None for c in [*range(0, 9), *range(11, 32), 127]})


def _clean(text: str) -> str:
    return text.translate(_CONTROL)


def toezeggingen_blocks(store: Store, theme_id: int, today: date | None = None) -> list[Block]:
    rows = list_commitments(store, theme_id=theme_id, today=today)
    if not rows:
        return []  # an empty part is left out, never a placeholder
    items = []
    for row in rows:
        runs = [Run(_clean(row.subject[:1].upper() + row.subject[1:]), bold=True)]
        if row.due:
            runs.append(Run(f" — termijn: {row.due}"))
            if row.due_phrase and row.due_phrase != row.due:
                runs.append(Run(f" (“{_clean(row.due_phrase)}”)"))
        else:
            runs.append(Run(" — geen termijn genoemd"))
        if row.status == OVERDUE:
            runs.append(Run(" — verlopen", bold=True))
        elif row.status == DONE:
            runs.append(Run(" — afgedaan", italic=True))
        runs.append(Run(f": {_clean(row.text)}"))
        items.append(ListItem(tuple(runs), (row.citation,)))
    return [BulletList(tuple(items))]


def _sides(store: Store, changes_from: int | None) -> tuple[Side, Side] | None:
    letters = sorted(list_letters(store), key=lambda r: (r.date or date.min, r.id), reverse=True)
    if changes_from is not None:
        newest = next((r for r in letters if r.id != changes_from), None)
        if newest is None:
            return None
        return Side(changes_from), Side(newest.id)
    if not letters:
        return None
    versions = list_versions(store, letters[0].id)
    if len(versions) > 1:
        return Side(letters[0].id, versions[-2].number), Side(letters[0].id)
    if len(letters) > 1:
        return Side(letters[1].id), Side(letters[0].id)
    return None


def _diff_runs(diff: list[tuple[str, str]]) -> tuple[Run, ...]:
    runs = []
    for op, text in diff:
        text = _clean(text)
        if op == "+":
            runs.append(Run(text, bold=True))
        elif op == "-":
            runs.append(Run(f"[{text.strip()}]", italic=True))
            if text.endswith(" "):
                runs.append(Run(" "))
        else:
            runs.append(Run(text))
    return tuple(runs)


def wijzigingen_blocks(
    store: Store, changes_from: int | None, theme_id: int, level: int
) -> tuple[list[Block], str]:
    """(blocks, reason when empty): the theme's passages new, changed or gone."""
    sides = _sides(store, changes_from)
    if sides is None:
        return [], "er is nog geen tweede brief of versie om mee te vergelijken"
    changes: Changes = compare_letters(store, sides[0], sides[1], theme_id)
    if changes.empty:
        return [], "op dit thema is niets veranderd"
    intro = f"{changes.target} vergeleken met {changes.source}."
    blocks: list[Block] = [Paragraph((Run(_clean(intro)),))]
    if changes.added:
        blocks.append(Heading("Nieuw", level))
        blocks += [Quote(_clean(p.text), p.citation, p.id) for p in changes.added]
    if changes.changed:
        blocks.append(Heading("Gewijzigd", level))
        note = "Ingevoegde woorden vet, geschrapte cursief tussen [ ]."
        blocks.append(Paragraph((Run(note, italic=True),)))
        for pair in changes.changed:
            blocks.append(Paragraph(_diff_runs(pair.diff)))
            blocks.append(Paragraph((Run(f"({pair.after.citation}; was {pair.before.citation})"),)))
    if changes.removed:
        blocks.append(Heading("Vervallen", level))
        blocks += [Quote(_clean(p.text), p.citation, None) for p in changes.removed]
    return blocks, ""
