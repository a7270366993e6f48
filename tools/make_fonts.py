"""Build the bundled fonts in resources/fonts/ from the Debian Noto font packages.

The kiosk must render every UI language (en, fr, es, ru, ar, zh) on a machine
with no system fonts at all, so it bundles OFL fonts and loads them with
QFontDatabase.addApplicationFont. This script makes those files reproducibly.

Requirements (development machine only; the app itself needs none of this):

    apt-get install fonts-noto-core fonts-noto-cjk
    pip install fonttools            # or: pip install -e .[dev]

Usage:

    python tools/make_fonts.py                 # writes resources/fonts/
    python tools/make_fonts.py --out DIR       # writes elsewhere
    python tools/make_fonts.py --extra-chars-from FILE ...
                                               # also keep every CJK character found in FILE(s)

What it writes:

    NotoSans-Regular.ttf, NotoSans-Bold.ttf            copied from fonts-noto-core
        (Latin, Cyrillic, Greek; static faces)
    NotoSansArabic-Regular.ttf, NotoSansArabic-Bold.ttf copied from fonts-noto-core
        (UI Arabic; static faces; pair with Noto Sans for Latin punctuation)
    NotoSansSC-Regular.otf, NotoSansSC-Bold.otf         subset of the "Noto Sans CJK SC"
        face of NotoSansCJK-{Regular,Bold}.ttc (fonts-noto-cjk): all of GB2312
        (6,763 hanzi + its symbols), CJK punctuation, full-width forms, Basic Latin,
        Latin-1 and general punctuation. Static faces (never the variable font,
        which registers a "Thin" face and renders grey). The family name stays
        "Noto Sans CJK SC", so Qt registers that family.
    OFL.txt                                             SIL Open Font License 1.1, taken from
        the Debian copyright file of fonts-noto-cjk, with the copyright notices.

resources/fonts/README.md is written by hand (it lists the same facts); this
script prints the facts it needs (versions, family names, sizes) at the end.
The output depends only on the Debian package versions and fontTools' version.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

REPO = Path(__file__).resolve().parent.parent
NOTO_TTF = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
CJK_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")

COPIED = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
]
CJK_FACE = "Noto Sans CJK SC"
CJK_SOURCES = {
    "NotoSansSC-Regular.otf": NOTO_CJK / "NotoSansCJK-Regular.ttc",
    "NotoSansSC-Bold.otf": NOTO_CJK / "NotoSansCJK-Bold.ttc",
}

# Unicode blocks kept in the Chinese subset, besides GB2312.
EXTRA_RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement (·, ×, ÷, é ...)
    (0x2000, 0x206F),  # General Punctuation (“ ” ‘ ’ — … ‰)
    (0x2100, 0x214F),  # Letterlike symbols (℃, №)
    (0x2190, 0x21FF),  # Arrows
    (0x2460, 0x24FF),  # Enclosed alphanumerics (① ...)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation (、。《》「」【】〜)
    (0x3200, 0x32FF),  # Enclosed CJK letters (㈠ ...)
    (0xFE10, 0xFE1F),  # Vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (，！？：；（）)
]


def gb2312_characters() -> set[int]:
    """Every character of GB2312 (rows 0xA1-0xF7, cells 0xA1-0xFE), decoded by Python."""
    chars: set[int] = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                ch = bytes([row, cell]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.add(ord(ch))
    return chars


def is_cjk(cp: int) -> bool:
    return (
        0x3000 <= cp <= 0x303F
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    )


def wanted_codepoints(extra_files: list[Path]) -> set[int]:
    cps = gb2312_characters()
    for lo, hi in EXTRA_RANGES:
        cps.update(range(lo, hi + 1))
    for path in extra_files:
        cps.update(ord(c) for c in path.read_text(encoding="utf-8") if is_cjk(ord(c)))
    return cps


def cjk_face_index(ttc: Path, family: str) -> int:
    """Index of the face whose family name (name ID 1) is `family` in a collection."""
    collection = TTCollection(str(ttc), lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == family:
            return index
    raise SystemExit(f"{ttc}: no face with family {family!r}")


def make_cjk_subset(ttc: Path, out: Path, codepoints: set[int]) -> None:
    index = cjk_face_index(ttc, CJK_FACE)
    font = TTFont(str(ttc), fontNumber=index, lazy=False, recalcTimestamp=False)
    options = subset.Options()
    # fontTools' default features (kern, palt, halt, liga, ccmp ...) minus 'locl':
    # in this face 'locl' maps to the Japanese, Korean and Traditional Chinese glyph
    # variants, which would add ~6,000 glyphs (3.5 MB instead of 2 MB) that a
    # Simplified Chinese kiosk never shows.
    options.layout_features = [f for f in options.layout_features if f != "locl"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = True
    options.drop_tables += ["VORG", "vhea", "vmtx"]  # no vertical text in the kiosk
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    # Say in the font itself that this is a modified (subset) version.
    name = font["name"]
    unique = name.getDebugName(3) or ""
    name.removeNames(nameID=3)
    name.setName(f"{unique};subset-GB2312", 3, 3, 1, 0x409)
    name.setName(
        "Subset of Noto Sans CJK SC (fonts-noto-cjk) made by tools/make_fonts.py: "
        "GB2312, CJK punctuation, full-width forms, Basic Latin.",
        10,
        3,
        1,
        0x409,
    )
    font.save(str(out))


def ofl_text() -> str:
    """The OFL 1.1 text from the Debian copyright file, with the fonts' copyright lines."""
    lines = CJK_COPYRIGHT.read_text(encoding="utf-8").splitlines()
    # The standalone licence paragraph (not the "License:" line of a Files stanza).
    start = next(
        i + 1
        for i, line in enumerate(lines)
        if line == "License: SIL-1.1" and lines[i + 1].startswith(" ")
    )
    body: list[str] = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        text = line[1:]
        body.append("" if text == "." else text)
    header = [
        "Noto Sans, Noto Sans Arabic: Copyright 2010-2020 Google Inc. / Google LLC",
        "  (Debian package fonts-noto-core; https://github.com/notofonts).",
        "Noto Sans CJK SC: Copyright 2014-2021 Adobe (http://www.adobe.com/),",
        "  with Reserved Font Name 'Source' (Debian package fonts-noto-cjk;",
        "  https://github.com/googlefonts/noto-cjk).",
        "",
        "These fonts are licensed under the SIL Open Font License, Version 1.1.",
        "NotoSansSC-*.otf are subsets (Modified Versions) made by tools/make_fonts.py.",
        "",
    ]
    return "\n".join(header + body).rstrip() + "\n"


def deb_version(package: str) -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            check=True,
            capture_output=True,
            text=True,
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "fonts")
    parser.add_argument("--extra-chars-from", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    for name in COPIED:
        shutil.copyfile(NOTO_TTF / name, out / name)

    codepoints = wanted_codepoints(args.extra_chars_from)
    for name, ttc in CJK_SOURCES.items():
        make_cjk_subset(ttc, out / name, codepoints)

    (out / "OFL.txt").write_text(ofl_text(), encoding="utf-8")

    print(
        f"fonts-noto-core {deb_version('fonts-noto-core')}, "
        f"fonts-noto-cjk {deb_version('fonts-noto-cjk')}"
    )
    for name in COPIED + list(CJK_SOURCES):
        path = out / name
        font = TTFont(str(path), lazy=True)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        print(
            f"{name:30} {path.stat().st_size:>9,} B  family={font['name'].getDebugName(1)!r}"
            f" style={font['name'].getDebugName(2)!r} chars={len(font.getBestCmap())}"
            f" {font['name'].getDebugName(5)}  sha256={digest}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
