"""Update the interface translations: kiosk/ -> .ts (pyside6-lupdate) -> .qm (pyside6-lrelease).

Run after adding or changing `self.tr("...")` strings:

    python tools/update_translations.py

New and changed messages appear in kiosk/i18n/translations/kiosk_<lang>.ts marked
unfinished; translate them (Qt Linguist or any editor), run the tool again to compile
the .qm files, and commit both. tests/test_i18n_files.py fails while any message is
unfinished or a .qm is older than its .ts. `--no-lupdate` only compiles.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.i18n import TRANSLATIONS_DIR, UI_LANGUAGES  # noqa: E402


def sources() -> list[Path]:
    """Every Python file of the app (lupdate reads tr() literals from them)."""
    return sorted(p for p in (ROOT / "kiosk").rglob("*.py") if "bundled" not in p.parts)


def find_tool(name: str) -> str | None:
    """`name` beside this Python first (the venv's bin/, even when it is not on PATH), else on PATH."""
    beside = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return shutil.which(name, path=beside)


def tool(name: str) -> str:
    found = find_tool(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (it provides {name})")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lupdate", action="store_true", help="only compile .ts -> .qm")
    args = parser.parse_args(argv)
    ts_files = [TRANSLATIONS_DIR / f"kiosk_{code}.ts" for code in UI_LANGUAGES]
    if not args.no_lupdate:
        files = [str(p.relative_to(ROOT)) for p in sources()]
        for ts in ts_files:
            code = ts.stem.split("_", 1)[1]
            # English is the source language: its .ts only holds plural forms.
            only_plurals = ["-pluralonly"] if code == "en" else []
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    "-locations",
                    "relative",  # translators see where each string is used
                    "-no-obsolete",
                    "-target-language",
                    code,
                    *only_plurals,
                    *files,
                    "-ts",
                    str(ts.relative_to(ROOT)),
                ],
                cwd=ROOT,
                check=True,
            )
    for ts in ts_files:
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    print(f"updated {len(ts_files)} translations in {TRANSLATIONS_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
