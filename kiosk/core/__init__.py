"""The Qt-free core: settings, usage counts, PIN hashing, subtitles, file locations, durable writes.

Nothing in kiosk/core/, kiosk/content/ or kiosk/packs/ may import PySide6 (ruff's banned-api
rule by folder, and tests/test_layers.py, check it).
"""
