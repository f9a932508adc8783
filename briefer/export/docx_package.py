"""Package-level parts of a Word export: the base template and custom properties.

The base is Briefer's own ``templates/briefing.docx`` or a ministry's template
(.dotx or .docx, chosen in the preferences): its styles, headers, footers and
logo are kept; styles Briefer needs that it lacks are copied in from Briefer's
template. The classification marking is written as a custom document property
("Classification"), which document-management and labelling tools read.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from briefer.export.atomic import ExportError
from briefer.input_files import InputFileError, RegularFile

TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CUSTOM_NAME = "Classification"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_MAX_TEMPLATE = 50 * 1024 * 1024


def open_base(template: Path, builtin: Path) -> tuple[WordDocument, bool]:
    """The Word document to render onto, and whether it is the user's own template."""
    if template == builtin:
        return Document(str(builtin)), False
    try:  # a regular file only, bounded: a FIFO named as the template never hangs an export
        with RegularFile(template) as handle:
            data = handle.read_all(_MAX_TEMPLATE, "de Word-sjabloon is groter dan 50 MB")
    except InputFileError as exc:
        raise ExportError(str(exc)) from None
    except OSError as exc:
        raise ExportError(
            f"{template}: de Word-sjabloon kan niet worden gelezen ({exc.strerror})"
        ) from None
    try:
        word = Document(io.BytesIO(_as_document(data)))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExportError(f"{template}: is geen Word-sjabloon (.dotx of .docx): {exc}") from None
    _add_missing_styles(word, Document(str(builtin)))
    return word, True


def _as_document(data: bytes) -> bytes:
    """A .dotx's bytes with its main part typed as a document (python-docx opens only those)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    if sum(info.file_size for info in source.infolist()) > 8 * _MAX_TEMPLATE:
        raise ValueError("uitgepakt te groot")
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(TEMPLATE_TYPE.encode(), DOCUMENT_TYPE.encode())
            target.writestr(info, content)
    return output.getvalue()


def _add_missing_styles(word: WordDocument, builtin: WordDocument) -> None:
    """Copy Briefer's styles the template lacks (without list numbering of Briefer's)."""
    have = {style.get(qn("w:styleId")) for style in word.styles.element.findall(qn("w:style"))}
    for style in builtin.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) in have:
            continue
        copied = copy.deepcopy(style)
        for numbering in copied.iter(qn("w:numPr")):
            numbering.getparent().remove(numbering)
        word.styles.element.append(copied)


def set_custom_property(word: WordDocument, name: str, value: str) -> None:
    """Set (or add) the text custom property ``name`` in docProps/custom.xml."""
    package = word.part.package
    existing: Any = None
    for rel in package.rels.values():
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            existing = rel.target_part
    properties: list[tuple[str, str]] = []
    if existing is not None:
        properties = [(n, v) for n, v in _read_custom(existing.blob) if n != name]
    properties.append((name, value))
    blob = _custom_xml(properties)
    if existing is not None:
        existing._blob = blob
        return
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def _read_custom(blob: bytes) -> list[tuple[str, str]]:
    try:
        root = parse_xml(blob)
    except ValueError:  # lxml's XMLSyntaxError is a ValueError
        return []
    found = []
    for prop in root.findall(f"{{{_CUSTOM_NS}}}property"):
        value = "".join(prop.itertext())
        found.append((str(prop.get("name", "")), value))
    return found


def _custom_xml(properties: list[tuple[str, str]]) -> bytes:
    items = "".join(
        f'<property fmtid="{_CUSTOM_FMTID}" pid="{index}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for index, (name, value) in enumerate(properties, start=2)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{items}</Properties>'
    ).encode()
