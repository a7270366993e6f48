"""The `kiosk` command line (also `python -m kiosk`).

Exit codes: 0 ok, 1 invalid input (with a clear message), 2 usage error.
Heavy modules (Qt, sqlite-utils) are imported only by the commands that need them.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from pathlib import Path

from kiosk.core.config import MODES

# The commands whose parsers and code are modules of their own: imported when one of them
# runs or `kiosk --help` lists them, never for the kiosk's own start.
COMMAND_MODULES = {
    "config": "kiosk.cli.operation_commands",
    "admin": "kiosk.cli.operation_commands",
    "stats": "kiosk.cli.operation_commands",
    "pack": "kiosk.cli.pack_commands",
}
# Every command's first word (a test checks that the parser has no other).
COMMAND_WORDS = frozenset({"content", "studio", "self-test", "speech-host", *COMMAND_MODULES})
HELP_WORDS = frozenset({"-h", "--help"})

# The commands that run Qt (None: the kiosk itself).
QT_COMMANDS = frozenset({None, "studio", "self-test", "speech-host"})


class _Absorb:
    """Stands in for a command's parser that is not built: every call does nothing."""

    def __getattr__(self, _name):
        return lambda *args, **kwargs: self


class _OneLinePerCommand:
    """Stands in for the subparsers when no command is given (the app's own start): each
    command is its line of `kiosk --help`, its own options and actions are not built."""

    def __init__(self, commands: argparse._SubParsersAction):
        self.commands = commands

    def add_parser(self, name: str, **kwargs) -> _Absorb:
        self.commands.add_parser(name, help=kwargs.get("help"))
        return _Absorb()


# The kiosk's own options, declared once: app_parser() gives them to argparse, and the
# start reads them without argparse (_plain_app_options) when they are written plainly.
# Each is its flag and its add_argument keywords; the plain reader knows `store_true`
# switches and options that take one value (with `type` and `choices`); an option of
# any other kind is left to argparse.
APP_OPTIONS: tuple[tuple[str, dict], ...] = (
    ("--mode", {"choices": MODES, "help": "how the window behaves (default: desktop)"}),
    ("--lang", {"metavar": "CODE", "help": "interface language, e.g. fr"}),
    ("--db", {"metavar": "PATH", "type": Path, "help": "content database to show"}),
    ("--config", {"metavar": "PATH", "type": Path, "help": "settings file (TOML)"}),
    (
        "--log-state",
        {"action": "store_true", "help": "print one JSON line per visible state change"},
    ),
)
# add_argument keywords the plain reader reads as argparse does.
_PLAIN_KEYWORDS = frozenset({"help", "metavar", "type", "choices"})


def app_parser() -> argparse.ArgumentParser:
    """The kiosk's own options, without the commands."""
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Offline awareness kiosk about human trafficking."
    )
    for flag, keywords in APP_OPTIONS:
        parser.add_argument(flag, **keywords)
    parser.set_defaults(command=None)
    return parser


def build_parser(full: bool = True) -> argparse.ArgumentParser:
    """The command line; with `full` False, commands are names and help lines only."""
    from kiosk.cli import operation_commands, pack_commands

    parser = app_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if not full:
        commands = _OneLinePerCommand(commands)

    content = commands.add_parser("content", help="check, build and report on content sources")
    content_commands = content.add_subparsers(
        dest="content_command", metavar="ACTION", required=True
    )
    check = content_commands.add_parser("check", help="validate a content source tree")
    check.add_argument("src", nargs="?", type=Path, help="content folder (default: bundled)")
    build = content_commands.add_parser("build", help="build the content database")
    build.add_argument("src", nargs="?", type=Path, help="content folder (default: bundled)")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="DB")
    report = content_commands.add_parser("report", help="translation coverage, items x languages")
    report.add_argument("--db", dest="report_db", type=Path, metavar="DB")
    operation_commands.add_commands(commands)  # config show, admin set-pin, stats export
    pack_commands.add_commands(commands)  # pack keygen/build/verify/install/list/rollback
    studio = commands.add_parser(
        "studio", help="the content studio: edit, translate, check and publish content"
    )
    studio.add_argument(
        "src",
        nargs="?",
        type=Path,
        help="content folder (default: the last one, else a copy "
        "of the bundled content in your documents)",
    )
    self_test = commands.add_parser(
        "self-test", help="offscreen: visit every screen in every language and check it"
    )
    self_test.add_argument("--screenshots", type=Path, metavar="DIR", help="write PNGs here")
    self_test.add_argument("--db", dest="self_test_db", type=Path, metavar="DB")
    self_test.add_argument(
        "--size", type=_window_sizes, default="1920x1080", metavar="WxH[,WxH...]",
        help="window sizes (default 1920x1080; e.g. 1920x1080,1080x1920,1366x768,1280x800)",
    )  # fmt: skip
    self_test.add_argument(
        "--text-scale", type=_text_scales, default="1.0", metavar="S[,S...]",
        help="text scales (default 1.0; the text size steps are 1.0, 1.3 and 1.5)",
    )  # fmt: skip
    self_test.add_argument(
        "--soak", type=_rounds, metavar="ROUNDS",
        help="instead: an accelerated visitor session of ROUNDS rounds (carousel, languages,"
        " films, PDFs), printing the memory in use after each (kiosk/selftest/soak.py)",
    )  # fmt: skip
    self_test.add_argument(
        "--contrast", type=_contrasts, default="normal", metavar="normal|high[,...]",
        help="themes (default normal; high: the High contrast button's theme)",
    )  # fmt: skip
    self_test.add_argument("--soak-first", type=int, default=0, help=argparse.SUPPRESS)
    self_test.add_argument("--soak-no-films", action="store_true", help=argparse.SUPPRESS)
    # The kiosk's own helper for reading aloud (see kiosk/ui/read_aloud.py): not for people.
    speech = commands.add_parser("speech-host")
    _unlisted(commands, "speech-host")
    speech.add_argument("--engine", default="", help="QTextToSpeech engine (default: the system's)")
    return parser


