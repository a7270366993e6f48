"""The Qt binding itself must be safe to run for days (checked, not assumed)."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage, QPainter, QPen
obj = QObject()
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
before = sys.getrefcount(None)
for _ in range(2000):
    obj.setObjectName("x")
    painter.setPen(QPen(QColor("red")))
    painter.fillRect(0, 0, 2, 2, QColor("blue"))
after = sys.getrefcount(None)
painter.end()
print(before - after)
"""


def test_qt_calls_do_not_leak_references_to_none():
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per void call, then aborts."""
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    lost = int(out.stdout.strip())  # references to None lost over 6000 calls
    assert lost < 100
