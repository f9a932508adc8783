"""Export a briefing: assemble the render model, then write Word or PDF (or one file
per topic). Shared by the window and the command line.

The Word file's table of contents gets its page numbers from a layout of the
same render model (the PDF pass), so Word shows them without updating fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefer.compose.assemble import build_document, split_specs
from briefer.compose.render_model import RenderDocument
from briefer.core.briefings import BriefingSpec
from briefer.core.errors import BrieferError
from briefer.core.store.database import Store

FORMATS = {"docx": "Word", "pdf": "PDF"}
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def format_for(path: Path, requested: str | None, default: str | None = None) -> str:
    """The export format: as asked, else from the file name's suffix, else ``default``."""
    suffix = path.suffix.lstrip(".").lower()
    fmt = (requested or suffix or default or "").lower()
    if fmt not in FORMATS:
        raise BrieferError(f"{path}: kies --format docx of pdf (of een naam op .docx of .pdf)")
    return fmt


@dataclass(frozen=True)
class PlannedFile:
    path: Path
    document: RenderDocument


def plan_export(
    store: Store, spec: BriefingSpec, path: Path, fmt: str, *, split: bool = False
) -> list[PlannedFile]:
    """The documents to write and where; nothing is written yet (BrieferError if empty)."""
    if not split:
        return [PlannedFile(path, build_document(store, spec))]
    if path.exists() and not path.is_dir():
        raise BrieferError(f"{path}: met --split is -o een map, geen bestand")
    planned = []
    for stem, part in split_specs(store, spec):
        try:
            document = build_document(store, part)
        except BrieferError:
            continue  # a topic with nothing to show gets no file
        planned.append(PlannedFile(path / f"{stem}.{fmt}", document))
    if not planned:
        build_document(store, spec)  # raises the one-line reason for the whole pack
    return planned


def write_document(
    document: RenderDocument,
    path: Path,
    fmt: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    word_template: Path | None = None,
) -> Path:
    if fmt == "docx":
        from briefer.export.docx import write_docx
        from briefer.export.pdf import layout_pdf

        pages = layout_pdf(document, cancelled).heading_pages
        return write_docx(
            document,
            path,
            progress=progress,
            cancelled=cancelled,
            heading_pages=pages,
            template=word_template,
        )
    if fmt == "pdf":
        from briefer.export.pdf import write_pdf

        return write_pdf(document, path, progress=progress, cancelled=cancelled)
    raise BrieferError(f"onbekend formaat '{fmt}'")


def write_planned(
    planned: list[PlannedFile],
    fmt: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    word_template: Path | None = None,
    *,
    split: bool = False,
) -> list[Path]:
    folders = {file.path.parent for file in planned} if split else set()
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BrieferError(
                f"{folder}: de map kan niet worden gemaakt ({exc.strerror})"
            ) from None
    written = []
    for index, file in enumerate(planned):

        def overall(done: int, total: int, index: int = index) -> None:
            if progress is not None and total:
                progress(index * total + done, len(planned) * total)

        written.append(
            write_document(file.document, file.path, fmt, overall, cancelled, word_template)
        )
    return written


def export_briefing(
    store: Store,
    spec: BriefingSpec,
    path: Path,
    fmt: str,
    *,
    split: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    word_template: Path | None = None,
) -> list[Path]:
    """Write the briefing; with ``split`` ``path`` is a folder and each topic gets a file."""
    planned = plan_export(store, spec, path, fmt, split=split)
    return write_planned(planned, fmt, progress, cancelled, word_template, split=split)
