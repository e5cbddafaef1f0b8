"""The layers' import rules (docs/architecture.md), checked on every module's source: only
ui/ imports Qt; domain/ imports the standard library and nothing else of ours but i18n and
errors; no service imports spreadsheet/ or ui/; nothing below ui/ imports ui/; the command
line loads the GUI only inside a command.

Imports inside functions count too: a lazy import of Qt in a service would still tie the
service to the GUI.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"

# layer -> module prefixes it must never import
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "openpyxl", "desktop_app.db",
               "desktop_app.services", "desktop_app.spreadsheet", "desktop_app.ui"),
    "db": ("PySide6", "desktop_app.services", "desktop_app.spreadsheet", "desktop_app.ui"),
    "services": ("PySide6", "desktop_app.spreadsheet", "desktop_app.ui"),
    "spreadsheet": ("PySide6", "desktop_app.ui"),
}


def imports_among(nodes) -> list[tuple[int, str]]:
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import statement in the file, at any depth."""
    return imports_among(ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))))


def within(module: str, prefixes) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def offenders(paths, is_bad, imports=imported_modules) -> list[str]:
    """`file:line imports module` for every import in `paths` that `is_bad(module)`."""
    return [f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
            for path in sorted(paths) for line, module in imports(path) if is_bad(module)]


def violations(layer: str) -> list[str]:
    return offenders((PACKAGE / layer).rglob("*.py"), lambda m: within(m, FORBIDDEN[layer]))


def is_gui(module: str) -> bool:
    return within(module, ("PySide6", "desktop_app.ui"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer):
    assert violations(layer) == []


def test_only_ui_imports_qt_among_the_shared_top_level_modules():
    top_level = [p for p in PACKAGE.glob("*.py") if p.name != "__main__.py"]
    assert top_level, "the package's own modules were not found"
    assert offenders(top_level, is_gui) == []


def test_domain_imports_only_the_standard_library_and_its_own_rules():
    """Stricter than the forbidden list: a pure rule needs no third-party package at all."""
    ours = ("desktop_app.domain", "desktop_app.i18n", "desktop_app.errors")
    standard = sys.stdlib_module_names | {"__future__"}
    assert offenders((PACKAGE / "domain").rglob("*.py"), lambda m: not within(m, ours)
                     and m.split(".")[0] not in standard) == []


def module_level_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for the imports run when the module is imported (not in functions)."""
    body = ast.parse(path.read_text(encoding="utf-8"), str(path)).body
    run = (node for top in body
           if not isinstance(top, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
           for node in ast.walk(top))
    return imports_among(run)


def test_the_command_line_starts_qt_only_inside_a_command():
    """`koperasi check` never loads Qt: the cli package imports the GUI (the window, the
    screenshots, PDFs) only inside the command that needs it."""
    files = list((PACKAGE / "cli").rglob("*.py"))
    assert files, "the cli package was not found"
    assert offenders(files, is_gui, module_level_imports) == []


def test_the_gui_never_imports_the_command_line():
    ui = (PACKAGE / "ui").rglob("*.py")
    assert offenders(ui, lambda m: within(m, ("desktop_app.cli",))) == []


def test_the_checker_sees_a_forbidden_import(tmp_path, monkeypatch):
    """The rule is live: a service importing Qt is reported with its line."""
    fake = tmp_path / "desktop_app" / "services"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("def f():\n    from PySide6.QtCore import QObject\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "desktop_app")
    assert violations("services") == ["desktop_app/services/bad.py:2 imports PySide6.QtCore"]


def test_module_level_imports_leave_out_those_inside_functions(tmp_path):
    """The cli rule is live: a top-level Qt import is seen, one inside a command is not."""
    source = tmp_path / "cmd.py"
    source.write_text("import PySide6.QtGui\n\n\n"
                      "def f():\n    from PySide6.QtCore import QObject\n")
    assert module_level_imports(source) == [(1, "PySide6.QtGui")]
    assert imported_modules(source) == [(1, "PySide6.QtGui"), (5, "PySide6.QtCore")]
