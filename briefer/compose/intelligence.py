"""The briefing parts "Toezeggingen" and "Wat is er veranderd" (builders in compose.parts).

Toezeggingen: the theme's commitments, each with its due moment (as normalised
and as written), its state when done or overdue, and its citation.
Wat is er veranderd: the theme's passages that are new, gone or changed in the
newest letter compared with the letter (or older version of a letter) the user
picked (``changes_from``); without a pick, the newest letter against its own
previous version, or the latest earlier letter of the same kind, or the one
before it (``default_comparison``, also what the composer offers first).
Inserted words are bold, deleted ones italic in [ ].

Every word these parts print besides the letters' own text (the promise as
written, the passages) follows the briefing's language (``compose.labels``).
"""

from __future__ import annotations

import re
from datetime import date

from briefer.compose.labels import due_text, labels
from briefer.compose.referents import context_of, points_back
from briefer.compose.render_model import Block, BulletList, Heading, ListItem, Paragraph, Quote, Run
from briefer.core.commitment_register import (
    DONE,
    MET,
    OVERDUE,
    TOEZEGGING,
    VERZOEK,
    CommitmentRow,
    list_commitments,
)
from briefer.core.errors import NotFoundError
from briefer.core.letter_comparison import Changes, Side, compare_letters
from briefer.core.library import LetterRow, list_letters, passage_detail
from briefer.core.store.database import Store
from briefer.core.versions import list_versions

# What the part "Toezeggingen" lists: promises and the Kamer's requests (not what meets them).
COMMITMENT_KINDS = (TOEZEGGING, VERZOEK)
_CONTROL = str.maketrans({chr(c): None for c in [*range(0, 9), *range(11, 32), 127]})


def _clean(text: str) -> str:
    return text.translate(_CONTROL)


_VERSION = re.compile(r" \(versie (\d+)\)")


def _named(text: str, words: dict[str, str]) -> str:
    """A letter's name from the store ("… (versie 2)") in the briefing's language."""
    return _VERSION.sub(lambda m: f" ({words['version']} {m.group(1)})", text)


def _context(store: Store, row: CommitmentRow) -> str:
    """The sentence before a commitment that points back ("hierover"), or its section."""
    if row.passage_id is None or not points_back(row.text):
        return ""
    try:
        passage = passage_detail(store, row.passage_id)
    except NotFoundError:
        return ""
    return context_of(row.text, passage.text, passage.section)


def toezeggingen_blocks(
    store: Store,
    theme_id: int,
    today: date | None = None,
    language: str = "nl",
    *,
    shown: dict[int, str] | None = None,
    topic: str = "",
    rows: list[CommitmentRow] | None = None,
) -> list[Block]:
    """The theme's commitments (``rows``, when the caller has them: the theme's promises
    and requests). In a pack (``shown``: commitment -> the topic that lists it) each
    stands once; a later topic names the ones listed before."""
    words = labels(language)
    if rows is None:
        rows = list_commitments(store, theme_id=theme_id, today=today, kinds=COMMITMENT_KINDS)
    if not rows:
        return []  # an empty part is left out, never a placeholder
    items = []
    elsewhere: dict[str, list[CommitmentRow]] = {}
    for row in rows:
        if shown is not None:
            if row.id in shown and shown[row.id] != topic:
                elsewhere.setdefault(shown[row.id], []).append(row)
                continue
            shown[row.id] = topic
        subject = row.subject[:1].upper() + row.subject[1:]
        if row.kind == VERZOEK:
            subject = f"{words['request']}: {row.subject}"
        runs = [Run(_clean(subject), bold=True)]
        if row.kind != VERZOEK and row.due:
            runs.append(Run(f" — {words['due']}: {_clean(due_text(row.due, language))}"))
            if row.due_phrase and row.due_phrase != row.due:
                runs.append(Run(f" (“{_clean(row.due_phrase)}”)"))
        elif row.kind != VERZOEK:
            runs.append(Run(f" — {words['no_due']}"))
        if row.status == OVERDUE:
            runs.append(Run(f" — {words['overdue']}", bold=True))
        elif row.status == DONE:
            runs.append(Run(f" — {words['done']}", italic=True))
        elif row.status == MET and row.met_by:
            met = words["met"].format(letter=_clean(row.met_by[0].citation))
            runs.append(Run(f" — {met}", italic=True))
        context = _context(store, row)
        if context:
            runs.append(Run(": "))
            runs.append(Run(f"{_clean(context)} ", italic=True))
            runs.append(Run(_clean(row.text)))
        else:
            runs.append(Run(f": {_clean(row.text)}"))
        items.append(ListItem(tuple(runs), (row.citation,)))
    blocks: list[Block] = [BulletList(tuple(items))] if items else []
    for other, listed in elsewhere.items():
        subjects = "; ".join(_clean(row.subject) for row in listed)
        label = words["commitments_elsewhere"].format(theme=other)
        blocks.append(Paragraph((Run(f"{label}: {subjects}."),)))
    return blocks