def _unlisted(commands: argparse._SubParsersAction | _OneLinePerCommand, name: str) -> None:
    """Leave command `name` out of `kiosk --help` (argparse before Python 3.13 lists a
    command whose help is SUPPRESS as "==SUPPRESS==")."""
    if isinstance(commands, _OneLinePerCommand):
        commands = commands.commands
    commands._choices_actions = [line for line in commands._choices_actions if line.dest != name]


def _window_sizes(text: str) -> list[tuple[int, int]]:
    from kiosk.selftest.run import parse_sizes

    try:
        return parse_sizes(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _rounds(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of rounds (1 or more): {text!r}")
    return int(text)


def _text_scales(text: str) -> list[float]:
    from kiosk.selftest.run import parse_scales

    try:
        return parse_scales(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _contrasts(text: str) -> list[bool]:
    from kiosk.selftest.run import parse_contrasts

    try:
        return parse_contrasts(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: list[str] | None = None) -> int:
    from kiosk.core.failures import command_logging, run_command

    words = sys.argv[1:] if argv is None else argv
    command = any(word in COMMAND_WORDS for word in words)
    collecting = gc.isenabled()
    if not command:
        # The kiosk's start builds ~100,000 objects, none of them garbage: Python's cyclic
        # collector would walk them again and again (~10 % of the start's CPU). It is off
        # until the first frame has painted (kiosk/app.py turns it back on).
        gc.disable()
    try:
        args = parse_arguments(words, argv, command=command)
        undo = command_logging() if args.command else lambda: None  # the app logs to kiosk.log
        try:
            return run_command(
                lambda: _dispatch(args), lambda: _log_folder(args), _command_name(args)
            )
        finally:
            undo()
    finally:
        if collecting:
            gc.enable()


def parse_arguments(
    words: list[str], argv: list[str] | None, *, command: bool
) -> argparse.Namespace:
    """The parsed command line. With no command word (the kiosk itself) and its own
    options written plainly: read without argparse, no command's parser or module.
    Anything else (`kiosk --help`, a command, an abbreviation, a mistake) is argparse's:
    with no command word, the parser with one line per command (the same help and
    errors as the full one)."""
    if not command and not HELP_WORDS.intersection(words):
        plain = _plain_app_options(words)
        if plain is not None:
            return plain
    return build_parser(full=command).parse_args(argv)


def _plain_app_options(words: list[str]) -> argparse.Namespace | None:
    """`words` read as app_parser reads them, when they are only APP_OPTIONS written out
    in full with plain values (`kiosk`, `kiosk --db x.db --mode kiosk`); else None, and
    argparse reads them with its messages. (argparse's first parse costs the kiosk's start
    ~3 ms: gettext looks for translations of its messages, importing `locale`.)"""
    found: dict = {"command": None}
    readers: dict = {}
    for flag, keywords in APP_OPTIONS:
        dest = flag[2:].replace("-", "_")
        if keywords.get("action") == "store_true":
            switch = True
            keywords = {key: value for key, value in keywords.items() if key != "action"}
        elif "action" not in keywords:
            switch = False
        else:
            return None  # an option of another kind: argparse reads the command line
        if not _PLAIN_KEYWORDS.issuperset(keywords):
            return None  # (a default, a dest, nargs...): the same
        found[dest] = False if switch else None
        readers[flag] = (dest, None if switch else keywords)
    rest = iter(words)
    for word in rest:
        option, equals, value = word.partition("=")
        if option not in readers:
            return None
        dest, keywords = readers[option]
        if keywords is None:  # a switch
            if equals:
                return None
            found[dest] = True
            continue
        if not equals:
            value = next(rest, None)
            if value is None:
                return None
        if value.startswith("-"):
            return None
        try:
            found[dest] = keywords.get("type", str)(value)
        except (TypeError, ValueError, argparse.ArgumentTypeError):
            return None  # argparse tells it
        if "choices" in keywords and found[dest] not in keywords["choices"]:
            return None
    return argparse.Namespace(**found)


def _command_name(args: argparse.Namespace) -> str:
    """ "kiosk pack install", "kiosk content build", "kiosk" (the app)..."""
    words = ["kiosk"]
    if args.command:
        words.append(args.command)
        words += [value for key, value in vars(args).items() if key == f"{args.command}_command"]
    return " ".join(words)


def _log_folder(args: argparse.Namespace) -> Path:
    """Where kiosk.log is for this command's settings (asked only after a failure)."""
    from kiosk.core import config

    settings, _ = config.load_settings(getattr(args, "config", None))
    return config.data_dir(settings) / "logs"


def _dispatch(args: argparse.Namespace) -> int:
    if args.command in QT_COMMANDS:
        from kiosk.core.quick_enums import install
        from kiosk.pyside_hook import skip_source_reads

        install()  # before PySide6 loads: its enum classes made in one pass (the same classes)
        skip_source_reads()  # before PySide6 loads: it reads no source of ours at import
    if args.command == "content":
        return _content(args)
    if args.command in COMMAND_MODULES:
        return importlib.import_module(COMMAND_MODULES[args.command]).run(args)
    if args.command == "studio":
        from kiosk.studio.run import run as run_studio

        return run_studio(args)
    if args.command == "self-test" and args.soak is not None:
        from kiosk.selftest.soak import soak

        db = args.self_test_db or args.db
        return soak(db, args.soak, args.soak_first, films=not args.soak_no_films)
    if args.command == "speech-host":
        from kiosk.ui.read_aloud import run_speech_host

        return run_speech_host(args.engine)
    if args.command == "self-test":
        from kiosk.selftest.run import run_self_test

        return run_self_test(
            args.self_test_db or args.db,
            args.screenshots,
            size=args.size,
            text_scales=args.text_scale,
            contrasts=args.contrast,
        )
    return _run_app(args)


def _content(args: argparse.Namespace) -> int:
    from kiosk.core import locate

    if args.content_command == "report":
        return _content_report(args.report_db or args.db or locate.bundled_database())
    src = args.src or locate.content_sources()
    if args.content_command == "check":
        from kiosk.content.sources import read_tree

        tree, log = read_tree(src)
        for problem in sorted(log.problems, key=lambda p: (str(p.path), p.line or 0)):
            print(problem, file=sys.stderr if problem.severity == "error" else sys.stdout)
        if log.errors:
            print(f"{len(log.errors)} problem(s) in {src}", file=sys.stderr)
            return 1
        print(f"ok: {len(tree.stories)} stories, {len(tree.resources)} resources in {src}")
        return 0
    from kiosk.content.build import build_database
    from kiosk.content.problems import ContentError

    existed = args.output.exists()
    try:
        result = build_database(src, args.output)
    except ContentError as error:
        print(error, file=sys.stderr)
        outcome = f"{args.output} was not changed" if existed else "no database was written"
        print(f"{len(error.problems)} problem(s); {outcome}", file=sys.stderr)
        return 1
    print(
        f"built {result.path}: {result.stories} stories ({result.story_texts} texts), "
        f"{result.resources} resources, {result.media_files} media files, "
        f"content hash {result.content_hash[:12]}"
    )
    return 0


def _content_report(db: Path) -> int:
    from kiosk.content.report import coverage_table
    from kiosk.content.store import ContentStore, ContentStoreError

    try:
        store = ContentStore(db)
    except ContentStoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(coverage_table(store))
    store.close()
    return 0


def _run_app(args: argparse.Namespace) -> int:
    from kiosk import crash_guard
    from kiosk.app import run

    # Everything worth keeping is saved when run() returns: no slow teardown after it.
    crash_guard.exit_now(run(args))
