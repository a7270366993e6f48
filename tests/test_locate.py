"""The resource locator finds bundled files from a checkout and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core import locate

ROOT = Path(__file__).resolve().parents[1]


def test_checkout_finds_resources_beside_the_package():
    assert locate.resources_root() == ROOT / "resources"
    assert locate.bundled_database().is_file()
    assert (locate.content_sources() / "languages.toml").is_file()


@pytest.mark.slow
def test_installed_wheel_finds_its_own_bundled_files(tmp_path):
    """`pip install .` (not editable): resources travel inside the package as kiosk/bundled."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", venv], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", str(ROOT)],
        check=True,
        cwd=tmp_path,
    )
    code = (
        "import kiosk.core.locate as l; from kiosk.content.store import ContentStore; "
        "print(l.resources_root()); print(ContentStore(l.bundled_database()).story_count())"
    )
    out = subprocess.run(
        [python, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.split()
    assert out[0] == str(
        venv
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "site-packages"
        / "kiosk"
        / "bundled"
    )
    assert int(out[1]) > 0
