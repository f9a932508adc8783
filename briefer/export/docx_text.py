"""Text into Word runs: what XML 1.0 cannot store left out, line breaks and tabs as
their own elements, Chinese, Japanese and Korean runs in a font that has them.
Shared by the document's body (``docx.py``) and its cover, header and footer
(``docx_cover.py``)."""

from __future__ import annotations

import re

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run as WordRun

from briefer.export import docx_fields as fields

# Windows' own fonts for Chinese, Japanese and Korean text; other systems substitute.
CHINESE = ("Microsoft YaHei", "zh-CN")
JAPANESE = ("Yu Gothic", "ja-JP")
KOREAN = ("Malgun Gothic", "ko-KR")
# XML 1.0 cannot store C0 controls other than tab, newline and carriage return,
# surrogates, U+FFFE or U+FFFF. Carriage returns become newlines (line breaks).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINE = re.compile("\r\n?")
_EAST_ASIAN = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]"
)
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")


def clean_text(text: str) -> str:
    """``text`` minus what XML 1.0 cannot store; everything else is kept as it is."""
    return _NOT_XML.sub("", _NEWLINE.sub("\n", text))


def add_text(
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
