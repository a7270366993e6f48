"""The Qt-free layers (content, analytics, config, admin PIN) must not import PySide6."""

from __future__ import annotations

import subprocess
import sys

import pytest

QT_FREE = [
    "kiosk.content.store",
    "kiosk.content.build",
    "kiosk.analytics",
    "kiosk.config",
    "kiosk.admin_pin",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_imports_no_pyside6(module):
    code = (
        f"import sys, {module}\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"{module} imported {result.stdout.strip()}"
