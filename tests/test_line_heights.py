"""Line heights across fallback fonts, kept from one start to the next (readable.py)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QFont

from kiosk.ui.widgets import readable


@pytest.fixture
def fresh(monkeypatch):
    """An empty process cache and no file kept, as at the start of a process."""
    monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})
    monkeypatch.setattr(readable, "_kept", readable._KeptHeights())


def _fonts() -> list[QFont]:
    fonts = []
    for points, weight in ((12.0, QFont.Weight.Normal), (18.0, QFont.Weight.Bold), (22.0, 700)):
        font = QFont()
        font.setFamilies(["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"])
        font.setPointSizeF(points)
        font.setWeight(QFont.Weight(weight))
        fonts.append(font)
    return fonts


def _measured(qapp, monkeypatch) -> list[int]:
    monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})
    monkeypatch.setattr(readable, "_kept", readable._KeptHeights())
    return [readable.line_height(font) for font in _fonts()]


def test_a_later_start_reads_the_heights_measured_before(qapp, fresh, tmp_path, monkeypatch):
    kept = tmp_path / "cache" / "line-heights.json"
    readable.keep_line_heights_in(kept)
    first = [readable.line_height(font) for font in _fonts()]
    assert json.loads(kept.read_text(encoding="utf-8"))["heights"]  # written as measured
    assert first == _measured(qapp, monkeypatch)
    # The next start: nothing measured (a font's metrics would fail here), same heights.
    monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})
    monkeypatch.setattr(readable, "_kept", readable._KeptHeights())
    readable.keep_line_heights_in(kept)

    def measuring(*args):
        raise AssertionError("measured again")

    monkeypatch.setattr(readable, "QFontMetrics", measuring)
    assert [readable.line_height(font) for font in _fonts()] == first


@pytest.mark.parametrize(
    "kept_text",
    [
        lambda key: "{not json",
        lambda key: "[]",
        # Measured with other fonts, another Qt or screen: its heights are not used.
        lambda key: json.dumps({"stamp": "qt 0.0 dpi 72.0 fonts []", "heights": {key: 999}}),
        lambda key: json.dumps({"stamp": None, "heights": "x"}),
    ],
    ids=["damaged", "not a table", "other stamp", "wrong types"],
)
def test_a_file_from_elsewhere_or_damaged_is_measured_again(
    qapp, fresh, tmp_path, monkeypatch, kept_text
):
    font = _fonts()[1]
    key = f"{font.key()}|{'|'.join(font.families())}"
    kept = tmp_path / "line-heights.json"
    kept.write_text(kept_text(key), encoding="utf-8")
    readable.keep_line_heights_in(kept)
    stamp = readable._kept.stamp
    height = readable.line_height(font)
    assert height == _measured(qapp, monkeypatch)[1] != 999
    written = json.loads(kept.read_text(encoding="utf-8"))  # replaced by what was measured
    assert written == {"stamp": stamp, "heights": {key: height}}


def test_without_a_file_nothing_is_written(qapp, fresh, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert readable.line_height(_fonts()[0]) > 0
    assert list(tmp_path.iterdir()) == []
