"""Hostile input: arbitrary and mutated text through the text importer, and bad files.

The property tests say what "never loses a word of body text" means here: every
line of the input that is not a page footer reappears, in reading order, in the
passages and headings, compared after removing everything but letters and
digits (line-end hyphenation joins words, so ``aanpassings-`` + ``vermogen``
must come back as ``aanpassingsvermogen``: the same letters in the same order).
The only lines allowed to vanish are the metadata the importer takes out of
the body (the salutation, the date line, the signature), and then their words
must be in the letter's metadata instead.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from briefer.ingest.errors import LetterImportError
from briefer.ingest.files import LINK_LOOP, LINK_TO_PARENT, collect_files
from briefer.ingest.kamerstuk import DUTCH_MONTHS, match_footer
from briefer.ingest.model import LetterMeta, ParsedLetter, ParsedSection
from briefer.ingest.text import parse_text, read_text
from tests.conftest import BUNDLED_LETTER, database_snapshot
from tests.hardening.processes import REPO, child_env

LETTER = BUNDLED_LETTER.read_text(encoding="utf-8")
MONTHS = {number: name for name, number in DUTCH_MONTHS.items()}
MAX_LEVEL = 6  # "###### Kop" is the deepest Markdown heading

# --- what the importer must keep ------------------------------------------------------


def letters_only(text: str) -> str:
    return re.sub(r"\W", "", text)


def input_lines(text: str) -> list[str]:
    """The lines as the importer splits them (any line end; form feeds are page breaks)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [line.replace("\f", "") for line in lines]


def kept_in_reading_order(letter: ParsedLetter) -> list[str]:
    kept = [passage.text for passage in letter.passages]
    for section in letter.walk_sections():
        kept.append(section.title)
        kept.extend(passage.text for passage in section.passages)
    return kept


def metadata_letters(meta: LetterMeta) -> str:
    parts = [meta.addressee, meta.signatory]
    for role in (meta.signatory_role or "").split("; "):  # "De Minister van ...," -> role
        parts += [f"De {role}", f"Het {role}"]
    if meta.date is not None:  # the date line, as it may have been written
        day, month, year = meta.date.day, MONTHS[meta.date.month], meta.date.year
        parts += [f"{meta.place} {day} {month} {year}", f"{meta.place} {day:02d} {month} {year}"]
    return letters_only(" ".join(part for part in parts if part)).casefold()


def assert_no_body_text_lost(text: str, letter: ParsedLetter) -> None:
    """Every non-footer line's letters, in order, make up the kept text exactly.

    A line may be skipped only when its words went into the metadata; since a
    skipped line might also match where it stands, all possible positions are
    followed (a set of cursors), and the kept text must be used up at the end,
    so nothing is lost, duplicated or moved.
    """
    kept = letters_only(" ".join(kept_in_reading_order(letter)))
    metadata = metadata_letters(letter.meta)
    cursors = {0}
    for line in input_lines(text):
        if match_footer(line) is not None:
            continue
        wanted = letters_only(line)
        if not wanted:
            continue
        following = {cursor + len(wanted) for cursor in cursors if kept.startswith(wanted, cursor)}
        if wanted.casefold() in metadata:
            following |= cursors
        assert following, f"body text lost or out of order: {line!r}"
        cursors = following
    assert len(kept) in cursors, f"text in the passages that is not in the input: {kept[-80:]!r}"


def assert_valid_outline(letter: ParsedLetter) -> None:
    pages = letter.meta.pages
    assert pages >= 1
    last_page = 1

    def check_passages(passages: list, where: str) -> None:  # type: ignore[type-arg]
        nonlocal last_page
        for passage in passages:
            text = passage.text
            assert text and text == text.strip(), f"empty or untrimmed passage in {where}"
            assert "\n" not in text and "\f" not in text
            assert 1 <= passage.first_page <= passage.last_page <= pages, passage
            assert passage.first_page >= last_page, f"pages go back at {text[:40]!r}"
            last_page = passage.last_page

    def check_sections(sections: list[ParsedSection], parent_level: int) -> None:
        nonlocal last_page
        for section in sections:
            assert parent_level < section.level <= MAX_LEVEL, (section.title, section.level)
            assert section.title and section.title == section.title.strip()
            assert "\n" not in section.title
            assert last_page <= section.page <= pages, (section.title, section.page)
            last_page = section.page
            check_passages(section.passages, section.title)
            check_sections(section.sections, section.level)

    check_passages(letter.passages, "the opening")
    check_sections(letter.sections, 0)


