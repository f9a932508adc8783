"""Word export: a ``RenderDocument`` rendered onto a copy of ``templates/briefing.docx``.

The template carries every style (see ``templates/make_template.py``); this
module only chooses styles and writes text, fields and numbering. The result
has real Heading 1-4 paragraphs (Word's navigation pane), a real table-of-contents
field whose cached entries already list the headings, numbered lists that start
at 1 for every list, the classification marking and "Pagina X van Y" on every
page, and honest core properties. Text is written exactly as given, minus the
characters XML 1.0 cannot store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.section import _Footer, _Header
from docx.shared import Pt
from docx.text.paragraph import Paragraph as WordParagraph

from briefer import paths
from briefer.compose.labels import labels, language_of
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
)
from briefer.compose.typography import NBSP, keep_together
from briefer.export import docx_fields as fields
from briefer.export.atomic import ExportCancelledError, ExportError, write_atomically
from briefer.export.docx_cover import write_cover, write_header_and_footer
from briefer.export.docx_footnotes import WordFootnotes
from briefer.export.docx_package import CUSTOM_NAME, open_base, set_custom_property
from briefer.export.docx_text import add_text, clean_text

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

COMMENTS = "Gemaakt met Briefer"
COVER_CONTENTS_SPACE = 34  # points between the cover's details and its contents, as in the PDF
MAX_PROPERTY = 255  # python-docx refuses longer core properties

PARAGRAPH_STYLES = {"body": "Normal", "note": "Briefing Note", "empty": "Briefing Empty"}

_SECTION_PROPERTIES = qn("w:sectPr")
# The style table of Briefer's own template, by (path, modification time, size).
_BUILTIN_STYLES: dict[tuple[str, int, int], dict[tuple[str, WD_STYLE_TYPE], str | None]] = {}


def template_path() -> Path:
    """The shipped Word template with Briefer's styles."""
    return paths.templates_dir() / "briefing.docx"


def write_docx(
    document: RenderDocument,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    heading_pages: dict[str, int] | None = None,
    template: Path | None = None,
) -> Path:
    """Write ``document`` as a Word file at ``path`` (atomically) and return the path.

    ``progress(done, total)`` is called after every block; when ``cancelled()``
    returns True the export stops with ``ExportCancelledError`` and leaves no file.
    ``heading_pages`` (heading anchor -> page, from a layout of the same document)
    gives the table of contents its page numbers, so Word need not update fields.
    ``template`` is a ministry's own Word template to use instead of Briefer's.
    """
    try:
        builtin = template_path()
    except FileNotFoundError as exc:
        raise ExportError(f"{path}: {exc}") from None
    if not builtin.is_file():
        raise ExportError(f"{path}: de Word-sjabloon {builtin} ontbreekt")
    base = template or builtin
    if template is not None and not template.is_file():
        raise ExportError(f"{template}: de gekozen Word-sjabloon bestaat niet")

    def write(temporary: Path) -> None:
        word, own = open_base(base, builtin)
        renderer = _Renderer(document, word, own, progress, cancelled, heading_pages or {})
        renderer.render().save(str(temporary))

    return write_atomically(Path(path), write)


