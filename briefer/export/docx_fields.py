"""WordprocessingML that python-docx has no API for: fields, bookmarks, numbering, settings.

Helpers for ``briefer.export.docx``. Elements are lxml elements made by
``make`` (what python-docx's ``OxmlElement`` makes); they are typed ``Any`` since lxml has no stubs.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from docx.styles import BabelFish

Element = Any  # an lxml element of python-docx's custom classes
VAL = qn("w:val")

# Children of w:settings that must follow w:compat (ECMA-376 order).
_AFTER_COMPAT = (
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


@cache
def _tag(name: str) -> tuple[str, dict[str, str]]:
    tag = NamespacePrefixedTag(name)
    return tag.clark_name, tag.nsmap


def make(name: str, attributes: dict[str, str] | None = None) -> Element:
    """What python-docx's ``OxmlElement(name, attributes)`` makes, with the tag's
    namespace worked out once per name (a Word export makes over a thousand)."""
    clark, nsmap = _tag(name)
    return oxml_parser.makeelement(clark, attrib=attributes, nsmap=nsmap)


@cache
def _attribute(name: str) -> str:
    return qn(f"w:{name}")


def element(tag: str, **attributes: str) -> Element:
    """A new ``w:`` element; attribute names are given without their ``w:`` prefix."""
    made = make(tag)
    for name, value in attributes.items():
        made.set(_attribute(name), value)
    return made


def text_run(text: str, *, style: str = "") -> Element:
    """A run holding ``text`` (no tabs or line breaks), optionally in a character style."""
    run = element("w:r")
    if style:
        properties = element("w:rPr")
        properties.append(element("w:rStyle", val=style))
        run.append(properties)
    run.append(_text(text))
    return run


def field_runs(instruction: str, result: str) -> list[Element]:
    """The runs of a complex field: begin, instruction, separate, cached result, end."""
    return [
        *field_start(instruction),
        *([text_run(result)] if result else []),
        field_end(),
    ]


def field_start(instruction: str) -> list[Element]:
    """The runs opening a field up to its (cached) result: begin, instruction, separate."""
    code = element("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    instruction_run = element("w:r")
    instruction_run.append(code)
    return [_fld_char("begin"), instruction_run, _fld_char("separate")]


def field_end() -> Element:
    return _fld_char("end")


def add_bookmark(paragraph: Element, name: str, bookmark_id: int) -> None:
    """Wrap the whole content of ``paragraph`` (a w:p) in the bookmark ``name``."""
    start = element("w:bookmarkStart", id=str(bookmark_id), name=name)
    properties = paragraph.find(qn("w:pPr"))
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph.insert(0, start)
    paragraph.append(element("w:bookmarkEnd", id=str(bookmark_id)))


def toc_entry(text: str, bookmark: str, page: str) -> Element:
    """A cached table-of-contents line: a link to ``bookmark``, a tab, a PAGEREF field
    whose cached result is ``page`` (Word and LibreOffice show it without an update;
    Word refreshes it when the user updates the table of contents)."""
    link = element("w:hyperlink", anchor=bookmark, history="1")
    link.append(text_run(text))
    tab = element("w:r")
    tab.append(element("w:tab"))
    link.append(tab)
    for run in field_runs(f"PAGEREF {bookmark} \\h", page):
        link.append(run)
    return link


def style_num_id(style: Element) -> int | None:
    """The w:numId a paragraph style (a w:style element) numbers its paragraphs with."""
    found = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return int(found.get(qn("w:val"))) if found is not None else None


def restarted_num(numbering: Element, num_id: int) -> int:
    """A new w:num sharing ``num_id``'s list definition but counting from 1 again."""
    existing = numbering.num_having_numId(num_id)
    num = numbering.add_num(existing.abstractNumId.val)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return int(num.numId)


def set_outline_level(paragraph: Element, level: int) -> None:
    """The paragraph's level in Word's navigation pane (0 = Heading 1)."""
    properties = paragraph.get_or_add_pPr()
    properties.append(element("w:outlineLvl", val=str(level)))


# What a w:pPr may hold before w:numPr, in schema order.
_BEFORE_NUMBERING = frozenset(
    qn(tag)
    for tag in (
        "w:pStyle",
        "w:keepNext",
        "w:keepLines",
        "w:pageBreakBefore",
        "w:framePr",
        "w:widowControl",
    )
)


def set_numbering(paragraph: Element, num_id: int, level: int) -> None:
    properties = paragraph.get_or_add_pPr()
    if all(child.tag in _BEFORE_NUMBERING for child in properties):
        # A new paragraph's properties (style, page break): w:numPr goes last, with
        # its two children in schema order, without python-docx's search for places.
        numbering = make("w:numPr")
        numbering.append(make("w:ilvl", {VAL: str(level)}))
        numbering.append(make("w:numId", {VAL: str(num_id)}))
        properties.append(numbering)
        return
    numbering = properties.get_or_add_numPr()
    numbering.get_or_add_ilvl().val = level
    numbering.get_or_add_numId().val = num_id


def remove_update_fields(settings: Element) -> None:
    """No "update fields?" prompt on opening: the table of contents already has its pages."""
    for update in settings.findall(qn("w:updateFields")):
        settings.remove(update)


def set_compatibility_mode(settings: Element) -> None:
    """Word 2013 and later layout (mode 15): no "[Compatibility Mode]" in Word's title bar."""
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = element("w:compat")
        for tag in _AFTER_COMPAT:
            follower = settings.find(qn(tag))
            if follower is not None:
                follower.addprevious(compat)
                break
        else:
            settings.append(compat)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
            return
    compat.append(
        element(
            "w:compatSetting",
            name="compatibilityMode",
            uri="http://schemas.microsoft.com/office/word",
            val="15",
        )
    )


def set_east_asian_font(run: Element, font: str, language: str) -> None:
    """Make Word show the East Asian characters of ``run`` (a w:r) in ``font``."""
    properties = run.get_or_add_rPr()
    fonts = properties.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = element("w:lang")
        properties.append(lang)  # w:lang is the last child python-docx ever writes here
    lang.set(qn("w:eastAsia"), language)


def set_document_language(styles: Element, language: str) -> None:
    """The language of every run that does not say otherwise (spelling, hyphenation)."""
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if defaults is None:
        return
    lang = defaults.find(qn("w:lang"))
    if lang is None:
        lang = element("w:lang")
        defaults.append(lang)
    lang.set(qn("w:val"), language)


_XML_TYPES = {"paragraph": WD_STYLE_TYPE.PARAGRAPH, "character": WD_STYLE_TYPE.CHARACTER}


def style_table(styles: Element) -> dict[tuple[str, WD_STYLE_TYPE], str | None]:
    """(UI name, type) -> style id (None for the type's default style) of a w:styles
    element, as python-docx would answer it for each name, in one walk."""
    table: dict[tuple[str, WD_STYLE_TYPE], str | None] = {}
    for style in styles.findall(qn("w:style")):
        kind = _XML_TYPES.get(style.get(qn("w:type")) or "")
        name_element = style.find(qn("w:name"))
        if kind is None or name_element is None:
            continue
        name = BabelFish.internal2ui(name_element.get(qn("w:val")) or "")
        default = style.get(qn("w:default")) in ("1", "true", "on")
        table.setdefault((name, kind), None if default else style.get(qn("w:styleId")))
    return table


def _fld_char(kind: str) -> Element:
    run = element("w:r")
    run.append(element("w:fldChar", fldCharType=kind))
    return run


def _text(text: str) -> Element:
    made = element("w:t")
    made.text = text
    if text != text.strip():
        made.set(qn("xml:space"), "preserve")
    return made
