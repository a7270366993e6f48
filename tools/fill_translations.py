"""Fill unfinished messages of the .ts files from a TOML table of translations.

    python tools/fill_translations.py translations.toml

The TOML file maps a context and a source text to one translation per language:

    [DesktopMenu."&File"]
    fr = "&Fichier"
    ar = "&ملف"

A message with plural forms (`%n`, tr(text, "", n)) takes a list, one string per plural
form of the language (fr, es: 2; ru: 3; ar: 6; zh: 1):

    [PinPad."PIN: %n digit(s) entered"]
    en = ["PIN: %n digit entered", "PIN: %n digits entered"]
    fr = ["PIN : %n chiffre saisi", "PIN : %n chiffres saisis"]

Only messages still marked unfinished are filled (and marked finished); run
tools/update_translations.py first to extract new strings and afterwards to compile.
"""

from __future__ import annotations

import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.i18n import TRANSLATIONS_DIR, UI_LANGUAGES  # noqa: E402


def fill(table: dict[str, dict[str, dict[str, str]]], ts: Path, lang: str) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        texts = table.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            translation = message.find("translation")
            wanted = texts.get(message.findtext("source", ""), {}).get(lang)
            if translation is None or wanted is None:
                continue
            if translation.get("type") == "unfinished":
                if isinstance(wanted, list):  # plural forms
                    for form in list(translation):
                        translation.remove(form)
                    for text in wanted:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = wanted
                del translation.attrib["type"]
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    table = tomllib.loads(Path(argv[0]).read_text(encoding="utf-8"))
    for lang in UI_LANGUAGES:
        ts = TRANSLATIONS_DIR / f"kiosk_{lang}.ts"
        # English is the source language: its .ts holds only plural forms (en = [...]).
        print(f"{ts.name}: {fill(table, ts, lang)} filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
