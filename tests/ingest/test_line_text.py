"""The fast path of a line's text (no raised glyph, so no footnote marker) gives what
the general path gives: the two are written apart for speed (pdf_lines.py), and this
keeps them from drifting apart. Every line of a real Rijksoverheid Kamerbrief drawn as
a PDF (with a footnote, accents and letter-spaced column text) is read both ways."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from briefer.ingest import pdf_lines
from briefer.ingest.pdf_glyphs import page_glyphs
from briefer.ingest.pdf_lines import group_lines, page_runs
from tests.ingest.published_letters import make_rijksoverheid_pdf


def test_lines_without_raised_glyphs_read_alike_on_both_paths(tmp_path: Path) -> None:
    document = pdfium.PdfDocument(make_rijksoverheid_pdf(tmp_path / "kamerbrief.pdf"))
    compared = raised = 0
    try:
        for page in document:
            textpage = page.get_textpage()
            for group in group_lines(page_runs(page_glyphs(textpage))):
                for piece in pdf_lines.line_text(group):
                    if any(glyph.superscript for glyph in piece.glyphs):
                        raised += 1
                        continue
                    general = pdf_lines._text_of(piece.glyphs, piece.size, piece.baseline)
                    assert general == piece, piece.text
                    compared += 1
            textpage.close()
            page.close()
    finally:
        document.close()
    assert compared > 50 and raised >= 1  # the letter's lines, and its footnote's marker
