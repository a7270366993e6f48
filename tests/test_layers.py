"""Layer rules: the content core, analytics and config never import Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

QT_FREE = [
    "kiosk.content.store",
    "kiosk.content.build",
    "kiosk.content.report",
    "kiosk.content.edit",
    "kiosk.studio.profile",
    "kiosk.cli",  # `kiosk content ...` and the other commands start without Qt
    "kiosk.analytics",
    "kiosk.config",
    "kiosk.admin_pin",
    "kiosk.subtitles",
    "kiosk.plain_markdown",
    "kiosk.durable",
    "kiosk.pack_cli",
    "kiosk.packs.active",
    "kiosk.packs.builder",
    "kiosk.packs.install",
    "kiosk.packs.installed",
    "kiosk.packs.reader",
    "kiosk.packs.watch",
    "kiosk.packs.found",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_no_pyside6(module):
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_runtime_store_does_not_import_sqlite_utils():
    code = "import sys, kiosk.content.store; print('sqlite_utils' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