def check(text: str) -> ParsedLetter:
    letter = parse_text(text, fallback_title="brief")
    assert_valid_outline(letter)
    assert_no_body_text_lost(text, letter)
    if "#" not in text:  # without Markdown headings only chapters and sections
        assert all(section.level in (1, 2) for section in letter.walk_sections())
    return letter


# --- arbitrary text ---------------------------------------------------------------------

WORDS = LETTER.split()
any_char = st.characters(exclude_categories=["Cs"])  # lone surrogates cannot be read from bytes
prose = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
footer = st.builds(
    "Tweede Kamer, vergaderjaar {0}–{1}, {2} V, nr. {3} {4}".format,
    st.integers(1990, 2030),
    st.integers(1991, 2031),
    st.sampled_from(["35 925", "36 200", "21 501-02"]),
    st.integers(1, 300),
    st.integers(0, 9999),
)
role = st.sampled_from(
    [
        "De Minister van Buitenlandse Zaken,",
        "De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,",
        "De Staatssecretaris van Defensie,",
        "Het Minister-President,",
    ]
)
name = st.sampled_from(["W.B. Hoekstra", "E.N.A.J. Schreinemacher", "C.A. van der Maat", "Rutte"])
place = st.sampled_from(["Den Haag", "Brussel", "'s-Gravenhage", "X"])
month = st.sampled_from([*DUTCH_MONTHS, "MAART", "maand"])
line = st.one_of(
    st.text(any_char, max_size=60),
    st.text(st.sampled_from("\x00\x01\x08\t\x0b\x0c\x1b\x7f\x85\u2028 -.a"), max_size=20),
    prose,
    prose.map(lambda text: text + "-"),
    prose.map(lambda text: text + "."),
    prose.map(lambda text: " " + text),  # a page start in the Kamerstuk layout
    st.builds(lambda text, count: text * count, prose, st.integers(50, 400)),  # very long
    footer,
    footer.map(lambda text: text + " en meer"),  # looks like a footer, is not one
    st.sampled_from(
        [
            "",
            "",
            " ",
            "\f",
            "\f\f",
            "Den Haag, 8 maart 2022",
            "Den Haag, 31 februari 2022",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "De Minister van Buitenlandse Zaken,",
            "W.B. Hoekstra",
            "Inleiding",
            "# Kop",
            "### Diepe kop ###",
            "#",
            "-",
            "«",
        ]
    ),
    st.builds(lambda hashes, text: hashes + " " + text, st.text("#", min_size=1), prose),
    st.builds("{0}\n{1}".format, role, name),  # a signature block
    st.builds("{0}, {1} {2} {3}".format, place, st.integers(0, 32), month, st.integers(1, 2100)),
)
line_end = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r", "\n\n"])
document = st.lists(st.tuples(line, line_end), max_size=60).map(
    lambda pairs: "".join(text + end for text, end in pairs)
)

SETTINGS = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@SETTINGS
@given(st.text(any_char, max_size=400))
@example("")
@example("\f\f\f")
@example("Tweede Kamer, vergaderjaar 2021–2022, 35 925 V, nr. 84 2")
def test_any_text_at_all(text: str) -> None:
    check(text)


@SETTINGS
@given(document)
@example("Aanpassings-\n\fvermogen is nodig.\n")
@example(" Eerste regel\n\nTweede Kamer, vergaderjaar 2021–2022, 35 925 V, nr. 84 2\n kop\n")
def test_lines_that_look_like_a_letter(text: str) -> None:
    check(text)


# --- the bundled letter, mutated ----------------------------------------------------------


@st.composite
def mutated_letter(draw: st.DrawFn) -> str:
    lines = LETTER.split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(
            st.sampled_from(["delete", "duplicate", "swap", "blank", "chars", "truncate"])
        )
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "blank":
            lines.insert(at, "")
        elif action == "chars":
            position = draw(st.integers(0, len(lines[at])))
            noise = draw(st.text(any_char, min_size=1, max_size=5))
            lines[at] = lines[at][:position] + noise + lines[at][position:]
        else:
            lines = lines[:at]
    return "\n".join(lines)


