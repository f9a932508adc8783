"""Build Briefer as an installed application: the one-folder app, a .deb and a tarball.

    .venv/bin/pip install -e '.[app]'      # PyInstaller, once
    .venv/bin/python tools/build_app.py    # about a minute or two

Writes, in ``build/app/``:

- ``dist/briefer/``: the one-folder application (PyInstaller, ``tools/briefer.spec``);
  ``dist/briefer/briefer`` is the program, window and command line alike;
- ``briefer_VERSION_amd64.deb``: the folder under ``/opt/briefer``, the command
  ``/usr/bin/briefer``, the menu entry (which opens PDF and Word files dropped on
  it or opened with it), the icons; its Depends: line is worked out from the
  libraries the bundle links (dpkg-shlibdeps);
- ``briefer-VERSION-linux-x86_64.tar.gz``: the folder with ``install.sh``, which
  installs it for one user in ``~/.local`` without root;
- ``report.json``: sizes, the Depends: line, what was left out (for the bench).

``--skip-pyinstaller`` packages a folder built before. Nothing is downloaded: the
build needs PyInstaller from PyPI and dpkg-deb, nothing else.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"
BUILD = ROOT / "build" / "app"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

sys.path.insert(0, str(TOOLS))
from app_package import (  # noqa: E402
    check_bundle,
    debian_depends,
    folder_size,
    write_control,
)


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "briefer" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def log(message: str) -> None:
    print(f"build_app: {message}", flush=True)


def run_pyinstaller() -> Path:
    dist = BUILD / "dist"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={BUILD / 'work'}",
        str(TOOLS / "briefer.spec"),
    ]
    log("PyInstaller: " + " ".join(command[3:]))
    # The archive of modules stored, not compressed: every module the window imports was
    # inflated again at each start, which made the installed window start later than the
    # checkout's. The .deb and the tarball compress the folder as a whole anyway.
    env = dict(os.environ)
    env.setdefault("PYINSTALLER_ZLIB_COMPRESSION_LEVEL", "0")
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / "briefer"


def precompile_migrations(folder: Path) -> None:
    """Alembic reads the migrations from files; compile them now, since an installed
    folder (/opt/briefer) is not writable and would be compiled at every upgrade."""
    import compileall
    import py_compile

    migrations = folder / "_internal" / "briefer" / "db"
    compileall.compile_dir(
        str(migrations),
        quiet=1,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )


def _copy_icons(share: Path) -> None:
    hicolor = share / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "briefer.svg", hicolor / "scalable" / "apps" / "briefer.svg")
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"briefer-{size}.png", target / "briefer.png")


def _desktop_entry(executable: str) -> str:
    template = (TOOLS / "linux" / "briefer.desktop.in").read_text(encoding="utf-8")
    return template.replace("@EXEC@", executable)


def _normalise_modes(tree: Path) -> None:
    """Folders and programs 0755, other files 0644 (whatever the checkout's umask was)."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def build_deb(folder: Path, release: str) -> tuple[Path, str]:
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / "briefer"
    shutil.copytree(folder, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    # A link, not a wrapper script: the program finds its folder through /proc/self/exe.
    (stage / "usr" / "bin" / "briefer").symlink_to("/opt/briefer/briefer")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "briefer.desktop").write_text(
        _desktop_entry("briefer"), encoding="utf-8"
    )
    _copy_icons(share)
    doc = share / "doc" / "briefer"
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "fonts" / "LICENSES.md", doc / "font-licences.md")
    (doc / "copyright").write_text(
        "Briefer: proprietary (see the project's licence). It bundles Python, Qt for\n"
        "Python (LGPLv3), SQLAlchemy, Alembic, python-docx, reportlab, pypdfium2 (PDFium),\n"
        "psycopg, lxml, Pillow and platformdirs under their own licences (in\n"
        "/opt/briefer/_internal/*.dist-info), and fonts (font-licences.md).\n",
        encoding="utf-8",
    )
    _normalise_modes(stage)
    log("working out the Depends: line (dpkg-shlibdeps)")
    depends = debian_depends(stage, opt)
    write_control(stage, release, depends, folder_size(stage))
    package = BUILD / f"briefer_{release}_amd64.deb"
    log(f"dpkg-deb: {package.name}")
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(package)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return package, depends


def build_tarball(folder: Path, release: str) -> Path:
    name = f"briefer-{release}-linux-x86_64"
    stage = BUILD / "tarball" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(folder, stage / "briefer", symlinks=True)
    share = stage / "share"
    (share / "icons").mkdir(parents=True)
    shutil.copy2(TOOLS / "linux" / "briefer.desktop.in", share / "briefer.desktop.in")
    shutil.copy2(ICONS / "briefer.svg", share / "icons" / "briefer.svg")
    for size in ICON_SIZES:
        shutil.copy2(ICONS / f"briefer-{size}.png", share / "icons" / f"briefer-{size}.png")
    script = (TOOLS / "linux" / "install.sh").read_text(encoding="utf-8")
    script = script.replace("@SIZES@", " ".join(map(str, ICON_SIZES)))
    script = script.replace("@VERSION@", release)
    (stage / "install.sh").write_text(script, encoding="utf-8")
    (stage / "install.sh").chmod(0o755)
    _normalise_modes(stage)
    archive = BUILD / f"{name}.tar.gz"
    log(f"tar: {archive.name}")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:

        def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            return info

        tar.add(stage, arcname=name, filter=owned_by_root)
    return archive


def _mib(size: object) -> str:
    return f"{int(str(size)) / (1024 * 1024):.0f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--skip-pyinstaller", action="store_true", help="package the folder built before"
    )
    parser.add_argument("--no-deb", action="store_true", help="only the folder and the tarball")
    args = parser.parse_args(argv)
    if sys.platform != "linux":
        log("packages are built on Linux; on Windows see docs/installing-windows.md")
        return 2
    release = version()
    started = time.monotonic()
    BUILD.mkdir(parents=True, exist_ok=True)
    folder = BUILD / "dist" / "briefer"
    if not args.skip_pyinstaller:
        shutil.rmtree(folder, ignore_errors=True)
        folder = run_pyinstaller()
    built = time.monotonic()
    precompile_migrations(folder)
    problems = check_bundle(folder)
    if problems:
        for problem in problems:
            log(f"the folder is incomplete: {problem}")
        return 1
    report: dict[str, object] = {
        "version": release,
        "folder": str(folder.relative_to(ROOT)),
        "folder_bytes": folder_size(folder),
        "pyinstaller_seconds": round(built - started, 1),
        "left_out": (BUILD / "left-out.txt").read_text(encoding="utf-8").splitlines()
        if (BUILD / "left-out.txt").exists()
        else [],
    }
    if not args.no_deb:
        package, depends = build_deb(folder, release)
        report["deb"] = str(package.relative_to(ROOT))
        report["deb_bytes"] = package.stat().st_size
        report["depends"] = depends
    tarball = build_tarball(folder, release)
    report["tarball"] = str(tarball.relative_to(ROOT))
    report["tarball_bytes"] = tarball.stat().st_size
    report["seconds"] = round(time.monotonic() - started, 1)
    (BUILD / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    log(f"folder {_mib(report['folder_bytes'])}: {folder}")
    if "deb" in report:
        log(f".deb {_mib(report['deb_bytes'])}: {report['deb']}")
        log(f"Depends: {report['depends']}")
    log(f"tarball {_mib(report['tarball_bytes'])}: {report['tarball']}")
    log(f"done in {report['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
