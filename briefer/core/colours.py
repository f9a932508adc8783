"""Colour distances for the theme palette: CIE76 ΔE in CIELAB, also as people with
the common colour-vision deficiencies see the colours.

The simulation uses the matrices of Machado, Oliveira and Fernandes (2009) at
full severity, applied in linear RGB: protanopia (no red cones), deuteranopia
(no green cones) and tritanopia (no blue cones).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

Rgb = tuple[float, float, float]
Lab = tuple[float, float, float]

SIMULATIONS: dict[str, tuple[Rgb, Rgb, Rgb]] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
_WHITE = (0.95047, 1.0, 1.08883)  # D65


def parse_hex(color: str) -> Rgb:
    """ "#B03A2E" -> (0.69, 0.23, 0.18), sRGB in 0..1."""
    text = color.strip().lstrip("#")
    if len(text) != 6:
        raise ValueError(f"'{color}' is not #RRGGBB")
    return (int(text[0:2], 16) / 255, int(text[2:4], 16) / 255, int(text[4:6], 16) / 255)


def to_linear(rgb: Rgb) -> Rgb:
    def one(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (one(rgb[0]), one(rgb[1]), one(rgb[2]))


def linear_to_lab(linear: Rgb) -> Lab:
    r, g, b = linear
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / _WHITE[0]
    y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / _WHITE[1]
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / _WHITE[2]

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def lab(color: str, vision: str | None = None) -> Lab:
    """The colour in CIELAB, as seen with normal vision or with ``vision``."""
    linear = to_linear(parse_hex(color))
    if vision is not None:
        matrix = SIMULATIONS[vision]
        linear = (
            _clip(sum(m * c for m, c in zip(matrix[0], linear, strict=True))),
            _clip(sum(m * c for m, c in zip(matrix[1], linear, strict=True))),
            _clip(sum(m * c for m, c in zip(matrix[2], linear, strict=True))),
        )
    return linear_to_lab(linear)


def delta_e(first: str, second: str, vision: str | None = None) -> float:
    """CIE76 ΔE between two #RRGGBB colours (with ``vision`` simulated on both)."""
    return math.dist(lab(first, vision), lab(second, vision))


def closest_pair(colors: Iterable[str], vision: str | None = None) -> tuple[float, str, str]:
    """The smallest ΔE between any two of ``colors``, with the pair."""
    labs = [(color, lab(color, vision)) for color in colors]
    return min((math.dist(a[1], b[1]), a[0], b[0]) for a, b in itertools.combinations(labs, 2))


def relative_luminance(color: str) -> float:
    r, g, b = to_linear(parse_hex(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_color_on(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (WCAG contrast)."""
    luminance = relative_luminance(color)
    return "#000000" if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else "#FFFFFF"


def _clip(value: float) -> float:
    return min(1.0, max(0.0, value))


def _candidates() -> list[str]:
    steps = (0x00, 0x33, 0x66, 0x99, 0xCC, 0xFF)
    found = []
    for r in steps:
        for g in steps:
            for b in steps:
                color = f"#{r:02X}{g:02X}{b:02X}"
                if 35 <= lab(color)[0] <= 72:  # shows on the reader, carries a label
                    found.append(color)
    return found


def separation(color: str, other: str) -> float:
    """How far apart two colours are for the eye that tells them apart least.

    Normal-vision ΔE, or the simulated colour-blind ΔE scaled by 1.5 (those
    distances run smaller), whichever is less.
    """
    simulated = min(delta_e(color, other, vision) for vision in SIMULATIONS)
    return min(delta_e(color, other), simulated * 1.5)


def suggest_colour(existing: Iterable[str]) -> str:
    """A colour for a new theme that stands furthest from the themes' colours."""
    taken = [color for color in existing if len(color.strip().lstrip("#")) == 6]
    if not taken:
        return "#226688"
    return max(_candidates(), key=lambda c: min(separation(c, t) for t in taken))


def look_alike(color: str, others: dict[str, str], least: float = 15.0) -> str | None:
    """The theme (name) whose colour is closest to ``color`` if closer than ``least``."""
    close = [(separation(color, other), name) for name, other in others.items()]
    close = [(distance, name) for distance, name in close if distance < least]
    return min(close)[1] if close else None
