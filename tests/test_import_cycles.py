"""No import circle among the package's modules: a circle held together by import order
breaks as soon as someone imports the modules the other way round.

Imports inside functions count too: a lazy import hides a circle at start-up, but the two
modules still need each other (as `report_documents` and `joint_report` did before the
document shape moved to `report_shapes`).
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"


def _module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    modules = {_module_name(p, package): p for p in package.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                deps |= {f"{node.module}.{a.name}" for a in node.names} | {node.module}
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names}
        graph[name] = {d for d in deps if d in modules and d != name}
    return graph


def _circle(graph: dict[str, set[str]]) -> list[str] | None:
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as circle:
        return circle.args[1]
    return None


def test_no_import_circle():
    graph = _graph()
    assert "desktop_app.services.reversals" in graph
    circle = _circle(graph)
    assert circle is None, f"import circle: {' -> '.join(circle)}"


def test_the_check_sees_a_circle_through_a_lazy_import(tmp_path):
    services = tmp_path / "desktop_app" / "services"
    services.mkdir(parents=True)
    (services / "__init__.py").write_text("")
    (services / "a.py").write_text("from desktop_app.services import b\n")
    (services / "b.py").write_text("def f():\n    from desktop_app.services.a import g\n")
    (services / "c.py").write_text("from desktop_app.services import a\n")
    circle = _circle(_graph(tmp_path / "desktop_app"))
    assert circle is not None
    assert set(circle) == {"desktop_app.services.a", "desktop_app.services.b"}
