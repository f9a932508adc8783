"""A ministry's own Word template as the base of Word exports (.dotx or .docx)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import RGBColor

from briefer.export.atomic import ExportError
from briefer.export.docx import template_path, write_docx
from briefer.export.docx_package import DOCUMENT_TYPE, TEMPLATE_TYPE
from tests.export.samples import MARKING, sample_document

HOUSE = "Ministerie van Voorbeeldzaken · Directie Azië en Oceanië"


def ministry_template(folder: Path, suffix: str = ".dotx") -> Path:
    """Another ministry's template: its own Heading 1 colour and header, no Briefer styles."""
    word = docx.Document()  # python-docx's default: none of Briefer's own styles
    word.styles["Heading 1"].font.color.rgb = RGBColor(0x00, 0x66, 0x33)
    house = word.styles.add_style("Huisstijl Kop", WD_STYLE_TYPE.PARAGRAPH)
    house.font.size = docx.shared.Pt(9)
    section = word.sections[0]
    section.header.paragraphs[0].text = HOUSE
    buffer = io.BytesIO()
    word.save(buffer)
    path = folder / f"ministerie{suffix}"
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml" and suffix == ".dotx":
                data = data.replace(DOCUMENT_TYPE.encode(), TEMPLATE_TYPE.encode())
            target.writestr(info, data)
    return path


@pytest.mark.parametrize("suffix", [".dotx", ".docx"])
def test_the_ministry_template_is_the_base(tmp_path: Path, suffix: str) -> None:
    template = ministry_template(tmp_path, suffix)
    path = write_docx(sample_document(), tmp_path / "china.docx", template=template)
    word = docx.Document(str(path))
    # The ministry's styles, header and colours are kept ...
    assert word.styles["Heading 1"].font.color.rgb == RGBColor(0x00, 0x66, 0x33)
    assert "Huisstijl Kop" in [s.name for s in word.styles]
    header = [p.text for p in word.sections[0].header.paragraphs]
    assert header[0] == HOUSE and MARKING in header
    # ... Briefer's own styles it lacked are added, so every paragraph has its style.
    names = {p.style.name for p in word.paragraphs}
    assert {"Quote", "Citation", "Cover Detail"} <= names
    first_header = [p.text for p in word.sections[0].first_page_header.paragraphs]
    assert MARKING in first_header  # the cover's marking, in its header
    assert next(p.text for p in word.paragraphs if p.style.name == "Heading 1") == "Kernpunten"
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert TEMPLATE_TYPE not in types  # a document, not a template


def test_briefers_own_template_is_used_without_a_choice(tmp_path: Path) -> None:
    path = write_docx(sample_document(), tmp_path / "china.docx")
    word = docx.Document(str(path))
    assert word.styles["Normal"].font.name == "DejaVu Sans"  # the PDF's font
    assert template_path().is_file()


def test_a_bad_template_is_one_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.dotx"
    broken.write_bytes(b"geen zip")
    with pytest.raises(ExportError, match=r"kapot\.dotx: is geen Word-sjabloon"):
        write_docx(sample_document(), tmp_path / "x.docx", template=broken)
    with pytest.raises(ExportError, match="bestaat niet"):
        write_docx(sample_document(), tmp_path / "x.docx", template=tmp_path / "weg.dotx")
    assert not (tmp_path / "x.docx").exists()
