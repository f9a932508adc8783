"""How well and how fast Briefer reads the real documents of ``../shared/corpus/real``.

    .venv/bin/python bench/reading.py [--json PATH] [--repeats N] [--verbose]

Every file that has an expected outline (tests/corpus/expected) is read by
Briefer's own readers, as an import reads it, and scored against the outline
written by reading the document: the kind, metadata fields right, heading and
paragraph precision and recall, footnotes kept with the passage citing them,
question/answer pairs, and furniture lines found inside passages. Then the
speed row: reading each real Rijksoverheid Kamerbrief PDF with all its page
analysis against pypdfium2 extracting the plain text of the same pages (the
floor: the characters alone), median CPU time of several runs, in the same process.
Then the commitments finder (issue 19) on its gold set, through an import of the
same documents: precision and recall for promises, fulfilments and requests.
Budgets (issues 18, 19 and 22): every reading score >= 0.95, no furniture inside
passages, commitments >= 0.9, reading <= 2.5x the plain text. Skips, saying why,
where the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from briefer.ingest.errors import LetterImportError  # noqa: E402
from briefer.ingest.reader import read_letter  # noqa: E402
from tests.corpus.scoring import (  # noqa: E402
    ABSENT,
    CORPUS,
    NOT_YET,
    Ratio,
    Score,
    corpus_files,
    score,
)

SCORE_BUDGET = 0.95
SPEED_BUDGET = 2.5
SPEED_FILES = "*kamerbrief*.pdf"  # the Rijksoverheid Kamerbrieven of the corpus


def _cell(ratio: Ratio) -> str:
    return f"{ratio.value:.2f} ({ratio})" if ratio.total else "–"


def read_and_score(verbose: bool) -> tuple[list[list[str]], Score, Score, list[str]]:
    """Per document a row; the scores over the whole set, and over the set without the
    layouts the readers do not follow yet (tests/corpus/scoring.py NOT_YET)."""
    rows: list[list[str]] = []
    total = Score()
    known = Score()
    failures: list[str] = []
    for expected, path in corpus_files():
        if not path.is_file():
            failures.append(f"{path.name}: missing from the corpus")
            continue
        try:
            letter = read_letter(path)
        except LetterImportError as error:
            ok = expected.error is not None and expected.error in str(error)
            rows.append([path.name, "refused" + (" (right)" if ok else f": {error}"), *["–"] * 8])
            if not ok:
                failures.append(f"{path.name}: {error}")
            continue
        if expected.error is not None:
            failures.append(f"{path.name}: read, but expected '{expected.error}'")
        result = score(letter, expected)
        total += result
        if path.name not in NOT_YET:
            known += result
        rows.append(
            [
                path.name,
                letter.meta.kind + ("" if result.kind.value == 1 else f" (≠ {expected.kind})"),
                _cell(result.metadata),
                _cell(result.heading_precision),
                _cell(result.heading_recall),
                _cell(result.paragraph_precision),
                _cell(result.paragraph_recall),
                _cell(result.footnotes),
                _cell(result.pairs),
                str(len(result.furniture)),
            ]
        )
        if verbose and (result.wrong or result.furniture):
            failures.extend(f"{path.name}: {line}" for line in result.wrong + result.furniture)
    return rows, total, known, failures


def _commitments() -> dict[str, Any]:
    """The commitments finder on the gold set (issue 19), through an ordinary import."""
    from tests.corpus.commitment_scores import corpus_scores

    scores = corpus_scores()
    print()
    print("commitments through the import (gold set: tests/corpus/expected/*.commitments.json)")
    for kind in ("promise", "fulfilment", "request"):
        print(f"  {scores.line(kind)}")
    return scores.to_json()


def _summary(total: Score) -> dict[str, float]:
    return {
        "kind": total.kind.value,
        **{f"field {name}": ratio.value for name, ratio in sorted(total.fields.items())},
        "heading precision": total.heading_precision.value,
        "heading recall": total.heading_recall.value,
        "paragraph precision": total.paragraph_precision.value,
        "paragraph recall": total.paragraph_recall.value,
        "footnotes": total.footnotes.value,
        "question/answer pairs": total.pairs.value,
    }


def _median_seconds(function: Callable[[], object], repeats: int) -> float:
    function()  # warm up: imports, caches
    times = []
    for _ in range(repeats):
        start = time.process_time()  # CPU time: a busy machine's other work does not count
        function()
        times.append(time.process_time() - start)
    return statistics.median(times)


def speed(repeats: int) -> list[dict[str, Any]]:
    import pypdfium2 as pdfium

    def plain_text(data: bytes) -> None:
        document = pdfium.PdfDocument(data)
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_bounded()
            textpage.close()
            page.close()
        document.close()

    rows = []
    for path in sorted(CORPUS.glob(SPEED_FILES)):
        data = path.read_bytes()
        ours = _median_seconds(lambda path=path: read_letter(path), repeats)
        floor = _median_seconds(lambda data=data: plain_text(data), repeats)
        rows.append({"file": path.name, "ours": ours, "plain": floor, "ratio": ours / floor})
    return rows


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    lines.insert(1, "-|-".join("-" * width for width in widths))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--repeats", type=int, default=7, help="runs per file for the speed row")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--no-speed", action="store_true", help="scores only")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {ABSENT}")
        return 0
    rows, total, known, failures = read_and_score(args.verbose)
    header = [
        "document",
        "kind",
        "metadata",
        "head P",
        "head R",
        "para P",
        "para R",
        "footnotes",
        "Q/A pairs",
        "furniture",
    ]
    print(_table(header, rows))
    summary = _summary(total)
    print()
    # The column without the layouts not read yet only while there are such layouts.
    apart = [f"without {', '.join(sorted(NOT_YET))}"] if NOT_YET else []
    lines = []
    for name, value in summary.items():
        known_value = [f"{_summary(known)[name]:.3f}"] if NOT_YET else []
        verdict = "ok" if value >= SCORE_BUDGET else f"below {SCORE_BUDGET}"
        lines.append([name, f"{value:.3f}", *known_value, verdict])
    known_furniture = [str(len(known.furniture))] if NOT_YET else []
    verdict = "ok" if not total.furniture else "above 0"
    furniture = str(len(total.furniture))
    lines.append(["furniture lines inside passages", furniture, *known_furniture, verdict])
    print(_table(["", "whole set", *apart, "budget"], lines))
    commitments = _commitments()
    timing: list[dict[str, Any]] = []
    if not args.no_speed:
        timing = speed(args.repeats)
        print()
        print(
            _table(
                ["reading a real PDF", "ours", "pypdfium2 text", "ratio", "budget"],
                [
                    [
                        row["file"][:60],
                        f"{row['ours'] * 1000:.0f} ms",
                        f"{row['plain'] * 1000:.0f} ms",
                        f"{row['ratio']:.2f}x",
                        "ok" if row["ratio"] <= SPEED_BUDGET else "over",
                    ]
                    for row in timing
                ],
            )
        )
    if failures:
        print()
        print("\n".join(failures))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "scores": summary,
                    "known": _summary(known),
                    "furniture": len(total.furniture),
                    "commitments": commitments,
                    "speed": timing,
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
