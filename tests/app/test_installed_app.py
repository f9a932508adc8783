"""The installed application as a user gets it: the .deb and the tarball that
``tools/build_app.py`` built, installed into temporary folders and run with nothing
of this checkout: no virtual environment, no PYTHONPATH, a minimal PATH, a home
folder of its own and the working folder outside the repository.

These tests need the build (a minute or two, and PyInstaller): ``.ci/run`` builds
it and runs them with ``BRIEFER_APP_BUILD=build/app``; elsewhere they skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

import briefer
from briefer.core.importing.parsing import POOL_FROM

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
BUILD = os.environ.get("BRIEFER_APP_BUILD")

pytestmark = [
    pytest.mark.installed_app,
    pytest.mark.skipif(
        not BUILD,
        reason="needs the built application: run tools/build_app.py, then set "
        "BRIEFER_APP_BUILD=build/app (.ci/run does both)",
    ),
]
TIMEOUT = 180  # seconds for one command of the installed program; a hang fails


@pytest.fixture(scope="module")
def build() -> dict[str, object]:
    folder = (ROOT / str(BUILD)).resolve()
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    report["root"] = folder
    return report


def clean_env(home: Path) -> dict[str, str]:
    """What a desktop session gives a program, and nothing of ours."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(program: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    home.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(program), *args],
        env=clean_env(home),
        cwd=home,  # outside the checkout
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 0, f"briefer {' '.join(args)}: {done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture(scope="module")
def deb_root(build: dict[str, object], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked into a temporary root, as dpkg would install it."""
    root = tmp_path_factory.mktemp("root")
    package = Path(build["root"]).parents[1] / str(build["deb"])  # type: ignore[arg-type]
    subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)
    return root


def letters(program: Path, home: Path) -> list[dict[str, object]]:
    found: list[dict[str, object]] = json.loads(run(program, "letters", "--json", home=home).stdout)
    return found


def test_the_package_declares_what_it_needs(build: dict[str, object], deb_root: Path) -> None:
    package = Path(build["root"]).parents[1] / str(build["deb"])  # type: ignore[arg-type]
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(package), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Version: {briefer.__version__}" in fields
    # Qt's xcb platform and the fonts come from the system, not from the package.
    for needed in ("libc6", "libxcb-cursor0", "libxkbcommon0", "libfontconfig1", "libegl1"):
        assert needed in fields, fields
    launcher = deb_root / "usr" / "bin" / "briefer"
    assert launcher.is_symlink() and os.readlink(launcher) == "/opt/briefer/briefer"
    entry = (deb_root / "usr/share/applications/briefer.desktop").read_text(encoding="utf-8")
    assert "Exec=briefer gui %F" in entry
    assert "application/pdf;" in entry
    assert "application/vnd.openxmlformats-officedocument.wordprocessingml.document;" in entry
    icons = deb_root / "usr/share/icons/hicolor"
    assert (icons / "scalable/apps/briefer.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (icons / f"{size}x{size}/apps/briefer.png").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(deb_root / "usr/share/applications/briefer.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_installed_program_starts_imports_exports_and_opens_its_window(
    deb_root: Path, tmp_path: Path
) -> None:
    program = deb_root / "opt" / "briefer" / "briefer"
    home = tmp_path / "home"
    assert run(program, "--version", home=home).stdout.strip() == f"briefer {briefer.__version__}"

    # First start: the library is made by the bundled migrations, with the bundled letter.
    (bundled,) = letters(program, home)
    assert bundled["kamerstuk"] == "35 925 V, nr. 84" and bundled["passages"] == 84
    assert (home / ".local/share/Briefer/briefer.sqlite").is_file()

    # Bulk import through the worker processes (which a frozen program starts anew).
    folder = tmp_path / "brieven"
    folder.mkdir()
    for number in range(POOL_FROM + 1):
        (folder / f"brief-{number}.txt").write_text(
            f"Brief {number} over de Westelijke Balkan\n\n"
            f"Servië en Kosovo spraken op dag {number} over de normalisering.\n\n"
            "Den Haag, 8 maart 2022\n",
            encoding="utf-8",
        )
    run(program, "import", str(folder), home=home)
    assert len(letters(program, home)) == 1 + POOL_FROM + 1
    logs = " ".join(log.read_text() for log in (home / ".local/share/Briefer").rglob("*.log*"))
    assert "the parsing processes stopped" not in logs  # the workers ran, not the fallback

    exported = tmp_path / "export"
    exported.mkdir()
    run(program, "export", "--theme", "Rusland", "-o", str(exported / "rusland.pdf"), home=home)
    run(program, "export", "--theme", "Rusland", "-o", str(exported / "rusland.docx"), home=home)
    text = "\n".join(page.extract_text() for page in PdfReader(exported / "rusland.pdf").pages)
    assert "Rusland" in text and "Kamerstuk 35 925 V, nr. 84" in " ".join(text.split())
    word = docx.Document(str(exported / "rusland.docx"))
    assert any("Rusland" in paragraph.text for paragraph in word.paragraphs)

    # The window, offscreen: painted, filled with the library, closed the normal way.
    window = run(program, "gui", "--check", home=home)
    assert "qtbase" not in window.stderr, window.stderr  # Qt's translation where Qt looks
    assert window.stdout.splitlines() == ["venster getekend", "bibliotheek getoond"]
    assert not list((home / ".local/share/Briefer").glob("*.lock"))


def test_installed_program_imports_a_real_letter(deb_root: Path, tmp_path: Path) -> None:
    found = sorted(CORPUS.glob("kst-*.pdf")) if CORPUS.is_dir() else []
    if not found:
        pytest.skip(f"no real Kamerstuk PDF in {CORPUS}")
    program = deb_root / "opt" / "briefer" / "briefer"
    home = tmp_path / "home"
    run(program, "import", str(found[0]), home=home)
    imported = [letter for letter in letters(program, home) if letter["source"] == found[0].name]
    assert len(imported) == 1 and int(imported[0]["passages"]) > 0  # type: ignore[call-overload]
    run(program, "export", "--theme", "Europese Unie", "-o", str(tmp_path / "eu.pdf"), home=home)
    assert PdfReader(tmp_path / "eu.pdf").pages


def install_script(unpacked: Path, home: Path, *args: str) -> None:
    """Run the tarball's install.sh (with ``args``) as a user in ``home`` would."""
    done = subprocess.run(
        [str(unpacked / "install.sh"), *args],
        env=clean_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr


def test_tarball_installs_for_one_user_and_uninstalls(
    build: dict[str, object], tmp_path: Path
) -> None:
    archive = Path(build["root"]).parents[1] / str(build["tarball"])  # type: ignore[arg-type]
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "download", filter="tar")
    (unpacked,) = (tmp_path / "download").iterdir()
    home = tmp_path / "home"
    home.mkdir()
    install_script(unpacked, home)
    local = home / ".local"
    program = local / "bin" / "briefer"
    assert run(program, "--version", home=home).stdout.strip() == f"briefer {briefer.__version__}"
    entry = (local / "share/applications/briefer.desktop").read_text(encoding="utf-8")
    assert f"Exec={local}/opt/briefer/briefer gui %F" in entry
    assert (local / "share/icons/hicolor/256x256/apps/briefer.png").is_file()
    window = run(program, "gui", "--check", home=home)
    assert "qtbase" not in window.stderr, window.stderr  # Qt's translation where Qt looks
    assert window.stdout.splitlines()[-1] == "bibliotheek getoond"

    install_script(unpacked, home, "--uninstall")
    assert not program.exists() and not (local / "opt" / "briefer").exists()
    assert not (local / "share/applications/briefer.desktop").exists()
    assert (local / "share/Briefer/briefer.sqlite").is_file()  # the library is the user's
