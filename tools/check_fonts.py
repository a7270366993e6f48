"""Check the bundled fonts in resources/fonts/ with Qt itself (no system fonts).

Usage:

    python tools/check_fonts.py [--png /tmp/fonts-check.png]

Runs offscreen with QT_QPA_FONTDIR pointing at an empty folder, so only the
fonts this script registers can be used. For each bundled file it checks that
QFontDatabase.addApplicationFont accepts it and which family Qt registers; it
checks with QRawFont.supportsCharacter and QFontMetrics.inFontUcs4 that a sample
sentence of every UI language (and all of GB2312 for Chinese) is covered, then
draws one line per language into a PNG to look at (Arabic must be joined and
right-to-left, Chinese without boxes). Exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"

# language -> (family to use, sample text)
SAMPLES = {
    "en": ("Noto Sans", "Human trafficking: know the signs, get help."),
    "fr": ("Noto Sans", "Traite des êtres humains — « Où ? Ça, là ! »"),
    "es": ("Noto Sans", "Trata de personas: ¿señales? ¡Pida ayuda! (ñ, ü)"),
    "ru": ("Noto Sans", "Торговля людьми — ёлка, «Щит»"),
    "ar": ("Noto Sans Arabic", "الاتجار بالبشر"),
    "zh": ("Noto Sans CJK SC", "贩运人口问题：识别迹象，寻求帮助。"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, default=Path("/tmp/fonts-check.png"))
    args = parser.parse_args(argv)

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Hide every system font: an empty font folder for Qt's own database and a
    # fontconfig configuration that lists no font folder (Linux uses fontconfig).
    from make_demo_media import hide_system_fonts  # tools/ is on sys.path: run as a script

    hide_system_fonts()

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontDatabase,
        QFontMetrics,
        QGuiApplication,
        QImage,
        QPainter,
        QRawFont,
        QTextOption,
    )

    app = QGuiApplication([])  # noqa: F841  (must exist)
    failures: list[str] = []
    # fontconfig always reports its generic aliases, which have no font behind them.
    aliases = {"Monospace", "Sans Serif", "Serif"}
    system = [f for f in QFontDatabase.families() if f not in aliases]
    print("system families before loading:", system)
    if system:
        failures.append(f"system fonts visible: {system}")

    for path in sorted(FONTS.glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        styles = [QFontDatabase.styles(f) for f in families]
        print(f"{path.name:28} id={font_id} families={families} styles={styles}")
        if font_id < 0 or not families:
            failures.append(f"{path.name}: not loaded")

    for lang, (family, text) in SAMPLES.items():
        for bold in (False, True):
            font = QFont(family, 20)
            font.setBold(bold)
            raw = QRawFont.fromFont(font)
            metrics = QFontMetrics(font)
            letters = [c for c in text if not c.isspace()]
            missing_raw = [c for c in letters if not raw.supportsCharacter(ord(c))]
            missing_fm = [c for c in letters if not metrics.inFontUcs4(ord(c))]
            # Latin punctuation in Arabic text comes from Noto Sans (the fallback pair).
            ok = raw.familyName() == family and not missing_raw and not missing_fm
            print(
                f"{lang} bold={bold!s:5} raw family={raw.familyName()!r} "
                f"style={raw.styleName()!r} missing={missing_raw + missing_fm} "
                f"{'ok' if ok else 'FAIL'}"
            )
            if not ok:
                failures.append(f"{lang} bold={bold}: {missing_raw} {missing_fm}")

    # All of GB2312 in the Chinese face.
    raw = QRawFont.fromFont(QFont("Noto Sans CJK SC", 20))
    gb = []
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                gb.append(bytes([row, cell]).decode("gb2312"))
    missing = [c for c in gb if not raw.supportsCharacter(ord(c))]
    print(f"GB2312: {len(gb)} characters, {len(missing)} missing {missing[:20]}")
    if missing:
        failures.append(f"GB2312 missing {len(missing)}")

    width, line_h = 900, 44
    image = QImage(width, line_h * (2 * len(SAMPLES) + 1) + 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QColor("black"))

    def line(y: int, families: list[str], text: str, rtl: bool, bold: bool) -> None:
        font = QFont(families, 20)
        font.setBold(bold)
        painter.setFont(font)
        option = QTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        # AlignAbsolute: "right" means the right edge even in a right-to-left paragraph.
        option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.drawText(QRectF(10, y, width - 20, line_h), text, option)

    y = 10
    for lang, (family, text) in SAMPLES.items():
        for bold in (False, True):
            line(
                y,
                [family, "Noto Sans"],
                f"[{lang}] {text}" if lang != "ar" else text,
                lang == "ar",
                bold,
            )
            y += line_h
    # Arabic with Latin punctuation and digits: the pairing with Noto Sans.
    line(
        y, ["Noto Sans Arabic", "Noto Sans"], "الاتجار بالبشر (UNODC) 2024 — «مساعدة»!", True, False
    )
    painter.end()
    image.save(str(args.png))
    print("wrote", args.png)

    if failures:
        print("FAILURES:", *failures, sep="\n  ")
        return 1
    print("all font checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
