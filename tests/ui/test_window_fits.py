"""The window fits the screen it opens on: laptop sizes, 150% scale, a remembered
geometry from another screen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from briefer.ui.main_window import MainWindow
from briefer.ui.window_layout import (
    MIN_CENTER,
    MIN_WORKSPACE,
    first_geometry,
    fit_into,
    window_settings,
)
from tests.ui.fit_probe import probe_environment

PROBE = Path(__file__).with_name("fit_probe.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("available", "least"),
    [
        (QRect(0, 0, 1366, 728), (1200, 650)),  # laptop, a panel at the bottom
        (QRect(0, 0, 1920, 1040), (1500, 900)),
        (QRect(0, 0, 911, 512), (911, 512)),  # 1366x768 at 150%: all of it
        (QRect(1920, 0, 1280, 1024), (1150, 900)),  # a second monitor on the right
    ],
)
def test_the_first_size_follows_the_available_screen(available: QRect, least) -> None:
    rect = first_geometry(available)
    assert available.contains(rect)
    assert rect.width() >= least[0] and rect.height() >= least[1]
    assert rect.width() <= 1600 and rect.height() <= 1000  # not a wall of empty space


def test_a_geometry_from_another_screen_is_brought_back_and_shrunk() -> None:
    available = QRect(0, 0, 1366, 728)
    assert fit_into(QRect(1900, 300, 1440, 900), available) == QRect(0, 0, 1366, 728)
    assert fit_into(QRect(900, 500, 800, 600), available) == QRect(566, 128, 800, 600)
    assert fit_into(QRect(-50, -20, 640, 480), available) == QRect(0, 0, 640, 480)
    inside = QRect(100, 100, 800, 500)
    assert fit_into(inside, available) == inside


def test_the_window_fits_the_available_geometry(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    assert window.minimumSizeHint().width() <= available.width()
    assert window.minimumSizeHint().height() <= available.height()


def test_a_remembered_geometry_that_no_longer_fits_is_brought_on_screen(open_window, qtbot) -> None:
    window = open_window()
    window.close()
    available = QApplication.primaryScreen().availableGeometry()
    # Saved on a big monitor, far to the right of this screen.
    window.setGeometry(available.right() + 400, 200, available.width() + 700, 1400)
    settings = window_settings()
    settings.setValue("geometry", window.saveGeometry())
    settings.sync()
    again = open_window()
    qtbot.wait(20)
    assert available.contains(again.frameGeometry())
    assert again.width() >= available.width() * 0.9


@pytest.mark.parametrize(
    ("width", "height", "scale"), [(1366, 768, 1.0), (1366, 768, 1.5), (1920, 1080, 1.0)]
)
def test_nothing_is_clipped_on_a_laptop_screen(width, height, scale, tmp_path: Path) -> None:
    picture = tmp_path / f"window-{width}x{height}-{int(scale * 100)}.png"
    completed = subprocess.run(
        [sys.executable, str(PROBE), str(picture)],
        capture_output=True,
        text=True,
        env=probe_environment(width, height, scale, tmp_path),
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    available = QRect(*report["available"])
    assert available.width() == round(width / scale)
    assert available.contains(QRect(*report["frame"]))
    window = QRect(*report["window"])
    for name, rect in report["panes"].items():
        pane = QRect(*rect)
        assert window.contains(pane), name  # wholly inside the window
        least = report["minimums"][name]
        assert pane.width() >= least[0] and pane.height() >= least[1], name
    assert window.contains(QRect(*report["statusbar"]))
    assert QRect(*report["panes"]["workspace"]).width() >= MIN_WORKSPACE.width()
    assert QRect(*report["panes"]["reader"]).width() >= MIN_CENTER.width()
    assert picture.is_file() and picture.stat().st_size > 10_000
