"""PySide6's `__feature__` import hook, spared from reading the kiosk's own source files.

PySide6 replaces Python's `__import__` (shibokensupport/feature.py). The first time a
module name is imported after PySide6 has loaded, `feature_imported` records whether
that module "uses PySide" by reading its whole source with `inspect.getsource` and
searching it for the word "PySide6": ~0.2 ms a module, about 120 modules (ours and the
standard library's) before the kiosk's first frame. The answer only matters to modules
that select features (`from __feature__ import snake_case, true_property`); the kiosk
selects none.

`skip_source_reads()` answers without reading for modules whose answer is known:

- the kiosk's own modules: "uses PySide6, selects no feature" (PySide6's 0), what a
  module that imports PySide6 and selects nothing gets from PySide6 itself;
- the standard library's: "does not use PySide6" (PySide6's -1), what reading would
  say (no standard module mentions PySide6: tests/test_pyside_hook.py checks).

Every other module (third-party libraries) is read as before. If PySide6's internals
change (no `shibokensupport.feature` module, no `_mod_uses_pyside` function, no
`pyside_feature_dict`), it changes nothing and returns False; the test fails so that we
look again. A frozen build has no sources: there PySide6 reads nothing anyway.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# The top-level package whose modules are known not to select PySide6 features.
OWN_PACKAGE = __name__.partition(".")[0]
_MARK = "_kiosk_skips_source_reads"


def skip_source_reads() -> bool:
    """Load PySide6's import hook (`import shiboken6`) and make it read no source for
    the kiosk's and the standard library's modules. True if done (or already done)."""
    import shiboken6  # noqa: F401 (installs the hook; PySide6 imports it first anyway)

    feature = sys.modules.get("shibokensupport.feature")
    read_source = getattr(feature, "_mod_uses_pyside", None)
    if not callable(read_source) or not isinstance(
        getattr(feature, "pyside_feature_dict", None), dict
    ):
        return False
    if getattr(read_source, _MARK, False):
        return True
    feature._mod_uses_pyside = _answer_known(read_source)
    return True


def _answer_known(read_source: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    stdlib = sys.stdlib_module_names

    def mod_uses_pyside(module: ModuleType) -> bool:
        top = str(getattr(module, "__name__", "")).partition(".")[0]
        if top == OWN_PACKAGE:
            return True
        if top in stdlib:
            return False
        return read_source(module)

    setattr(mod_uses_pyside, _MARK, True)
    mod_uses_pyside.read_source = read_source  # PySide6's own, for the test
    return mod_uses_pyside
