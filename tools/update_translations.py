"""Update the English translation of the interface: .py -> briefer_en.ts -> briefer_en.qm.

    python tools/update_translations.py [--strict]

1. ``pyside6-lupdate`` collects the translatable strings of every module under
   ``briefer/ui``.
2. A reading of the same modules with Python's ``ast`` corrects what lupdate
   gets wrong for Python: strings passed to module-level helpers such as
   ``def tr(text): return QCoreApplication.translate("Context", text)`` (lupdate
   skips them or files them under an empty context), and ``self.tr`` right after
   a ``QCoreApplication.translate`` call (filed under "QCoreApplication.self").
3. Every message gets its English text from ``tools/translations_en.py`` (a plain
   dict Dutch -> English). Messages it lacks keep the translation the .ts file
   already had; those without any are reported and left unfinished (Qt then
   shows the Dutch source). A translation whose placeholders ({name}, %1) or
   accelerators (&) do not match its source is reported and left unfinished.
4. ``pyside6-lrelease`` compiles the .ts file into ``briefer_en.qm``.

With --strict the exit status is 1 when any message is unfinished.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "briefer" / "ui"
TS_FILE = ROOT / "resources" / "i18n" / "briefer_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")

Key = tuple[str, str, str]  # context, source, disambiguation comment


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[Path, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment


def qt_tool(name: str) -> str:
    """The PySide6 tool installed next to this Python (the virtualenv's bin folder)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found next to {sys.executable} nor on PATH")
    return found


# --- 1. lupdate ----------------------------------------------------------------------
def run_lupdate(files: list[Path]) -> list[Message]:
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "lupdate.ts"
        command = [qt_tool("pyside6-lupdate"), *map(str, files), "-ts", str(ts)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not ts.exists():
            raise SystemExit(f"pyside6-lupdate failed:\n{done.stdout}{done.stderr}")
        return [message for message, _text, _finished in read_ts(ts)]


def read_ts(path: Path) -> list[tuple[Message, str, bool]]:
    """(message, translation, finished) for every message of a .ts file."""
    found: list[tuple[Message, str, bool]] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(
                name, element.findtext("source") or "", element.findtext("comment") or ""
            )
            for location in element.iter("location"):
                file = (path.parent / location.get("filename", "")).resolve()
                message.locations.append((file, int(location.get("line", "0"))))
            translation = element.find("translation")
            text = translation.text or "" if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            found.append((message, text, kind not in ("unfinished", "obsolete", "vanished")))
    return found


# --- 2. the same modules, read with ast --------------------------------------------------
def _string(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate") or (
        isinstance(func, ast.Name) and func.id == "translate"
    )


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def find_helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level helpers ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr) and _string(s.value))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not isinstance(call, ast.Call) or not _is_translate(call.func) or len(call.args) < 2:
            continue
        context, text = _string(call.args[0]), call.args[1]
        if context is not None and isinstance(text, ast.Name) and text.id == node.args.args[0].arg:
            helpers[node.name] = context
    return helpers


class _Collector(ast.NodeVisitor):
    def __init__(
        self,
        path: Path,
        helpers: dict[str, str],
        modules: dict[str, dict[str, str]],
        problems: list[str],
    ) -> None:
        self.path = path
        self.helpers = helpers  # helper name -> context
        self.modules = modules  # module alias -> its helpers (``texts.tr("...")``)
        self.problems = problems
        self.classes: list[str] = []
        self.messages: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        if args and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            owner = self.modules.get(func.value.id)  # ``texts.tr("...")``: a module's helper
            if owner is not None:
                if func.attr in owner:
                    self._add(owner[func.attr], args[0], None, node)
                self.generic_visit(node)
                return
        if isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes and args:
            self._add(self.classes[-1], args[0], args[1] if len(args) > 1 else None, node)
        elif _is_translate(func) and len(args) >= 2 and _string(args[0]) is not None:
            self._add(_string(args[0]) or "", args[1], args[2] if len(args) > 2 else None, node)
        elif isinstance(func, ast.Name) and func.id in self.helpers and args:
            self._add(self.helpers[func.id], args[0], None, node)
        self.generic_visit(node)

    def _add(self, context: str, text: ast.expr, comment: ast.expr | None, node: ast.Call) -> None:
        source = _string(text)
        if source is None:
            if not isinstance(text, ast.Name):  # a helper passing its argument on is fine
                where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
                self.problems.append(f"{where}: not a plain string, cannot be translated")
            return
        message = Message(context, source, _string(comment) or "")
        message.locations.append((self.path.resolve(), text.lineno))
        self.messages.append(message)


