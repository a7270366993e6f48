"""The kiosk's own fontconfig configuration (resources/fonts/fonts.conf, Linux): the same
fonts as the system's configuration, text drawn the same, a deployment's own kept; the
bundled fonts known to fontconfig through it, not loaded file by file at every start."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core import locate
from kiosk.ui import fonts
from kiosk.ui.fonts import (
    BUNDLED_FAMILIES,
    FAMILIES,
    FONTCONFIG_NAME,
    load_fonts,
    use_own_fontconfig,
)

# In a child (fontconfig reads its configuration once per process): the application as
# the kiosk makes it, then the families Qt knows and a few lines of text drawn.
CHILD = r"""
import ctypes, json, os, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter
from kiosk.ui import fonts
from kiosk.ui.assembly import create_application
from kiosk.ui.icons import icon_font
files_loaded = []
load_fonts = fonts.load_fonts
fonts.load_fonts = lambda folder: files_loaded.append(folder) or load_fonts(folder)
app = create_application()
image = QImage(900, 260, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.white)
painter = QPainter(image)
for row, (size, bold, text) in enumerate([(11, False, "Human trafficking «Français» ¿Español?"),
        (17, True, "Русский العربية 中文 携手打击人口贩运"), (23, True, "Read the story 1 / 34")]):
    font = QFont(app.font()); font.setPointSize(size); font.setBold(bold)
    painter.setFont(font); painter.drawText(10, 50 + 70 * row, text)
glyph_font, char = icon_font().glyph("fa5s.bullhorn")
for column, pixels in enumerate((14, 18, 24, 32, 45, 57)):
    glyph_font.setPixelSize(pixels); painter.setFont(glyph_font)
    painter.drawText(500 + 65 * column, 240, char)
painter.end()
image.save(sys.argv[1])
# The configuration files fontconfig read (FcConfigFileInfoIter: 3 pointers).
fc = ctypes.CDLL("libfontconfig.so.1", mode=os.RTLD_NOLOAD | os.RTLD_LAZY)
fc.FcConfigFileInfoIterInit.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
fc.FcConfigFileInfoIterNext.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
fc.FcConfigFileInfoIterGet.argtypes = [ctypes.c_void_p, ctypes.c_void_p] + [ctypes.c_void_p] * 3
position, read = (ctypes.c_void_p * 3)(), 0
name, text, enabled = ctypes.c_char_p(), ctypes.c_char_p(), ctypes.c_int()
fc.FcConfigFileInfoIterInit(None, position)
while fc.FcConfigFileInfoIterGet(
    None, position, ctypes.byref(name), ctypes.byref(text), ctypes.byref(enabled)
):
    read += 1
    if not fc.FcConfigFileInfoIterNext(None, position):
        break
print(json.dumps({"config": os.environ.get("FONTCONFIG_FILE"),
                  "families": sorted(QFontDatabase.families()),
                  "app_font": app.font().families(), "files_loaded": bool(files_loaded),
                  "config_files_read": read}))
"""


def _start(tmp_path: Path, name: str, **env: str) -> tuple[dict, bytes]:
    environment = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    # fontconfig's cache of a folder it has not seen (a new checkout's) in the test's
    # folder, as the kiosk keeps it in its own (kiosk/app.py keep_caches_in).
    environment.update(QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"))
    environment.update(env)
    png = tmp_path / f"{name}.png"
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(png)],
        capture_output=True, text=True, env=environment, check=True, timeout=120,
    )  # fmt: skip
    return json.loads(out.stdout.splitlines()[-1]), png.read_bytes()


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="fontconfig is Qt's font database on Linux"
)
def test_the_kiosk_reads_its_own_fontconfig_and_sees_and_draws_as_with_the_systems(tmp_path):
    system_config = Path("/etc/fonts/fonts.conf")
    assert system_config.is_file(), "fontconfig's system configuration is missing"
    ours, our_text = _start(tmp_path, "ours")
    theirs, their_text = _start(tmp_path, "system", FONTCONFIG_FILE=str(system_config))
    assert ours["config"] == str(locate.bundled("fonts", FONTCONFIG_NAME))
    assert theirs["config"] == str(system_config)  # a deployment's own is kept
    assert ours["families"] == theirs["families"]  # no system font lost, none added
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"} <= set(ours["families"])
    # Ours names the bundled fonts' folder: fontconfig has them, no file is loaded at start.
    assert not ours["files_loaded"]
    assert theirs["files_loaded"]
    # Ours alone: not also fontconfig's ~40 templates, which FcInit reads for their
    # descriptions (kiosk/ui/fonts.py _read_fontconfig_now).
    assert ours["config_files_read"] == 1
    assert theirs["config_files_read"] > 1
    assert ours["app_font"] == theirs["app_font"]
    assert our_text == their_text  # antialiasing and hinting as the system's rules give


def test_the_bundled_families_are_those_of_the_bundled_files(qapp):
    folder = locate.bundled("fonts")
    assert sorted(load_fonts(folder)) == sorted(BUNDLED_FAMILIES)
    assert set(BUNDLED_FAMILIES) <= set(FAMILIES)


def test_fonts_not_in_fontconfig_are_loaded_from_their_files(qapp, monkeypatch):
    """The kiosk's configuration set, but fontconfig did not read the folder (here: it read
    another configuration first; e.g. a fontconfig too old for the folder's line)."""
    folder = locate.bundled("fonts")
    monkeypatch.setenv("FONTCONFIG_FILE", str(folder / FONTCONFIG_NAME))
    monkeypatch.setattr(fonts, "BUNDLED_FAMILIES", (*BUNDLED_FAMILIES, "Not A Font Family"))
    assert fonts.configured_families(folder) == []
    assert sorted(fonts.install_bundled_fonts(qapp, folder)) == sorted(BUNDLED_FAMILIES)


