"""A live preview of a briefing: the render model as formatted HTML in a QTextBrowser.

The render model is built on the shared read pool (a large library must not
freeze the window), on a short debounce after each change; a result for an
out-of-date spec is dropped. When there is nothing to show, the reason
(a ``BrieferError``, e.g. an empty theme) takes the place of the document.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from briefer.compose.assemble import build_document
from briefer.compose.render_model import (
    Block,
    BulletList,
    Cover,
    Heading,
    PageBreak,
    Paragraph,
    Quote,
    RenderDocument,
    Run,
    TableOfContents,
    footnotes_of,
)
from briefer.core.briefings import BriefingSpec
from briefer.core.errors import BrieferError
from briefer.ui.actions import Actions
from briefer.ui.state import AppState
from briefer.ui.workers import TaskContext

DEBOUNCE_MS = 300
GREY = "#6b6b6b"
MARKING = "#b03a2e"
HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.12, 4: 1.0}  # times the body text size
TITLE_SCALE = 2.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("BriefingPreview", text)


def _runs(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        if run.footnote is not None:  # a footnote's marker, raised; the note beneath
            parts.append(f"<sup>{run.footnote.number}</sup>")
            continue
        text = escape(run.text).replace("\n", "<br>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def _small(text: str) -> str:
    return f'<span style="color:{GREY}; font-size:small;">{escape(text)}</span>'


def _notes(runs: tuple[Run, ...]) -> str:
    """A cited passage's footnotes beneath it, small, as the PDF prints them."""
    notes = footnotes_of(runs)
    if not notes:
        return ""
    lines = "<br>".join(f"<sup>{note.number}</sup>&nbsp;{escape(note.text)}" for note in notes)
    return f'<div style="color:{GREY}; font-size:small;">{lines}</div>'


def _cover(cover: Cover, base: float) -> str:
    size = f"{base * TITLE_SCALE:.1f}pt"
    rows = [f'<h1 style="font-size:{size}; margin-bottom:2px;">{escape(cover.title)}</h1>']
    if cover.subtitle:
        subtitle = f"{base * 1.15:.1f}pt"
        rows.append(f'<p style="font-size:{subtitle}; margin-top:0;">{escape(cover.subtitle)}</p>')
    facts = [
        (_tr("Datum"), cover.date_text),
        (_tr("Auteur"), cover.author),
        (
            _tr("Onderwerpen") if len(cover.topics) > 1 else _tr("Onderwerp"),
            ", ".join(cover.topics),
        ),
    ]
    cells = "".join(
        f'<tr><td style="color:{GREY}; padding-right:12px;">{escape(label)}</td>'
        f"<td>{escape(value)}</td></tr>"
        for label, value in facts
        if value
    )
    if cells:
        rows.append(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
    return "".join(rows)


def _contents(toc: TableOfContents, document: RenderDocument) -> str:
    entries = []
    for heading in document.headings():
        if heading.level <= min(toc.depth, 2):
            indent = (heading.level - 1) * 18
            entries.append(f'<p style="margin:0 0 0 {indent}px;">{escape(heading.text)}</p>')
    if not entries:
        return ""
    return f'<h3 style="color:{GREY};">{escape(toc.title)}</h3>' + "".join(entries)


def _list(block: BulletList) -> str:
    tag = "ol" if block.numbered else "ul"
    items = []
    for item in block.items:
        text = _runs(item.runs)
        if item.citations:
            text += " " + _small("(" + "; ".join(item.citations) + ")")
        text += _notes(item.runs)
        items.append(f'<li style="margin-bottom:4px;">{text}</li>')
    return f"<{tag}>{''.join(items)}</{tag}>"


def _block(block: Block, document: RenderDocument, base: float) -> str:
    if isinstance(block, Cover):
        return _cover(block, base)
    if isinstance(block, TableOfContents):
        return _contents(block, document)
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 4)
        size = base * HEADING_SCALE[level]
        return (
            f'<h{level + 1} style="font-size:{size:.1f}pt; margin-top:14px;">'
            f"{escape(block.text)}</h{level + 1}>"
        )
    if isinstance(block, Paragraph):
        if block.style == "empty":
            return f'<p style="color:{GREY};"><i>{_runs(block.runs)}</i></p>'
        if block.style == "note":
            return f'<p style="margin-left:12px;"><i>{_runs(block.runs)}</i></p>'
        return f"<p>{_runs(block.runs)}</p>"
    if isinstance(block, BulletList):
        return _list(block)
    if isinstance(block, Quote):
        text = _runs(block.text_runs)
        if block.label:
            text = f"<b>{escape(block.label)}</b><br>{text}"
        notes = _notes(block.text_runs)
        return (
            f'<p style="margin:6px 24px 0 24px;">{text}</p>'
            f'<p style="margin:2px 24px 8px 24px;">{_small(block.citation)}</p>'
            + (f'<div style="margin:0 24px 8px 24px;">{notes}</div>' if notes else "")
        )
    if isinstance(block, PageBreak):
        return "<hr>"
    return ""  # pragma: no cover - every block type is handled above


