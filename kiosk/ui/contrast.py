"""WCAG 2.1 contrast of the themes: every colour pair the style sheet and palette use.

The pairs are read from the theme itself, not from a list kept by hand: the style sheet
is generated once with a placeholder for each colour ("@text", "@surface"...), parsed,
and each rule says which colours meet:

- a rule that shows text (it sets `color` or a font, itself or through the rule it
  refines, e.g. `QPushButton:pressed` refines `QPushButton`): its text colour on its
  background, or, when it has none, on each page background (`PAGES`): 4.5:1;
- every border colour but the decorative `divider` (control outlines, the focus ring,
  filled shapes whose border is their background): on each page background, 3:1;
- the background of a rule without text (a dot, a scroll bar handle): on each page, 3:1.

`:disabled` rules are left out (WCAG exempts inactive controls). The application
palette adds its own pairs (text roles on their backgrounds; the accent and outlines
painted by hand, such as the seek bar and the carousel dots, on the page).
Run `python -m kiosk.ui.contrast` for the table of both themes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from kiosk.ui.theme import CALM, HIGH_CONTRAST, Colors, Theme

TEXT, UI = 4.5, 3.0
# What text and controls without a background of their own are drawn on.
PAGES = ("window", "surface")
# Palette role pairs: (foreground role, background role, minimum). Names of QPalette roles.
PALETTE_PAIRS = (
    ("WindowText", "Window", TEXT),
    ("Text", "Base", TEXT),
    ("ButtonText", "Button", TEXT),  # button text and the icons drawn in it
    ("HighlightedText", "Highlight", TEXT),  # checked buttons, their icons
    ("PlaceholderText", "Base", TEXT),
    ("ToolTipText", "ToolTipBase", TEXT),
    ("Link", "Base", TEXT),
    ("Text", "AlternateBase", TEXT),  # search hits marked in the snippets
    ("Highlight", "Window", UI),  # resource icons, carousel dots, seek bar (played, handle)
    ("Highlight", "Base", UI),
    ("Highlight", "AlternateBase", UI),  # the seek bar: played part on the track
    ("Mid", "Window", UI),  # the seek bar's track outline
    ("Mid", "Base", UI),
)


@dataclass(frozen=True)
class Pair:
    where: str  # the selector or palette roles
    what: str  # "text", "border", "shape", "palette"
    fg: str  # colour names in Colors (or palette roles)
    bg: str
    fg_color: str
    bg_color: str
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.fg_color, self.bg_color)

    @property
    def ok(self) -> bool:
        return self.ratio >= self.minimum

    def __str__(self) -> str:
        return (
            f"{self.ratio:5.2f}:1 (>= {self.minimum:g}) {self.what:7} {self.where}:"
            f" {self.fg} {self.fg_color} on {self.bg} {self.bg_color}"
        )


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """WCAG 2.1 relative luminance of "#RRGGBB"."""
    text = color.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {color!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class _Placeholders(Theme):
    """A theme whose colours are their own names ("@text"), to see where each is used."""

    @property
    def colors(self) -> Colors:
        return Colors(**{f.name: f"@{f.name}" for f in fields(Colors)})


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_TOKEN = re.compile(r"@(\w+)")
_FONT = ("font-size", "font-weight", "font")


def style_rules(high_contrast: bool) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) of the theme's style sheet, colours as "@name"."""
    sheet = _Placeholders(high_contrast=high_contrast).stylesheet()
    rules = []
    for selectors, body in _RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        declarations = {}
        for declaration in body.split(";"):
            name, sep, value = declaration.partition(":")
            if sep:
                declarations[name.strip()] = value.strip()
        for selector in selectors.split(","):
            rules.append((" ".join(selector.split()), declarations))
    return rules


def _colour(value: str | None) -> str | None:
    found = _TOKEN.search(value or "")
    return found.group(1) if found else None


def _base(selector: str) -> str:
    """ "QPushButton:pressed" -> "QPushButton" (the rule a state refines)."""
    return re.split(r":|\[", selector, maxsplit=1)[0]


def style_pairs(high_contrast: bool, colors: Colors | None = None) -> list[Pair]:
    """Every colour pair the style sheet of that theme uses, with the minimum it needs
    (`colors`: other colours to judge in the same places, e.g. a proposed change)."""
    colors = colors or (HIGH_CONTRAST if high_contrast else CALM)
    rules = style_rules(high_contrast)
    merged: dict[str, dict[str, str]] = {}
    for selector, declarations in rules:
        merged.setdefault(selector, {}).update(declarations)
    pairs: list[Pair] = []

    def add(where, what, fg, bg, minimum):
        pair = Pair(where, what, fg, bg, getattr(colors, fg), getattr(colors, bg), minimum)
        if pair not in pairs:
            pairs.append(pair)

    for selector, own in merged.items():
        if ":disabled" in selector:
            continue
        base = merged.get(_base(selector), {}) if _base(selector) != selector else {}
        look = {**base, **own}
        background = _colour(look.get("background") or look.get("background-color"))
        backgrounds = [background] if background else list(PAGES)
        shows_text = any(key in look for key in ("color", *_FONT))
        if shows_text:
            text = _colour(look.get("color")) or "text"
            for bg in backgrounds:
                add(selector, "text", text, bg, TEXT)
        elif background and background not in PAGES:  # a page is what others are drawn on
            for page in PAGES:
                add(selector, "shape", background, page, UI)
        for key, value in own.items():
            border = _colour(value) if key.startswith("border") else None
            if border and border != "divider":
                for page in PAGES:
                    add(selector, "border", border, page, UI)
    return pairs


def palette_pairs(high_contrast: bool) -> list[Pair]:
    from PySide6.QtGui import QPalette

    palette = Theme(high_contrast=high_contrast).palette()

    def role(name: str) -> str:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole[name]).name()

    return [
        Pair("palette", "palette", fg, bg, role(fg), role(bg), minimum)
        for fg, bg, minimum in PALETTE_PAIRS
    ]


def theme_pairs(high_contrast: bool) -> list[Pair]:
    return style_pairs(high_contrast) + palette_pairs(high_contrast)


def report() -> str:
    lines = []
    for high in (False, True):
        pairs = sorted(theme_pairs(high), key=lambda p: p.ratio / p.minimum)
        name = "high contrast" if high else "normal"
        failing = [p for p in pairs if not p.ok]
        lines.append(f"== {name}: {len(pairs)} pairs, {len(failing)} below the minimum")
        lines += [("FAIL " if not p.ok else "     ") + str(p) for p in pairs]
    return "\n".join(lines)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # the style sheet measures the fonts
    print(report())