class _Renderer:
    def __init__(
        self,
        model: RenderDocument,
        word: WordDocument,
        own_template: bool,
        progress: Progress | None,
        cancelled: Cancelled | None,
        heading_pages: dict[str, int],
    ) -> None:
        self.model = model
        self.word = word
        self.own_template = own_template  # a ministry's template: keep its header and footer
        self.progress = progress
        self.cancelled = cancelled
        self.heading_pages = heading_pages
        self.labels = labels(language_of(model.meta.language))
        self.footnotes = WordFootnotes(word)  # a cited passage's notes: real footnotes
        self.started = False  # has any body paragraph been written?
        self.break_pending = False  # does the next paragraph start a new page?
        self.numbering = self.word.part.numbering_part.element
        # Style name -> style id, looked up once: python-docx searches every style
        # of the template (for the default one) on each lookup by name.
        self.style_ids: dict[tuple[str, WD_STYLE_TYPE], str | None] = {}
        self.bullet_num = fields.style_num_id(self.word.styles["List Bullet"].element)
        self.number_num = fields.style_num_id(self.word.styles["List Number"].element)
        # Every heading gets a bookmark, the target of its table-of-contents entry.
        self.bookmarks = {
            index: f"_Toc{index + 1:08d}"
            for index, block in enumerate(model.blocks)
            if isinstance(block, Heading)
        }

    def render(self) -> WordDocument:
        body = self.word.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        blocks = self.model.blocks
        for index, block in enumerate(blocks):
            self._check_cancelled()
            self._block(index, block)
            if self.progress is not None:
                self.progress(index + 1, len(blocks))
        self._check_cancelled()
        if not self.started:
            self.word.add_paragraph()  # Word wants at least one paragraph in the body
        self.footnotes.finish()
        self._header_and_footer()
        self._properties()
        language = self.model.meta.language or "nl-NL"
        fields.set_document_language(self.word.styles.element, language)
        fields.remove_update_fields(self.word.settings.element)
        fields.set_compatibility_mode(self.word.settings.element)
        marking = _property(self.model.meta.classification).strip()
        if marking:
            set_custom_property(self.word, CUSTOM_NAME, marking)
        return self.word

    def _check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelledError("export geannuleerd")

    def _block(self, index: int, block: Block) -> None:
        if isinstance(block, Cover):
            self._cover(block)
        elif isinstance(block, TableOfContents):
            self._table_of_contents(block)
        elif isinstance(block, Heading):
            level = min(max(block.level, 1), 4)
            paragraph = self._paragraph(f"Heading {level}", block.text)
            if block.level > 4:  # styled as Heading 4, nested deeper in the navigation pane
                fields.set_outline_level(paragraph._p, min(block.level, 9) - 1)
            fields.add_bookmark(paragraph._p, self.bookmarks[index], index + 1)
        elif isinstance(block, Paragraph):
            paragraph = self._paragraph(PARAGRAPH_STYLES.get(block.style, "Normal"))
            self._runs(paragraph, block.runs)
        elif isinstance(block, BulletList):
            self._list(block)
        elif isinstance(block, Quote):
            paragraph = self._paragraph("Quote")
            if block.label:  # what the passage is ("Antwoord op vraag 3"), on its own line
                add_text(paragraph, f"{block.label}\n", bold=True)
            self._runs(paragraph, block.text_runs)
            if block.citation:
                self._paragraph("Citation", block.citation)
        elif isinstance(block, PageBreak):
            self.break_pending = self.started  # never a blank first page or two breaks

    def _paragraph(self, style: str, text: str = "") -> WordParagraph:
        """A new body paragraph in ``style``; it starts a page if a break is pending."""
        # What Document.add_paragraph does, without its search for the place of w:sectPr
        # among every paragraph so far: the body ends with it, or with the last paragraph.
        body = self.word.element.body
        element = fields.make("w:p")
        if len(body) and body[-1].tag == _SECTION_PROPERTIES:
            body[-1].addprevious(element)
        else:
            body.append(element)
        # What the style and page_break_before setters write into a new paragraph
        # (a w:pPr, its w:pStyle, then w:pageBreakBefore: schema order), without
        # python-docx's search for each element's place among those a w:pPr may hold.
        properties = fields.make("w:pPr")
        style_id = self._style_id(style, WD_STYLE_TYPE.PARAGRAPH)
        if style_id is not None:
            properties.append(fields.make("w:pStyle", {fields.VAL: style_id}))
        if self.break_pending:
            properties.append(fields.make("w:pageBreakBefore"))
            self.break_pending = False
        element.append(properties)
        paragraph = WordParagraph(element, self.word._body)
        self.started = True
        if text:
            add_text(paragraph, text)
        return paragraph

    def _styled(self, part: _Header | _Footer, style: str) -> WordParagraph:
        """A paragraph in a header or footer; the style id from the table read once
        (python-docx's own look-up walks every style of the document for each name)."""
        paragraph = part.add_paragraph()
        paragraph._p.style = self._style_id(style, WD_STYLE_TYPE.PARAGRAPH)
        return paragraph

    def _style_id(self, name: str, kind: WD_STYLE_TYPE) -> str | None:
        key = (name, kind)
        if key not in self.style_ids:
            if not self.style_ids:  # every style's id read in one walk, not one per name
                self.style_ids.update(self._style_table())
            if key not in self.style_ids:  # python-docx decides (and raises if unknown)
                self.style_ids[key] = self.word.part.get_style_id(name, kind)  # type: ignore[no-untyped-call]
        return self.style_ids[key]

    def _style_table(self) -> dict[tuple[str, WD_STYLE_TYPE], str | None]:
        """Every style's id; for Briefer's own template read once per version of its file."""
        if self.own_template:
            return fields.style_table(self.word.styles.element)
        builtin = template_path()
        stat = builtin.stat()
        key = (str(builtin), stat.st_mtime_ns, stat.st_size)
        if key not in _BUILTIN_STYLES:
            _BUILTIN_STYLES.clear()
            _BUILTIN_STYLES[key] = fields.style_table(self.word.styles.element)
        return _BUILTIN_STYLES[key]

    def _runs(self, paragraph: WordParagraph, runs: tuple[Run, ...]) -> None:
        for run in runs:
            if run.footnote is not None:  # Word numbers it: the same number compose gave
                self.footnotes.add(paragraph, clean_text(run.footnote.text))
            else:
                add_text(paragraph, run.text, bold=run.bold, italic=run.italic)

    def _cover(self, cover: Cover) -> None:
        write_cover(self, cover)

    def _table_of_contents(self, toc: TableOfContents) -> None:
        beneath_cover = self.started
        title = self._paragraph("TOC Heading", toc.title)
        if beneath_cover:  # on the cover page, beneath its details: some air first
            title.paragraph_format.space_before = Pt(COVER_CONTENTS_SPACE)
        depth = min(max(toc.depth, 1), 9)
        entries = [
            (block, self.bookmarks[index])
            for index, block in enumerate(self.model.blocks)
            if isinstance(block, Heading) and min(max(block.level, 1), 4) <= depth
        ]
        instruction = f'TOC \\o "1-{depth}" \\h \\z \\u'
        if not entries:
            paragraph = self._paragraph("toc 1")
            for run in fields.field_runs(instruction, ""):
                paragraph._p.append(run)
            return
        for number, (heading, bookmark) in enumerate(entries):
            paragraph = self._paragraph(f"toc {min(max(heading.level, 1), 4)}")
            if number == 0:
                for run in fields.field_start(instruction):
                    paragraph._p.append(run)
            page = self.heading_pages.get(heading.anchor)
            entry = fields.toc_entry(clean_text(heading.text), bookmark, str(page) if page else "")
            paragraph._p.append(entry)
            if number == len(entries) - 1:
                paragraph._p.append(fields.field_end())

    def _list(self, block: BulletList) -> None:
        if block.numbered:
            style, num_id = "List Number", self.number_num
            if num_id is not None:
                num_id = fields.restarted_num(self.numbering, num_id)
        else:
            style, num_id = "List Bullet", self.bullet_num
        for item in block.items:
            paragraph = self._paragraph(style)
            self._runs(paragraph, item.runs)
            if item.citations:
                # One citation never breaks inside ("p. 2–" / "3"): spaces non-breaking.
                cited = "; ".join(keep_together(c).replace(" ", NBSP) for c in item.citations)
                citation = f" ({cited})"
                style_id = self._style_id("Citation Char", WD_STYLE_TYPE.CHARACTER)
                add_text(paragraph, citation, style_id=style_id)
            if num_id is not None:
                fields.set_numbering(paragraph._p, num_id, min(max(item.level, 0), 8))

    def _header_and_footer(self) -> None:
        write_header_and_footer(self)

    def _properties(self) -> None:
        meta = self.model.meta
        properties = self.word.core_properties
        author = _property(meta.author)
        properties.title = _property(meta.title)
        properties.subject = _property(meta.subject)
        properties.author = author
        properties.last_modified_by = author
        properties.keywords = _property(", ".join(meta.keywords))
        properties.comments = COMMENTS
        properties.language = _property(meta.language)
        properties.category = ""
        properties.revision = 1
        created = _utc(meta.created)
        properties.created = created
        properties.modified = created


def _property(text: str) -> str:
    return clean_text(text).replace("\n", " ")[:MAX_PROPERTY]


def _utc(moment: datetime) -> datetime:
    """python-docx writes the wall-clock time with a "Z": give it naive UTC.

    A naive ``moment`` is taken to be local time, as ``datetime.now()`` gives it.
    """
    return moment.astimezone(UTC).replace(tzinfo=None)
