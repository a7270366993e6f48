"""PyInstaller runtime hook: PySide6's enum classes made by kiosk/core/quick_enums.py from the start.

PyInstaller's own PySide6 runtime hook (pyi_rth_pyside6, run after the spec's runtime_hooks)
imports PySide6.QtCore, which makes 22 enum classes at its import (QLocale's Language,
Script and Country among them), before the kiosk's main() installs quick_enums. Installed
here first, they are made by it too, as from source. It changes nothing on a Python that
quick_enums does not support.
"""

from kiosk.core.quick_enums import install

install()
