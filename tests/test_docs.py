"""The map stays true: every module, file and name that docs/architecture.md cites in
backticks exists, and the README and the docs link only to files inside the repository."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = "domain|db|services|spreadsheet|ui|cli"
# `services/reversals.REVERSALS`, `db/book.py`, `ui/pages/cashbook.CashTableModel`, `ui/models/`
CITED_MODULE = re.compile(rf"({LAYERS})/([\w/]*?)(?:\.py)?(?:\.(\w+))?(?:\.\w+)*(?:\(\))?")
CITED_FILE = re.compile(r"(?:tests|resources|docs|benchmarks)/[\w./-]+")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def cited(doc: Path) -> list[str]:
    return sorted(set(re.findall(r"`([^`\s]+)`", doc.read_text(encoding="utf-8"))))


def missing_citations(doc: Path) -> list[str]:
    missing = []
    for text in cited(doc):
        if match := CITED_MODULE.fullmatch(text):
            layer, path, name = match.groups()
            if not path or path.endswith("/"):
                if not (ROOT / "desktop_app" / layer / path).is_dir():
                    missing.append(text)
                continue
            try:
                module = importlib.import_module(f"desktop_app.{layer}.{path.replace('/', '.')}")
            except ModuleNotFoundError:
                missing.append(text)
                continue
            if name and not hasattr(module, name):
                missing.append(text)
        elif CITED_FILE.fullmatch(text) and not (ROOT / text).exists():
            missing.append(text)
    return missing


def test_every_module_and_name_the_architecture_map_cites_exists():
    doc = ROOT / "docs" / "architecture.md"
    assert len(cited(doc)) > 100, "the map cites its modules in backticks"
    assert missing_citations(doc) == []


def test_a_citation_of_a_module_that_went_is_found(tmp_path):
    doc = tmp_path / "map.md"
    doc.write_text("`services/reversals.REVERSALS`, `services/gone.py`, "
                   "`domain/postings.no_such_builder`, `ui/models/`, `tests/nothing.py`")
    assert missing_citations(doc) == [
        "domain/postings.no_such_builder", "services/gone.py", "tests/nothing.py"]


def bad_links(path: Path, root: Path = ROOT) -> list[str]:
    """Links that leave the repository (another site, a file outside it) or lead nowhere."""
    bad = []
    for target in LINK.findall(path.read_text(encoding="utf-8")):
        file = target.split("#")[0]
        if not file:
            continue  # an anchor on the same page
        inside = ":" not in file and (path.parent / file).resolve().is_relative_to(root)
        if not inside or not (path.parent / file).exists():
            bad.append(target)
    return bad


@pytest.mark.parametrize("doc", ["README.md", *[f"docs/{p.name}" for p in
                                                (ROOT / "docs").glob("*.md")]])
def test_links_stay_inside_the_repository(doc):
    assert bad_links(ROOT / doc) == []


def test_a_link_outside_the_repository_is_found(tmp_path):
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "README.md").write_text("")
    (tmp_path / "DESIGN.md").write_text("")
    doc = repo / "docs" / "map.md"
    doc.write_text("[self](map.md#checklists) [up](../README.md) [design](../../DESIGN.md) "
                   "[web](https://example.org/x) [gone](nothing.md) [here](#layers)")
    assert bad_links(doc, repo) == ["../../DESIGN.md", "https://example.org/x", "nothing.md"]
