"""The application window on a team library (a real PostgreSQL server)."""

from __future__ import annotations

from briefer.app import open_library
from briefer.ui.main_window import MainWindow
from briefer.ui.state import AppState


def test_the_window_opens_on_a_server_library(qtbot, pg_cluster) -> None:
    url = pg_cluster.create_database()
    store = open_library(url)
    window = MainWindow(AppState(store))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert store.is_server and store.name.startswith("postgresql+psycopg://")
        assert window.library_model.rowCount() == 1
        assert "Kamerstuk 35 925 V, nr. 84" in window.library_model.index(0, 0).data()
        assert sum(r.kind == "passage" for r in window.reader.model_.rows) == 84
        assert window.themes_model.rowCount() == 14
        assert window.live_refresh.timer.isActive()
        assert window.live_refresh.poll() is False  # nobody else saved
    finally:
        window.close()
        window.workers.wait()
        store.close()
