"""`kiosk pack keygen/build/verify/install/list/rollback` from the command line."""

from __future__ import annotations

import stat

from kiosk.cli.commands import main
from kiosk.packs.active import active_database
from tests.pack_fixtures import make_source


def config_for(tmp_path, public: str, extra: str = "") -> str:
    path = tmp_path / "settings.toml"
    path.write_text(f'trusted_keys = ["{public}"]\ndata_dir = "{tmp_path / "data"}"\n{extra}')
    return str(path)


def test_keygen_build_verify_install_list_rollback(tmp_path, capsys):
    key = tmp_path / "keys" / "publisher"
    key.parent.mkdir()
    assert main(["pack", "keygen", "-o", str(key)]) == 0
    public = capsys.readouterr().out.strip()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and len(key.read_bytes()) == 32
    assert (tmp_path / "keys" / "publisher.pub").read_text().strip() == public
    assert main(["pack", "keygen", "-o", str(key)]) == 1  # never overwrites a key
    assert "not overwriting" in capsys.readouterr().err

    src = make_source(tmp_path / "src", "Story from the command line")
    pack = tmp_path / "update.kpack"
    assert (
        main(["pack", "build", str(src), "-o", str(pack), "--key", str(key), "--version", "7"]) == 0
    )
    assert "signed" in capsys.readouterr().out
    config = config_for(tmp_path, public)

    assert main(["pack", "verify", str(pack), "--config", config]) == 0
    assert f"signed by {public}" in capsys.readouterr().out
    assert main(["pack", "install", str(pack), "--config", config]) == 0
    captured = capsys.readouterr()
    assert "installed content 7" in captured.out and "unpacking" in captured.err  # progress
    assert active_database(tmp_path / "data") is not None

    assert main(["pack", "list", "--config", config]) == 0
    listing = capsys.readouterr().out
    assert "content 7" in listing and "[active]" in listing and "bundled fallback" in listing
    assert main(["pack", "rollback", "--config", config]) == 0
    assert "the bundled content" in capsys.readouterr().out
    assert active_database(tmp_path / "data") is None
    assert main(["pack", "rollback", "--config", config]) == 1
    assert "nothing to roll back" in capsys.readouterr().err


def test_build_runs_content_check_first(tmp_path, capsys):
    src = make_source(tmp_path / "src")
    (src / "stories" / "2011-09-09-queretaro" / "story.toml").write_text("date = not-a-date\n")
    out = tmp_path / "bad.kpack"
    assert main(["pack", "build", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "story.toml:1:" in err and "no pack was written" in err
    assert not out.exists()


def test_unsigned_pack_refused_unless_the_config_allows_it(tmp_path, capsys):
    src = make_source(tmp_path / "src")
    pack = tmp_path / "unsigned.kpack"
    assert main(["pack", "build", str(src), "-o", str(pack)]) == 0
    assert "UNSIGNED" in capsys.readouterr().out
    strict = config_for(tmp_path, "")
    assert main(["pack", "verify", str(pack), "--config", strict]) == 1
    assert "unsigned pack refused" in capsys.readouterr().err
    assert main(["pack", "install", str(pack), "--config", strict]) == 1
    assert active_database(tmp_path / "data") is None
    allowing = config_for(tmp_path, "", "allow_unsigned_packs = true\n")
    assert main(["pack", "install", str(pack), "--config", allowing]) == 0
    assert active_database(tmp_path / "data") is not None
