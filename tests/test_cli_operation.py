"""`kiosk config show`, `kiosk admin set-pin`, `kiosk stats export`: output and exit codes."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from kiosk.cli.commands import main
from kiosk.core.admin_pin import verify_pin
from kiosk.core.analytics import UsageCounts
from kiosk.core.config import load_settings


@pytest.fixture(autouse=True)
def user_dirs(tmp_path, monkeypatch):
    """Per-user folders inside tmp_path, so no test touches the real ones."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


def test_config_show_defaults(capsys, tmp_path):
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert 'mode = "desktop"' in out
    assert "idle_timeout_s = 60" in out
    assert "admin_pin_hash = (not set" in out
    assert str(tmp_path / "config" / "awareness-kiosk" / "settings.toml") in out


def test_config_show_reports_each_problem_and_exits_1(capsys, tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('mode = "kiosk"\nidle_timeout_s = -1\ndefault_language = "xx"\n')
    assert main(["--config", str(path), "config", "show"]) == 1
    captured = capsys.readouterr()
    assert 'mode = "kiosk"' in captured.out and "idle_timeout_s = 60" in captured.out
    assert captured.err.count("warning:") == 2
    # --config is accepted after the command too
    assert main(["config", "show", "--config", str(path)]) == 1


def test_set_pin_from_stdin_writes_a_hash(capsys, monkeypatch, tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('mode = "kiosk"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("4826\n"))
    assert main(["--config", str(path), "admin", "set-pin", "--pin-stdin"]) == 0
    settings, warnings = load_settings(path)
    assert warnings == [] and settings.mode == "kiosk"
    assert verify_pin("4826", settings.admin_pin_hash)
    assert "4826" not in path.read_text()
    assert main(["--config", str(path), "config", "show"]) == 0
    assert "admin_pin_hash = (set)" in capsys.readouterr().out


def test_set_pin_refuses_a_bad_pin(capsys, monkeypatch, tmp_path):
    path = tmp_path / "s.toml"
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["--config", str(path), "admin", "set-pin", "--pin-stdin"]) == 1
    assert "digits" in capsys.readouterr().err
    assert not path.exists()


def test_set_pin_without_a_terminal_is_a_usage_error(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["admin", "set-pin"]) == 2
    assert "--pin-stdin" in capsys.readouterr().err


def test_set_pin_typed_twice(capsys, monkeypatch, tmp_path):
    path = tmp_path / "s.toml"
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    answers = iter(["2468", "2469"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["--config", str(path), "admin", "set-pin"]) == 1
    assert "differ" in capsys.readouterr().err
    answers = iter(["2468", "2468"])
    assert main(["--config", str(path), "admin", "set-pin"]) == 0
    assert verify_pin("2468", load_settings(path)[0].admin_pin_hash)


def test_stats_export(capsys, tmp_path):
    out = tmp_path / "counts.csv"
    assert main(["stats", "export", "-o", str(out)]) == 0  # a new kiosk: header only
    assert "no usage counts yet" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").splitlines() == ["kiosk_id,hour,event,item,lang,count"]
    assert not (tmp_path / "data" / "awareness-kiosk" / "usage.db").exists()  # not created
    counts = UsageCounts(tmp_path / "data" / "awareness-kiosk" / "usage.db")
    counts.count("story_view", "s1", "fr")
    counts.count("story_view", "s1", "fr")
    counts.close()
    assert main(["stats", "export", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "kiosk_id,hour,event,item,lang,count"
    assert lines[1].endswith(",story_view,s1,fr,2") and len(lines) == 2


def test_stats_export_uses_the_configured_data_dir(capsys, tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('data_dir = "elsewhere"\n')
    counts = UsageCounts(tmp_path / "elsewhere" / "usage.db")
    counts.count("quick_exit")
    counts.close()
    assert main(["--config", str(path), "stats", "export", "-o", str(tmp_path / "x.csv")]) == 0


def test_missing_output_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "export"])
    assert exit_info.value.code == 2


def test_set_pin_changes_only_the_pin_line_of_a_commented_file(monkeypatch, tmp_path):
    path = tmp_path / "s.toml"
    before = (
        "# Hall 2 kiosk: ask Maria before changing anything\n"
        'mode = "kiosk"  # touch only\n'
        'admin_pin_hash = ""\n'
        "\n"
        "# keys of the regional office\n"
        'trusted_keys = ["k"]\n'
        'watch_folder = "/media/usb"\n'
    )
    path.write_text(before, encoding="utf-8")
    path.chmod(0o640)
    monkeypatch.setattr("sys.stdin", io.StringIO("4826\n"))
    assert main(["--config", str(path), "admin", "set-pin", "--pin-stdin"]) == 0
    after = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = before.splitlines(keepends=True)
    assert after[:2] == lines[:2] and after[3:] == lines[3:]  # byte for byte
    assert after[2].startswith('admin_pin_hash = "scrypt$')
    assert path.stat().st_mode & 0o777 == 0o640
    assert verify_pin("4826", load_settings(path)[0].admin_pin_hash)


def test_set_pin_refuses_a_settings_file_with_a_toml_mistake(capsys, monkeypatch, tmp_path):
    path = tmp_path / "s.toml"
    broken = (
        'mode = "kiosk"\ntrusted_keys = ["k"]\nwatch_folder = "/media/usb"\nhigh_contrast = True\n'
    )
    path.write_text(broken, encoding="utf-8")
    path.chmod(0o644)
    monkeypatch.setattr("sys.stdin", io.StringIO("4826\n"))
    assert main(["--config", str(path), "admin", "set-pin", "--pin-stdin"]) == 1
    err = capsys.readouterr().err
    assert "line 4" in err and "not valid TOML" in err and "nothing was changed" in err
    assert path.read_text(encoding="utf-8") == broken
    assert path.stat().st_mode & 0o777 == 0o644


def test_config_show_prints_each_warning_once(tmp_path):
    """A real process: the command's own logging must not repeat the warnings."""
    path = tmp_path / "s.toml"
    path.write_text("idle_timeout = 30\nmode = 3\n", encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(path), "config", "show"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 2, done.stderr
    assert "did you mean 'idle_timeout_s'?" in lines[0]
    assert all(line.startswith("warning: ") for line in lines)


def test_the_app_start_parses_its_options_without_every_command_parser():
    """`kiosk` alone builds one help line per command; the help reads the same."""
    from contextlib import redirect_stdout

    from kiosk.cli.commands import COMMAND_WORDS, build_parser

    full, light = build_parser(full=True), build_parser(full=False)
    assert set(full._subparsers._group_actions[0].choices) == COMMAND_WORDS
    texts = []
    for parser in (full, light):
        out = io.StringIO()
        with redirect_stdout(out):
            parser.print_help()
        texts.append(out.getvalue())
    assert texts[0] == texts[1]
    args = light.parse_args(["--db", "x.db", "--lang", "fr", "--mode", "kiosk", "--log-state"])
    assert (args.command, str(args.db), args.lang, args.mode, args.log_state) == (
        None, "x.db", "fr", "kiosk", True
    )  # fmt: skip
    assert "speech-host" not in texts[0]  # the read-aloud helper is not for people
    assert "SUPPRESS" not in texts[0]


def test_the_app_start_imports_no_command_module_and_tells_mistakes_as_before(capsys):
    """`kiosk` with its own options only: no command's module is imported (the kiosk's
    start); a mistyped word or value gets the same usage and message as the parser of
    every command."""
    from kiosk.cli.commands import build_parser, parse_arguments

    code = (
        "import sys; from kiosk.cli.commands import parse_arguments; "
        "w = ['--db', 'x.db', '--mode', 'kiosk', '--log-state']; "
        "a = parse_arguments(w, w, command=False); "
        "print(a.command, a.db, a.mode, a.log_state, "
        "sorted(m for m in sys.modules if m.startswith('kiosk.cli')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split(" ", 4) == [
        "None", "x.db", "kiosk", "True", "['kiosk.cli', 'kiosk.cli.commands']\n"
    ]  # fmt: skip
    for words in (["bogus"], ["--mode", "x"], ["--lang"], ["--db", "a.db", "extra"]):
        told = []
        for parse in (
            lambda w=words: parse_arguments(w, w, command=False),
            lambda w=words: build_parser(full=True).parse_args(w),
        ):
            with pytest.raises(SystemExit) as exit_:
                parse()
            told.append((exit_.value.code, capsys.readouterr().err))
        assert told[0] == told[1], words
        assert told[0][0] == 2 and "usage: kiosk" in told[0][1] and "COMMAND" in told[0][1]


@pytest.mark.parametrize(
    ("words", "read_plainly"),
    [
        ([], True),
        (["--db", "x.db"], True),
        (["--db=x.db", "--mode", "kiosk", "--log-state"], True),
        (["--lang", "fr", "--config", "c.toml", "--lang", "ar", "--mode=workshop"], True),
        (["--db="], True),
        (["--mode", "x"], False),
        (["--db"], False),
        (["--lo"], False),  # argparse's abbreviation of --log-state
        (["--db", "-x"], False),
        (["--log-state=1"], False),
        (["--", "--db", "x"], False),
        (["x.db"], False),
    ],
)
def test_the_kiosks_own_options_read_without_argparse_as_argparse_reads_them(words, read_plainly):
    """The start reads plain options itself (argparse's first parse costs ~3 ms), the
    same as argparse reads them; any other command line is argparse's to read."""
    from kiosk.cli.commands import _plain_app_options, app_parser

    plain = _plain_app_options(words)
    assert (plain is not None) == read_plainly
    if read_plainly:
        assert plain == app_parser().parse_args(words)


def test_every_one_of_the_kiosks_own_options_is_declared_once_and_read_plainly():
    """APP_OPTIONS is the one declaration: argparse's parser has exactly its options, and
    the start's plain reader reads each of them (an option it could not read would send
    every start through argparse, ~3 ms)."""
    from kiosk.cli.commands import APP_OPTIONS, _plain_app_options, app_parser

    parser = app_parser()
    flags = {flag for action in parser._actions for flag in action.option_strings}
    assert flags - {"-h", "--help"} == {flag for flag, _ in APP_OPTIONS}
    for flag, keywords in APP_OPTIONS:
        words = [flag] if keywords.get("action") == "store_true" else [flag, "kiosk"]
        assert _plain_app_options(words) == parser.parse_args(words), flag


def test_an_option_the_plain_reader_does_not_know_goes_to_argparse(monkeypatch):
    """A new option of another kind (a default, nargs, another action) is argparse's to
    read, whole command line and all: nothing is read half as argparse would."""
    from kiosk.cli import commands

    declared = commands.APP_OPTIONS
    for extra in ({"default": "x"}, {"nargs": 2}, {"action": "count"}):
        monkeypatch.setattr(commands, "APP_OPTIONS", (*declared, ("--new", extra)))
        assert commands._plain_app_options(["--db", "x.db"]) is None, extra
        assert commands.parse_arguments(["--db", "x.db"], ["--db", "x.db"], command=False).new == (
            commands.app_parser().parse_args([]).new
        )
