"""Reading TOML content files with problems reported at a line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from kiosk.content.problems import ProblemLog
from kiosk.content.text_file import decode_utf8

_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)|\(at end of document\)")


class TomlFile:
    """A parsed TOML file that remembers its text, to point problems at a key's line."""

    def __init__(self, path: Path, data: dict, text: str):
        self.path = path
        self.data = data
        self.lines = text.splitlines()

    def line_of(self, key: str, table: str | None = None) -> int | None:
        """The line where `key = ...` is written (inside `[table]` when given)."""
        in_table = table is None
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number, line in enumerate(self.lines, start=1):
            header = re.match(r"^\s*\[+\s*([^\]]+?)\s*\]+", line)
            if header:
                in_table = table is None or header.group(1) == table
                continue
            if in_table and pattern.match(line):
                return number
        return None


def read_toml(path: Path, log: ProblemLog) -> TomlFile | None:
    """Parse a TOML file; on a syntax or encoding error log it (with its line) and return None."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        log.error(path, f"cannot read the file: {error.strerror}")
        return None
    text, line, message = decode_utf8(raw)
    if text is None:
        log.error(path, message, line)
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _AT_LINE.search(str(error))
        reason = _AT_LINE.sub("", str(error)).strip()
        line = None
        if found and found.group(1):
            line = int(found.group(1))
        elif found:  # at end of document: the last line that has anything on it
            line = len(text.rstrip().splitlines()) or 1
        log.error(path, f"TOML syntax error: {reason}", line)
        return None
    return TomlFile(path, data, text)
