"""What goes into the one-folder application: read by tools/briefer.spec (PyInstaller).

PyInstaller collects every plugin of each Qt module it sees and every shared
library those plugins link, system libraries included. Here the bundle is cut
down to what Briefer uses:

- Qt plugins: the platforms (xcb for X11, wayland, offscreen for tests and
  headless runs; windows on Windows), input methods (compose keys, IBus), print
  support (CUPS; Windows' own printer support), and on Wayland the xdg-shell
  integration and the window decorations. No image-format, icon-engine, TLS,
  network, SQL, EGL-device or GTK-theme plugins: the window loads no image files
  (its icon is PNG, which Qt reads without a plugin) and never opens a network
  connection.
- Qt libraries that no kept binary links (Network, Svg for the SVG plugins,
  the EGLFS libraries, ...) go with the plugins that needed them.
- On Linux, libraries of the desktop's graphics stack (X11, xcb, Wayland, GL,
  fontconfig, freetype, D-Bus, GLib, CUPS, xkbcommon, the C++ runtime) are
  never bundled: they must match the machine's drivers and configuration, so the
  .deb depends on them (tools/build_app.py works the Depends: line out with
  dpkg-shlibdeps). Python's own libraries are bundled: the interpreter, and the
  few system libraries its modules link (SQLite, OpenSSL, libffi, zlib, bzip2,
  xz, libuuid), so the library's SQLite is the one the tests ran on.
- Qt's translations: only ``qtbase_nl`` (the standard buttons in Dutch; English
  needs none).
- shiboken's support package (``shibokensupport``, behind every Qt call's signature
  and error message) as compiled files in ``shiboken6/files.dir``: without that
  folder shiboken unpacks the package from a string inside its library and compiles
  it from source at every start (15-20 ms of each start here, before Qt is loaded).

Runs inside PyInstaller's spec and in tests; plain Python, no PyInstaller imports
at module level.
"""

from __future__ import annotations

import ast
import compileall
import os
import py_compile
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# PyInstaller's table entries: (name in the bundle, source path, type code).
Entry = tuple[str, str, str]
Needs = Callable[[str], Iterable[str]]  # source path -> names of the libraries it links

