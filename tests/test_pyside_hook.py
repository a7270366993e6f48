"""kiosk/pyside_hook.py: PySide6's import hook reads no source file of ours (issue 17).

No timings here (bench/start.py measures the start): these tests check that the hook is
still there to be told (a PySide6 upgrade that changes it fails the first test), that
it then reads nothing of the kiosk's or the standard library's, that its answers are
the ones reading would give, and that a PySide6 without it is left alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from kiosk import pyside_hook

ROOT = Path(__file__).resolve().parents[1]

# A fresh interpreter: which modules PySide6's hook read the source of, and its answers.
_CHILD = """
import inspect, json, sys
from kiosk.pyside_hook import skip_source_reads
done = skip_source_reads()
read = []
real_getsource = inspect.getsource
def getsource(obj):
    read.append(getattr(obj, "__name__", "?"))
    return real_getsource(obj)
inspect.getsource = getsource
import kiosk.ui.theme  # the kiosk's modules and a few standard ones (dataclasses...)
from kiosk.ui.widgets import readable
import json as _json, csv
import segno  # a third-party module: read as before
feature = sys.modules["shibokensupport.feature"]
known = {name: feature.pyside_feature_dict.get(name) for name in
         ("kiosk", "kiosk.ui.widgets", "csv", "json")}
print(json.dumps({"done": done, "read": read, "known": known}))
"""


def test_pyside6s_import_hook_reads_no_source_of_the_kiosk_or_the_standard_library():
    out = subprocess.run(
        [sys.executable, "-c", _CHILD],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    # False: PySide6's shibokensupport/feature.py changed; see kiosk/pyside_hook.py.
    assert found["done"] is True
    ours = [name for name in found["read"] if name.partition(".")[0] in ("kiosk", "csv")]
    assert ours == [], f"PySide6 read the source of {ours}"
    assert "segno" in found["read"]  # the tracing works
    assert found["known"]["kiosk"] == 0  # "uses PySide6, no feature selected"
    assert found["known"]["kiosk.ui.widgets"] == 0
    assert found["known"]["csv"] == -1  # "does not use PySide6"


def test_its_answers_are_the_ones_reading_the_source_gives():
    """No standard module the tests have loaded mentions PySide6 (the hook answers "no"
    without reading); a kiosk module that imports PySide6 reads as using it."""
    import kiosk.app  # its start's modules
    import kiosk.ui.main_window  # noqa: F401

    assert pyside_hook.skip_source_reads()
    hook = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    standard = [
        module
        for name, module in list(sys.modules.items())
        if name.partition(".")[0] in sys.stdlib_module_names
        and isinstance(module, types.ModuleType)
    ]
    assert len(standard) > 100
    mentioning = [module.__name__ for module in standard if hook.read_source(module)]
    assert mentioning == []
    assert hook(sys.modules["kiosk.ui.main_window"]) is True
    assert hook.read_source(sys.modules["kiosk.ui.main_window"]) is True
    assert hook(sys.modules["json"]) is False


@pytest.mark.parametrize("missing", ["_mod_uses_pyside", "pyside_feature_dict"])
def test_a_pyside6_whose_hook_changed_is_left_alone(monkeypatch, missing):
    changed = types.ModuleType("shibokensupport.feature")
    changed._mod_uses_pyside = lambda module: False
    changed.pyside_feature_dict = {}
    delattr(changed, missing)
    kept = dict(vars(changed))
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", changed)
    assert pyside_hook.skip_source_reads() is False
    assert dict(vars(changed)) == kept


def test_told_twice_it_wraps_once():
    assert pyside_hook.skip_source_reads()
    first = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert pyside_hook.skip_source_reads()
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is first
