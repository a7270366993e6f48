"""The frozen build (dist/kiosk) carries the world map: it places every story's country.

Run after packaging/build.sh with `pytest tests/e2e -k frozen` (as .ci/run does). The
self-test of the frozen build (packaging/smoke_test.sh) also opens a story's map in
every language and checks the highlight pixel ("map" screen).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "kiosk"


@pytest.mark.frozen
def test_the_frozen_build_loads_the_world_map(tmp_path):
    bundled = list(DIST.rglob("world-110m.json"))
    assert bundled, f"resources/maps is not in {DIST} (packaging/kiosk.spec datas)"
    data = json.loads(bundled[0].read_text(encoding="utf-8"))
    assert len([c for c in data["countries"] if c["iso"]]) > 170
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KIOSK_RESOURCES", None)
    # `content check` places every story's country on the bundled map: it fails (exit 1,
    # "... the map can place") for each of them when the map cannot be read.
    result = subprocess.run(
        [str(DIST / "kiosk"), "content", "check"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "map can place" not in result.stdout + result.stderr
