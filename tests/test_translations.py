"""Every user-facing string has an Indonesian translation, with the same placeholders."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop_app.i18n import load_catalog

SOURCE = Path(__file__).resolve().parent.parent / "desktop_app"


def tr_literals() -> dict[str, str]:
    """Every literal passed to tr(...) in the code, with where it first appears."""
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(SOURCE)}:{node.lineno}")
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_string_has_an_indonesian_translation():
    catalog = load_catalog("id")
    missing = [f"{where}: {text!r}" for text, where in tr_literals().items() if text not in catalog]
    assert not missing, "missing Indonesian translations:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["id"])
def test_translations_keep_their_placeholders(language):
    catalog = load_catalog(language)
    wrong = [
        source for source, translation in catalog.items()
        if placeholders(source) != placeholders(translation)
    ]
    assert not wrong, f"placeholders differ in: {wrong}"


def test_catalog_files_are_well_formed():
    folder = SOURCE.parent / "resources" / "translations"
    files = list(folder.glob("*_id.ts"))
    assert files
    for ts in files:
        assert re.search(r'<TS version="2\.1" language="id_ID">', ts.read_text(encoding="utf-8"))


def test_a_source_string_reads_the_same_in_every_area():
    """The catalog merges all area files and the last one wins, so a string translated
    two ways would change wording depending on file order."""
    folder = SOURCE.parent / "resources" / "translations"
    seen: dict[str, dict[str, str]] = {}
    for ts in sorted(folder.glob("*_id.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                seen.setdefault(source, {}).setdefault(translation, ts.name)
    differing = {source: files for source, files in seen.items() if len(files) > 1}
    assert not differing, f"translated differently across files: {differing}"
