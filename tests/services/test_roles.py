"""Every changing service checks the role itself: a hidden button is never the only guard.

The changing operations are found by reading the code: every public function of the
services (and the workbook importer) that calls `require(session, Permission.X)` for a
changing permission, directly or through one private helper of its module. Each is
called as an auditor (who may change nothing), as the kiosk (nobody logged in), and as
each role that lacks the permission it checks first; each must refuse with
PermissionDenied before anything is written.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect as inspect_db
from sqlalchemy import text

import desktop_app.services
from desktop_app.domain.roles import Permission, Role, allows
from desktop_app.errors import PermissionDenied
from desktop_app.services.context import _ACTOR_KEY, Actor, set_actor

READ_ONLY = {Permission.READ_AUDIT}
REQUIRE = re.compile(r"require\(\s*\w+\s*,\s*Permission\.(\w+)\s*\)")
EXTRA_MODULES = ("desktop_app.spreadsheet.importer",)


@dataclass(frozen=True)
class Operation:
    module: str
    name: str
    first_permission: Permission

    def __str__(self) -> str:
        return f"{self.module.rsplit('.', 1)[-1]}.{self.name}"


def _module_names() -> list[str]:
    names = [f"desktop_app.services.{m.name}"
             for m in pkgutil.iter_modules(desktop_app.services.__path__) if not m.ispkg]
    return names + [name for name in EXTRA_MODULES if importlib.util.find_spec(name)]


def changing_operations() -> list[Operation]:
    found = []
    for module_name in _module_names():
        module = importlib.import_module(module_name)
        source = Path(module.__file__).read_text(encoding="utf-8")
        functions = {
            node.name: ast.get_source_segment(source, node)
            for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)
        }
        for name, body in functions.items():
            if name.startswith("_"):
                continue
            checks = REQUIRE.findall(body)
            if not checks:  # one level of delegation to a private helper
                for helper, helper_body in functions.items():
                    if helper.startswith("_") and re.search(rf"\b{helper}\(", body):
                        checks += REQUIRE.findall(helper_body)
            permissions = [Permission[check] for check in checks]
            if permissions and permissions[0] not in READ_ONLY:
                found.append(Operation(module_name, name, permissions[0]))
    return found


OPERATIONS = changing_operations()


def row_counts(session) -> dict[str, int]:
    tables = inspect_db(session.connection()).get_table_names()
    return {t: session.scalar(text(f'SELECT COUNT(*) FROM "{t}"')) for t in tables}


def placeholder(annotation: object) -> object:
    """A harmless value of roughly the right type (the role check must refuse first)."""
    hint = str(annotation)
    for marker, value in (("Path", Path("nothing-here.xlsx")), ("date", date(2025, 6, 1)),
                          ("str", "placeholder"), ("int", 1)):
        if marker in hint:
            return value
    return None


def call_with_placeholders(session, operation: Operation):
    function = getattr(importlib.import_module(operation.module), operation.name)
    arguments = {}
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        if parameter.default is inspect.Parameter.empty and parameter.kind in (
            parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY
        ):
            arguments[parameter.name] = placeholder(parameter.annotation)
    return function(session, **arguments)


def _exists(operation: str) -> bool:
    module, name = operation.split(".")
    package = "spreadsheet" if module == "importer" else "services"
    spec = importlib.util.find_spec(f"desktop_app.{package}.{module}")
    return spec is not None and hasattr(importlib.import_module(spec.name), name)


def test_the_changing_operations_were_found():
    names = {str(op) for op in OPERATIONS}
    expected = {"ledger.post", "reversals.reverse", "settings.save_profile", "users.add_user",
                "users.reset_password", "users.deactivate", "kiosk.set_pin",
                # helpers other services and the importer call: they check for themselves too
                "imports.start_batch", "loan_history.create_loans_from_history",
                "stock.reverse_with_movements", "market_days.find_or_open"}
    optional = {"members.create_member", "savings.deposit", "savings.withdraw",
                "loans.approve", "loans.write_off", "loans.repay", "cashbook.post_cash_movement",
                "products.create_product", "importer.import_workbook", "periods.close_through"}
    present = {op for op in optional if _exists(op)}
    assert expected | present <= names


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_an_auditor_changes_nothing(session, operation):
    before = row_counts(session)
    set_actor(session, Actor("pengawas", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        call_with_placeholders(session, operation)
    assert row_counts(session) == before


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_nobody_logged_in_changes_nothing(session, operation):
    """The kiosk runs with no user: it must reach nothing that changes the books."""
    before = row_counts(session)
    session.info.pop(_ACTOR_KEY)
    with pytest.raises(PermissionDenied):
        call_with_placeholders(session, operation)
    assert row_counts(session) == before


ROLE_CASES = [
    pytest.param(op, role, id=f"{op}-{role.value}")
    for op in OPERATIONS for role in (Role.TREASURER, Role.CHAIR)
    if not allows(role, op.first_permission)
]


@pytest.mark.parametrize(("operation", "role"), ROLE_CASES)
def test_roles_without_the_permission_are_refused(session, operation, role):
    before = row_counts(session)
    set_actor(session, Actor("someone", role))
    with pytest.raises(PermissionDenied, match=f"Your role \\({role.value}\\)"):
        call_with_placeholders(session, operation)
    assert row_counts(session) == before


def test_approving_and_writing_off_loans_is_for_the_chair_only():
    by_name = {str(op): op.first_permission for op in OPERATIONS}
    for name in ("loans.approve", "loans.reject", "loans.write_off"):
        if name in by_name:
            assert by_name[name] is Permission.APPROVE
            assert not allows(Role.TREASURER, Permission.APPROVE)
            assert allows(Role.CHAIR, Permission.APPROVE)


def test_the_helpers_check_the_permission_of_their_use_case():
    by_name = {str(op): op.first_permission for op in OPERATIONS}
    assert by_name["imports.start_batch"] is Permission.IMPORT
    assert by_name["loan_history.create_loans_from_history"] is Permission.POST
    assert by_name["stock.reverse_with_movements"] is Permission.POST
    assert by_name["market_days.find_or_open"] is Permission.POST


@pytest.mark.parametrize("reason", ["", "   "])
def test_rejecting_without_the_role_is_refused_before_the_reason_is_read(session, reason):
    from desktop_app.services import loans

    before = row_counts(session)
    set_actor(session, Actor("bendahara", Role.TREASURER))
    with pytest.raises(PermissionDenied, match="Your role \\(treasurer\\)"):
        loans.reject(session, 1, date(2025, 6, 1), reason)
    assert row_counts(session) == before


def test_the_roles_are_as_the_cooperative_expects():
    assert {p for p in Permission if allows(Role.AUDITOR, p)} == {Permission.READ_AUDIT}
    assert allows(Role.TREASURER, Permission.POST) and not allows(Role.CHAIR, Permission.POST)
    assert allows(Role.CHAIR, Permission.MANAGE_USERS)
    assert not allows(Role.TREASURER, Permission.MANAGE_USERS)
    assert allows(Role.CHAIR, Permission.READ_AUDIT)
    assert not allows(Role.TREASURER, Permission.READ_AUDIT)
