"""Make a smaller copy of Qt's ICU data library (libicudata.so.NN) for the frozen kiosk.

Qt Core links ICU, and ICU's data library is the largest file of the bundle (30.6 MB of
the 152 MB). It holds locale data for ~800 locales, ~200 legacy character-set converters,
word-break dictionaries and transliterators. The kiosk needs the locale data of its six
interface languages (en fr es ru ar zh, with their regional variants) and the
language-independent tables; Qt does not use ICU's converters (the app reads UTF-8 only),
break dictionaries (Qt breaks lines itself) or transliterators.

Steps: copy the data blob out of the library (the `icudtNN_dat` symbol), drop items with
`icupkg -r` (Debian package icu-devtools; the package format is stable across ICU
versions), and link a data-only library with the same soname and symbol (gcc). Used by
packaging/kiosk.spec; run by hand to inspect:

    python packaging/shrink_icu.py PATH/TO/libicudata.so.73 OUTDIR

Exits non-zero (and the spec falls back to the original library) when a tool is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: Interface languages: their locale data (and regional variants) is kept.
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

_LOCALE_TREES = ("coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr")
_LOCALE_ITEM = re.compile(r"^(?:(?P<tree>[a-z]+)/)?(?P<locale>[a-z]{2,3}(?:_[A-Za-z0-9]+)*)\.res$")


def items_to_remove(items: list[str]) -> list[str]:
    """The data items the kiosk does not need (item names as `icupkg -l` lists them)."""
    remove = []
    for item in items:
        tree = item.split("/", 1)[0] if "/" in item else ""
        name = item.rsplit("/", 1)[-1]
        # Legacy character-set converters, word-break dictionaries (zh/ja, th, lo, my,
        # km) and transliterators: none is used by the kiosk.
        if name.endswith((".cnv", ".dict")) or tree == "translit":
            remove.append(item)
        elif name in ("res_index.res", "pool.res", "root.res"):
            continue  # every tree's index, shared strings and root locale stay
        else:
            match = _LOCALE_ITEM.match(item)
            if not match or (tree and tree not in _LOCALE_TREES):
                continue
            locale = match["locale"]
            if not tree and "_" not in locale and len(locale) > 3:
                continue  # not a locale: metadata.res, plurals.res, ...
            if locale.split("_")[0] not in LANGUAGES:
                remove.append(item)
    return remove


def _run(*command: str, **kwargs) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def shrink(library: Path, outdir: Path) -> Path:
    for tool in ("icupkg", "objcopy", "readelf", "gcc"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} not found (Debian packages: icu-devtools binutils gcc)")
    symbols = _run("readelf", "-sW", str(library))
    match = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+(icudt\d+_dat)", symbols
    )
    if not match:
        raise RuntimeError(f"no icudtNN_dat symbol in {library}")
    size, symbol = int(match[2], 0), match[3]
    soname = re.search(r"\(SONAME\).*\[(.+)\]", _run("readelf", "-dW", str(library)))[1]
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        blob = tmpdir / f"{symbol[:-4]}l.dat"
        _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(blob))
        data = blob.read_bytes()
        if len(data) < size:
            raise RuntimeError("the data symbol is not at the start of .rodata")
        blob.write_bytes(data[:size])
        items = _run("icupkg", "-l", str(blob)).split()
        remove = items_to_remove(items)
        (tmpdir / "remove.txt").write_text("\n".join(remove) + "\n")
        # icupkg names the package (the prefix of every item) after the output file: it
        # must keep the original name (icudtNNl.dat), so it goes to another folder.
        (tmpdir / "out").mkdir()
        small = tmpdir / "out" / blob.name
        # --ignore-deps: a locale aliasing a removed one (e.g. rbnf/zh_Hant_HK -> yue), or the
        # break rules naming the removed dictionaries, fall back at run time as ICU does
        # for any missing resource.
        _run("icupkg", "--ignore-deps", "-r", str(tmpdir / "remove.txt"), str(blob), str(small))
        assembly = tmpdir / "icudata.S"
        assembly.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{small}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        output = outdir / library.name
        _run(
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{soname}",
            "-o",
            str(output),
            str(assembly),
        )
    print(
        f"shrink_icu: {library.name}: kept {len(items) - len(remove)} of {len(items)} items, "
        f"{library.stat().st_size / 1e6:.1f} MB -> {output.stat().st_size / 1e6:.1f} MB"
    )
    return output


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        shrink(Path(sys.argv[1]), Path(sys.argv[2]))
    except (RuntimeError, subprocess.CalledProcessError) as error:
        sys.exit(f"shrink_icu: {error}")