def test_only_linux_and_only_when_the_deployment_set_none(monkeypatch, tmp_path):
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
    assert not use_own_fontconfig(tmp_path)  # no fonts.conf there: the system's
    assert "FONTCONFIG_FILE" not in os.environ
    (tmp_path / FONTCONFIG_NAME).write_text("<fontconfig/>")
    monkeypatch.setattr(sys, "platform", "win32")
    assert not use_own_fontconfig(tmp_path)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("FONTCONFIG_FILE", "/etc/fonts/custom.conf")
    assert not use_own_fontconfig(tmp_path)
    assert os.environ["FONTCONFIG_FILE"] == "/etc/fonts/custom.conf"
    monkeypatch.delenv("FONTCONFIG_FILE")
    assert use_own_fontconfig(tmp_path)
    assert os.environ["FONTCONFIG_FILE"] == str(tmp_path / FONTCONFIG_NAME)


# In a child under strace: the kiosk's fontconfig configuration for a copy of the
# bundled fonts folder (`argv[1]`: a folder fontconfig has never seen), the families Qt has.
CACHE_CHILD = r"""
import json, sys
from pathlib import Path
from kiosk.ui.fonts import configured_families, use_own_fontconfig
from PySide6.QtGui import QGuiApplication
folder = Path(sys.argv[1])
assert use_own_fontconfig(folder)
app = QGuiApplication(sys.argv[:1])
print(json.dumps(configured_families(folder)))
"""
STRACE = shutil.which("strace")
SYSTEM_CACHE = "/var/cache/fontconfig"


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="fontconfig is Qt's font database on Linux"
)
@pytest.mark.skipif(STRACE is None, reason="needs strace (Debian: strace; scripts/setup.sh)")
def test_the_bundled_fonts_cache_is_kept_in_the_kiosks_cache_folder(tmp_path):
    """fontconfig writes the bundled fonts' cache where the kiosk keeps its caches
    (<data dir>/cache, XDG_CACHE_HOME), never in the system's folder: as root it wrote
    one file there for each folder of bundled fonts (each checkout, build and test copy),
    never removed. The next start reads that cache and opens none of the font files."""
    folder = tmp_path / "fonts"
    shutil.copytree(locate.bundled("fonts"), folder)
    cache = tmp_path / "data" / "cache"
    environment = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    environment.update(QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(cache))

    def start(name: str) -> list[str]:
        trace = tmp_path / f"{name}.strace"
        calls = "trace=open,openat,creat,rename,renameat,renameat2,mkdir,mkdirat"
        out = subprocess.run(
            [STRACE, "-f", "-qq", "-o", str(trace), "-e", calls, sys.executable, "-c",
             CACHE_CHILD, str(folder)],
            capture_output=True, text=True, env=environment, check=True, timeout=120,
        )  # fmt: skip
        assert sorted(json.loads(out.stdout.splitlines()[-1])) == sorted(BUNDLED_FAMILIES)
        return [line for line in trace.read_text().splitlines() if "ENOENT" not in line]

    first = start("first")
    fonts_read = [line for line in first if f'"{folder}/Noto' in line]
    assert fonts_read, "the first start did not read the font files (a cache found?)"
    system_writes = [line for line in first if SYSTEM_CACHE in line and _writes(line)]
    assert system_writes == [], "\n".join(system_writes)
    kept = sorted((cache / "fontconfig").glob("*.cache-*"))
    assert len(kept) == 1, kept  # the bundled fonts' (the system's come from its folder)
    second = start("second")
    assert [line for line in second if f'"{folder}/Noto' in line] == []
    read = [line for line in second if kept[0].name in line and "O_RDONLY" in line]
    assert read and f"{cache}/fontconfig/" in read[0]  # fontconfig writes "folder//name"
    assert [line for line in second if _writes(line) and "fontconfig" in line] == []


def _writes(line: str) -> bool:
    return any(word in line for word in ("O_WRONLY", "O_RDWR", "O_CREAT", "creat(", "rename"))
