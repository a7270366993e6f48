"""In CI nothing skips silently: a skip counts as a failure unless it is for another platform."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SKIPPING = """
import pytest

def test_needs_a_tool():
    pytest.skip("some-tool not installed")

@pytest.mark.skipif(True, reason="other platform: Windows only")
def test_for_windows():
    pass
"""


def _run(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess:
    test = tmp_path / "test_skipping.py"
    test.write_text(SKIPPING, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-q", "-rA", str(test)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_outside_ci_a_missing_tool_is_a_skip(tmp_path):
    done = _run(tmp_path, ci=False)
    assert done.returncode == 0, done.stdout
    assert "2 skipped" in done.stdout


def test_in_ci_a_missing_tool_is_a_failure_but_another_platform_is_not(tmp_path):
    done = _run(tmp_path, ci=True)
    assert done.returncode == 1, done.stdout
    assert "1 failed, 1 skipped" in done.stdout
    assert "skipped in CI" in done.stdout and "some-tool not installed" in done.stdout


def test_tools_are_found_beside_this_python_without_path(monkeypatch):
    from tools.update_translations import find_tool

    monkeypatch.setenv("PATH", "/nonexistent")
    found = find_tool("pyside6-lrelease")
    assert found is not None and Path(found).parent == Path(sys.executable).parent