def test_the_unchanged_letter_passes_the_same_checks() -> None:
    letter = check(LETTER)
    assert letter.meta.pages == 18


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutated_letter())
def test_the_letter_with_random_damage(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_with_a_message(data: bytes) -> None:
    message = ""
    try:
        assert_valid_outline(read_text(Path("brief.txt"), data))
    except LetterImportError as exc:
        message = str(exc)
    assert message == "" or (message.startswith("brief.txt: ") and "\n" not in message)


# --- a corpus of bad files, through 'briefer import' ----------------------------------------


def pdf_with_text(path: Path, pages: int = 6) -> Path:
    pdf = canvas.Canvas(str(path))
    for page in range(1, pages + 1):
        for line in range(40):
            pdf.drawString(72, 760 - line * 16, f"Regel {line} van pagina {page} over Oekraïne.")
        pdf.showPage()
    pdf.save()
    return path


def pdf_with_only_a_drawing(path: Path) -> Path:
    pdf = canvas.Canvas(str(path))
    pdf.rect(72, 400, 300, 200, fill=1)
    pdf.line(72, 380, 500, 380)
    pdf.bezier(72, 300, 200, 350, 300, 250, 500, 300)
    pdf.save()
    return path


def pdf_with_only_an_image(path: Path) -> Path:
    """A "scanned" letter: a picture of text, no text layer."""
    picture = Image.new("L", (400, 200), 255)
    for x in range(20, 380, 7):  # some "lines of text" as pixels
        for y in range(30, 170, 20):
            picture.putpixel((x, y), 0)
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(ImageReader(picture), 72, 400, width=400, height=200)
    pdf.save()
    return path


def docx_bomb(path: Path, megabytes: int = 300) -> Path:
    """A real Word document whose document.xml unpacks to hundreds of MB (of blanks)."""
    plain = path.with_name("gewoon.docx")
    document = Document()
    document.add_paragraph("Een brief over Oekraïne.")
    document.save(str(plain))
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as bomb:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename != "word/document.xml":
                bomb.writestr(item, data)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with bomb.open(
                zipfile.ZipInfo(item.filename, item.date_time), "w", force_zip64=True
            ) as handle:
                handle._compressor = __import__("zlib").compressobj(  # type: ignore[attr-defined]
                    9, 8, -15
                )
                handle.write(head + b"<w:body>")
                blanks = b" " * (1 << 20)
                for _ in range(megabytes):
                    handle.write(blanks)
                handle.write(tail)
    plain.unlink()
    return path


def docx_of_many_parts(path: Path, parts: int = 30, megabytes: int = 10) -> Path:
    """Each part below any single limit, together hundreds of MB from a tiny file."""
    plain = path.with_name("gewoon2.docx")
    Document().save(str(plain))
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bomb,
    ):
        for item in source.infolist():
            bomb.writestr(item, source.read(item.filename), compress_type=zipfile.ZIP_DEFLATED)
        for number in range(parts):
            bomb.writestr(f"word/media/leeg{number}.bin", b"\0" * (megabytes << 20))
    plain.unlink()
    return path


