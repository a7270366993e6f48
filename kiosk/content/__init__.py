"""The Qt-free content core: sources -> validation -> SQLite build -> read-only store.

Nothing in this package may import PySide6 (a test and ruff's banned-api rule check it).
"""
