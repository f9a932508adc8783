"""Build ``templates/briefing.docx``, the Word styles every exported briefing uses.

Run by developers after changing a style, then commit the result:

    python tools/make_word_template.py

It starts from python-docx's default document and gives it an A4 page, a calm
house style (DejaVu Sans as in the PDF, headings in dark blue) and the named styles the Word
exporter (``briefer/export/docx.py``) asks for. Heading 1-4 stay Word's own
built-in heading styles, so the navigation pane and the table of contents work.
The document body is left empty and the core properties are cleared: the
exporter fills in both.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm
from docx.styles.style import BaseStyle

OUTPUT = Path(__file__).resolve().parents[1] / "templates" / "briefing.docx"

FONT = "DejaVu Sans"  # the font the PDF export embeds: both formats look alike
DARK_BLUE = "154273"  # the Rijksoverheid's dark blue
TEXT = "1A1A1A"
LIGHT_GREY = "C9CED6"  # the PDF's rules beside the header and footer
GREY = "6E6E6E"
DARK_RED = "A00000"
LANGUAGE = "nl-NL"

# Text width on A4 with 25 mm margins, in twentieths of a point (twips).
MARGIN_MM = 25
TEXT_WIDTH = round((210 - 2 * MARGIN_MM) / 25.4 * 1440)

# The list styles' own multi-level numbering: bullet characters and number formats per level.
BULLET_LEVELS = ["\u2022", *["\u2013", "\u25e6"] * 4]
NUMBER_FORMATS = ["decimal", "lowerLetter", "lowerRoman"] * 3
NOT_IN_GALLERY = {"Header", "Footer", "Citation Char", "Classification", "Cover Detail"}


def main() -> None:
    document = Document()
    _page(document)
    _defaults(document)
    _styles(document)
    _drop_table_styles(document)
    _numbering(document)
    _settings(document)
    _clean_package(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    document.save(str(OUTPUT))
    print(f"wrote {OUTPUT}")


def _page(document: DocumentObject) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    # The PDF export's page: 25 mm at the sides, 30 mm at the top, 26 mm at the bottom,
    # so that both formats break pages alike.
    section.left_margin = section.right_margin = Mm(MARGIN_MM)
    section.top_margin, section.bottom_margin = Mm(30), Mm(26)
    section.header_distance = section.footer_distance = Mm(12.5)


def _defaults(document: DocumentObject) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert rpr is not None
    _fonts(rpr)
    _replace(rpr, "w:sz", val="20")  # 10 pt, as in the PDF
    _replace(rpr, "w:szCs", val="20")
    _replace(rpr, "w:lang", val=LANGUAGE, eastAsia="en-US", bidi="ar-SA")
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    assert ppr is not None
    _replace(ppr, "w:spacing", after="120", line="300", lineRule="auto")  # about 14.5 pt


def _styles(document: DocumentObject) -> None:
    styles = document.styles
    paragraph, character = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER

    def style(name: str, kind: WD_STYLE_TYPE = paragraph) -> BaseStyle:
        if name in [s.name for s in styles]:
            return styles[name]
        created = styles.add_style(name, kind)
        created.element.set(qn("w:customStyle"), "1")
        if kind == paragraph:
            created.base_style = styles["Normal"]
        return created

    def look(
        name: str,
        *,
        kind: WD_STYLE_TYPE = paragraph,
        size: float | None = None,
        color: str | None = None,
        bold: bool | None = None,
        italic: bool | None = None,
        ppr: str = "",
        next_style: str | None = None,
    ) -> BaseStyle:
        """Give a style its look; ``ppr`` is the inner XML of its w:pPr."""
        target = style(name, kind)
        element = target.element
        for old in element.findall(qn("w:rPr")) + element.findall(qn("w:pPr")):
            element.remove(old)
        if kind == paragraph and ppr:
            new_ppr = parse_xml(f"<w:pPr {nsdecls('w')}>{ppr}</w:pPr>")
            element.append(new_ppr)
        rpr = OxmlElement("w:rPr")
        element.append(rpr)
        _fonts(rpr)
        if bold is not None:
            rpr.append(_el("w:b", val="1" if bold else "0"))
            rpr.append(_el("w:bCs", val="1" if bold else "0"))
        if italic is not None:
            rpr.append(_el("w:i", val="1" if italic else "0"))
            rpr.append(_el("w:iCs", val="1" if italic else "0"))
        if color:
            rpr.append(_el("w:color", val=color))
        if size:
            rpr.append(_el("w:sz", val=str(round(size * 2))))
            rpr.append(_el("w:szCs", val=str(round(size * 2))))
        if next_style:
            target.next_paragraph_style = styles[next_style]
        target.hidden = False
        target.unhide_when_used = False
        # The style gallery offers what a user would pick; not page furniture or TOC lines.
        target.quick_style = not name.startswith("toc") and name not in NOT_IN_GALLERY
        return target

    look("Normal", color=TEXT)
    rule = (
        f'<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="{DARK_BLUE}"/></w:pBdr>'
    )
    look(
        "Title",
        size=26,
        bold=True,
        color=DARK_BLUE,
        # The PDF's cover (pdf_styles.py): 34 mm down, 26 pt, a 1.5 pt rule beneath.
        ppr=f'{rule}<w:spacing w:before="1928" w:after="200" w:line="240" w:lineRule="auto"/>',
        next_style="Subtitle",
    )
    look("Subtitle", size=14, color=TEXT, ppr='<w:spacing w:before="0" w:after="0"/>')
    look("Cover Detail", size=10, color=TEXT, ppr='<w:spacing w:before="0" w:after="60"/>')
    headings = [
        # The PDF's heading sizes and spacing (pdf_styles.py): 17, 13.5, 11.5, 10 pt.
        (1, 17, '<w:spacing w:before="400" w:after="200" w:line="440" w:lineRule="exact"/>'),
        (2, 13.5, '<w:spacing w:before="280" w:after="120" w:line="360" w:lineRule="exact"/>'),
        (3, 11.5, '<w:spacing w:before="220" w:after="80" w:line="300" w:lineRule="exact"/>'),
        (4, 10, '<w:spacing w:before="180" w:after="60"/>'),
    ]
    for level, size, spacing in headings:
        look(
            f"Heading {level}",
            size=size,
            bold=True,
            italic=False,
            color=DARK_BLUE if level < 4 else TEXT,
            ppr=f'<w:keepNext/><w:keepLines/>{spacing}<w:outlineLvl w:val="{level - 1}"/>',
            next_style="Normal",
        )
    look(
        "TOC Heading",
        size=17,
        bold=True,
        color=DARK_BLUE,
        ppr='<w:keepNext/><w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="9"/>',
        next_style="Normal",
    )
    for level in (1, 2, 3, 4):
        toc = _toc_style(document, level)
        indent = 0 if level == 1 else 240 * (level - 1)
        space = (
            '<w:spacing w:before="120" w:after="40"/>'
            if level == 1
            else ('<w:spacing w:before="0" w:after="40"/>')
        )
        look(
            toc.name or "",
            bold=level == 1,
            color=DARK_BLUE if level == 1 else None,
            ppr=(
                f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
                f'{space}<w:ind w:left="{indent}"/>'
            ),
            next_style="Normal",
        )
    look(
        "Briefing Note",
        ppr=(
            '<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="E0A030"/></w:pBdr>'
            '<w:shd w:val="clear" w:color="auto" w:fill="FBF6EC"/>'
            '<w:spacing w:before="60" w:after="160"/><w:ind w:left="340" w:right="340"/>'
        ),
    )
    look(
        "Citation",
        size=8.5,
        color=GREY,
        ppr='<w:spacing w:before="0" w:after="200"/><w:ind w:left="567" w:right="567"/>'
        '<w:jc w:val="right"/>',
        next_style="Normal",
    )
    look(
        "Quote",
        color="262626",
        italic=False,
        ppr=(
            "<w:keepNext/>"
            f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="10" w:color="{DARK_BLUE}"/>'
            "</w:pBdr>"
            '<w:spacing w:before="120" w:after="40"/><w:ind w:left="567" w:right="567"/>'
        ),
        next_style="Citation",
    )
    look("Citation Char", kind=character, size=8.5, color=GREY)
    _link(styles["Citation"], styles["Citation Char"])
    look("Briefing Empty", italic=True, color="7F7F7F")
    look(
        "Classification",
        size=9,
        bold=True,
        color=DARK_RED,
        ppr='<w:spacing w:before="0" w:after="60"/><w:jc w:val="center"/>',
    )
    centre, right = TEXT_WIDTH // 2, TEXT_WIDTH
    tabs = (
        f'<w:tabs><w:tab w:val="center" w:pos="{centre}"/>'
        f'<w:tab w:val="right" w:pos="{right}"/></w:tabs>'
    )
    # As the PDF's pages: the running title at the left above a thin rule, the page
    # number at the right beneath one, the marking centred above and below both.
    hairline = f'w:val="single" w:sz="4" w:space="4" w:color="{LIGHT_GREY}"'
    for name, border, align in (("Header", "bottom", "left"), ("Footer", "top", "right")):
        look(
            name,
            size=8,
            color=GREY,
            ppr=f"{tabs}<w:pBdr><w:{border} {hairline}/></w:pBdr>"
            '<w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/>'
            f'<w:jc w:val="{align}"/>',
        )
    for name, num_id in (("List Bullet", 1), ("List Number", 5)):
        look(
            name,
            ppr=f'<w:numPr><w:numId w:val="{num_id}"/></w:numPr>'
            '<w:spacing w:before="0" w:after="80"/>',
        )


def _toc_style(document: DocumentObject, level: int) -> BaseStyle:
    """Word's built-in "toc N" styles: python-docx only knows them as latent styles."""
    styles = document.styles
    for existing in styles:
        if existing.style_id == f"TOC{level}":
            return existing
    element = parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="TOC{level}">'
        f'<w:name w:val="toc {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:uiPriority w:val="39"/><w:unhideWhenUsed/></w:style>'
    )
    styles.element.append(element)
    return styles[f"toc {level}"]


