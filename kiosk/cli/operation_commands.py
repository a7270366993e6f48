"""The staff commands of `kiosk`: `config show`, `admin set-pin`, `stats export` (Qt-free).

kiosk/cli/commands.py registers them with `add_commands` and hands them over with `run`.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from kiosk.core import config


def config_option(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add --config to a subcommand (used by the pack commands too)."""
    # Also accepted after the command; SUPPRESS keeps a --config given before it.
    parser.add_argument(
        "--config",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help="settings file (TOML; default: the per-user settings file)",
    )
    return parser


def add_commands(commands: argparse._SubParsersAction) -> None:
    config_parser = commands.add_parser("config", help="deployment settings")
    config_actions = config_parser.add_subparsers(
        dest="config_command", metavar="ACTION", required=True
    )
    show = config_actions.add_parser(
        "show", help="print the effective settings and any problems in the file (exit 1 if any)"
    )
    config_option(show)

    admin = commands.add_parser("admin", help="staff access to the admin panel")
    admin_actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    set_pin = admin_actions.add_parser(
        "set-pin", help="set the admin PIN (4-12 digits); stored as a salted hash"
    )
    set_pin.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from the first line of stdin"
    )
    config_option(set_pin)

    stats = commands.add_parser("stats", help="privacy-first usage counts")
    stats_actions = stats.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    export = stats_actions.add_parser("export", help="write the aggregated counts as CSV")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")
    config_option(export)


def run(args: argparse.Namespace) -> int:
    path = args.config or config.default_settings_path()
    if args.command == "config":
        return _config_show(path)
    if args.command == "admin":
        return _set_pin(path, from_stdin=args.pin_stdin)
    return _stats_export(path, args.output)


def _config_show(path: Path) -> int:
    settings, warnings = config.load_settings(path)
    state = "" if path.is_file() else "  (not found: defaults)"
    print(f"# settings file: {path}{state}")
    for key, shown in config.describe(settings):
        print(f"{key} = {shown}")
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 1 if warnings else 0


def _read_pin(from_stdin: bool) -> tuple[str, int]:
    """The PIN typed, or "" and the exit code to return."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n"), 0
    if not sys.stdin.isatty():
        print("error: no terminal to type the PIN on: use --pin-stdin", file=sys.stderr)
        return "", 2
    import getpass  # (termios): not for the kiosk's own start

    first = getpass.getpass("New admin PIN (4-12 digits): ")
    second = getpass.getpass("Type it again: ")
    if first != second:
        print("error: the two PINs differ; nothing was changed", file=sys.stderr)
        return "", 1
    return first, 0


def _set_pin(path: Path, *, from_stdin: bool) -> int:
    from kiosk.core.admin_pin import PinFormatError, hash_pin

    pin, failed = _read_pin(from_stdin)
    if failed:
        return failed
    try:
        pin_hash = hash_pin(pin)
    except PinFormatError as error:
        print(f"error: {error}; nothing was changed", file=sys.stderr)
        return 1
    try:
        config.change_settings(path, admin_pin_hash=pin_hash)  # only this key is written
    except config.SettingsFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: cannot write {path}: {error}; nothing was changed", file=sys.stderr)
        return 1
    print(f"admin PIN set in {path}")
    return 0


def _stats_export(path: Path, output: Path) -> int:
    from kiosk.core import analytics  # csv, sqlite3: only for this command

    settings, warnings = config.load_settings(path)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    db = config.data_dir(settings) / analytics.DATABASE_NAME
    counted = db.is_file()
    try:
        rows = analytics.export_csv(db, output)
    except (OSError, sqlite3.Error) as error:
        print(f"error: cannot export {db} to {output}: {error}", file=sys.stderr)
        return 1
    if not counted:
        print(f"no usage counts yet at {db}: wrote {output} with only its header row")
        return 0
    print(f"exported {rows} row(s) from {db} to {output}")
    return 0
