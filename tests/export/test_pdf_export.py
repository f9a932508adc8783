"""The PDF exporter: real files read back with pdftotext, pdffonts and pypdf."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefer.compose.render_model import (
    Block,
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
from briefer.export.fonts import font_markup, font_runs
from briefer.export.pdf import ExportCancelledError, write_pdf
from tests.export import samples

pypdf = pytest.importorskip("pypdf")

if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
    pytest.skip("poppler-utils (pdftotext, pdffonts) is not installed", allow_module_level=True)

MARKING = "Departementaal Vertrouwelijk"
TITLE = "Bezoek minister aan Beijing"
NOTE = "R&D <b> AT&T Путин 习近平"
CREATED = datetime(2022, 3, 8, 14, 30, tzinfo=timezone(timedelta(hours=1)))

LONG_PASSAGE = (
    "Tijdens het schrijven van deze beleidsbrief is er een oorlog uitgebroken op ons "
    "continent. Hoewel weinigen dat voor mogelijk hadden gehouden wordt Europa geconfronteerd "
    "met een groot conventioneel conflict, gericht op gebiedsverovering. Een militaire "
    "grootmacht poogt een ander land in Europa met bruut geweld zijn wil op te leggen. "
) * 9


def letter_cite(page: int) -> str:
    return f"Kamerstuk 35 925 V, nr. 84, p. {page}"


def topic_blocks(name: str, number: int) -> list[Block]:
    """One topic of a pack: talking points, background with quotes and notes, sources."""
    return [
        Heading(name, 1, f"topic-{number}"),
        Heading("Kernpunten", 2, f"topic-{number}-kernpunten"),
        BulletList(
            (
                ListItem(
                    (Run("Nederland steunt "), Run("een", italic=True), Run(" eensgezinde EU.")),
                    (letter_cite(10 + number),),
                ),
                ListItem((Run("Sancties", bold=True), Run(" blijven nodig.")), (), 1),
                ListItem((Run("Contacten met «partners» – ook 2022."),), (letter_cite(20),)),
            ),
            numbered=True,
        ),
        Heading("Achtergrond", 2, f"topic-{number}-achtergrond"),
        Heading(f"Kamerstuk 35 925 V, nr. 84 · {name}", 3, f"topic-{number}-brief"),
        Heading("Inleiding", 4, f"topic-{number}-inleiding"),
        Quote(
            f"Over {name}: het kabinet zet in op een waardengedreven buitenlandbeleid.",
            letter_cite(3 + number),
        ),
        Paragraph((Run(f"Eigen notitie bij {name}: navragen bij de post."),), style="note"),
        Quote(LONG_PASSAGE if number == 1 else f"Korte passage over {name}.", "p. 13-14"),
        Heading("Bronnen", 2, f"topic-{number}-bronnen"),
        BulletList(
            (
                ListItem((Run("Kamerstuk 35 925 V, nr. 84: Beleidsbrief, 8 maart 2022"),)),
                ListItem((Run("Geneste bron"),), (), 1),
            )
        ),
    ]


def long_pack() -> RenderDocument:
    """A pack whose first topic has a quote longer than half a page, and a TOC of depth 3."""
    topics = ("China", "Rusland", "Oekraïne")
    blocks: list[Block] = [
        Cover(
            title=TITLE,
            subtitle="Bilateraal overleg, maart 2022",
            date_text="8 maart 2022",
            author="Directie Azië en Oceanië",
            classification=MARKING,
            topics=topics,
        ),
        TableOfContents(depth=3),
        PageBreak(),
    ]
    for number, name in enumerate(topics, start=1):
        if number > 1:
            blocks.append(PageBreak())
        blocks += topic_blocks(name, number)
        if number == 1:
            blocks += [
                Heading("Eigen notities", 2, "topic-1-notities"),
                Paragraph((Run(NOTE + "\x07"),), style="note"),
                Paragraph((Run("Nog geen spreekpunten."),), style="empty"),
            ]
    meta = DocumentMeta(
        title=TITLE,
        subject=", ".join(topics),
        author="Directie Azië en Oceanië",
        classification=MARKING,
        keywords=("briefing", *topics),
        created=CREATED,
    )
    return RenderDocument(meta, tuple(blocks))


SAMPLES = {
    "shared-document": samples.sample_document,
    "shared-pack": samples.sample_pack,
    "long-pack": long_pack,
}


def pdftotext(path: Path, *options: str) -> str:
    result = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def pages_of(path: Path, *options: str) -> list[str]:
    pages = pdftotext(path, *options).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def flat(text: str) -> str:
    return " ".join(text.split())


def lines_of(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def has_heading(page: str, text: str) -> bool:
    """``text`` stands on a line of its own on ``page`` (or on two or three wrapped lines)."""
    lines = lines_of(page)
    return any(
        " ".join(lines[start : start + count]) == text
        for start in range(len(lines))
        for count in (1, 2, 3)
    )


TOC_ENTRY = re.compile(r"^\s*(\S.*?)\s*(?:\.\s*){3,}(\d+)\s*$", flags=re.MULTILINE)


def toc_entries(path: Path) -> tuple[list[tuple[str, int]], int]:
    """The table of contents as (title, page number) and the index of its last page."""
    entries: list[tuple[str, int]] = []
    last = 0
    for index, page in enumerate(pages_of(path, "-layout")):
        found = [(flat(title), int(number)) for title, number in TOC_ENTRY.findall(page)]
        if entries and not found:
            break
        if found:
            entries += found
            last = index
    return entries, last


def body_text(path: Path, document: RenderDocument) -> str:
    """The text after the table of contents, without the headers and footers."""
    furniture = {document.meta.title, document.meta.classification}
    _, last_toc_page = toc_entries(path)
    kept = []
    for page in pages_of(path)[last_toc_page + 1 :]:
        for line in page.splitlines():
            if line.strip() in furniture or re.fullmatch(r"Pagina \d+ van \d+", line.strip()):
                continue
            kept.append(line)
    return flat("\n".join(kept))


def assert_in_order(text: str, expected: list[str]) -> None:
    position = 0
    for piece in expected:
        found = text.find(flat(piece), position)
        assert found >= 0, f"{piece!r} missing after position {position}"
        position = found + len(flat(piece))


@pytest.fixture(scope="module", params=list(SAMPLES))
def exported(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[RenderDocument, Path]:
    document = SAMPLES[request.param]()
    path = tmp_path_factory.mktemp("pdf") / f"{request.param}.pdf"
    assert write_pdf(document, path) == path
    return document, path


@pytest.fixture(scope="module")
def pack_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    assert write_pdf(long_pack(), path) == path
    return path


# -- fonts -------------------------------------------------------------------------------


def test_font_runs_split_cjk_from_everything_else() -> None:
    assert font_runs("Xi 习近平 bezoekt") == [("Xi ", False), ("习近平 ", True), ("bezoekt", False)]
    assert font_runs("Путин, «ë» – ok") == [("Путин, «ë» – ok", False)]
    assert font_runs("ひらがな、カタカナ。한국어！") == [("ひらがな、カタカナ。한국어！", True)]
    assert font_runs("") == []
    text = "a 中 b 文 c"
    assert "".join(piece for piece, _ in font_runs(text)) == text


def test_font_markup_escapes_before_wrapping() -> None:
    assert font_markup("R&D <b>") == "R&amp;D &lt;b&gt;"
    assert font_markup("AT&T 习") == 'AT&amp;T <font name="DroidSansFallback">习</font>'


# -- content -----------------------------------------------------------------------------


def test_headings_quotes_citations_and_list_items_appear_in_order(
    exported: tuple[RenderDocument, Path],
) -> None:
    document, path = exported
    text = body_text(path, document)
    expected: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            expected.append(block.text)
        elif isinstance(block, Quote):
            expected += [block.text, block.citation]
        elif isinstance(block, BulletList):
            for item in block.items:
                expected.append(item.text)
                if item.citations:
                    expected.append(f"({'; '.join(item.citations)})")
        elif isinstance(block, Paragraph):
            expected.append(block.text.replace("\x07", ""))
    assert_in_order(text, expected)


def test_numbered_lists_restart_and_nest(pack_pdf: Path) -> None:
    text = body_text(pack_pdf, long_pack())
    assert text.count("1. Nederland steunt een eensgezinde EU.") == 3  # once per topic
    assert text.count("a. Sancties blijven nodig.") == 3
    assert text.count("2. Contacten met «partners» – ook 2022.") == 3
    assert text.count("• Kamerstuk 35 925 V, nr. 84: Beleidsbrief") == 3
    assert text.count("– Geneste bron") == 3


def test_markup_characters_cyrillic_and_chinese_print_literally(pack_pdf: Path) -> None:
    text = pdftotext(pack_pdf)
    assert NOTE in text
    assert "\x07" not in text
    assert "R&D;" not in text
    assert "Oekraïne" in text and "«partners» – ook 2022." in text


def test_shared_sample_note_prints_literally(tmp_path: Path) -> None:
    path = write_pdf(samples.sample_document(), tmp_path / "china.pdf")
    text = flat(pdftotext(path))
    assert samples.NOTE in text
    assert samples.CONTROL not in text


def test_only_embedded_dejavu_and_droid_fonts(exported: tuple[RenderDocument, Path]) -> None:
    _, path = exported
    output = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = output.splitlines()[2:]
    assert rows
    names = [row.split()[0] for row in rows]
    for row in rows:
        # name type encoding emb sub uni object ID: "emb" is the 5th field from the end.
        assert row.split()[-5] == "yes", row
    assert any(name.endswith("+DejaVuSans") for name in names)
    assert any(name.endswith("+DejaVuSans-Bold") for name in names)
    assert any(name.endswith("+DroidSansFallback") for name in names)
    assert not any("Helvetica" in name or "Times" in name for name in names)


def test_marking_title_and_page_numbers_on_every_page(
    exported: tuple[RenderDocument, Path],
) -> None:
    document, path = exported
    pages = pages_of(path)
    count = len(pages)
    assert count >= 2
    for number, page in enumerate(pages, start=1):
        lines = lines_of(page)
        assert lines.count(document.meta.classification) >= 2, f"page {number}: header, footer"
        assert lines[0] == document.meta.classification, f"page {number}: marking on top"
        assert f"Pagina {number} van {count}" in lines, f"page {number}"
        if number > 1:
            assert lines[1] == document.meta.title, f"page {number}: title in the header"
        assert len(lines) > 4, f"page {number} is empty"
    assert len(pypdf.PdfReader(path).pages) == count


def test_cover_page_shows_marking_title_occasion_date_author_and_topics(
    exported: tuple[RenderDocument, Path],
) -> None:
    document, path = exported
    cover = document.blocks[0]
    assert isinstance(cover, Cover)
    lines = lines_of(pages_of(path)[0])
    assert lines.count(cover.classification) == 3  # header, the box on the cover, footer
    assert_in_order(
        flat("\n".join(lines)),
        [cover.title, cover.subtitle, cover.date_text, cover.author, *cover.topics],
    )


def test_pack_starts_each_topic_on_a_new_page(exported: tuple[RenderDocument, Path]) -> None:
    document, path = exported
    pages = pages_of(path)
    _, last_toc_page = toc_entries(path)
    blocks = document.blocks
    starts = [
        block.text
        for previous, block in itertools.pairwise(blocks)
        if isinstance(previous, PageBreak) and isinstance(block, Heading)
    ]
    first_lines = [lines_of(page)[2] for page in pages[last_toc_page + 1 :]]
    for topic in starts:
        assert topic in first_lines, topic  # right under the marking and title in the header


# -- navigation --------------------------------------------------------------------------


def outline_tree(outline: list[object]) -> list[tuple[str, list[object]]]:
    tree: list[tuple[str, list[object]]] = []
    for entry in outline:
        if isinstance(entry, list):
            title, _ = tree[-1]
            tree[-1] = (title, outline_tree(entry))  # type: ignore[arg-type]
        else:
            tree.append((entry.title, []))  # type: ignore[attr-defined]
    return tree


def heading_tree(headings: list[Heading]) -> list[tuple[str, list[object]]]:
    root: list[tuple[str, list[object]]] = []
    stack: list[tuple[int, list[tuple[str, list[object]]]]] = [(0, root)]
    for heading in headings:
        while stack[-1][0] >= heading.level:
            stack.pop()
        children: list[tuple[str, list[object]]] = []
        stack[-1][1].append((heading.text, children))  # type: ignore[arg-type]
        stack.append((heading.level, children))
    return root


def test_bookmarks_nest_like_the_headings(exported: tuple[RenderDocument, Path]) -> None:
    document, path = exported
    reader = pypdf.PdfReader(path)
    assert outline_tree(reader.outline) == heading_tree(document.headings())
    assert reader.page_mode == "/UseOutlines"


def test_bookmarks_point_at_the_pages_of_their_headings(
    exported: tuple[RenderDocument, Path],
) -> None:
    _, path = exported
    reader = pypdf.PdfReader(path)
    pages = pages_of(path)

    def walk(outline: list[object]) -> list[tuple[str, int]]:
        found: list[tuple[str, int]] = []
        for entry in outline:
            if isinstance(entry, list):
                found += walk(entry)
            else:
                page = reader.get_destination_page_number(entry)  # type: ignore[arg-type]
                found.append((entry.title, page))  # type: ignore[attr-defined]
        return found

    for title, page in walk(reader.outline):
        assert has_heading(pages[page], title), (title, page + 1)


def test_table_of_contents_lists_headings_with_their_real_pages(
    exported: tuple[RenderDocument, Path],
) -> None:
    document, path = exported
    pages = pages_of(path)
    # One topic: the contents beneath the cover; a pack: on a page of its own.
    pack = len(document.meta.subject.split(", ")) > 1
    assert "Inhoud" in lines_of(pages[1 if pack else 0])
    toc = next(block for block in document.blocks if isinstance(block, TableOfContents))
    listed = [heading for heading in document.headings() if heading.level <= toc.depth]
    entries, last_toc_page = toc_entries(path)
    assert [title for title, _ in entries] == [heading.text for heading in listed]
    # Where each heading really is: the first page, at or after the previous heading's,
    # that has the heading on a line of its own.
    page = last_toc_page + 1
    for (title, number), heading in zip(entries, listed, strict=True):
        while not has_heading(pages[page], heading.text):
            page += 1
        assert number == page + 1, f"{title}: listed on {number}, found on {page + 1}"


# -- metadata ----------------------------------------------------------------------------


def test_metadata(exported: tuple[RenderDocument, Path]) -> None:
    document, path = exported
    meta = document.meta
    reader = pypdf.PdfReader(path)
    info = reader.metadata
    assert info is not None
    assert info.title == meta.title
    assert info.author == meta.author
    assert info.subject == meta.subject
    assert info.creator == "Briefer"
    assert "ReportLab" in (info.producer or "")
    assert info["/Classification"] == meta.classification  # for document-management tools
    assert info["/Keywords"] == ", ".join(meta.keywords)
    assert info.creation_date == meta.created
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_long_quote_splits_over_pages_with_its_citation_after_it(pack_pdf: Path) -> None:
    pages = [flat(page) for page in pages_of(pack_pdf)]
    start = next(i for i, page in enumerate(pages) if "Eigen notitie bij China" in page)
    # The quote starts on the page where the note is, rather than leaving that page empty.
    assert "Tijdens het schrijven van deze beleidsbrief" in pages[start]
    ending = "zijn wil op te leggen. p. 13-14"
    assert ending not in pages[start] and ending in pages[start + 1]


# -- small documents ---------------------------------------------------------------------


def test_document_without_cover_marking_or_toc(tmp_path: Path) -> None:
    document = RenderDocument(
        DocumentMeta(title="Korte notitie", created=CREATED),
        (
            TableOfContents(),  # no headings: left out rather than an empty page
            Paragraph((Run("Eén alinea met <jan@x.nl> & meer."),)),
            PageBreak(),
            PageBreak(),
        ),
    )
    path = write_pdf(document, tmp_path / "kort.pdf")
    pages = pages_of(path)
    assert len(pages) == 1
    assert "Eén alinea met <jan@x.nl> & meer." in pages[0]
    assert "Pagina 1 van 1" in pages[0]
    assert "Vertrouwelijk" not in pages[0] and "Inhoud" not in pages[0]


def test_chinese_and_japanese_in_header_heading_and_bookmark(tmp_path: Path) -> None:
    title = "Bezoek aan 北京 & Tokio 東京（とうきょう）"
    document = RenderDocument(
        DocumentMeta(title=title, created=CREATED),
        (Heading("Gesprek met 习近平", 1, "x"), Paragraph((Run("Tekst."),))),
    )
    path = write_pdf(document, tmp_path / "cjk.pdf")
    text = pdftotext(path)
    assert title in text and "Gesprek met 习近平" in text
    assert [entry.title for entry in pypdf.PdfReader(path).outline] == ["Gesprek met 习近平"]


@pytest.mark.xfail(
    reason="Droid Sans Fallback has 3 of the 11 172 Hangul syllables: Korean needs its own font",
    strict=True,
)
def test_korean_text_survives(tmp_path: Path) -> None:
    document = RenderDocument(
        DocumentMeta(title="Seoul", created=CREATED),
        (Paragraph((Run("Overleg in 서울 met 대한민국"),)),),
    )
    assert "서울 met 대한민국" in pdftotext(write_pdf(document, tmp_path / "ko.pdf"))


# -- progress, cancelling and atomic writes ----------------------------------------------


def test_progress_counts_blocks_then_the_build(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    document = long_pack()
    write_pdf(
        document, tmp_path / "p.pdf", progress=lambda done, total: calls.append((done, total))
    )
    total = len(document.blocks) + 1
    assert calls == [(done, total) for done in range(1, total + 1)]


def earlier_file(folder: Path) -> tuple[Path, bytes]:
    path = folder / "briefing.pdf"
    path.write_bytes(b"%PDF-1.4 earlier export\n")
    return path, path.read_bytes()


def test_cancel_while_converting_leaves_the_earlier_file(tmp_path: Path) -> None:
    path, before = earlier_file(tmp_path)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 5

    with pytest.raises(ExportCancelledError):
        write_pdf(long_pack(), path, cancelled=cancelled)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]


def test_cancel_while_laying_out_pages_leaves_the_earlier_file(tmp_path: Path) -> None:
    path, before = earlier_file(tmp_path)
    document = long_pack()
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        # Past the block conversion: now asked once per page of a layout pass.
        return asked > len(document.blocks) + 4

    with pytest.raises(ExportCancelledError):
        write_pdf(document, path, cancelled=cancelled)
    assert asked > len(document.blocks) + 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]


def test_failing_export_leaves_the_earlier_file(tmp_path: Path) -> None:
    path, before = earlier_file(tmp_path)
    document = long_pack()
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        if asked > len(document.blocks) + 6:  # during layout, with the temporary file open
            raise RuntimeError("schijf vol")
        return False

    with pytest.raises(RuntimeError, match="schijf vol"):
        write_pdf(document, path, cancelled=cancelled)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]


def test_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="bestaat niet"):
        write_pdf(long_pack(), tmp_path / "nergens" / "b.pdf")
