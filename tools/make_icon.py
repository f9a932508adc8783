"""Draw Briefer's application icon: ``resources/icons/briefer.svg`` and its pictures.

Run by developers after changing the drawing, then commit the result:

    python tools/make_icon.py

The icon is a letter page on the dark blue of the exports' headings, its lines
of text marked in the margin with the themes' colours, as the reader marks
passages. Qt's SVG renderer draws the PNG sizes the desktop asks for
(``briefer-16.png`` ... ``briefer-512.png``: hicolor's sizes, and the window's
icon) and ``briefer.ico`` (for Windows: 16-256 as PNG images in one file).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Colours: the exports' heading blue, the page, its text, and three themes' marks
# (Rusland, Europese Unie, Westelijke Balkan in resources/themes.toml).
BLUE = "#1F3864"
BLUE_LIGHT = "#2E5597"
PAGE = "#FFFFFF"
FOLD = "#C9D3E6"
TEXT = "#8A96AD"
MARKS = ("#AA0000", "#1177FF", "#77BB11")

LINES = [  # (y, length) of the text lines on the page, in the 256 grid
    (92, 88),
    (112, 96),
    (132, 72),
    (152, 96),
    (172, 84),
    (192, 60),
]
MARKED = {0: 0, 2: 1, 4: 2}  # line -> mark colour


def svg() -> str:
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">',
        "  <title>Briefer</title>",
        "  <defs>",
        '    <linearGradient id="back" x1="0" y1="0" x2="0" y2="1">',
        f'      <stop offset="0" stop-color="{BLUE_LIGHT}"/>',
        f'      <stop offset="1" stop-color="{BLUE}"/>',
        "    </linearGradient>",
        "  </defs>",
        '  <rect x="12" y="12" width="232" height="232" rx="44" fill="url(#back)"/>',
        # The page with its top right corner folded over.
        f'  <path d="M70 40 H160 L194 74 V210 a8 8 0 0 1 -8 8 H70 a8 8 0 0 1 -8 -8 V48'
        f' a8 8 0 0 1 8 -8 Z" fill="{PAGE}"/>',
        f'  <path d="M160 40 V66 a8 8 0 0 0 8 8 H194 Z" fill="{FOLD}"/>',
    ]
    for index, (y, length) in enumerate(LINES):
        parts.append(
            f'  <rect x="90" y="{y - 5}" width="{length}" height="10" rx="5" fill="{TEXT}"/>'
        )
        if index in MARKED:
            colour = MARKS[MARKED[index]]
            parts.append(
                f'  <rect x="70" y="{y - 7}" width="12" height="14" rx="3" fill="{colour}"/>'
            )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def render(svg_file: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_file))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding PNG images (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory = b""
    images = b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        images += png
    return header + directory + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    svg_file = ICONS / "briefer.svg"
    svg_file.write_text(svg(), encoding="utf-8")
    pngs = {size: render(svg_file, size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"briefer-{size}.png").write_bytes(png)
    (ICONS / "briefer.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    del app
    print(f"wrote {svg_file} and {len(SIZES)} PNG sizes and briefer.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