def _same_kind(a: LetterRow, b: LetterRow) -> bool:
    """Two letters of one series: the same title, dossier or dossier number (the yearly
    policy letter, the letters on one Council, ...)."""

    def dossier_number(row: LetterRow) -> str:
        return (row.kamerstuk or "").split(", nr.")[0].strip()

    return (
        a.title.casefold() == b.title.casefold()
        or bool(a.dossier and a.dossier == b.dossier)
        or bool(dossier_number(a) and dossier_number(a) == dossier_number(b))
    )


def _by_date(store: Store) -> list[LetterRow]:
    """The library's letters, newest first."""
    return sorted(list_letters(store), key=lambda r: (r.date or date.min, r.id), reverse=True)


def default_comparison(store: Store) -> Side | None:
    """What the newest letter is compared with when the user picks nothing: its own
    previous version, else the latest earlier letter of the same kind, else the letter
    before it; None when the library has nothing to compare."""
    letters = _by_date(store)
    if not letters:
        return None
    newest = letters[0]
    versions = list_versions(store, newest.id)
    if len(versions) > 1:
        return Side(newest.id, versions[-2].number)
    earlier = letters[1:]
    same = [row for row in earlier if _same_kind(row, newest)]
    if same or earlier:
        return Side((same or earlier)[0].id)
    return None


def comparison_sides(store: Store, source: Side | None) -> tuple[Side, Side] | None:
    """(older, newer) for "Wat is er veranderd": the letter picked (or the default)
    against the newest letter, or against the newest other letter when the pick is a
    letter as it is now."""
    letters = _by_date(store)
    source = source or default_comparison(store)
    if source is None or not any(row.id == source.letter_id for row in letters):
        return None
    targets = [row for row in letters if source.version is not None or row.id != source.letter_id]
    if not targets:
        return None
    return source, Side(targets[0].id)


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
    store: Store, source: Side | None, theme_id: int, level: int, language: str = "nl"
) -> tuple[list[Block], str]:
    """(blocks, reason when empty): the theme's passages new, changed or gone, in the
    newest letter compared with ``source`` (None: the default comparison)."""
    words = labels(language)
    if source is not None and not any(row.id == source.letter_id for row in list_letters(store)):
        return [], "de gekozen brief om mee te vergelijken staat niet meer in de bibliotheek"
    sides = comparison_sides(store, source)
    if sides is None:
        return [], "er is nog geen tweede brief of versie om mee te vergelijken"
    try:
        changes: Changes = compare_letters(store, sides[0], sides[1], theme_id)
    except NotFoundError:
        return [], "de gekozen versie om mee te vergelijken bestaat niet meer"
    if changes.empty:
        return [], "op dit thema is niets veranderd"
    intro = words["compared"].format(target=changes.target, source=changes.source)
    blocks: list[Block] = [Paragraph((Run(_clean(_named(intro, words))),))]
    if changes.added:
        blocks.append(Heading(words["new"], level))
        blocks += [Quote(_clean(p.text), _named(p.citation, words), p.id) for p in changes.added]
    if changes.changed:
        blocks.append(Heading(words["changed"], level))
        blocks.append(Paragraph((Run(words["diff_note"], italic=True),)))
        for pair in changes.changed:
            blocks.append(Paragraph(_diff_runs(pair.diff)))
            after, before = _named(pair.after.citation, words), _named(pair.before.citation, words)
            blocks.append(Paragraph((Run(f"({after}; {words['was']} {before})"),)))
    if changes.removed:
        blocks.append(Heading(words["removed"], level))
        blocks += [Quote(_clean(p.text), _named(p.citation, words), None) for p in changes.removed]
    return blocks, ""