def document_html(document: RenderDocument, base: float = 10.0) -> str:
    """The whole briefing as HTML for a QTextBrowser; ``base``: body text size in points."""
    parts = []
    marking = document.meta.classification
    if marking:
        parts.append(
            f'<p align="center" style="color:{MARKING}; font-weight:600; '
            f'letter-spacing:1px;">{escape(marking.upper())}</p>'
        )
    parts += [_block(block, document, base) for block in document.blocks]
    return "<html><body>" + "".join(parts) + "</body></html>"


def message_html(message: str) -> str:
    return (
        f'<p style="color:{GREY}; margin-top:24px;" align="center">'
        f"{escape(_tr('Geen voorbeeld'))}</p>"
        f'<p align="center">{escape(message)}</p>'
    )


# generation, document or None, error or None, estimated pages, script warnings
_Built = tuple[int, RenderDocument | None, str | None, int | None, list[str]]


class BriefingPreview(QWidget):
    """Shows what the exported briefing will contain; ``set_spec`` to follow edits."""

    updated = Signal()  # a new document (or error), with its page estimate, is shown

    def __init__(self, state: AppState, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self.spec: BriefingSpec | None = None
        self.document: RenderDocument | None = None
        self.error: str | None = None  # why there is no document for the current spec
        self.pages: int | None = None  # estimated pages of the briefing (PDF layout)
        self.warnings: list[str] = []  # text the PDF cannot print well
        self._generation = 0
        self._shown = -1  # the generation on screen
        self.browser = QTextBrowser()
        self.browser.setObjectName("briefingPreview")
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._rebuild)
        for signal in (
            state.tags_changed,
            state.points_changed,
            state.note_saved,
            state.passage_note_saved,
            state.letters_changed,
            state.themes_changed,
        ):
            signal.connect(self.schedule)
        self.browser.setHtml(message_html(_tr("Kies een thema voor de briefing.")))

    def set_spec(self, spec: BriefingSpec | None) -> None:
        if spec != self.spec:
            self.spec = spec
            self.schedule()

    def schedule(self, *_: object) -> None:
        """Rebuild soon; several changes in a row give one rebuild."""
        self._generation += 1
        self._timer.start()

    def is_current(self) -> bool:
        """True when the preview shows the current spec (no rebuild pending)."""
        return self._shown == self._generation and not self._timer.isActive()

    def _rebuild(self) -> None:
        spec, generation, store = self.spec, self._generation, self.state.store
        if spec is None:
            self._show(generation, None, _tr("Kies een thema voor de briefing."))
            return

        def work(_context: TaskContext) -> _Built:
            try:
                document = build_document(store, spec)
            except BrieferError as exc:
                return generation, None, str(exc), None, []
            try:  # the length from the PDF layout of the same render model
                from briefer.export.pdf import layout_pdf
                from briefer.export.preflight import script_warnings

                pages = layout_pdf(document).content_pages(document)
                warnings = [str(warning) for warning in script_warnings(document)]
            except BrieferError:
                pages, warnings = None, []
            return generation, document, None, pages, warnings

        self.actions.workers.read(work, self._arrived)

    def _arrived(self, result: _Built) -> None:
        generation, document, error, pages, warnings = result
        if generation == self._generation:
            self.pages, self.warnings = pages, warnings
        self._show(generation, document, error)

    def _show(self, generation: int, document: RenderDocument | None, error: str | None) -> None:
        if generation != self._generation:
            return  # an older spec; a newer rebuild is on its way
        self._shown = generation
        self.document, self.error = document, error
        scroll = self.browser.verticalScrollBar().value()
        if document is not None:
            base = self.browser.font().pointSizeF()
            self.browser.setHtml(document_html(document, base if base > 0 else 10.0))
            self.browser.verticalScrollBar().setValue(scroll)
        else:
            text = (error or "").strip()
            if text and text[-1] not in ".!?":
                text += "."
            self.browser.setHtml(message_html(text[:1].upper() + text[1:]))
        self.updated.emit()
