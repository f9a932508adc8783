"""What the one-folder build keeps (tools/app_bundle.py), on the real Qt of this environment.

The rules are checked on PySide6's own files here: its plugins, its libraries and
what each links (read by readelf), without running PyInstaller.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


app_bundle = load("app_bundle")


def test_only_the_plugins_briefer_uses_are_kept() -> None:
    keep = app_bundle.keep_plugin
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so", "linux")
    assert keep("PySide6/Qt/plugins/platforms/libqwayland.so", "linux")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux")
    assert keep("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "linux")
    assert not keep("PySide6/Qt/plugins/platforms/libqvnc.so", "linux")
    assert not keep("PySide6/Qt/plugins/imageformats/libqjpeg.so", "linux")
    assert not keep("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux")
    # Windows: the same spec, Windows' plugins and style.
    assert keep("PySide6\\plugins\\platforms\\qwindows.dll", "win32")
    assert keep("PySide6/plugins/styles/qmodernwindowsstyle.dll", "win32")
    assert not keep("PySide6/plugins/imageformats/qjpeg.dll", "win32")
    # Not a Qt plugin at all: kept.
    assert keep("briefer/resources/letters/kamerstuk-35925-V-84.txt", "linux")


def test_system_libraries_stay_on_the_system_but_pythons_own_are_bundled() -> None:
    python_roots = [Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve()]
    keep = app_bundle.keep_system_library
    assert not keep("libX11.so.6", "/lib/x86_64-linux-gnu/libX11.so.6", python_roots)
    assert not keep("libgtk-3.so.0", "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0", python_roots)
    assert not keep("libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", python_roots)
    assert keep("libsqlite3.so.0", "/usr/lib/x86_64-linux-gnu/libsqlite3.so.0", python_roots)
    assert keep("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", python_roots)
    qt_core = next(Path(p) for p in sys.path if (Path(p) / "PySide6").is_dir()) / "PySide6"
    assert keep("PySide6/QtCore.abi3.so", str(qt_core / "QtCore.abi3.so"), python_roots)


def test_qt_translations_are_cut_to_dutch() -> None:
    assert app_bundle.keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert not app_bundle.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not app_bundle.keep_data("PySide6/Qt/translations/designer_nl.qm")
    assert app_bundle.keep_data("briefer/resources/i18n/briefer_en.qm")


@pytest.mark.skipif(not shutil.which("readelf"), reason="needs readelf (binutils)")
def test_qt_libraries_go_with_the_plugins_that_needed_them() -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    if not (qt / "lib").is_dir():
        pytest.skip("PySide6 without its own Qt libraries (a system Qt)")

    def needs(source: str) -> list[str]:
        dynamic = subprocess.run(
            ["readelf", "-d", source], capture_output=True, text=True, check=True
        ).stdout
        return [
            line.split("[")[1].split("]")[0] for line in dynamic.splitlines() if "NEEDED" in line
        ]

    def entry(path: Path) -> tuple[str, str, str]:
        return (f"PySide6/{path.relative_to(qt.parent).as_posix()}", str(path), "BINARY")

    plugins = [entry(path) for path in sorted((qt / "plugins").glob("*/*.so"))]
    libraries = [entry(path) for path in sorted((qt / "lib").glob("libQt6*.so.6"))]
    modules = [entry(qt.parent / f"Qt{name}.abi3.so") for name in ("Core", "Gui", "Widgets")]
    kept, _data, dropped = app_bundle.select(
        [*modules, *plugins, *libraries], [], needs, [Path(sys.prefix)], "linux"
    )
    names = {Path(name).name for name, _source, _kind in kept}
    for used in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6XcbQpa.so.6"):
        assert used in names
    assert "libqxcb.so" in names and "libqjpeg.so" not in names
    # Only the TLS, network-information and SVG plugins need these.
    for unused in ("libQt6Network.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6"):
        assert unused not in names
    assert {Path(name).name for name, _s, _k in dropped} >= {"libqjpeg.so", "libqvnc.so"}


def test_links_stay_only_with_what_they_point_to() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/x/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/x/libQt6Network.so.6", "BINARY"),
    ]
    links = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]

    def needs(source: str) -> list[str]:
        return ["libQt6Core.so.6"] if source.endswith("QtCore.abi3.so") else []

    kept, data, _dropped = app_bundle.select(binaries, links, needs, [Path("/x")], "linux")
    assert [name for name, _s, _k in kept] == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/QtCore.abi3.so",
    ]
    assert [name for name, _s, _k in data] == ["libQt6Core.so.6"]


def test_the_data_folders_go_where_the_wheel_puts_them() -> None:
    found = dict(app_bundle.briefer_data(ROOT))
    assert (
        found[str(ROOT / "resources/letters/kamerstuk-35925-V-84.txt")]
        == "briefer/resources/letters"
    )
    assert found[str(ROOT / "db/versions/0001_initial_schema.py")] == "briefer/db/versions"
    assert found[str(ROOT / "templates/briefing.docx")] == "briefer/templates"
    assert found[str(ROOT / "resources/icons/briefer.svg")] == "briefer/resources/icons"
    assert not any("__pycache__" in source or source.endswith(".ts") for source in found)


def test_the_modules_imported_by_name_are_bundled_and_exist() -> None:
    names = app_bundle.imported_by_name(ROOT)
    assert "briefer.ui.panels.composer" in names  # from the window's warm-up list
    assert "briefer.core.models" in names
    for name in names:
        assert importlib.util.find_spec(name) is not None, name


def test_shibokens_support_package_is_compiled_without_touching_the_environment(
    tmp_path: Path,
) -> None:
    import shiboken6

    installed = Path(shiboken6.__file__).parent
    before = sorted(path.name for path in installed.iterdir())
    found = app_bundle.shiboken_support(tmp_path / "support")
    assert sorted(path.name for path in installed.iterdir()) == before  # no files.dir made
    targets = {(Path(source).name, target) for source, target in found}
    assert ("loader.pyc", "shiboken6/files.dir/shibokensupport/signature") in targets
    assert all(source.endswith(".pyc") and "__pycache__" not in source for source, _ in found)
    # shiboken, started from the copy beside it as from the bundle, takes the compiled
    # package from files.dir (no source there, nothing written).
    support = tmp_path / "support" / "shiboken6" / "files.dir"
    assert not list(support.rglob("*.py"))
    code = "import shiboken6, sys; print(sys.modules['shibokensupport.signature.loader'].__file__)"
    env = {"PYTHONPATH": str(tmp_path / "support"), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.strip() == str(support / "shibokensupport" / "signature" / "loader.pyc")
