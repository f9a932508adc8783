"""Real Word footnotes: the footnotes part of the package and a reference for each note.

python-docx reads and writes no footnotes, so the part is made here as Word and
LibreOffice write it: ``word/footnotes.xml`` (content type ``…footnotes+xml``),
related from the document, holding the two separators Word expects (ids -1 and
0) and one ``w:footnote`` per note; in the text a superscript run with a
``w:footnoteReference`` to it. Word numbers the notes itself, in the order of
their references, which is the order ``compose`` numbered them in. A template
that has a footnotes part already (a ministry's own) keeps its separators; its
notes belonged to its body, which the export replaces, so they go with it.

Direct formatting (superscript, a 9 pt note) rather than styles, so that the
notes look right in any template, also one without "Footnote Text".
"""

from __future__ import annotations

from typing import Any

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph as WordParagraph

from briefer.export import docx_fields as fields

NOTE_SIZE = 18  # half-points: 9 pt
_EMPTY = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


def _run_properties(*, superscript: bool, size: bool) -> Any:
    """A w:rPr with a 9 pt size and / or superscript, in schema order (sz before vertAlign)."""
    properties = fields.make("w:rPr")
    if size:
        properties.append(fields.element("w:sz", val=str(NOTE_SIZE)))
    if superscript:
        properties.append(fields.element("w:vertAlign", val="superscript"))
    return properties


def _tight() -> Any:
    """A footnote paragraph's w:pPr: no space after it, single lines."""
    properties = fields.make("w:pPr")
    properties.append(fields.element("w:spacing", after="0", line="240", lineRule="auto"))
    return properties


class WordFootnotes:
    """The document's footnotes part, made (or found) when the first note is written."""

    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.root: Any = None
        self.plain_part: Any = None  # a template's footnotes part that python-docx keeps as bytes
        self.next_id = 1

    def _part_root(self) -> Any:
        if self.root is not None:
            return self.root
        document_part = self.word.part
        for rel in document_part.rels.values():
            if not rel.is_external and rel.reltype == RT.FOOTNOTES:
                part = rel.target_part
                if isinstance(part, XmlPart):
                    self.root = part.element
                else:  # read as bytes (python-docx knows no footnotes): written back in finish
                    self.root = parse_xml(part.blob)
                    self.plain_part = part
                break
        else:
            partname = PackURI("/word/footnotes.xml")
            part = XmlPart(partname, CT.WML_FOOTNOTES, parse_xml(_EMPTY), document_part.package)
            document_part.relate_to(part, RT.FOOTNOTES)
            self.root = part.element
        for note in list(self.root.iterfind(qn("w:footnote"))):
            if note.get(qn("w:type")) in (None, "normal"):  # the template body's notes
                self.root.remove(note)
        ids = [int(note.get(qn("w:id"), "0")) for note in self.root.iterfind(qn("w:footnote"))]
        self.next_id = max([0, *ids]) + 1
        return self.root

    def finish(self) -> None:
        """Write the notes added to a footnotes part read as bytes back into it."""
        if self.plain_part is not None and self.root is not None:
            self.plain_part._blob = serialize_part_xml(self.root)

    def add(self, paragraph: WordParagraph, text: str) -> int:
        """A reference to a new footnote of ``text`` at the end of ``paragraph``; its id."""
        root = self._part_root()
        note_id = self.next_id
        self.next_id += 1
        note = fields.element("w:footnote", id=str(note_id))
        body = fields.make("w:p")
        body.append(_tight())
        mark = fields.make("w:r")
        mark.append(_run_properties(superscript=True, size=True))
        mark.append(fields.make("w:footnoteRef"))
        body.append(mark)
        words = fields.make("w:r")
        words.append(_run_properties(superscript=False, size=True))
        content = fields.make("w:t")
        content.set(qn("xml:space"), "preserve")
        content.text = f" {text}"
        words.append(content)
        body.append(words)
        note.append(body)
        root.append(note)
        reference = fields.make("w:r")
        reference.append(_run_properties(superscript=True, size=False))
        reference.append(fields.element("w:footnoteReference", id=str(note_id)))
        paragraph._p.append(reference)
        return note_id
