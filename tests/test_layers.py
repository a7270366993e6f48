"""Layer rules: the Qt-free folders (kiosk/core, content, packs, cli) never import Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The Qt-free layers, by folder (ruff's banned-api rule in pyproject.toml covers the same).
QT_FREE_FOLDERS = ("core", "content", "packs", "cli")


def _modules(folder: str) -> list[str]:
    base = ROOT / "kiosk" / folder
    return sorted(
        ".".join(("kiosk", *path.relative_to(ROOT / "kiosk").with_suffix("").parts))
        for path in base.rglob("*.py")
        if path.name != "__init__.py"
    )


#: Qt-free modules outside those folders.
QT_FREE_MODULES = ["kiosk.studio.profile"]
QT_FREE = [module for folder in QT_FREE_FOLDERS for module in _modules(folder)] + QT_FREE_MODULES


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_no_pyside6(module):
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_runtime_store_does_not_import_sqlite_utils():
    code = "import sys, kiosk.content.store; print('sqlite_utils' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_package_is_listed_for_the_wheel():
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "kiosk").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
