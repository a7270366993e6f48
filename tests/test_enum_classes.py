"""kiosk/core/quick_enums.py makes PySide6's enum classes exactly as the standard library does.

Every check runs in a child process (this file run as a script), so that PySide6 makes
its enum classes afresh, with or without the quicker builder:

- replay: every call PySide6 makes to the functional API (for every enum of every Qt
  module the kiosk imports) is made again twice, by the standard library and by
  quick_enums, and the two classes are compared whole: their dictionaries key by key in
  order, every member's attributes, aliases, flag masks, methods, and how they behave
  (lookups, unknown values, repr/str/format, hashing, flag operations);
- A/B: the Qt modules' own enum classes, as the kiosk sees them, described in a child with
  quick_enums and in one without, must be the same, pickling included;
- the kiosk installs it before PySide6 loads and its start makes its enum classes with it.
No timings here: bench/ measures the start.
"""

from __future__ import annotations

import enum
import json
import operator
import os
import pickle
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The Qt modules the kiosk imports.
QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtTextToSpeech",
    "QtPdf",
    "QtPdfWidgets",
)
KINDS = (enum.IntFlag, enum.Flag, enum.IntEnum, enum.Enum)  # most specific first
FLAG_OPERATIONS = (
    operator.or_,
    operator.and_,
    operator.xor,
    lambda a, b: b in a,
    lambda a, b: list(a | b),
    lambda a, b: ~(a | b),
    lambda a, b: a | b._value_,
    lambda a, b: b._value_ & a,
    lambda a, b: (a | b) == (b | a),
)


def _child(*args: str, env: dict | None = None) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", **(env or {})),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.splitlines()[-1])


def _builder_used_here() -> bool:
    from kiosk.core import quick_enums

    return quick_enums._checked_code() is not None


BUILDER_USED = _builder_used_here()


def test_the_builder_is_used_on_the_enum_modules_it_was_checked_against():
    """quick_enums is written for the enum modules of Python 3.11.7 and Debian 12's 3.11.2
    (its CHECKED fingerprints); on another it changes nothing, and this fails there, so that
    an enum module never looked at is looked at (add it to CHECKED only after this file
    passes on it)."""
    from kiosk.core import quick_enums

    found = _child("install")
    # Against an enum module none of the checked ones: nothing changed.
    assert found["elsewhere"] == {"installed": False, "replaced": False, "own __init__": False}
    mark = quick_enums.fingerprint()
    assert mark in quick_enums.CHECKED, f"an enum module never looked at: {sys.version}, {mark}"
    assert found["installed"] and found["replaced"]


def test_every_pyside6_enum_class_is_built_exactly_as_the_standard_library_builds_it():
    found = _child("replay")
    assert found["calls"] > 700, found  # every enum of the kiosk's Qt modules was replayed
    if BUILDER_USED:  # ... nearly all by the quick builder
        assert found["quick"] >= found["calls"] - 5, found
    else:  # ... all by the standard library (the builder is not used on this Python)
        assert found["quick"] == 0, found
    assert found["differences"] == [], found["differences"][:20]


def test_the_kiosk_sees_the_same_qt_enums_with_and_without_it():
    plain = _child("describe")
    quick = _child("describe", "--quick")
    assert plain["quick"] == 0
    assert quick["quick"] > 700 if BUILDER_USED else quick["quick"] == 0
    assert len(plain["enums"]) > 700
    assert quick["enums"].keys() == plain["enums"].keys()
    differing = [name for name in plain["enums"] if quick["enums"][name] != plain["enums"][name]]
    assert differing == [], differing[:20]


def test_the_kiosk_installs_it_before_pyside6_and_its_start_uses_it(tmp_path):
    found = _child(
        "start",
        env={
            "KIOSK_BENCH_FIRST_FRAME": "1",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
        },
    )
    assert found["pyside_before"] == [], found
    quick, passed_on = found["counts"]
    if BUILDER_USED:
        assert quick > 150 and passed_on <= 2, found  # ~200 classes before the first frame
    else:
        assert quick == 0, found


