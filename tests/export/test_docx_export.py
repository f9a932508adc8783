"""The Word exporter: every test writes a real .docx into tmp_path and reads it back."""

from __future__ import annotations

import errno
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph

from briefer.compose.render_model import (
    BulletList,
    Cover,
    DocumentMeta,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Quote,
    RenderDocument,
    Run,
    TableOfContents,
)
from briefer.export.atomic import ExportError
from briefer.export.docx import ExportCancelledError, template_path, write_docx
from briefer.export.pdf import layout_pdf
from tests.export.samples import (
    AUTHOR,
    CREATED,
    MARKING,
    NOTE,
    points_of,
    quotes_of,
    sample_document,
    sample_pack,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def export(document: RenderDocument, folder: Path, name: str = "briefing.docx") -> WordDocument:
    path = write_docx(document, folder / name)
    assert path == folder / name
    return docx.Document(str(path))


def style(paragraph: WordParagraph) -> str:
    return paragraph.style.name if paragraph.style is not None else ""


def styled(word: WordDocument) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, in order."""
    return [(style(p), p.text) for p in word.paragraphs]


def in_style(word: WordDocument, name: str) -> list[WordParagraph]:
    return [p for p in word.paragraphs if style(p) == name]


def numbering(paragraph: WordParagraph) -> tuple[int, int]:
    """(numId, ilvl) of a list paragraph."""
    properties: Any = paragraph._p.pPr
    return properties.numPr.numId.val, properties.numPr.ilvl.val


def xml_of(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8")


def instructions(xml: str) -> list[str]:
    return [code.strip() for code in re.findall(r"<w:instrText[^>]*>([^<]*)<", xml)]


# --- content and styles -------------------------------------------------------------


def test_headings_keep_their_order_and_real_heading_styles(tmp_path: Path) -> None:
    for document in (sample_document(), sample_pack()):
        word = export(document, tmp_path)
        headings = [(style, text) for style, text in styled(word) if style.startswith("Heading")]
        expected = [(f"Heading {h.level}", h.text) for h in document.headings()]
        assert headings == expected
        assert {"Heading 1", "Heading 2", "Heading 3"} <= {style for style, _ in headings}


def test_cover_comes_first_with_the_contents_beneath_it(tmp_path: Path) -> None:
    word = export(sample_document(), tmp_path)
    first = styled(word)[:6]
    assert first == [
        ("Classification", MARKING),
        ("Title", "Briefing China"),
        ("Subtitle", "Bezoek minister aan Beijing"),
        ("Cover Detail", "Datum: 8 maart 2022"),
        ("Cover Detail", f"Opgesteld door: {AUTHOR}"),
        ("Cover Detail", "Onderwerp: China"),
    ]
    labels = [p.runs[0] for p in word.paragraphs[3:6]]
    assert all(run.bold for run in labels)  # "Datum:" as a label, as on the PDF cover
    after_cover = word.paragraphs[6]
    assert style(after_cover) == "TOC Heading"
    assert not after_cover.paragraph_format.page_break_before  # on the cover page
    first_heading = next(p for p in word.paragraphs if style(p) == "Heading 1")
    assert first_heading.paragraph_format.page_break_before


def test_page_breaks_start_new_pages_without_empty_pages(tmp_path: Path) -> None:
    # Pack: after the cover, and before each of the three topics.
    word = export(sample_pack(), tmp_path)
    breaking = [p.text for p in word.paragraphs if p.paragraph_format.page_break_before]
    assert breaking == ["Inhoud", "Rusland", "China", "Westelijke Balkan"]
    body = xml_of(tmp_path / "briefing.docx", "word/document.xml")
    assert 'w:type="page"' not in body  # no paragraphs holding nothing but a break
    assert all(p.text.strip() or style(p).startswith("toc") for p in word.paragraphs)


def test_every_quote_is_followed_by_its_citation(tmp_path: Path) -> None:
    document = sample_pack()
    word = export(document, tmp_path)
    quoted = [(s, t) for s, t in styled(word) if s in ("Quote", "Citation")]
    expected = [
        pair
        for topic in ("Rusland", "China", "Westelijke Balkan")
        for text, citation in quotes_of(topic)
        for pair in (("Quote", text), ("Citation", citation))
    ]
    assert quoted == expected
    assert any(c.endswith("p. 13-14") for _, c in quotes_of("China"))


def test_talking_points_are_numbered_with_their_citations(tmp_path: Path) -> None:
    word = export(sample_document(), tmp_path)
    numbered = in_style(word, "List Number")
    top = [p for p in numbered if numbering(p)[1] == 0]
    assert [p.text for p in top] == [f"{text} ({cite})" for text, cite in points_of("China")]
    for paragraph in top:
        last = paragraph.runs[-1]
        assert last.style is not None and last.style.name == "Citation Char"
        assert last.text.startswith(" (Kamerstuk 35 925 V, nr. 84, p. ")
    emphasised = [r.text for p in top for r in p.runs if r.italic]
    assert emphasised == ["kritisch"]
    nested = [p for p in numbered if numbering(p)[1] == 1]
    assert [p.text for p in nested] == ["Toelichting: zie de achtergrond hieronder."]


def test_every_numbered_list_restarts_at_one(tmp_path: Path) -> None:
    word = export(sample_pack(), tmp_path)
    definitions: Any = word.part.numbering_part.element
    list_number: Any = word.styles["List Number"].element
    style_num = int(list_number.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val"))
    style_abstract = definitions.num_having_numId(style_num).abstractNumId.val

    lists: list[int] = []  # numId of each run of List Number paragraphs
    previous = ""
    for paragraph in word.paragraphs:
        if style(paragraph) == "List Number" and previous != "List Number":
            lists.append(numbering(paragraph)[0])
        previous = style(paragraph)
    assert len(lists) == 3 and len(set(lists)) == 3
    for num_id in lists:
        num = definitions.num_having_numId(num_id)
        assert num.abstractNumId.val == style_abstract
        start = num.find(f"{W}lvlOverride[@{W}ilvl='0']/{W}startOverride")
        assert start is not None and start.get(f"{W}val") == "1"

    bullets = in_style(word, "List Bullet")
    assert len(bullets) == 6
    list_bullet: Any = word.styles["List Bullet"].element
    bullet_num = int(list_bullet.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val"))
    assert {numbering(p) for p in bullets} == {(bullet_num, 0)}


def test_note_keeps_every_character_but_the_control_character(tmp_path: Path) -> None:
    word = export(sample_document(), tmp_path)
    notes = in_style(word, "Briefing Note")
    assert [p.text for p in notes] == [f"Gespreksnotitie. {NOTE}"]
    assert notes[0].runs[0].bold
    body = xml_of(tmp_path / "briefing.docx", "word/document.xml")
    assert "\x07" not in body
    assert "R&amp;D &lt;b&gt; AT&amp;T Путин 习近平 «tegenspraak» – Oekraïne, café." in body
    # The run holding Chinese asks Word for a Chinese font.
    chinese: Any = next(r for r in notes[0].runs if "习近平" in r.text)._r.rPr
    assert chinese.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "Microsoft YaHei"
    assert chinese.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    empties = [p.text for p in in_style(export(sample_pack(), tmp_path), "Briefing Empty")]
    assert empties == ["Geen eigen notities."] * 2


def test_east_asian_runs_ask_for_a_font_of_their_script(tmp_path: Path) -> None:
    texts = ("习近平", "岸田 文雄（きしだ ふみお）", "윤석열", "Rutte")
    document = RenderDocument(
        meta=DocumentMeta(title="x"), blocks=tuple(Paragraph(runs=(Run(t),)) for t in texts)
    )
    word = export(document, tmp_path)
    found = []
    for paragraph in word.paragraphs:
        properties: Any = paragraph.runs[0]._r.rPr
        fonts = properties.find(qn("w:rFonts")) if properties is not None else None
        found.append(fonts.get(qn("w:eastAsia")) if fonts is not None else None)
    assert found == ["Microsoft YaHei", "Yu Gothic", "Malgun Gothic", None]
    assert [p.text for p in word.paragraphs] == list(texts)


def test_control_characters_anywhere_are_dropped_and_never_raise(tmp_path: Path) -> None:
    dirty = "a\x00b\x01c\x08d\x0be\x0cf\x1fg\ufffeh\uffffi\ud800j"
    document = RenderDocument(
        meta=DocumentMeta(
            title=f"T {dirty}",
            subject=dirty,
            author=dirty,
            classification=f"Geheim {dirty}",
            keywords=(dirty,),
            created=CREATED,
        ),
        blocks=(
            Cover(title=dirty, subtitle=dirty, date_text=dirty, author=dirty, topics=(dirty,)),
            TableOfContents(title=dirty),
            Heading(dirty, 1),
            Paragraph(runs=(Run(dirty, bold=True), Run("tab\there, line\nbreak, cr\r\nlf"))),
            BulletList(items=(ListItem(runs=(Run(dirty),), citations=(dirty,)),), numbered=True),
            Quote(text=dirty, citation=dirty),
        ),
    )
    word = export(document, tmp_path)
    clean = "abcdefghij"
    texts = [t for _, t in styled(word)]
    assert texts.count(clean) >= 4  # cover title … quote and citation
    assert f"Datum: {clean}" in texts
    assert f"{clean}tab\there, line\nbreak, cr\nlf" in texts
    assert f"{clean} ({clean})" in texts
    assert word.core_properties.title == f"T {clean}"
    assert word.core_properties.author == clean
    assert f"Geheim {clean}" in [p.text for p in word.sections[0].header.paragraphs]


def test_text_is_written_literally(tmp_path: Path) -> None:
    literal = "R&D <b>vet</b> AT&T <jan@example.nl> «» – ë Путин 习近平 &amp; \\n {x}"
    document = RenderDocument(
        meta=DocumentMeta(title=literal, created=CREATED),
        blocks=(Heading(literal, 2), Paragraph(runs=(Run(literal),)), Quote(literal, literal)),
    )
    word = export(document, tmp_path)
    assert [t for _, t in styled(word)] == [literal] * 4
    assert word.core_properties.title == literal


def test_odd_documents_still_make_valid_files(tmp_path: Path) -> None:
    empty = export(
        RenderDocument(meta=DocumentMeta(title="Leeg", language=""), blocks=()), tmp_path
    )
    assert [p.text for p in empty.paragraphs] == [""]
    odd = RenderDocument(
        meta=DocumentMeta(title="Diep"),
        blocks=(
            PageBreak(),  # never a blank first page
            TableOfContents(depth=4),
            PageBreak(),
            PageBreak(),  # two breaks make one
            Heading("Een", 1),
            Heading("Vier", 4),
            Heading("Negen", 9),  # clamped to the deepest heading style
            BulletList(items=()),
            PageBreak(),  # nothing follows: no trailing empty page
        ),
    )
    word = export(odd, tmp_path)
    assert styled(word) == [
        ("TOC Heading", "Inhoud"),
        ("toc 1", "Een\t"),
        ("toc 4", "Vier\t"),
        ("toc 4", "Negen\t"),
        ("Heading 1", "Een"),
        ("Heading 4", "Vier"),
        ("Heading 4", "Negen"),
    ]
    breaks = [p.text for p in word.paragraphs if p.paragraph_format.page_break_before]
    assert breaks == ["Een"]
    assert 'TOC \\o "1-4"' in " ".join(instructions(word.element.xml))


# --- table of contents, header and footer, properties ---------------------------------


def test_table_of_contents_is_a_word_field_with_cached_entries(tmp_path: Path) -> None:
    document = sample_pack()
    layout = layout_pdf(document)
    word = docx.Document(
        str(write_docx(document, tmp_path / "briefing.docx", heading_pages=layout.heading_pages))
    )
    body = xml_of(tmp_path / "briefing.docx", "word/document.xml")
    assert 'TOC \\o "1-3" \\h \\z \\u' in instructions(body)
    assert body.count('w:fldCharType="begin"') == body.count('w:fldCharType="end"')

    entries = [p for p in word.paragraphs if style(p).startswith("toc")]
    expected = [h for h in document.headings() if h.level <= 3]
    # Each line: the heading, a tab (dot leader), the page number of the same layout.
    pages = [layout.heading_pages[h.anchor] for h in expected]
    assert [p.text for p in entries] == [
        f"{h.text}\t{n}" for h, n in zip(expected, pages, strict=True)
    ]
    assert pages[0] == 3 and pages == sorted(pages) and pages[-1] == layout.pages  # cover, toc
    assert [style(p) for p in entries] == [f"toc {h.level}" for h in expected]
    # Each entry links to a bookmark around its heading.
    bookmarks = {
        start.get(qn("w:name")): paragraph.text
        for paragraph in word.paragraphs
        for start in paragraph._p.findall(qn("w:bookmarkStart"))
    }
    for entry, heading in zip(entries, expected, strict=True):
        link: Any = entry._p.find(qn("w:hyperlink"))
        anchor = link.get(qn("w:anchor"))
        assert bookmarks[anchor] == heading.text
        assert f"PAGEREF {anchor} \\h" in instructions(entry._p.xml)
    settings = xml_of(tmp_path / "briefing.docx", "word/settings.xml")
    assert "updateFields" not in settings  # no "update fields?" prompt on opening
    assert (
        '<w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    ) in settings


def test_header_and_footer_carry_the_marking_and_page_numbers(tmp_path: Path) -> None:
    path = write_docx(sample_document(), tmp_path / "briefing.docx")
    word = docx.Document(str(path))
    section = word.sections[0]
    assert section.different_first_page_header_footer  # the cover has none
    assert [p.text for p in section.first_page_header.paragraphs] == [""]
    assert [p.text for p in section.first_page_footer.paragraphs] == [""]
    header = [(style(p), p.text) for p in section.header.paragraphs]
    assert header == [("Classification", MARKING), ("Header", "Briefing China")]
    footer = [(style(p), p.text) for p in section.footer.paragraphs]
    assert footer == [("Footer", "Pagina 1 van 1"), ("Classification", MARKING)]
    assert instructions(section.footer._element.xml) == ["PAGE", "NUMPAGES"]
    assert section.page_width is not None and round(section.page_width.mm) == 210
    assert section.page_height is not None and round(section.page_height.mm) == 297


def test_no_marking_means_no_marking_lines(tmp_path: Path) -> None:
    document = RenderDocument(
        meta=DocumentMeta(title="Openbaar", created=CREATED),
        blocks=(Cover(title="Openbaar"), Heading("Kernpunten", 1)),
    )
    word = export(document, tmp_path)
    section = word.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["Openbaar"]
    assert [p.text for p in section.footer.paragraphs] == ["Pagina 1 van 1"]
    assert "Classification" not in {s for s, _ in styled(word)}


def test_core_properties_describe_the_briefing(tmp_path: Path) -> None:
    path = write_docx(sample_pack(), tmp_path / "pakket.docx")
    properties = docx.Document(str(path)).core_properties
    assert properties.title == "Briefingpakket Raad Buitenlandse Zaken"
    assert properties.subject == "Rusland, China, Westelijke Balkan"
    assert properties.author == AUTHOR
    assert properties.last_modified_by == AUTHOR
    assert properties.keywords == "briefing, Rusland, China, Westelijke Balkan"
    assert properties.comments == "Gemaakt met Briefer"
    assert properties.language == "nl-NL"
    assert properties.revision == 1
    for moment in (properties.created, properties.modified):
        assert moment is not None
        assert abs(moment.replace(tzinfo=moment.tzinfo or UTC) - CREATED) < timedelta(minutes=1)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("docProps/"):
                text = archive.read(name).decode("utf-8", errors="replace").lower()
                assert "python-docx" not in text, name
                assert "2013" not in text, name
    assert '<w:lang w:val="nl-NL"' in xml_of(path, "word/styles.xml")


def test_naive_creation_time_is_taken_as_local_time(tmp_path: Path) -> None:
    local = datetime(2024, 7, 1, 14, 0)  # what datetime.now() gives
    document = RenderDocument(meta=DocumentMeta(title="x", created=local), blocks=())
    created = export(document, tmp_path).core_properties.created
    assert created is not None
    assert created.replace(tzinfo=UTC) == local.astimezone(UTC)


def test_template_has_the_styles_and_nothing_of_python_docx() -> None:
    template = docx.Document(str(template_path()))
    names = {style.name for style in template.styles}
    assert {
        "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Normal",
        "Briefing Note", "Quote", "Citation", "Citation Char", "List Bullet", "List Number",
        "Briefing Empty", "Classification", "TOC Heading", "toc 1", "toc 2", "toc 3",
    } <= names  # fmt: skip
    assert template.paragraphs == []
    assert template.core_properties.author == ""
    assert template.core_properties.created is None
    with zipfile.ZipFile(template_path()) as archive:
        assert not [n for n in archive.namelist() if "thumbnail" in n]
        assert "python-docx" not in archive.read("docProps/core.xml").decode()


# --- progress, cancelling and atomic writing -----------------------------------------


def test_progress_is_reported_for_every_block(tmp_path: Path) -> None:
    document = sample_document()
    calls: list[tuple[int, int]] = []
    write_docx(
        document, tmp_path / "b.docx", progress=lambda done, total: calls.append((done, total))
    )
    total = len(document.blocks)
    assert calls == [(done, total) for done in range(1, total + 1)]


def test_cancelling_halfway_leaves_the_earlier_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "briefing.docx"
    write_docx(sample_pack(), target)
    earlier = target.read_bytes()
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(ExportCancelledError):
        write_docx(sample_document(), target, cancelled=cancelled)
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.docx"]


def test_cancelling_a_new_export_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(ExportCancelledError):
        write_docx(sample_document(), tmp_path / "nieuw.docx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_save_leaves_the_earlier_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "briefing.docx"
    target.write_bytes(b"the briefing exported yesterday")

    def broken_save(self: WordDocument, path: str) -> None:
        Path(path).write_bytes(b"PK half a zip")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(WordDocument, "save", broken_save)
    with pytest.raises(ExportError, match="No space left on device") as raised:
        write_docx(sample_document(), target)
    assert str(target) in str(raised.value)
    assert target.read_bytes() == b"the briefing exported yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.docx"]


def test_a_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="bestaat niet"):
        write_docx(sample_document(), tmp_path / "weg" / "briefing.docx")


# --- LibreOffice reads what Word would read ------------------------------------------


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Both samples exported and turned into PDF by LibreOffice: name -> text per page."""
    soffice = shutil.which("soffice")
    pdftotext = shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice (soffice) or poppler (pdftotext) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    write_docx(sample_document(), folder / "china.docx")
    write_docx(sample_pack(), folder / "pakket.docx")
    result = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(folder / "china.docx"),
            str(folder / "pakket.docx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pages: dict[str, list[str]] = {}
    for name in ("china", "pakket"):
        text = subprocess.run(
            [pdftotext, "-layout", str(folder / f"{name}.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        pages[name] = [page for page in text.split("\f") if page.strip()]
    return pages


def flat(text: str) -> str:
    return " ".join(text.split())


def test_libreoffice_shows_every_heading_quote_and_citation(
    converted: dict[str, list[str]],
) -> None:
    for name, document in (("china", sample_document()), ("pakket", sample_pack())):
        text = flat(" ".join(converted[name]))
        for heading in document.headings():
            assert flat(heading.text) in text
        for block in document.blocks:
            if isinstance(block, Quote):
                assert " ".join(block.text.split()[:6]) in text
                assert block.citation in text
        for topic in ("China",) if name == "china" else ("Rusland", "China", "Westelijke Balkan"):
            for point, citation in points_of(topic):
                assert flat(f"{point} ({citation})") in text
    china = flat(" ".join(converted["china"]))
    assert "R&D <b> AT&T Путин 习近平 «tegenspraak» – Oekraïne, café." in china


def test_libreoffice_shows_the_marking_and_page_number_on_every_page(
    converted: dict[str, list[str]],
) -> None:
    for pages in converted.values():
        assert len(pages) >= 2
        cover, *rest = pages
        assert cover.count(MARKING) == 1 and "Pagina" not in cover  # no header or footer
        for number, page in enumerate(rest, start=2):
            assert page.count(MARKING) >= 2, page
            assert f"Pagina {number} van {len(pages)}" in page
    assert len(converted["china"]) == 2  # cover with contents, briefing
    assert len(converted["pakket"]) == 5  # cover, contents, three topics


def test_libreoffice_pages_are_never_empty_and_lists_restart(
    converted: dict[str, list[str]],
) -> None:
    furniture = re.compile(rf"^\s*({MARKING}|Briefing.*|Pagina \d+ van \d+)?\s*$")
    for pages in converted.values():
        for page in pages:
            content = [line for line in page.splitlines() if not furniture.match(line)]
            assert content, page
    for page in converted["pakket"][2:]:
        numbers = re.findall(r"^\s*(\d+)\.\s", page, flags=re.MULTILINE)
        assert numbers[:2] == ["1", "2"], page