# Qt plugins kept, per plugin type: base names without "lib" and suffix.
QT_PLUGINS: dict[str, dict[str, frozenset[str]]] = {
    "linux": {
        "platforms": frozenset({"qxcb", "qwayland", "qoffscreen"}),
        "platforminputcontexts": frozenset(
            {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
        ),
        "printsupport": frozenset({"cupsprintersupport"}),
        "wayland-shell-integration": frozenset({"xdg-shell"}),
        "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    },
    "win32": {
        "platforms": frozenset({"qwindows", "qoffscreen"}),
        "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
        "printsupport": frozenset({"windowsprintersupport"}),
    },
}

# Qt's own translations kept (the interface speaks Dutch; English needs none).
QT_TRANSLATIONS = frozenset({"qtbase_nl.qm"})

# System libraries (outside Python's installation) that are bundled all the same:
# what the interpreter's own modules link. Everything else from the system stays
# on the system (Linux only; on Windows PyInstaller's own rules apply).
BUNDLED_SYSTEM_LIBRARIES = re.compile(r"lib(sqlite3|ssl|crypto|ffi|z|bz2|lzma|uuid)\.so(\.\d+)*$")

# Modules never needed: test and development tools, GUI toolkits we do not use, and
# Pillow's codecs for image formats (reportlab imports PIL, Briefer puts no images in
# its exports).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "readline",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "PySide6.QtNetwork",  # imported by PySide6's package hook, never by Briefer (offline)
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL.ImageShow",
    "PIL.ImageCms",
    "PIL.ImageFont",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL._imagingmath",
    "PIL._imagingmorph",
]

_QT_LIBRARY = re.compile(r"^(lib)?Qt6[A-Za-z0-9]+(\.so\.6|\.dll)$")


def _file_name(entry: Entry) -> str:
    return PurePosixPath(entry[0].replace("\\", "/")).name


def platform_key() -> str:
    return "win32" if sys.platform == "win32" else "linux"


def _plugin(name: str) -> tuple[str, str] | None:
    """(plugin type, base name) for a Qt plugin's place in the bundle, else None."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    where = parts.index("plugins")
    if len(parts) != where + 3 or parts[0] != "PySide6":
        return None
    kind, file = parts[where + 1], parts[where + 2]
    base = file.split(".", 1)[0]
    if base.startswith("lib") and not file.endswith(".dll"):
        base = base[3:]
    return kind, base


def keep_plugin(name: str, platform: str) -> bool:
    found = _plugin(name)
    if found is None:
        return True
    kind, base = found
    return base in QT_PLUGINS[platform].get(kind, frozenset())


def keep_data(name: str) -> bool:
    """Qt's translations are cut down to ``QT_TRANSLATIONS``; other data stays."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if len(parts) >= 2 and parts[-2] == "translations" and parts[0] == "PySide6":
        return parts[-1] in QT_TRANSLATIONS
    return True


def from_python(source: str, python_roots: Iterable[Path]) -> bool:
    """Whether a file belongs to Python's installation or the environment's packages."""
    path = Path(source).resolve()
    return any(path.is_relative_to(root) for root in python_roots)


def keep_system_library(name: str, source: str, python_roots: Iterable[Path]) -> bool:
    """Linux: a library from the system is bundled only when Python's modules need it."""
    if from_python(source, python_roots):
        return True
    return bool(BUNDLED_SYSTEM_LIBRARIES.match(PurePosixPath(name).name))


def prune_qt_libraries(binaries: list[Entry], needs: Needs) -> list[Entry]:
    """Leave out the Qt libraries that no other kept binary links (directly or not)."""

    def is_qt(entry: Entry) -> bool:
        return bool(_QT_LIBRARY.match(_file_name(entry)))

    qt = {_file_name(entry): entry for entry in binaries if is_qt(entry)}
    wanted: set[str] = set()
    todo = [entry for entry in binaries if not is_qt(entry)]
    while todo:
        entry = todo.pop()
        for needed in needs(entry[1]):
            if needed in qt and needed not in wanted:
                wanted.add(needed)
                todo.append(qt[needed])
    return [entry for entry in binaries if not is_qt(entry) or _file_name(entry) in wanted]


def _link_target(entry: Entry) -> str:
    """Where a SYMLINK entry points, as a name in the bundle."""
    here = PurePosixPath(entry[0].replace("\\", "/")).parent
    return os.path.normpath(str(here / entry[1].replace("\\", "/")))


def select(
    binaries: list[Entry],
    datas: list[Entry],
    needs: Needs,
    python_roots: Iterable[Path],
    platform: str | None = None,
) -> tuple[list[Entry], list[Entry], list[Entry]]:
    """The binaries and data kept, and the binaries left out (for the build's report).

    Links (PyInstaller's SYMLINK entries, e.g. ``libQt6Gui.so.6`` beside the
    program pointing into ``PySide6/Qt/lib``) stay only when what they point to does.
    """
    platform = platform or platform_key()
    roots = list(python_roots)
    links = [entry for entry in [*binaries, *datas] if entry[2] == "SYMLINK"]
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    kept = [entry for entry in files if keep_plugin(entry[0], platform)]
    if platform == "linux":
        kept = [entry for entry in kept if keep_system_library(entry[0], entry[1], roots)]
    kept = prune_qt_libraries(kept, needs)
    kept_data = [entry for entry in datas if entry[2] != "SYMLINK" and keep_data(entry[0])]
    present = {entry[0].replace("\\", "/") for entry in [*kept, *kept_data]}
    kept_links = [entry for entry in links if _link_target(entry) in present]
    dropped = [entry for entry in files if entry not in kept]
    in_binaries = {entry[0] for entry in binaries}
    return (
        kept + [entry for entry in kept_links if entry[0] in in_binaries],
        kept_data + [entry for entry in kept_links if entry[0] not in in_binaries],
        dropped,
    )


def briefer_data(root: Path) -> list[tuple[str, str]]:
    """The data folders, where the wheel puts them (briefer/db, briefer/resources,
    briefer/templates), so ``briefer.paths`` finds them the same way; without
    caches and translation sources."""
    found: list[tuple[str, str]] = []
    for folder in ("db", "resources", "templates"):
        for path in sorted((root / folder).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in {".pyc", ".ts"}:
                continue
            target = PurePosixPath("briefer", *path.relative_to(root).parts[:-1])
            found.append((str(path), str(target)))
    return found


ALWAYS_BY_NAME = {"briefer.core.models", "briefer.ui.main_window", "briefer.ui.state"}


def imported_by_name(root: Path) -> list[str]:
    """The modules Briefer imports from a name at run time, which PyInstaller's
    analysis cannot see: the window's warm-up list (``WARM_MODULES`` in
    briefer/ui/main_window.py), read from the source so a module added there is
    bundled too, and the migrations' models module (Alembic loads env.py from a
    file)."""
    tree = ast.parse((root / "briefer" / "ui" / "main_window.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "WARM_MODULES" for target in node.targets
        ):
            names = set(ast.literal_eval(node.value)) | ALWAYS_BY_NAME
            return sorted(names)
    raise LookupError("WARM_MODULES is not in briefer/ui/main_window.py")


def shiboken_support(work: Path) -> list[tuple[str, str]]:
    """shiboken's support package as compiled modules, for ``shiboken6/files.dir``:
    (source, folder in the bundle) pairs for the spec's data.

    shiboken writes the package out itself when started with ``SBK_EMBED=0``, into
    the folder of the shiboken6 it imports: here a copy of it in ``work``, so the
    environment that builds is left as it is. The modules are compiled next to where
    the sources were and the sources left out, since the installed folder is not
    writable (a source there would be compiled again at every start).
    """
    import shiboken6

    copy = work / "shiboken6"
    if work.exists():  # the last build's (a file that cannot go stops the build here)
        shutil.rmtree(work)
    shutil.copytree(Path(shiboken6.__file__).parent, copy, ignore=shutil.ignore_patterns("include"))
    shutil.rmtree(copy / "files.dir", ignore_errors=True)
    env = dict(os.environ, SBK_EMBED="0", PYTHONPATH=str(work))
    subprocess.run([sys.executable, "-c", "import shiboken6"], check=True, env=env, cwd=work)
    support = copy / "files.dir"
    if not (support / "shibokensupport" / "signature" / "loader.py").is_file():
        raise RuntimeError(f"shiboken did not write its support package into {support}")
    compiled = compileall.compile_dir(
        str(support),
        quiet=1,
        legacy=True,  # name.pyc beside name.py: imported without the source
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    if not compiled:  # a module left out would stop shiboken at every start
        raise RuntimeError(f"shiboken's support package did not compile in {support}")
    for source in support.rglob("*.py"):
        source.unlink()
    found: list[tuple[str, str]] = []
    for path in sorted(support.rglob("*.pyc")):
        if "__pycache__" in path.parts:
            continue
        target = PurePosixPath("shiboken6", "files.dir", *path.relative_to(support).parts[:-1])
        found.append((str(path), str(target)))
    return found