def read_sources(files: list[Path], problems: list[str]) -> list[Message]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    helpers_of = {_module_name(path): find_helpers(tree) for path, tree in trees.items()}
    messages: list[Message] = []
    for path, tree in trees.items():
        helpers = dict(helpers_of[_module_name(path)])
        modules: dict[str, dict[str, str]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    name = alias.asname or alias.name
                    if alias.name in helpers_of.get(node.module, {}):
                        helpers[name] = helpers_of[node.module][alias.name]
                    elif f"{node.module}.{alias.name}" in helpers_of:
                        modules[name] = helpers_of[f"{node.module}.{alias.name}"]
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname and alias.name in helpers_of:
                        modules[alias.asname] = helpers_of[alias.name]
        collector = _Collector(path, helpers, modules, problems)
        collector.visit(tree)
        messages += collector.messages
    return messages


def merge(from_lupdate: list[Message], from_ast: list[Message]) -> tuple[list[Message], int]:
    """The messages with their right contexts; also how many lupdate missed or misfiled."""
    merged: dict[Key, Message] = {}
    for message in from_ast:
        kept = merged.setdefault(message.key, Message(*message.key))
        kept.locations += message.locations
    seen = {(m.source, file) for m in from_ast for file, _line in m.locations}
    corrected = len({m.key for m in from_ast} - {m.key for m in from_lupdate})
    for message in from_lupdate:
        if all((message.source, file) in seen for file, _line in message.locations):
            continue  # the ast reading has it, in the right context
        kept = merged.setdefault(message.key, Message(*message.key))
        kept.locations += message.locations
    return list(merged.values()), corrected


# --- 3. translations -----------------------------------------------------------------------
def _marks(text: str) -> tuple[list[str], int]:
    return sorted(_PLACEHOLDER.findall(text)), text.replace("&&", "").count("&")


def translate(
    messages: list[Message], dictionary: dict[str, str], previous: list[tuple[Message, str, bool]]
) -> tuple[dict[Key, tuple[str, bool]], list[str]]:
    old = {message.key: (text, finished) for message, text, finished in previous}
    old_by_source = {m.source: text for m, text, finished in previous if finished}
    result: dict[Key, tuple[str, bool]] = {}
    report: list[str] = []
    for message in messages:
        text = dictionary.get(message.source)
        if text is None:
            text, finished = old.get(message.key, (old_by_source.get(message.source, ""), True))
            finished = finished and bool(text)
        else:
            finished = True
        if finished and _marks(text) != _marks(message.source):
            report.append(f"placeholders or & differ: {message.source!r} -> {text!r}")
            finished = False
        elif not finished:
            report.append(f"no English for [{message.context}] {message.source!r}")
        result[message.key] = (text, finished)
    return result, report


def write_ts(path: Path, messages: list[Message], texts: dict[Key, tuple[str, bool]]) -> None:
    by_context: dict[str, list[Message]] = defaultdict(list)
    for message in messages:
        message.locations.sort()
        by_context[message.context].append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="en" sourcelanguage="nl">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in sorted(by_context[context], key=lambda m: (m.locations[:1], m.source)):
            lines.append("    <message>")
            for file, line in message.locations:
                name = Path(os.path.relpath(file, path.parent)).as_posix()
                lines.append(f'        <location filename={quoteattr(name)} line="{line}"/>')
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{escape(message.comment)}</comment>")
            text, finished = texts[message.key]
            kind = "" if finished else ' type="unfinished"'
            lines.append(f"        <translation{kind}>{escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="fail when a message is unfinished")
    options = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from translations_en import ENGLISH

    files = sorted(SOURCES.rglob("*.py"))
    problems: list[str] = []
    messages, corrected = merge(run_lupdate(files), read_sources(files, problems))
    previous = read_ts(TS_FILE) if TS_FILE.exists() else []
    texts, report = translate(messages, ENGLISH, previous)
    write_ts(TS_FILE, messages, texts)
    release = subprocess.run(
        [qt_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    if release.returncode != 0:
        print(f"pyside6-lrelease failed:\n{release.stdout}{release.stderr}", file=sys.stderr)
        return 1
    unfinished = sum(1 for _text, finished in texts.values() if not finished)
    unused = len(set(ENGLISH) - {message.source for message in messages})
    for line in problems + report:
        print(line)
    print(
        f"{len(messages)} messages from {len(files)} modules ({corrected} placed by the ast "
        f"reading where lupdate missed or misfiled them); {unfinished} unfinished; "
        f"{unused} entries of translations_en.py no longer used; "
        f"wrote {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}"
    )
    return 1 if options.strict and unfinished else 0


if __name__ == "__main__":
    raise SystemExit(main())