def _link(paragraph: BaseStyle, character: BaseStyle) -> None:
    for style, other in ((paragraph, character), (character, paragraph)):
        for old in style.element.findall(qn("w:link")):
            style.element.remove(old)
        link = _el("w:link", val=other.style_id)
        before = [style.element.find(qn(tag)) for tag in ("w:name", "w:basedOn", "w:next")]
        [element for element in before if element is not None][-1].addnext(link)


def _numbering(document: DocumentObject) -> None:
    """Multi-level bullets and numbers for List Bullet (num 1) and List Number (num 5)."""
    numbering = document.part.numbering_part.element
    for abstract_id, style_id, bullets in ((8, "ListBullet", True), (7, "ListNumber", False)):
        old = numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']")
        assert old is not None
        levels = []
        for ilvl in range(9):
            left = 360 * (ilvl + 1)
            if bullets:
                fmt, text = "bullet", BULLET_LEVELS[ilvl]
                rpr = f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/></w:rPr>'
            else:
                fmt, text, rpr = NUMBER_FORMATS[ilvl], f"%{ilvl + 1}.", ""
            pstyle = f'<w:pStyle w:val="{style_id}"/>' if ilvl == 0 else ""
            levels.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{rpr}</w:lvl>'
            )
        new = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:nsid w:val="4B52E1A{abstract_id}"/>'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
        )
        old.addprevious(new)
        numbering.remove(old)