def test_the_frozen_build_s_runtime_hook_installs_it_before_pyside6_loads():
    """packaging/rthook_quick_enums.py: PyInstaller's PySide6 hook imports PySide6.QtCore
    (22 enum classes) before the kiosk's main() runs."""
    code = (
        "import runpy, sys; runpy.run_path(sys.argv[1]); import PySide6.QtCore;"
        "from kiosk.core import quick_enums; print(quick_enums.counts()[0])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "packaging" / "rthook_quick_enums.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        check=True,
    )
    assert int(done.stdout) >= 20 if BUILDER_USED else int(done.stdout) == 0


@pytest.mark.frozen  # `pytest -m frozen` after packaging/build.sh
def test_the_frozen_bundle_runs_the_hook_before_pyinstaller_s_pyside6_hook():
    bundle = ROOT / "dist" / "kiosk"
    executable = (bundle / "kiosk").read_bytes()  # its archive's table: scripts in run order
    ours, theirs = executable.find(b"rthook_quick_enums\0"), executable.find(b"pyi_rth_pyside6\0")
    assert 0 <= ours < theirs, (ours, theirs)
    from kiosk.core.quick_enums import SUPPORTED

    pythons = [f"python{major}.{minor}" for major, minor in SUPPORTED]
    assert any((bundle / "_internal" / name).is_dir() for name in pythons)


def test_other_calls_go_to_the_standard_library_unchanged():
    found = _child("others")
    assert found["differences"] == [], found
    assert found["quick"] == 0, found


# ----------------------------------------------------------------------------------------
# The child's side.


def _walk_qt_enums() -> dict[str, type]:
    """Every enum class of the kiosk's Qt modules (making them all), by qualified name."""
    import importlib

    found: dict[str, type] = {}
    seen: set[int] = set()

    def visit(owner) -> None:
        for name in dir(owner):
            try:
                value = getattr(owner, name)
            except Exception:
                continue
            if isinstance(value, enum.EnumType):
                if value.__module__.startswith("PySide6."):
                    found.setdefault(f"{value.__module__}.{value.__qualname__}", value)
            elif (
                isinstance(value, type)
                and str(getattr(value, "__module__", "")).startswith("PySide6.")
                and id(value) not in seen
            ):
                seen.add(id(value))
                visit(value)

    for module in QT_MODULES:
        visit(importlib.import_module(f"PySide6.{module}"))
    return found


def _kind(cls) -> str:
    return next(kind.__name__ for kind in KINDS if issubclass(cls, kind))


def _outcome(call, *args) -> str:
    try:
        return "= " + repr(call(*args))
    except Exception as error:
        return f"! {type(error).__name__}: {error}"


def _unknown_values(cls) -> list[int]:
    values = [member._value_ for member in cls.__members__.values()]
    top = max((value for value in values if isinstance(value, int)), default=0)
    unknown = [top + 1, top + 1000, -7, 1 << 40]
    if issubclass(cls, enum.Flag):
        unknown += [cls._all_bits_ + 1 if hasattr(cls, "_all_bits_") else 3]
    return [value for value in unknown if value not in values]


def _behaviour(cls, pickled: bool) -> dict:
    """How `cls` and its members behave, as plain data."""
    members = list(cls.__members__.items())
    shown = {}
    for name, member in members:
        value = member._value_
        facts = [
            member._name_,
            repr(value),
            repr(member),
            str(member),
            format(member),
            f"{member:>12}",
            hash(member) == hash(value) if isinstance(member, int) else hash(member) != 0,
            member == value,
            _outcome(lambda value=value: cls(value)),
            _outcome(lambda name=name: cls[name]),
            member in cls,
        ]
        if pickled:
            facts.append(_outcome(lambda member=member: pickle.loads(pickle.dumps(member))))
        shown[name] = facts
    behaviour = {
        "kind": _kind(cls),
        "type": type(cls).__name__,
        "name": cls.__name__,
        "bases": [base.__name__ for base in cls.__bases__],
        "mro": [base.__qualname__ for base in cls.__mro__],
        "members": shown,
        "member_names": list(cls._member_names_),
        "iterated": [member._name_ for member in cls],
        "length": len(cls),
        "unknown": {str(value): _outcome(lambda v=value: cls(v)) for value in _unknown_values(cls)},
        "dir": dir(cls),
        "repr": repr(cls),
        "doc": cls.__doc__,
    }
    for sunder in ("_boundary_", "_flag_mask_", "_singles_mask_", "_all_bits_", "_inverted_"):
        behaviour[sunder] = repr(getattr(cls, sunder, "absent"))
    if issubclass(cls, enum.Flag):
        canonical = [cls[name] for name, _ in members][:6]
        operations = []
        for a in canonical:
            operations.append(_outcome(lambda a=a: ~a))
            operations.append(_outcome(lambda a=a: list(a)))
            operations.append(_outcome(lambda a=a: len(a)))
            operations.append(_outcome(lambda a=a: bool(a)))
            for b in canonical:
                for op in FLAG_OPERATIONS:
                    operations.append(_outcome(op, a, b))
        behaviour["operations"] = operations
    return behaviour


