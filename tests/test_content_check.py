"""`kiosk content check`: every problem is reported as path:line: message, all at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli.commands import main
from kiosk.content.sources import read_tree


def errors(src: Path) -> list[str]:
    _, log = read_tree(src)
    return [str(p) for p in log.errors]


def test_sample_tree_is_clean(sample_src, capsys):
    assert errors(sample_src) == []
    assert main(["content", "check", str(sample_src)]) == 0
    assert "3 stories, 2 resources" in capsys.readouterr().out


def test_toml_syntax_error_names_file_and_line(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/story.toml"
    path.write_text('date = 2011-09-09\ntags = ["children"\n', encoding="utf-8")
    [problem] = errors(sample_src)
    assert problem.startswith(f"{path}:2: TOML syntax error")


def test_missing_date(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/story.toml"
    path.write_text('country = "MX"\n', encoding="utf-8")
    assert any(p.startswith(f"{path}: 'date' is missing") for p in errors(sample_src))


def test_invalid_date_points_at_its_line(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/story.toml"
    path.write_text('tags = ["children"]\ndate = "9 September 2011"\n', encoding="utf-8")
    assert f"{path}:2: 'date' must be a TOML date like 2012-07-09 (no quotes)" in errors(sample_src)


def test_language_file_not_in_languages_toml(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/de.md"
    path.write_text("# Querétaro\n\nText.\n", encoding="utf-8")
    assert f"{path}: language 'de' is not listed in languages.toml" in errors(sample_src)


def test_text_without_title_line(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/en.md"
    path.write_text("\n\nQuerétaro without a title\n", encoding="utf-8")
    [problem] = errors(sample_src)
    assert problem.startswith(f"{path}:3: the first line must be the title")


def test_file_not_utf8_names_line(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/en.md"
    path.write_bytes("# Title\n\nQuer\u00e9taro\n".encode("latin-1"))
    [problem] = errors(sample_src)
    assert problem.startswith(f"{path}:3: not valid UTF-8")


def test_missing_media_file(sample_src):
    path = sample_src / "resources/first-aid-kit/resource.toml"
    text = path.read_text(encoding="utf-8").replace("kit/kit.fr.pdf", "kit/missing.fr.pdf")
    path.write_text(text, encoding="utf-8")
    [problem] = errors(sample_src)
    assert problem.startswith(f"{path}:7: fr: file not found: kit/missing.fr.pdf")


def test_missing_story_image(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/story.toml"
    path.write_text('date = 2011-09-09\nimage = "cover.jpg"\n', encoding="utf-8")
    [problem] = errors(sample_src)
    assert problem.startswith(f"{path}:2: image: file not found: cover.jpg")


def test_story_without_any_text(sample_src):
    folder = sample_src / "stories/2011-09-09-queretaro"
    (folder / "en.md").unlink()
    assert (
        f"{folder}: the story has no text file: add at least one <lang>.md, e.g. en.md"
        in errors(sample_src)
    )


def test_unknown_resource_kind(sample_src):
    path = sample_src / "resources/trust-fund/resource.toml"
    text = path.read_text(encoding="utf-8").replace('kind = "fund"', 'kind = "poster"')
    path.write_text(text, encoding="utf-8")
    assert any(
        p.startswith(f"{path}:1: unknown resource kind 'poster'") for p in errors(sample_src)
    )


def test_unknown_key_is_a_warning_only(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/story.toml"
    path.write_text('date = 2011-09-09\nauthor = "X"\n', encoding="utf-8")
    _, log = read_tree(sample_src)
    assert log.errors == []
    assert [str(p) for p in log.problems] == [f"{path}:2: warning: unknown key 'author' ignored"]


def test_every_problem_is_listed_and_exit_code_is_1(sample_src, capsys):
    (sample_src / "stories/2011-09-09-queretaro/story.toml").write_text("country = 1\n")
    (sample_src / "stories/2012-03-30-osce-review/fr.md").write_text("no title\n")
    (sample_src / "resources/trust-fund/resource.toml").write_text('kind = "x"\nurl = "y"\n')
    assert main(["content", "check", str(sample_src)]) == 1
    err = capsys.readouterr().err
    assert "2011-09-09-queretaro/story.toml: 'date' is missing" in err
    assert "2011-09-09-queretaro/story.toml:1: 'country' must be text" in err
    assert "2012-03-30-osce-review/fr.md:1: the first line must be the title" in err
    assert "trust-fund/resource.toml:1: unknown resource kind 'x'" in err
    assert "trust-fund/resource.toml:2: 'url' must be an address" in err


@pytest.mark.parametrize("argv", [["content"], ["content", "build"], ["--mode", "bogus"]])
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_bundled_content_is_valid():
    from kiosk.core import locate

    tree, log = read_tree(locate.content_sources())
    assert log.errors == []
    assert len(tree.stories) >= 30
    assert {"first-aid-kit", "affected-for-life", "trust-fund"} <= {r.id for r in tree.resources}


def test_seed_index_targets_must_exist(sample_src):
    path = sample_src / "seed-index.toml"
    path.write_text(
        '[[item]]\ntreatment = "story"\ntarget = "2011-09-09-queretaro"\n\n'
        '[[item]]  # second\ntreatment = "story"\ntarget = "gone"\n\n'
        '[[item]]\ntreatment = "omitted"\n',
        encoding="utf-8",
    )
    assert errors(sample_src) == [
        f"{path}:5: story 'gone' does not exist",
        f"{path}:9: an omitted item needs a 'reason'",
    ]


#: The seed file the first content came from, kept in the repository (resources/seed/) but
#: outside the content folder, so that it is not part of the content's hash.
SEED_NAME = "seed/000_f8129b5ee182f77e.txt"


def test_every_seed_item_is_accounted_for():
    import datetime as dt
    import re
    import tomllib

    from kiosk.core import locate

    seed = (locate.resources_root() / SEED_NAME).read_text("utf-8")
    bullets = re.findall(r"^\s*•\s*(\d\d)/(\d\d)/(\d{4})", seed, re.M)
    seed_dates = [dt.date(int(y), int(m), int(d)) for d, m, y in bullets]
    index = tomllib.loads((locate.content_sources() / "seed-index.toml").read_text("utf-8"))
    assert len(seed_dates) == 50
    assert [item["seed_date"] for item in index["item"]] == seed_dates


def test_unknown_country_code_is_an_error_naming_file_and_line(sample_src, capsys):
    path = sample_src / "stories/2012-07-04-cambodia/story.toml"
    text = path.read_text(encoding="utf-8").replace('country = "KH"', 'country = "QQ"')
    path.write_text(text, encoding="utf-8")
    assert main(["content", "check", str(sample_src)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2: country 'QQ' is not an ISO 3166-1 alpha-2 code the map can place" in err


def test_an_english_country_name_gets_its_code_suggested(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/story.toml"
    path.write_text('date = 2011-09-09\ncountry = "Mexico"\n', encoding="utf-8")
    assert errors(sample_src) == [
        f"{path}:2: country 'Mexico' is not an ISO 3166-1 alpha-2 code the map can place:"
        ' write country = "MX"'
    ]


def test_a_resource_without_sources_is_a_warning(sample_src):
    path = sample_src / "resources/trust-fund/resource.toml"
    path.write_text('kind = "fund"\n', encoding="utf-8")
    _, log = read_tree(sample_src)
    warnings = [str(p) for p in log.problems if p not in log.errors]
    assert any(w.startswith(f"{path}: warning: no [[sources]]") for w in warnings)
    assert log.errors == []


def test_sources_need_a_title_and_a_date(sample_src):
    path = sample_src / "resources/trust-fund/resource.toml"
    path.write_text(
        'kind = "fund"\n\n[[sources]]\ntitle = "A news item"\ndate = "July 2012"\n',
        encoding="utf-8",
    )
    assert errors(sample_src) == [f"{path}:3: source 1: 'date' must be a TOML date like 2011-10-18"]


def test_content_note_id_must_be_known(sample_src):
    path = sample_src / "stories/2011-09-09-queretaro/story.toml"
    path.write_text('date = 2011-09-09\ncontent_note = "nope"\n', encoding="utf-8")
    [problem] = errors(sample_src)
    assert problem.startswith(f"{path}:2: content_note 'nope' is not in labels.toml [notes]")


def test_a_sensitive_story_without_its_own_note_is_a_warning(sample_src):
    path = sample_src / "stories/2012-07-04-cambodia/story.toml"
    text = path.read_text(encoding="utf-8").replace('content_note = "children-exploited"\n', "")
    path.write_text(text, encoding="utf-8")
    _, log = read_tree(sample_src)
    assert any(
        str(p).startswith(f"{path}:5: warning: a sensitive story should have a content_note")
        for p in log.problems
    )


def test_every_bundled_resource_has_sources_and_no_unsourced_address():
    from kiosk.core import locate

    tree, log = read_tree(locate.content_sources(), locate.media_root())
    assert log.errors == []
    for resource in tree.resources:
        assert resource.sources, resource.id
        assert resource.url is None, f"{resource.id}: no source gives its address"
    warnings = [str(p) for p in log.problems]
    assert not any("no [[sources]]" in w or "content_note" in w for w in warnings), warnings
