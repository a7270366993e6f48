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


def test_an_icon_in_a_palette_role_follows_the_theme_when_painted(qapp):
    """Icons given a role are coloured when painted: a theme switch recolours them at once."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QPalette

    from kiosk.ui.icons import icon

    def colours(pixmap) -> set[str]:
        image = pixmap.toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        }

    role, on = QPalette.ColorRole.ButtonText, QPalette.ColorRole.HighlightedText
    play = icon("fa5s.play", color=role, color_on=on)
    saved = qapp.palette()
    try:
        for text, checked in (("#ff0000", "#00ff00"), ("#0000ff", "#ffff00")):
            palette = QPalette(saved)
            palette.setColor(role, text)
            palette.setColor(on, checked)
            qapp.setPalette(palette)
            assert colours(play.pixmap(QSize(32, 32))) == {text}
            assert colours(play.pixmap(QSize(32, 32), QIcon.Mode.Normal, QIcon.State.On)) == {
                checked
            }
    finally:
        qapp.setPalette(saved)
