"""Helpers of tools/build_app.py: check the built folder, write the .deb's control file.

The Depends: line is what the bundle needs from the system and does not carry
itself (see tools/app_bundle.py): worked out by dpkg-shlibdeps from every ELF
file in the folder, as a Debian package build does, so it names the packages
and the lowest versions whose symbols the libraries use.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

# What the folder must hold for Briefer to start and work offline: the bundled
# letter, the themes, fonts, translations, icon, Word template and migrations,
# and the Qt plugins it uses.
REQUIRED = (
    "briefer",
    "_internal/briefer/resources/letters/kamerstuk-35925-V-84.txt",
    "_internal/briefer/resources/themes.toml",
    "_internal/briefer/resources/fonts/DejaVuSans.ttf",
    "_internal/briefer/resources/fonts/DroidSansFallbackFull.ttf",
    "_internal/briefer/resources/i18n/briefer_en.qm",
    "_internal/briefer/resources/icons/briefer-256.png",
    "_internal/briefer/templates/briefing.docx",
    "_internal/briefer/db/env.py",
    "_internal/briefer/db/script.py.mako",
    "_internal/briefer/db/versions/0001_initial_schema.py",
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "_internal/PySide6/Qt/translations/qtbase_nl.qm",
    # shiboken's support package, compiled (else compiled from source at every start)
    "_internal/shiboken6/files.dir/shibokensupport/signature/loader.pyc",
)
# What must not be there: the parts of Qt Briefer does not use, and the desktop's
# own libraries (they come from the system, see app_bundle.py).
FORBIDDEN = re.compile(
    r"(QtWebEngine|Qt6Qml|Qt6Quick|Qt6Network|plugins/imageformats|plugins/tls|"
    r"plugins/platformthemes|libgtk-3|libX11\.so|libxcb\.so|libfontconfig|libstdc\+\+)"
)


def folder_size(folder: Path) -> int:
    """Bytes of the files in a folder (links not followed), as ``du -b`` counts them."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def check_bundle(folder: Path) -> list[str]:
    """What is missing from the built folder, or there that should not be; [] if fine."""
    problems = [f"{name} is missing" for name in REQUIRED if not (folder / name).exists()]
    migrations = sorted((Path(__file__).resolve().parents[1] / "db" / "versions").glob("*.py"))
    bundled = folder / "_internal" / "briefer" / "db" / "versions"
    problems += [
        f"migration {path.name} is missing"
        for path in migrations
        if not (bundled / path.name).exists()
    ]
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).as_posix()
        if FORBIDDEN.search(relative):
            problems.append(f"{relative} should not be bundled")
    return problems


def _is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def debian_depends(stage: Path, folder: Path) -> str:
    """The Depends: line for the ELF files in ``folder`` (inside the package tree
    ``stage``), by dpkg-shlibdeps; libraries inside the folder need nothing."""
    stage, folder = stage.resolve(), folder.resolve()
    (stage / "DEBIAN").mkdir(exist_ok=True)  # dpkg-shlibdeps resolves $ORIGIN inside it
    elves = sorted(path for path in folder.rglob("*") if _is_elf(path))
    library_dirs = sorted({str(path.parent) for path in elves})
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / "debian").mkdir()
        (Path(work) / "debian" / "control").write_text(
            "Source: briefer\n\nPackage: briefer\nArchitecture: any\n", encoding="utf-8"
        )
        done = subprocess.run(
            [
                "dpkg-shlibdeps",
                "-O",
                "--ignore-missing-info",
                "--warnings=0",
                *(f"-l{directory}" for directory in library_dirs),
                *map(str, elves),
            ],
            cwd=work,
            capture_output=True,
            text=True,
        )
    if done.returncode != 0:
        raise RuntimeError(
            "dpkg-shlibdeps failed (the libraries the bundled Qt plugins link must be "
            "installed on the build machine: see .ci/run's list): "
            f"{done.stderr.strip()[-2000:]}"
        )
    for line in done.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            bundled = _packages_of(_bundled_system_libraries(folder))
            wanted = [
                item.strip()
                for item in line.partition("=")[2].split(",")
                if item.strip().split(" ")[0] not in bundled
            ]
            return ", ".join(wanted)
    raise RuntimeError(f"dpkg-shlibdeps printed no Depends: line: {done.stdout!r}")


def _bundled_system_libraries(folder: Path) -> list[str]:
    """The system libraries the folder carries itself (app_bundle.BUNDLED_SYSTEM_LIBRARIES)."""
    from app_bundle import BUNDLED_SYSTEM_LIBRARIES

    internal = folder / "_internal"
    return sorted(
        path.name
        for path in internal.iterdir()
        if BUNDLED_SYSTEM_LIBRARIES.match(path.name) and _is_elf(path)
    )


def _packages_of(libraries: list[str]) -> set[str]:
    """The Debian packages that ship these libraries on this machine.

    dpkg-shlibdeps also looks past a library found inside the package and names the
    system's copy; a library the folder bundles needs no package.
    """
    if not libraries:
        return set()
    found = subprocess.run(
        ["dpkg", "-S", *(f"*/{name}" for name in libraries)], capture_output=True, text=True
    )
    return {line.split(":")[0] for line in found.stdout.splitlines() if ":" in line}


def write_control(stage: Path, version: str, depends: str, installed_bytes: int) -> None:
    (stage / "DEBIAN").mkdir(exist_ok=True)
    control = (
        "Package: briefer\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: Briefer <briefer@localhost>\n"
        f"Installed-Size: {(installed_bytes + 1023) // 1024}\n"
        f"Depends: {depends}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: prepare briefings from Dutch government policy letters, offline\n"
        " Briefer keeps policy letters (Kamerbrieven) split into chapters, sections\n"
        " and passages, tags them with themes, keeps notes and talking points beside\n"
        " them and exports briefings to Word and PDF. It never opens a network\n"
        " connection. The application is installed in /opt/briefer, with the\n"
        " command /usr/bin/briefer and a menu entry.\n"
    )
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