def _structure(cls) -> dict:
    """The class's dictionary, key by key in order, and each member's own attributes."""

    def shown(value):
        if isinstance(value, cls):
            return f"member {value._name_} {value.__dict__ | {'__objclass__': 'the class'}}"
        if isinstance(value, list):
            return [shown(item) for item in value]
        if isinstance(value, dict):
            return [(repr(key), type(key).__name__, shown(item)) for key, item in value.items()]
        if isinstance(value, types.DynamicClassAttribute):  # enum.property: one per class
            parts = (value.fget, value.fset, value.fdel, getattr(value, "name", None))
            return f"{type(value).__name__} {parts} {shown(getattr(value, 'member', None))}"
        return f"{type(value).__name__} {value!r}"

    return {
        "keys": list(cls.__dict__),
        "values": {key: shown(value) for key, value in cls.__dict__.items() if key != "__dict__"},
        "objclass": [member.__objclass__ is cls for member in cls.__members__.values()],
        "metaclass": type(cls).__name__,
        "module": cls.__module__,
        "qualname": cls.__qualname__,
    }


def _replay() -> dict:
    """Record PySide6's calls, then make each class again both ways and compare."""
    from kiosk.core import quick_enums

    calls = []
    original = enum.EnumType._create_

    def record(cls, class_name, names, **options):
        calls.append((cls, class_name, list(names), options))
        return original(cls, class_name, names, **options)

    enum.EnumType._create_ = record
    try:
        _walk_qt_enums()
    finally:
        enum.EnumType._create_ = original
    if not quick_enums.install():  # not on this Python: the standard library's classes
        return {"calls": len(calls), "quick": 0, "differences": []}
    differences = []
    for cls, class_name, names, options in calls:
        options = dict(options, module="PySide6.replayed")
        plain = original(cls, class_name, list(names), **options)
        quick = cls._create_(class_name, list(names), **options)
        if quick is plain or type(quick) is not type(plain):
            differences.append(f"{class_name}: not two classes of one kind")
            continue
        for what in (_structure, lambda c: _behaviour(c, pickled=False)):
            a, b = what(plain), what(quick)
            if a != b:
                keys = [key for key in a if a[key] != b.get(key)]
                differences.append(f"{class_name}: {keys}")
                break
        else:
            try:
                enum._test_simple_enum(plain, quick)
            except TypeError as error:
                differences.append(f"{class_name}: _test_simple_enum: {error}")
    return {"calls": len(calls), "quick": quick_enums.counts()[0], "differences": differences}


def _describe(quick: bool) -> dict:
    from kiosk.core import quick_enums

    if quick:
        quick_enums.install()  # on another Python, nothing (the test checks the count)
    found = _walk_qt_enums()
    enums = {}
    for name, cls in found.items():
        enums[name] = _behaviour(cls, pickled=True) | {
            "dict": list(cls.__dict__),
            "module": cls.__module__,
            "qualname": cls.__qualname__,
        }
    return {"enums": enums, "quick": quick_enums.counts()[0]}


