"""Test set-up: offscreen Qt before any QApplication exists, and sample content."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# Read aloud with Qt's mock text-to-speech engine (voices for English, Finnish and Norwegian
# only): tests never start speech-dispatcher. tests/test_read_aloud_voices.py uses the real one.
os.environ["KIOSK_SPEECH_ENGINE"] = "mock"


import pytest

from tests.sample_content import write_sample_content


def _load_text_to_speech_once() -> None:
    """QtMultimedia, under QtTextToSpeech, says once per process that it found no PipeWire
    (kiosk/ui/media_noise.py): it says so here, before pytest-qt watches Qt's messages, and
    not in whichever test first shows a Listen button. (The kiosk itself creates real
    engines in its helper process, kiosk/ui/read_aloud.py.)"""
    from PySide6.QtTextToSpeech import QTextToSpeech

    engine = QTextToSpeech("mock")
    del engine


_load_text_to_speech_once()

#: A skip whose reason starts with this is for another platform (Windows, macOS): the one
#: kind of skip allowed in CI. Any other skip there (a missing tool, file or permission)
#: is turned into a failure, so that nothing silently stops being checked.
OTHER_PLATFORM = "other platform:"


def pytest_collection_modifyitems(config, items):
    """Tests of the frozen build run only when asked for by name: after packaging/build.sh,
    `pytest -m frozen` (or `-k frozen`). Elsewhere they are deselected, never skipped."""
    asked = f"{config.option.markexpr} {config.option.keyword}"
    if "frozen" in asked:
        return
    frozen = [item for item in items if item.get_closest_marker("frozen")]
    if frozen:
        config.hook.pytest_deselected(items=frozen)
        items[:] = [item for item in items if not item.get_closest_marker("frozen")]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if (
        os.environ.get("CI")
        and report.skipped
        and not hasattr(report, "wasxfail")
        and isinstance(report.longrepr, tuple)
        and not report.longrepr[2].removeprefix("Skipped: ").startswith(OTHER_PLATFORM)
    ):
        report.outcome = "failed"
        report.longrepr = (
            f"skipped in CI (CI is set), which counts as a failure: {report.longrepr[2]}"
        )
    return report


@pytest.fixture
def sample_src(tmp_path):
    """A valid content source tree (with media) in a fresh temporary folder."""
    return write_sample_content(tmp_path / "resources")


@pytest.fixture
def sample_db(sample_src):
    """A database freshly built from the sample tree."""
    from kiosk.content.build import build_database

    return build_database(sample_src, sample_src.parent / "content.db").path


@pytest.fixture
def sample_store(sample_db):
    from kiosk.content.store import ContentStore

    store = ContentStore(sample_db)
    yield store
    store.close()


@pytest.fixture
def window_factory(qtbot, qapp):
    """Opens real main windows on a given store: English, no auto-advance, no animation.

    Bundled fonts and icons are loaded; the language, layout direction and theme are
    put back afterwards so that later tests start from a neutral application.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.assembly import build_main_window, load_fonts_once
    from kiosk.ui.theme import reset_look

    windows = []

    def open_window(store):
        load_fonts_once(qapp)
        window = build_main_window(qapp, store, "en", auto_advance_ms=0, animation_ms=0)
        window.icons.load()
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_window
    for window in windows:
        window.go_home()  # closes resource pages and releases their media
        window.close()
        window.language.uninstall()
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    reset_look(qapp)  # never qapp.setStyleSheet(""): see kiosk/ui/theme.py


@pytest.fixture
def main_window(window_factory, sample_store):
    """The real main window on the sample content."""
    return window_factory(sample_store)
