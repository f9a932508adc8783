"""The theme editor's preview: which passages edited rules would tag, before saving.

Computed on a reader thread from core services (plain dataclasses), compared
with the passages the theme carries now, and rendered as HTML for the dialog.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from briefer.core.citations import pages_label
from briefer.core.library import letter_outline, list_letters
from briefer.core.store.database import Store
from briefer.core.tags import preview_terms, theme_passages
from briefer.tagging.rules import CompiledTheme, compile_theme

SHOWN_PER_GROUP = 150  # passages listed per group; the counts are always complete
NEW, DROPPED, KEPT = "new", "dropped", "kept"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThemeEditorDialog", text)


@dataclass(frozen=True)
class PreviewPassage:
    id: int
    citation: str  # "Kamerstuk 35 925 V, nr. 84, p. 13"
    section: str | None
    text: str
    change: str  # NEW, DROPPED or KEPT
    spans: tuple[tuple[int, int], ...] = ()  # where the edited terms occur in the text


@dataclass(frozen=True)
class Preview:
    count: int  # passages the theme would carry (the rules, and the user's own choices)
    current: int  # passages it carries now
    passages: tuple[PreviewPassage, ...]
    has_terms: bool = True

    def of(self, change: str) -> list[PreviewPassage]:
        return [p for p in self.passages if p.change == change]


def compute_preview(store: Store, theme_id: int | None, terms: list[str]) -> Preview:
    """What the theme would carry with these rules; runs on a reader thread."""
    found = preview_terms(store, terms)
    current = theme_passages(store, theme_id, with_excluded=True) if theme_id else []
    excluded = {p.id for p in current if p.excluded}  # the user's "no" beats the rules
    now = {p.id: p for p in current if not p.excluded}
    would = [pid for pid in found if pid not in excluded]
    would += [p.id for p in current if p.manual and p.id not in set(would)]
    keeps = set(would)
    rows = [
        PreviewPassage(
            p.id,
            f"{p.letter}, {pages_label(p.first_page, p.last_page)}",
            p.section,
            p.text,
            KEPT if p.id in keeps else DROPPED,
        )
        for p in now.values()
    ]
    missing = [pid for pid in would if pid not in now]
    rows += _describe(store, missing)
    compiled = compile_theme(0, "preview", terms)
    rows = [replace(row, spans=_spans(compiled, row.text)) for row in rows]
    return Preview(len(would), len(now), tuple(rows), bool(terms))


def _spans(compiled: CompiledTheme, text: str) -> tuple[tuple[int, int], ...]:
    found = {
        match.span()
        for regex in (compiled.regex, compiled.exact)
        if regex is not None
        for match in regex.finditer(text)
    }
    return tuple(sorted(found))


def _describe(store: Store, passage_ids: list[int]) -> list[PreviewPassage]:
    """Citation and text of passages the theme does not carry yet, in reading order."""
    wanted = set(passage_ids)
    rows: list[PreviewPassage] = []
    for letter in list_letters(store) if wanted else []:
        outline = letter_outline(store, letter.id)
        stack = [(None, outline.passages, outline.sections)]
        while stack:
            title, passages, sections = stack.pop(0)
            for p in passages:
                if p.id in wanted:
                    citation = f"{letter.label}, {p.pages_label}"
                    rows.append(PreviewPassage(p.id, citation, title, p.text, NEW))
                    wanted.discard(p.id)
            stack[:0] = [(s.title, s.passages, s.sections) for s in sections]
        if not wanted:
            break
    return rows


def excerpt(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def excerpt_html(text: str, spans: tuple[tuple[int, int], ...], limit: int = 260) -> str:
    """About ``limit`` characters around the first place a term occurs, terms in bold."""
    if not spans:
        return html.escape(excerpt(text, limit))
    start = max(0, spans[0][0] - limit // 3)
    end = min(len(text), start + limit)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text) and text.rfind(" ", spans[0][1], end) > 0:
        end = text.rfind(" ", spans[0][1], end)
    parts = ["… " if start > 0 else ""]
    position = start
    for first, last in spans:
        if first < position or last > end:
            continue
        parts += [html.escape(text[position:first]), f"<b>{html.escape(text[first:last])}</b>"]
        position = last
    parts += [html.escape(text[position:end]), " …" if end < len(text) else ""]
    return " ".join("".join(parts).split())


def passages_label(count: int) -> str:
    return _tr("1 passage") if count == 1 else _tr("{n} passages").format(n=count)


def preview_html(preview: Preview, *, new_theme: bool) -> str:
    """The passages grouped as new, dropped and kept, each with citation and excerpt."""
    groups = (
        (NEW, _tr("Passages") if new_theme else _tr("Nieuw"), "#1E8449"),
        (DROPPED, _tr("Vervalt"), "#B03A2E"),
        (KEPT, _tr("Blijft"), "#555555"),
    )
    parts: list[str] = []
    for change, title, colour in groups:
        rows = preview.of(change)
        if not rows:
            continue
        parts.append(f"<h4 style='color:{colour}'>{html.escape(title)} ({len(rows)})</h4>")
        for row in rows[:SHOWN_PER_GROUP]:
            where = f" · {html.escape(row.section)}" if row.section else ""
            strike = " style='text-decoration: line-through'" if change == DROPPED else ""
            parts.append(
                f"<p><b>{html.escape(row.citation)}</b>"
                f"<span style='color:#666'>{where}</span><br>"
                f"<span{strike}>{excerpt_html(row.text, row.spans)}</span></p>"
            )
        if len(rows) > SHOWN_PER_GROUP:
            more = _tr("… en nog {n}.").format(n=len(rows) - SHOWN_PER_GROUP)
            parts.append(f"<p><i>{html.escape(more)}</i></p>")
    if not parts:
        empty = (
            _tr("Deze regels vinden geen passages.")
            if preview.has_terms
            else _tr("Voer termen in om te zien welke passages het thema krijgt.")
        )
        parts.append(f"<p><i>{html.escape(empty)}</i></p>")
    return "".join(parts)
