"""Export a briefing: assemble the render model, then write Word or PDF (or one file
per topic). Shared by the window and the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefer.compose.assemble import build_document, split_specs
from briefer.compose.model import RenderDocument
from briefer.core.briefings import BriefingSpec
from briefer.core.errors import BrieferError
from briefer.core.store import Store

FORMATS = {"docx": "Word", "pdf": "PDF"}
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def format_for(path: Path, requested: str | None) -> str:
    """The export format: as asked, or from the file name's suffix."""
    fmt = (requested or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise BrieferError(f"{path}: kies --format docx of pdf (of een naam op .docx of .pdf)")
    return fmt


def write_document(
    document: RenderDocument,
    path: Path,
    fmt: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    if fmt == "docx":
        from briefer.export.docx import write_docx

        return write_docx(document, path, progress=progress, cancelled=cancelled)
    if fmt == "pdf":
        from briefer.export.pdf import write_pdf

        return write_pdf(document, path, progress=progress, cancelled=cancelled)
    raise BrieferError(f"onbekend formaat '{fmt}'")


def export_briefing(
    store: Store,
    spec: BriefingSpec,
    path: Path,
    fmt: str,
    *,
    split: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """Write the briefing; with ``split`` ``path`` is a folder and each topic gets a file."""
    if not split:
        return [write_document(build_document(store, spec), path, fmt, progress, cancelled)]
    if path.exists() and not path.is_dir():
        raise BrieferError(f"{path}: met --split is -o een map, geen bestand")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BrieferError(f"{path}: de map kan niet worden gemaakt ({exc.strerror})") from None
    parts = split_specs(store, spec)
    documents = [(stem, build_document(store, part)) for stem, part in parts]
    written = []
    for index, (stem, document) in enumerate(documents):

        def overall(done: int, total: int, index: int = index) -> None:
            if progress is not None and total:
                progress(index * total + done, len(documents) * total)

        written.append(write_document(document, path / f"{stem}.{fmt}", fmt, overall, cancelled))
    return written
