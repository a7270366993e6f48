"""The Windows version resource of kiosk.exe (Properties > Details), from pyproject's version.

packaging/kiosk.spec writes it to the build folder and passes it to EXE(version=...) on
Windows. PyInstaller reads the text as a VSVersionInfo expression (the format its
grab_version tool writes). Plain Python: tests/test_packaging.py checks it on Linux.
"""

from __future__ import annotations

import re

PRODUCT = "Awareness Kiosk"
COMPANY = "The Awareness Kiosk contributors"
DESCRIPTION = "Awareness Kiosk: offline stories, guides and films about human trafficking"
COPYRIGHT = "Copyright (c) 2026 The Awareness Kiosk contributors, MIT License"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); '1.2.3rc1' -> (1, 2, 3, 0): Windows wants four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+", 1)[0])[:3]]
    if not numbers or not re.match(r"\d", version):
        raise ValueError(f"not a release version: {version!r}")
    return (*numbers, *([0] * (4 - len(numbers))))  # type: ignore[return-value]


def version_info_text(version: str) -> str:
    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": dotted,
        "InternalName": "kiosk",
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": "kiosk.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
