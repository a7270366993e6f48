"""PyInstaller runtime hook: tell QtPy (under qtawesome) which binding to use.

Only PySide6 is bundled; without this QtPy would first try to import PyQt5, PySide2 and PyQt6.
"""

import os

os.environ.setdefault("QT_API", "pyside6")
