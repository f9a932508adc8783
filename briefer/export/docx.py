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

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.section import _Footer, _Header
from docx.shared import Pt
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run as WordRun

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
from briefer.export import docx_fields as fields
from briefer.export.atomic import ExportCancelledError, ExportError, write_atomically
from briefer.export.docx_footnotes import WordFootnotes
from briefer.export.docx_package import CUSTOM_NAME, open_base, set_custom_property

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

COMMENTS = "Gemaakt met Briefer"
# Windows' own fonts for Chinese, Japanese and Korean text; other systems substitute.
CHINESE = ("Microsoft YaHei", "zh-CN")
JAPANESE = ("Yu Gothic", "ja-JP")
KOREAN = ("Malgun Gothic", "ko-KR")
MAX_PROPERTY = 255  # python-docx refuses longer core properties

PARAGRAPH_STYLES = {"body": "Normal", "note": "Briefing Note", "empty": "Briefing Empty"}

# XML 1.0 cannot store C0 controls other than tab, newline and carriage return,
# surrogates, U+FFFE or U+FFFF. Carriage returns become newlines (line breaks).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINE = re.compile("\r\n?")
_SECTION_PROPERTIES = qn("w:sectPr")
# The style table of Briefer's own template, by (path, modification time, size).
_BUILTIN_STYLES: dict[tuple[str, int, int], dict[tuple[str, WD_STYLE_TYPE], str | None]] = {}
_EAST_ASIAN = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]"
)
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")


def template_path() -> Path:
    """The shipped Word template with Briefer's styles."""
    return paths.templates_dir() / "briefing.docx"


def clean_text(text: str) -> str:
    """``text`` minus what XML 1.0 cannot store; everything else is kept as it is."""
    return _NOT_XML.sub("", _NEWLINE.sub("\n", text))


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
                _add_text(paragraph, f"{block.label}\n", bold=True)
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
            _add_text(paragraph, text)
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
                _add_text(paragraph, run.text, bold=run.bold, italic=run.italic)

    def _cover(self, cover: Cover) -> None:
        if cover.classification.strip():
            self._paragraph("Classification", cover.classification)
        self._paragraph("Title", cover.title)
        if cover.subtitle:
            self._paragraph("Subtitle", cover.subtitle)
        words = self.labels
        topic = words["topics" if len(cover.topics) > 1 else "topic"]
        for label, value in (
            (words["date"], cover.date_text),
            (words["author"], cover.author),
            (topic, ", ".join(cover.topics)),
        ):
            if value.strip():
                paragraph = self._paragraph("Cover Detail")
                _add_text(paragraph, f"{label}: ", bold=True)
                _add_text(paragraph, value)

    def _table_of_contents(self, toc: TableOfContents) -> None:
        beneath_cover = self.started
        title = self._paragraph("TOC Heading", toc.title)
        if beneath_cover:  # on the cover page, beneath its details: some air first
            title.paragraph_format.space_before = Pt(30)
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
                citation = f" ({'; '.join(item.citations)})"
                style_id = self._style_id("Citation Char", WD_STYLE_TYPE.CHARACTER)
                _add_text(paragraph, citation, style_id=style_id)
            if num_id is not None:
                fields.set_numbering(paragraph._p, num_id, min(max(item.level, 0), 8))

    def _header_and_footer(self) -> None:
        meta = self.model.meta
        marking = clean_text(meta.classification).strip()
        section = self.word.sections[0]
        # The cover page has no header or footer (different first page); Briefer's own
        # template leaves it blank, a ministry's template keeps its own (its logo).
        has_cover = bool(self.model.blocks) and isinstance(self.model.blocks[0], Cover)
        if has_cover:
            keep_first = self.own_template and section.different_first_page_header_footer
            section.different_first_page_header_footer = True
            if not keep_first:
                for part in (section.first_page_header, section.first_page_footer):
                    part.is_linked_to_previous = False
                    _clear(part)
                    self._styled(part, "Header")
        else:
            section.different_first_page_header_footer = False
        header, footer = section.header, section.footer
        header.is_linked_to_previous = False
        footer.is_linked_to_previous = False
        if not self.own_template:
            _clear(header)
            _clear(footer)
        if marking:
            _add_text(self._styled(header, "Classification"), marking)
        if meta.title:
            _add_text(self._styled(header, "Header"), meta.title)
        pages = self._styled(footer, "Footer")
        _add_text(pages, f"{self.labels['page']} ")
        for run in fields.field_runs("PAGE", "1"):
            pages._p.append(run)
        _add_text(pages, f" {self.labels['of']} ")
        for run in fields.field_runs("NUMPAGES", "1"):
            pages._p.append(run)
        if marking:
            _add_text(self._styled(footer, "Classification"), marking)
        for part in (header, footer):
            if not part.paragraphs:  # a header or footer needs at least one paragraph
                self._styled(part, "Header")

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


def _add_text(
    paragraph: WordParagraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    style_id: str | None = None,
) -> None:
    """One run of ``text`` (tabs and line breaks included) at the end of ``paragraph``."""
    text = clean_text(text)
    if not text:
        return
    if "\t" in text or "\n" in text or "\r" in text:
        run = paragraph.add_run(text)  # tabs and line breaks become their own elements
        if style_id is not None:
            run._r.style = style_id
        if bold:
            run.bold = True
        if italic:
            run.italic = True
    else:
        # What add_run and the style, bold and italic setters write for plain text (a
        # w:rPr in schema order, one w:t), without python-docx's search for each
        # element's place among the forty a w:rPr may hold.
        element = fields.make("w:r")
        if style_id is not None or bold or italic:
            properties = fields.make("w:rPr")
            if style_id is not None:
                properties.append(fields.make("w:rStyle", {fields.VAL: style_id}))
            if bold:
                properties.append(fields.make("w:b"))
            if italic:
                properties.append(fields.make("w:i"))
            element.append(properties)
        words = fields.make("w:t")
        words.text = text
        if text != text.strip():
            words.set(qn("xml:space"), "preserve")
        element.append(words)
        paragraph._p.append(element)
        run = WordRun(element, paragraph)
    if _EAST_ASIAN.search(text):
        fields.set_east_asian_font(run._r, *_east_asian_font(text))


def _east_asian_font(text: str) -> tuple[str, str]:
    """(font, language) for the Chinese, Japanese or Korean characters in ``text``."""
    if _HANGUL.search(text):
        return KOREAN
    return JAPANESE if _KANA.search(text) else CHINESE


def _clear(part: _Header | _Footer) -> None:
    container = part._element
    for child in list(container):
        container.remove(child)


def _property(text: str) -> str:
    return clean_text(text).replace("\n", " ")[:MAX_PROPERTY]


def _utc(moment: datetime) -> datetime:
    """python-docx writes the wall-clock time with a "Z": give it naive UTC.

    A naive ``moment`` is taken to be local time, as ``datetime.now()`` gives it.
    """
    return moment.astimezone(UTC).replace(tzinfo=None)
