"""The layout audit finds clipped text, overlaps, widgets off the window and small targets;
the self-test fails on them, and the real screens pass it on a small matrix of shapes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.selftest.layout_audit import audit, shown_root
from kiosk.ui.media_noise import MULTIMEDIA_NOISE
from kiosk.ui.theme import TEXT_SIZES
from kiosk.ui.widgets.clamped_label import ClampedLabel
from tests.test_selftest import media_db  # noqa: F401 (a fixture: real PDFs and a film)

LONG = "An over-long label that no screen has room for " * 12


def _problems(widget, **options) -> list[str]:
    return [str(finding) for finding in audit(widget, **options)]


def test_the_real_window_passes_and_an_over_long_label_is_caught(main_window, qapp):
    main_window.resize(1366, 768)
    for _ in range(4):
        qapp.processEvents()
    assert _problems(shown_root(main_window), touch=True) == []
    # One deliberately over-long, unwrapped label: the audit names it.
    main_window.resources_title.setWordWrap(False)
    main_window.resources_title.setText(LONG)
    for _ in range(4):
        qapp.processEvents()
    problems = _problems(main_window)
    assert any(p.startswith('SectionTitle "An over-long') and "px wide" in p for p in problems)


def test_wrapped_text_taller_than_its_label_is_caught(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel(LONG, host)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 300, 40)
    host.resize(400, 300)
    host.show()
    (problem,) = _problems(host)
    assert problem.startswith("QLabel") and "text needs" in problem and "has 40" in problem


def test_a_clamped_label_that_fits_its_lines_passes(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    label = ClampedLabel(2, host)
    label.setGeometry(0, 0, 300, 80)
    label.setText(LONG)
    host.resize(400, 300)
    host.show()
    assert label.is_clamped() and label.toolTip() == LONG
    assert _problems(host) == []


def test_a_clamped_title_that_looks_like_html_keeps_it_as_an_escaped_tooltip(qtbot):
    """Its tooltip is the full text escaped (Qt would render it as HTML): that passes;
    a tooltip that is not the full text is caught."""
    host = QWidget()
    qtbot.addWidget(host)
    label = ClampedLabel(2, host)
    label.setGeometry(0, 0, 300, 80)
    label.setText("<b>Bold</b> " + LONG)
    host.resize(400, 300)
    host.show()
    assert label.is_clamped() and label.toolTip() != label.full_text()
    assert _problems(host) == []
    label.setToolTip("something else")
    assert any("shortened without its full text as tooltip" in p for p in _problems(host))


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_overlap_outside_and_small_targets_are_caught(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    first, second = QPushButton("A"), QPushButton("B")
    row.addWidget(first)
    row.addWidget(second)
    small = QPushButton("x", host)
    away = QLabel("far", host)
    host.resize(400, 100)
    host.show()
    qtbot.waitExposed(host)
    first.setGeometry(0, 0, 200, 60)
    second.setGeometry(150, 0, 200, 60)  # 50 px over the first
    small.setGeometry(360, 0, 30, 30)
    away.setGeometry(380, 80, 60, 40)  # sticks out of the window
    problems = _problems(host, touch=True)
    assert any('"A": overlaps QPushButton "B" by 50x60' in p for p in problems), problems
    assert any(p.startswith('QPushButton "x": touch target 30x30') for p in problems)
    assert any(p.startswith('QLabel "far": outside the window') for p in problems)
    assert not any("touch target" in p for p in _problems(host, touch=False))


@pytest.mark.slow
@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_self_test_fails_on_a_deliberately_over_long_label(qapp, sample_db):
    from kiosk.selftest.run import SCREENS, Screen, run_self_test

    def overlong(window):
        window.go_home()
        window.help_text.setWordWrap(False)
        window.help_text.setText(LONG)

    def restore(window):
        window.help_text.setWordWrap(True)
        window.retranslate()

    lines: list[str] = []
    screens = [SCREENS[0], Screen("overlong", overlong, leave=restore)]
    assert run_self_test(sample_db, screens=screens, size=(1366, 768), say=lines.append) == 1
    failures = [line for line in lines if line.startswith("FAIL")]
    assert failures and all(line.startswith("FAIL overlong/") for line in failures), lines
    assert any('/1366x768/1: Muted "An over-long' in line for line in failures), lines


@pytest.mark.slow
@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_every_screen_fits_portrait_at_normal_and_largest_text_and_a_laptop(qapp, media_db):  # noqa: F811
    from kiosk.selftest.run import run_self_test

    lines: list[str] = []
    largest = TEXT_SIZES[-1]
    # 1366x768 at the largest text: the high-contrast test below (every other screen) and
    # the story screens' own test.
    for sizes, scales in (([(1080, 1920)], [1.0, largest]), ([(1366, 768)], [1.0])):
        code = run_self_test(media_db, size=sizes, text_scales=scales, say=lines.append)
        assert code == 0, "\n".join(line for line in lines if line.startswith("FAIL"))


@pytest.mark.slow
@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_largest_text_in_high_contrast_fits_a_laptop_and_portrait(
    qapp,
    media_db,  # noqa: F811
    monkeypatch,
):
    """Home, search, error, film, PDF, fund and link pages, attract, neutral, idle warning,
    PIN pad and admin panel at the largest text size in high contrast (the story page and
    its content note are checked at this size by their own test)."""
    from kiosk.selftest import run

    story_screens = {"story", "map", "content-note"}
    monkeypatch.setattr(run, "SCREENS", [s for s in run.SCREENS if s.name not in story_screens])
    lines: list[str] = []
    code = run.run_self_test(
        media_db,
        size=[(1366, 768), (1080, 1920)],
        text_scales=[TEXT_SIZES[-1]],
        contrasts=[True],
        say=lines.append,
    )
    assert code == 0, "\n".join(line for line in lines if line.startswith("FAIL"))
    assert any("screens visited" in line for line in lines)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_content_cut_across_a_scroll_direction_is_caught(qtbot):
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    area = QScrollArea(host)
    area.setProperty("scrolls", "horizontal")
    area.setWidgetResizable(True)
    inner = QWidget()
    inner.setMinimumHeight(80)  # a row of chips taller than its 50 px strip
    area.setWidget(inner)
    QVBoxLayout(host).addWidget(area)
    area.setFixedHeight(50)
    host.resize(400, 200)
    host.show()
    qtbot.waitExposed(host)
    assert any(p.startswith("QScrollArea: content 80 px high") for p in _problems(host))
    inner.setMinimumHeight(0)
    qtbot.wait(10)
    assert _problems(host) == []


@pytest.mark.slow
@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_story_and_content_note_fit_laptops_at_the_largest_text(qapp):
    """The story page (with its map) and the content note: the shortest pages there are.

    The bundled stories: a sensitive one with a content note, countries, related help."""
    from kiosk.selftest.run import SCREENS, run_self_test

    screens = [screen for screen in SCREENS if screen.name in ("story", "map", "content-note")]
    lines: list[str] = []
    sizes = [(1366, 768), (1280, 800)]
    code = run_self_test(
        None, screens=screens, size=sizes, text_scales=[TEXT_SIZES[-1]], say=lines.append
    )
    assert code == 0, "\n".join(line for line in lines if line.startswith("FAIL"))
    assert not any(line.startswith("skip content-note") for line in lines), lines
