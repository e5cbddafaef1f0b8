"""The members page, the member dialog, the detail view and the exit confirmation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from desktop_app.db.models import Member
from desktop_app.domain.roles import Role
from desktop_app.domain.savings import SavingsType
from desktop_app.services import members, savings
from desktop_app.services.context import SYSTEM_ACTOR, Actor
from desktop_app.services.members import MemberInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.exit_dialog import ExitDialog
from desktop_app.ui.dialogs.member_dialog import GroupsDialog, MemberDialog
from desktop_app.ui.pages.member_detail import MemberDetailDialog
from desktop_app.ui.pages.members import MembersPage

JOINED = date(2024, 1, 10)


@pytest.fixture
def people(session):
    mawar = members.create_group(session, "Kelompok Mawar")
    ids = [
        members.create_member(session, MemberInput(number, name, JOINED, group_id=group,
                                                   phone=phone))
        for number, name, group, phone in (
            ("0001", "Siti Aminah", mawar, "081111"),
            ("0002", "Nur Hasanah", None, "082222"),
            ("0003", "Sri Wahyuni", mawar, None),
        )
    ]
    months = (date.today().year - JOINED.year) * 12 + date.today().month - JOINED.month + 1
    savings.deposit(session, ids[0], SavingsType.WAJIB, None, JOINED, months=months)
    savings.deposit(session, ids[0], SavingsType.SUKARELA, 45_000, JOINED)
    session.rollback()
    return ids


@pytest.fixture
def ctx(book):
    return AppContext(book, SYSTEM_ACTOR)


@pytest.fixture
def page(qtbot, ctx, people):
    widget = MembersPage(ctx)
    qtbot.addWidget(widget)
    return widget


def cells(page, column):
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_list_shows_members_with_savings_and_arrears(page, qtmodeltester):
    qtmodeltester.check(page.model)
    assert cells(page, 0) == ["0001", "0002", "0003"]
    assert page.model.index(0, 2).data() == "Kelompok Mawar"
    assert page.model.index(0, 5).data() == f"{page.model.row(0)[5]:,}".replace(",", ".")
    assert page.model.row(0)[7] == 0 and page.model.row(1)[7] > 0
    assert page.count.text() == "3 members"


def test_search_and_filters(page, qtbot):
    qtbot.keyClicks(page.search, "hasan")
    assert cells(page, 1) == ["Nur Hasanah"]
    page.search.clear()
    page.arrears.setChecked(True)
    assert cells(page, 0) == ["0002", "0003"]
    page.group.setCurrentIndex(page.group.findText("Kelompok Mawar"))
    assert cells(page, 0) == ["0003"]
    assert page.count.text() == "1 members"


def test_columns_fit_the_first_rows_and_a_search_does_not_refit_them(qtbot, ctx, session):
    widget = MembersPage(ctx)  # an empty book: the titles fit
    qtbot.addWidget(widget)
    widget.resize(1366 - 220 - 32, 600)
    widget.show()
    qtbot.waitExposed(widget)
    header = widget.table.horizontalHeader()
    title_width = header.fontMetrics().horizontalAdvance
    assert all(header.sectionSize(c) > title_width(title)
               for c, title in enumerate(("No.", "Name", "Group", "Phone", "Status",
                                          "Total savings", "Outstanding loan")))
    group = members.create_group(session, "Kelompok Bunga Matahari Sejahtera")
    members.create_member(session, MemberInput("0001", "Siti Aminah", JOINED, group_id=group,
                                               phone="0812 3456 7890"))
    members.create_member(session, MemberInput("0002", "Nur Hasanah", JOINED))
    widget.reload()  # the first rows: their columns are fitted to them
    text_width = widget.table.fontMetrics().horizontalAdvance
    assert header.sectionSize(2) > text_width("Kelompok Bunga Matahari Sejahtera")
    assert header.sectionSize(3) > text_width("0812 3456 7890")
    widths = [header.sectionSize(c) for c in range(header.count())]
    qtbot.keyClicks(widget.search, "hasan")  # no group, no phone: the columns stay
    assert cells(widget, 1) == ["Nur Hasanah"]
    assert [header.sectionSize(c) for c in range(header.count())] == widths


def test_sorting_by_savings(page):
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert cells(page, 0)[0] == "0001"


def test_member_dialog_refuses_a_15_digit_nik_and_writes_nothing(qtbot, ctx, session, people):
    dialog = MemberDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.number.text() == "0004"  # suggested
    qtbot.keyClicks(dialog.name, "Dewi Lestari")
    qtbot.keyClicks(dialog.nik, "647101450180000")
    dialog.save()
    assert "16 digits" in dialog.error.text()
    assert dialog.result() == 0
    assert session.scalar(select(func.count(Member.id))) == 3
    session.rollback()  # one in-memory connection: end this read before the dialog writes
    qtbot.keyClicks(dialog.nik, "1")
    dialog.save()
    assert dialog.result() == 1
    assert members.find_by_number(session, "0004").nik == "6471014501800001"


def test_member_dialog_edits_and_refuses_a_taken_number(qtbot, ctx, session, people):
    dialog = MemberDialog(ctx, people[1])
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Nur Hasanah"
    dialog.number.setText("0001")
    dialog.save()
    assert "already taken" in dialog.error.text()
    dialog.number.setText("0002")
    dialog.phone.setText("0813 555")
    dialog.save()
    session.expire_all()
    assert members.get_member(session, people[1]).phone == "0813 555"


def test_groups_dialog_lists_and_refuses_duplicates(qtbot, ctx, people):
    dialog = GroupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.groups.item(0).text() == "Kelompok Mawar (2 members)"
    dialog._run(lambda s: members.create_group(s, "kelompok mawar"))
    assert "already a group" in dialog.error.text()


def test_detail_shows_balances_and_movements(qtbot, ctx, people, qtmodeltester):
    dialog = MemberDetailDialog(ctx, people[0])
    qtbot.addWidget(dialog)
    assert dialog.balance_labels["sukarela"].text() == "Rp 45.000"
    assert dialog.balance_labels["arrears"].text() == "Rp 0"
    assert dialog.movements.rowCount() == 2
    qtmodeltester.check(dialog.movements)
    html = dialog._passbook_html()
    assert "Savings passbook" in html and "Siti Aminah" in html


def test_exit_dialog_shows_amounts_and_exits(qtbot, ctx, session, people):
    dialog = ExitDialog(ctx, people[0], date.today())
    qtbot.addWidget(dialog)
    assert dialog.amounts["sukarela"].text() == "Rp 45.000"
    dialog.confirm()
    assert dialog.entry_id is not None
    session.expire_all()
    assert members.get_member(session, people[0]).status == "left"
    assert savings.savings_balances(session, people[0]).total == 0


def test_an_auditor_cannot_add_members(qtbot, book, people):
    widget = MembersPage(AppContext(book, Actor("pengawas", Role.AUDITOR)))
    qtbot.addWidget(widget)
    enabled = {b.text(): b.isEnabled() for b in widget.findChildren(QPushButton)}
    assert enabled["New member…"] is False and enabled["Details…"] is True


def test_a_member_who_joined_today_is_not_in_arrears(qtbot, ctx, session):
    members.create_member(session, MemberInput("0009", "Dewi Lestari", date.today()))
    session.rollback()
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    assert cells(page, 1) == ["Dewi Lestari"] and cells(page, 7) == ["0"]
    page.arrears.setChecked(True)
    assert page.model.rowCount() == 0


def test_saving_a_new_member_says_so_and_selects_her(qtbot, page, monkeypatch):
    def fill_and_save(dialog):
        dialog.name.setText("Dewi Lestari")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(MemberDialog, "exec", fill_and_save)
    page.status.setCurrentIndex(page.status.findData("left"))  # a filter that hides her
    page.add_member()
    assert page.saved.text() == "Saved: 0004 — Dewi Lestari."
    row = page.table.currentIndex().row()
    assert page.model.index(row, 1).data() == "Dewi Lestari"
    assert page.table.selectionModel().isRowSelected(row)
