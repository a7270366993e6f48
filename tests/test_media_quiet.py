"""FFmpeg's own output stays out of stderr: no "Input #0" dump at every film open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PLAY = """
import sys
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
from PySide6.QtWidgets import QApplication
if sys.argv[2] == "quiet":
    from kiosk.ui.media_noise import quiet_ffmpeg
    assert quiet_ffmpeg(), "libavutil not found"
app = QApplication([])
player, sink = QMediaPlayer(), QVideoSink()
player.setVideoSink(sink)
frames = []
sink.videoFrameChanged.connect(lambda frame: frames.append(1))
player.setSource(QUrl.fromLocalFile(sys.argv[1]))
player.play()
QTimer.singleShot(1500, app.quit)
app.exec()
player.stop()
print("frames", len(frames))
"""


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["quiet", "default"])
def test_ffmpeg_prints_no_stream_dump_once_quieted(mode):
    film = next((ROOT / "resources" / "media").rglob("*.mp4"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", PLAY, str(film), mode],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert int(result.stdout.split()[-1]) > 0, "the film must have played"
    dumped = "Input #0" in result.stderr
    assert dumped == (mode == "default"), result.stderr  # the default shows what is fixed
