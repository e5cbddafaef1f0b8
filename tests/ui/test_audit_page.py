"""The audit log viewer: filters, export, and who may open it."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied
from desktop_app.i18n import set_language
from desktop_app.services import audit, users
from desktop_app.services.context import Actor, transaction
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages import page_specs
from desktop_app.ui.pages.audit import AuditPage

CHAIR = Actor("siti", Role.CHAIR)


@pytest.fixture
def logged(session):
    users.add_user(session, "ani", role="treasurer", password="kas-aman-123")
    with transaction(session):
        audit.record(session, "member.add", "member", 7, name="=HYPERLINK(\"x\")")


@pytest.fixture
def page(qtbot, book, logged):
    widget = AuditPage(AppContext(book, CHAIR))
    qtbot.addWidget(widget)
    return widget


def test_page_lists_every_entry_newest_first(page, qtmodeltester):
    qtmodeltester.check(page.model)
    actions = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert actions == ["member.add", "User added", "Book created"]  # unknown codes as they are
    assert page.total.text() == "3 entries"


def test_filter_by_user_and_action_and_date(page):
    page.who.setCurrentIndex(page.who.findData("system"))
    assert page.model.rowCount() == 3  # all were done from the command line's SYSTEM
    page.action.setCurrentIndex(page.action.findData("user.add"))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 3).data() == "User ani"
    page.action.setCurrentIndex(0)
    page.use_since.setChecked(True)
    page.since.setDate(date.today() + timedelta(days=1))
    assert page.model.rowCount() == 0 and page.total.text() == "0 entries"


def test_actions_read_in_indonesian_and_still_filter_by_code(page, tmp_path):
    set_language("id")
    page.refresh()
    assert page.action.itemText(page.action.findData("user.add")) == "Pengguna ditambahkan"
    page.action.setCurrentIndex(page.action.findData("book.create"))
    assert [page.model.index(0, 2).data(), page.model.rowCount()] == ["Buku dibuat", 1]
    assert page.export_to(tmp_path / "audit.csv") == 1
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle))[1][3:5] == ["book.create", "Buku dibuat"]
    page.action.setCurrentIndex(page.action.findData("user.add"))
    assert page.model.index(0, 3).data() == "Pengguna ani"


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_writes_the_filtered_rows_and_defuses_formulas(page, tmp_path, suffix):
    page.action.setCurrentIndex(page.action.findData("member.add"))
    target = tmp_path / f"audit.{suffix}"
    assert page.export_to(target) == 1
    if suffix == "csv":
        with target.open(encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    else:
        rows = [list(r) for r in load_workbook(target, read_only=True).active.values]
    assert rows[0] == list(audit.EXPORT_HEADER)
    assert rows[1][2:6] == ["system", "member.add", "member.add", "member"]
    assert "HYPERLINK" in rows[1][7]


def test_export_to_another_format_is_refused(page, tmp_path):
    with pytest.raises(Exception, match=".csv or .xlsx"):
        page.export_to(tmp_path / "audit.pdf")


@pytest.mark.parametrize(("role", "sees"), [
    (Role.CHAIR, True), (Role.AUDITOR, True), (Role.TREASURER, False)])
def test_only_chair_and_auditor_see_the_audit_page(role, sees):
    ctx = AppContext(None, Actor("x", role))
    visible = [spec.key for spec in page_specs() if spec.visible_for(ctx)]
    assert ("audit" in visible) is sees
    assert "settings" in visible


def test_a_treasurer_cannot_read_the_log_even_without_the_menu(book, logged):
    ctx = AppContext(book, Actor("ani", Role.TREASURER))
    with pytest.raises(PermissionDenied):
        audit.AuditSource(ctx.session).count()
    with pytest.raises(PermissionDenied):
        audit.AuditSource(ctx.session).fetch(0, 10)
    with ctx.session() as session:
        with pytest.raises(PermissionDenied):
            audit.filter_choices(session)


def test_details_read_as_words_in_the_ui_language(qtbot, book, session, logged):
    with transaction(session):
        audit.record(session, "journal.post", "journal_entry", 9, kind="grant", total=500_000,
                     on=date(2026, 11, 28))
    set_language("id")
    widget = AuditPage(AppContext(book, CHAIR))
    qtbot.addWidget(widget)
    assert widget.model.index(0, 4).data() == "Jenis: Hibah, Tanggal: 28/11/2026, Total: 500.000"
    added = [widget.model.index(r, 4).data() for r in range(widget.model.rowCount())
             if widget.model.index(r, 2).data() == "Pengguna ditambahkan"]
    assert added == ["Peran: Bendahara"]