def _others() -> dict:
    """Calls quick_enums leaves to the standard library: the same results as without it."""
    from kiosk.core import quick_enums

    cases = [
        ("Enum", "A B C", {}),
        ("IntEnum", ["A", "B"], {"start": 5}),
        ("Flag", {"A": 1, "B": 2}, {}),
        ("Enum", [("_sunder_", 1)], {}),
        ("Enum", [("A", 1), ("A", 2)], {}),
        ("Enum", [("value", 1)], {}),
        ("IntEnum", [("real", 1)], {}),
        ("Enum", [("A", 1.5)], {}),
        ("Enum", [("A", True)], {}),
        ("Flag", [("A", -1), ("B", 1)], {}),
        ("Enum", [["A", 1]], {}),
        ("Enum", (("A", 1),), {"type": int}),
        ("StrEnum", [("A", "a")], {}),
        ("Enum", [("mro", 1)], {}),
    ]

    def made(quick_path: bool) -> list:
        if quick_path:
            quick_enums.install()
        else:
            quick_enums.uninstall()
        out = []
        for base, names, options in cases:
            result = _outcome(lambda b=base, n=names, o=options: getattr(enum, b)("X", n, **o))
            if result.startswith("= "):
                cls = getattr(enum, base)("X", names, **options)
                result = [_structure(cls), _behaviour(cls, pickled=False)]
            out.append(json.loads(json.dumps(result, default=repr)))
        return out

    plain = made(False)
    before = quick_enums.counts()[0]
    quick = made(True)
    differences = [str(case) for case, a, b in zip(cases, plain, quick, strict=True) if a != b]
    # A call with no module to find (no caller's globals): unpicklable, both ways.
    nameless = eval("lambda: enum.Enum('Y', [('A', 1)])", {"enum": enum})
    made_quick = nameless()
    quick_enums.uninstall()
    made_plain = nameless()
    if (made_quick.__module__, "__reduce_ex__" in made_quick.__dict__) != (
        made_plain.__module__,
        "__reduce_ex__" in made_plain.__dict__,
    ):
        differences.append(f"nameless: {made_quick.__module__} / {made_plain.__module__}")
    return {"differences": differences, "quick": quick_enums.counts()[0] - before}


def _start() -> None:
    """Run the kiosk to its first frame; report what quick_enums did."""
    import builtins
    import runpy

    from kiosk.core import quick_enums

    before = []
    install = quick_enums.install

    def watched_install():
        before.extend(name for name in sys.modules if name.startswith(("PySide6", "shiboken")))
        return install()

    quick_enums.install = watched_install
    real_print = builtins.print

    def watch(*args, **kwargs):
        if args and str(args[0]).startswith("FIRST_FRAME"):
            found = {"pyside_before": before, "counts": quick_enums.counts()}
            real_print(json.dumps(found), flush=True)
            os._exit(0)
        real_print(*args, **kwargs)

    builtins.print = watch
    sys.argv = ["kiosk", "--db", str(ROOT / "resources" / "content.db")]
    runpy.run_module("kiosk", run_name="__main__")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    command = sys.argv[1]
    if command == "install":
        from kiosk.core import quick_enums

        standard = enum.EnumType._create_
        checked = quick_enums.CHECKED
        quick_enums.CHECKED = {}
        elsewhere = {
            "installed": quick_enums.install(),
            "replaced": enum.EnumType._create_ is not standard,
        }
        quick_enums.CHECKED = checked
        # A base whose members' __init__ is not Enum.__init__ (which does nothing): its
        # members' __init__ would not be called, so nothing changes either.
        enum.IntEnum.__init__ = lambda self, *args: None
        elsewhere["own __init__"] = quick_enums.install()
        del enum.IntEnum.__init__
        found = {"installed": quick_enums.install(), "elsewhere": elsewhere}
        print(json.dumps(found | {"replaced": enum.EnumType._create_ is not standard}))
    elif command == "replay":
        print(json.dumps(_replay()))
    elif command == "describe":
        print(json.dumps(_describe("--quick" in sys.argv)))
    elif command == "others":
        print(json.dumps(_others()))
    elif command == "start":
        _start()
