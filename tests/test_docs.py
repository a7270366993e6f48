"""docs/ stays true: every test and file it names exists, and nothing points outside the repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "docs").glob("*.md"))
TEST_REF = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")
PATH_REF = re.compile(r"`((?:kiosk|tests|tools|bench|packaging|resources|scripts|docs)/[\w./-]+)`")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_test_a_doc_names_exists(doc):
    text = doc.read_text(encoding="utf-8")
    missing = []
    for file, name in TEST_REF.findall(text):
        if not (ROOT / file).is_file():
            missing.append(file)
        elif name and name not in _test_names(ROOT / file):
            missing.append(f"{file}::{name}")
    assert not missing, missing


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_file_a_doc_names_exists(doc):
    text = doc.read_text(encoding="utf-8")
    missing = [p for p in PATH_REF.findall(text) if not (ROOT / p.rstrip("/")).exists()]
    assert not missing, missing


def test_the_architecture_and_pitfalls_docs_exist():
    assert {p.name for p in DOCS} >= {"architecture.md", "pitfalls.md"}


def test_nothing_in_the_repository_points_outside_it():
    outside = re.compile(
        r"\.\./shared|/work/shared|\b(?:ARCHITECTURE|PITFALLS|KIOSK|STYLE|VISUAL)\.md"
    )
    found = []
    for folder in ("kiosk", "tests", "tools", "bench", "packaging", "scripts", "docs", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".md", ".sh", ".spec", ".toml", ".service", ".timer"}:
                if path.name == "test_docs.py":
                    continue
                for n, line in enumerate(
                    path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
                ):
                    if outside.search(line):
                        found.append(f"{path.relative_to(ROOT)}:{n}")
    for name in ("README.md", "pyproject.toml"):
        if outside.search((ROOT / name).read_text(encoding="utf-8")):
            found.append(name)
    assert not found, found