def symlink_loop(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    loop = folder / "lus.txt"
    loop.symlink_to("lus.txt")
    return loop


def bad_corpus(folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    whole = pdf_with_text(folder / "heel.pdf").read_bytes()
    cuts = {}
    for name, size in [
        ("pdf-cut-10%", len(whole) // 10),
        ("pdf-cut-50%", len(whole) // 2),
        ("pdf-cut-90%", len(whole) * 9 // 10),
        ("pdf-cut-before-eof", len(whole) - 8),
    ]:
        path = folder / f"{name}.pdf"
        path.write_bytes(whole[:size])
        cuts[name] = (path, "de PDF is beschadigd en kan niet worden gelezen")
    late_nul = folder / "nul-verderop.txt"
    late_nul.write_bytes(BUNDLED_LETTER.read_bytes() * 2 + b"\0\0\0" + b"einde\n")
    huge = folder / "enorm.txt"
    with huge.open("wb") as handle:  # sparse: 300 MB without writing them
        handle.truncate(300 * 1024 * 1024)
    return {
        **cuts,
        "pdf-drawing": (
            pdf_with_only_a_drawing(folder / "tekening.pdf"),
            "de PDF bevat geen tekst (gescand document zonder tekstlaag?)",
        ),
        "pdf-image": (
            pdf_with_only_an_image(folder / "scan.pdf"),
            "de PDF bevat geen tekst (gescand document zonder tekstlaag?)",
        ),
        "zip-bomb": (docx_bomb(folder / "bom.docx"), "zip-bom"),
        "zip-of-many-parts": (docx_of_many_parts(folder / "bom2.docx"), "zip-bom"),
        "nul-at-start": (
            _write(folder / "nul.txt", b"\0\0Tekst na NUL-bytes\n"),
            "bevat geen tekst maar binaire gegevens (NUL-bytes)",
        ),
        "nul-after-64k": (late_nul, "bevat geen tekst maar binaire gegevens (NUL-bytes)"),
        "over-the-limit": (huge, "het bestand is te groot voor een brief (300 MB; de grens is"),
        "symlink-loop": (symlink_loop(folder / "map"), "kan niet worden gelezen"),
    }


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


CORPUS = [
    "pdf-cut-10%",
    "pdf-cut-50%",
    "pdf-cut-90%",
    "pdf-cut-before-eof",
    "pdf-drawing",
    "pdf-image",
    "zip-bomb",
    "zip-of-many-parts",
    "nul-at-start",
    "nul-after-64k",
    "over-the-limit",
    "symlink-loop",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    return bad_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.mark.parametrize("case", CORPUS)
def test_a_bad_file_gets_one_clear_line_and_changes_nothing(
    case: str, corpus: dict[str, tuple[Path, str]], db_path: Path, run_cli
) -> None:
    assert run_cli("letters", "--db", str(db_path)).code == 0  # create and seed
    before = database_snapshot(db_path)
    path, problem = corpus[case]
    started = time.perf_counter()
    result = run_cli("import", "--db", str(db_path), str(path))
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"fout: {path}: ")
    assert problem in lines[0]
    assert result.out == ""
    assert database_snapshot(db_path) == before
    assert time.perf_counter() - started < 20


def test_mixed_encodings_keep_both_parts_right(tmp_path: Path, db_path: Path, run_cli) -> None:
    """UTF-8 with a paragraph pasted in from a Windows (cp1252) file."""
    text = BUNDLED_LETTER.read_text(encoding="utf-8").replace("nr. 84", "nr. 98")
    pasted = "Café «Europa» – een ‘gesprek’ over Oekraïne in Brussel.\n\n".encode("cp1252")
    head, tail = text.split("Een geopolitieke aardverschuiving", 1)
    path = tmp_path / "gemengd.txt"
    path.write_bytes(
        head.encode("utf-8") + pasted + b"Een geopolitieke aardverschuiving" + tail.encode()
    )
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    result = run_cli("import", "--db", str(db_path), str(path))
    assert result.code == 0, result.err
    outline = json.loads(run_cli("outline", "--db", str(db_path), "35 925 V, nr. 98", "--json").out)
    dumped = json.dumps(outline, ensure_ascii=False)
    assert "Café «Europa» – een ‘gesprek’ over Oekraïne in Brussel." in dumped
    assert "«Belt and Road Initiative»" in dumped and "geëvenaarde" in dumped
    assert "Ã" not in dumped  # no UTF-8 read as cp1252 anywhere


def _peak_memory_mb(*args: str) -> tuple[int, float, str]:
    """Run 'briefer ARGS' in a child; its exit code, peak memory (MB) and stderr."""
    code = (
        "import resource, sys\n"
        "from briefer.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env(),
        cwd=REPO,
        timeout=600,
        check=False,
    )
    *messages, peak = completed.stderr.strip().splitlines()
    return completed.returncode, int(peak) / 1024, "\n".join(messages)


@pytest.mark.skipif(sys.platform == "win32", reason="resource is Unix-only")
def test_a_100_mb_binary_file_is_refused_without_reading_it(tmp_path: Path, db_path: Path) -> None:
    small = tmp_path / "klein.bin"
    small.write_bytes(os.urandom(1000))
    blob = tmp_path / "blob.txt"
    with blob.open("wb") as handle:
        for _ in range(100):
            handle.write(os.urandom(1 << 20))
    assert _peak_memory_mb("--db", str(db_path), "letters")[0] == 0  # create and seed
    code, baseline, _ = _peak_memory_mb("--db", str(db_path), "import", str(small))
    assert code == 1
    started = time.perf_counter()
    code, peak, message = _peak_memory_mb("--db", str(db_path), "import", str(blob))
    assert code == 1
    assert message.startswith(f"fout: {blob}: bevat geen ") and "binair" in message
    assert peak - baseline < 20, f"{peak:.0f} MB against {baseline:.0f} MB: the file was read"
    assert time.perf_counter() - started < 15


@pytest.mark.slow
def test_a_100_mb_text_file_of_prose_is_imported(tmp_path: Path, db_path: Path) -> None:
    paragraphs = [
        block.replace("\n", " ").strip()
        for block in BUNDLED_LETTER.read_text(encoding="utf-8").split("\n\n")
        if len(block) > 200 and "Tweede Kamer, vergaderjaar" not in block
    ]
    path = tmp_path / "honderd.txt"
    size = count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Een notitie van honderd megabyte\n\n")
        while size < 100 * 1024 * 1024:
            block = f"Hoofdstuk {count}\n\n" if count % 40 == 0 else ""
            block += f"{count}. {paragraphs[count % len(paragraphs)]}\n\n"
            handle.write(block)
            size += len(block.encode("utf-8"))
            count += 1
    code, peak, message = _peak_memory_mb("--db", str(db_path), "import", str(path))
    assert code == 0, message
    listing = subprocess.run(
        [sys.executable, "-m", "briefer", "--db", str(db_path), "letters", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env(),
        check=True,
    )
    letters = {row["title"]: row for row in json.loads(listing.stdout)}
    assert letters["Een notitie van honderd megabyte"]["passages"] == count
    assert peak < 2048, f"peak memory {peak:.0f} MB"


# --- folders with link loops ------------------------------------------------------------------


def test_a_folder_with_link_loops_is_walked_once_and_the_loops_reported(tmp_path: Path) -> None:
    top = tmp_path / "gesleept"
    (top / "a" / "b").mkdir(parents=True)
    (top / "a" / "brief-a.txt").write_text("Brief A", encoding="utf-8")
    (top / "a" / "b" / "brief-b.txt").write_text("Brief B", encoding="utf-8")
    (top / "a" / "b" / "terug").symlink_to("../..")  # a link to an ancestor
    (top / "zelf.txt").symlink_to("zelf.txt")  # a link to itself
    (top / "een.txt").symlink_to("twee.txt")  # two links to each other
    (top / "twee.txt").symlink_to("een.txt")
    (top / "ook-a").symlink_to("a")  # the same folder a second time
    started = time.perf_counter()
    collected = collect_files([top])
    assert time.perf_counter() - started < 5
    assert sorted(path.name for path in collected.files) == ["brief-a.txt", "brief-b.txt"]
    assert f"{top / 'a' / 'b' / 'terug'}: {LINK_TO_PARENT}" in collected.problems
    for name in ("zelf.txt", "een.txt", "twee.txt"):
        assert f"{top / name}: {LINK_LOOP}" in collected.problems
    assert len(collected.problems) == 4


def test_a_web_of_folder_links_does_not_explode(tmp_path: Path) -> None:
    """Eight folders each linking to all others: 8! paths, but eight folders to read."""
    top = tmp_path / "web"
    names = [f"map{number}" for number in range(8)]
    for name in names:
        (top / name).mkdir(parents=True)
        (top / name / f"{name}.txt").write_text(f"Brief in {name}", encoding="utf-8")
    for name in names:
        for other in names:
            if other != name:
                (top / name / f"naar-{other}").symlink_to(f"../{other}")
    started = time.perf_counter()
    collected = collect_files([top])
    assert time.perf_counter() - started < 5
    assert sorted(path.name for path in collected.files) == [f"{name}.txt" for name in names]
    assert len(collected.problems) < len(names) ** 2  # each loop link at most once