def _settings(document: DocumentObject) -> None:
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), "zh-CN")
    for name in ("w:rsids", "w:proofState"):
        for old in settings.findall(qn(name)):
            settings.remove(old)
    compat = settings.find(qn("w:compat"))
    if compat is not None:  # Word 2013+ layout, no "[Compatibility mode]" on opening
        for setting in compat.findall(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode":
                setting.set(qn("w:val"), "15")
    decimal, separator = settings.find(qn("w:decimalSymbol")), settings.find(qn("w:listSeparator"))
    if decimal is not None and separator is not None:
        decimal.set(qn("w:val"), ",")
        separator.set(qn("w:val"), ";")


KEPT_TABLE_STYLES = ("Normal Table", "Table Grid")


def _drop_table_styles(document: DocumentObject) -> None:
    """Only Word's default table style and "Table Grid": python-docx's default document
    defines 100 table styles ("Light Shading Accent 1" ...), nine tenths of styles.xml,
    which every export would read, write and compress again. Briefer writes no tables, and
    Word adds a built-in table style's definition when a user picks it."""
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if style.get(qn("w:type")) == "table" and (
            name is None or name.get(qn("w:val")) not in KEPT_TABLE_STYLES
        ):
            styles.remove(style)


def _clean_package(document: DocumentObject) -> None:
    """No python-docx author, 2013 date, stray thumbnail or Word 2010 style copy."""
    core = document.core_properties._element
    for child in list(core):
        core.remove(child)
    document.core_properties.revision = 1
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML.encode("utf-8")
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del document.part.rels[rid]


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Application>Briefer</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company/>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _fonts(rpr: BaseOxmlElement) -> None:
    """Explicit fonts (theme fonts would win over them); East Asian text keeps the theme's."""
    _replace(rpr, "w:rFonts", ascii=FONT, hAnsi=FONT, cs=FONT, eastAsiaTheme="minorEastAsia")


def _replace(parent: BaseOxmlElement, tag: str, **attributes: str) -> None:
    """Replace ``parent``'s child ``tag`` (kept in place) by one with these attributes."""
    new = _el(tag, **attributes)
    old = parent.find(qn(tag))
    if old is not None:
        old.addprevious(new)
        parent.remove(old)
    elif tag == "w:rFonts":
        parent.insert(0, new)
    else:
        parent.append(new)


def _el(tag: str, **attributes: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


if __name__ == "__main__":
    main()
