"""Icons come from FontAwesome 5 only: no other icon font is loaded (memory, frozen size)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase


def test_only_fontawesome_5_is_loaded(main_window):
    assert main_window.icons.is_ready
    assert not main_window.icons.icon("fa5s.first-aid").isNull()
    assert not main_window.icons.icon("fa5b.un", "#000000").isNull()
    families = " ".join(QFontDatabase.families()).lower()
    assert "font awesome 5" in families
    for other in ("material design", "phosphor", "remixicon", "codicon", "font awesome 6"):
        assert other not in families


def test_an_unknown_icon_name_in_the_content_falls_back(main_window):
    assert not main_window.icons.icon("fa5s.no-such-icon").isNull()
