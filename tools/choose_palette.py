"""Search a theme palette whose colours stay apart, also for colour-blind eyes.

Prints 14 colours: every pair at least 15 apart in CIE76 ΔE with normal vision
and as far apart as the search manages under simulated protanopia,
deuteranopia and tritanopia (briefer.core.colours). Lightness stays between
35 and 72 so a stripe shows on the reader's light background and its label
reads in black or white. Deterministic (fixed seed); run it to check or to
grow the palette, then copy the colours into resources/themes.toml.
"""

from __future__ import annotations

import itertools
import math
import random

from briefer.core.colours import SIMULATIONS, lab

COUNT = 14
VISIONS = (None, *SIMULATIONS)


def candidates() -> list[str]:
    steps = range(0, 256, 17)
    found = []
    for r, g, b in itertools.product(steps, steps, steps):
        color = f"#{r:02X}{g:02X}{b:02X}"
        lightness = lab(color)[0]
        if 35 <= lightness <= 72:
            found.append(color)
    return found


def score(labs: list[list[tuple[float, float, float]]]) -> float:
    """The worst pair: normal-vision ΔE, and CVD ΔE weighted up (it is the harder one)."""
    worst = math.inf
    for i, j in itertools.combinations(range(len(labs)), 2):
        normal = math.dist(labs[i][0], labs[j][0])
        simulated = min(math.dist(labs[i][k], labs[j][k]) for k in range(1, len(VISIONS)))
        worst = min(worst, normal, simulated * 1.6)
    return worst


def main() -> None:
    pool = candidates()
    table = {color: [lab(color, vision) for vision in VISIONS] for color in pool}
    rng = random.Random(13)
    best: list[str] = []
    best_score = -1.0
    for _ in range(12):
        chosen = rng.sample(pool, COUNT)
        current = score([table[c] for c in chosen])
        for _ in range(5000):
            trial = list(chosen)
            trial[rng.randrange(COUNT)] = rng.choice(pool)
            value = score([table[c] for c in trial])
            if value >= current:
                chosen, current = trial, value
        if current > best_score:
            best, best_score = chosen, current
    for color in sorted(best, key=lambda c: math.atan2(lab(c)[2], lab(c)[1])):
        print(color)
    print(f"worst weighted pair: {best_score:.1f}")


if __name__ == "__main__":
    main()
