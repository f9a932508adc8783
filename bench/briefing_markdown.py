"""The render model as pandoc Markdown: the same briefing content for the pandoc reference."""

from __future__ import annotations

import re

from briefer.compose.render_model import (
    BulletList,
    Cover,
    Heading,
    PageBreak,
    Paragraph,
    Quote,
    RenderDocument,
    Run,
    TableOfContents,
)

# pandoc lets every ASCII punctuation character be escaped; escaping them all
# keeps the text exactly as written (no emphasis, no smart quotes, no lists).
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_PAGE_BREAK = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def escape(text: str) -> str:
    return _PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def _runs(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        text = escape(run.text)
        if text and run.bold:
            text = f"**{text}**"
        if text and run.italic:
            text = f"*{text}*"
        parts.append(text)
    return "".join(parts)


def _yaml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_markdown(document: RenderDocument) -> str:
    """Markdown with a metadata block; use ``pandoc --toc`` when ``has_toc``."""
    lines: list[str] = []
    for block in document.blocks:
        if isinstance(block, Cover):
            meta = ["---", f"title: {_yaml(block.title)}"]
            if block.subtitle:
                meta.append(f"subtitle: {_yaml(block.subtitle)}")
            if block.author:
                meta.append(f"author: {_yaml(block.author)}")
            if block.date_text:
                meta.append(f"date: {_yaml(block.date_text)}")
            lines += [*meta, "---", ""]
            if block.classification:
                lines += [f"**{escape(block.classification)}**", ""]
            if block.topics:
                lines += [escape(", ".join(block.topics)), ""]
            lines += [_PAGE_BREAK, ""]
        elif isinstance(block, TableOfContents):
            continue  # pandoc --toc puts the table of contents first
        elif isinstance(block, Heading):
            lines += ["#" * block.level + " " + escape(block.text), ""]
        elif isinstance(block, Paragraph):
            lines += [_runs(block.runs), ""]
        elif isinstance(block, BulletList):
            for number, item in enumerate(block.items, start=1):
                marker = f"{number}." if block.numbered else "-"
                cited = f" ({escape('; '.join(item.citations))})" if item.citations else ""
                lines.append("    " * item.level + f"{marker} {_runs(item.runs)}{cited}")
            lines.append("")
        elif isinstance(block, Quote):
            lines += [f"> {escape(block.text)}", ">", f"> *{escape(block.citation)}*", ""]
        elif isinstance(block, PageBreak):
            lines += [_PAGE_BREAK, ""]
    return "\n".join(lines) + "\n"


def has_toc(document: RenderDocument) -> bool:
    return any(isinstance(block, TableOfContents) for block in document.blocks)
