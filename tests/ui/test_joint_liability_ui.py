"""Tanggung renteng in the GUI: the cover dialog proposes equal shares among those
present (editable, cash or savings), the payback dialog splits over what she owes, and
the loan and member detail pages show the claims."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.domain.roles import Role
from desktop_app.services import group_meetings, joint_liability, members, savings
from desktop_app.services.context import Actor
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.joint_liability_dialogs import CoverDialog, PaybackDialog
from desktop_app.ui.pages.loan_detail import LoanDetailDialog
from desktop_app.ui.pages.member_detail import MemberDetailDialog
from tests.loan_book import add_member, add_product, running_loan

TREASURER = Actor("ani", Role.TREASURER)
D = date(2025, 1, 7)
MEETING = QDate(2025, 1, 14)


@pytest.fixture
def group(session):
    group_id = members.create_group(session, "Melati")
    group_meetings.set_group_meetings(session, group_id, 1, "week", True)
    ids = [add_member(session, f"A00{n}", name, savings=50_000)
           for n, name in enumerate(("Siti", "Ani", "Rina", "Dewi"), start=1)]
    for member_id in ids:
        session.get(members.Member, member_id).group_id = group_id
    session.commit()
    product = add_product(session, name="Mingguan", frequency="week", max_term_months=6,
                          admin_fee_amount=0)
    return ids, running_loan(session, ids[0], product, principal=1_000_000, months=10, on=D)


def test_cover_dialog_proposes_equal_shares_and_posts_them(qtbot, book, session, group):
    (siti, ani, rina, dewi), loan_id = group
    dialog = CoverDialog(AppContext(book, TREASURER), loan_id, on=MEETING)
    qtbot.addWidget(dialog)
    assert dialog.amount.amount() == 103_462  # the installment due: 100,000 + 3,462
    model = dialog.model
    assert model.rowCount() == 3  # the borrower is not asked to cover herself
    assert [model.index(r, 3).data() for r in range(3)] == ["34.488", "34.487", "34.487"]
    model.setData(model.index(2, 0), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)  # Dewi is absent
    assert [model.index(r, 3).data() for r in range(2)] == ["51.731", "51.731"]
    assert model.index(2, 3).data() == ""
    model.setData(model.index(0, 3), "61.731")  # Ani pays more, Rina less
    model.setData(model.index(1, 3), "41.731")
    model.setData(model.index(1, 4), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # Rina pays from her savings
    assert "Rp 103.462" in dialog.total.text()
    dialog.submit()
    assert dialog.error.text() == "" and dialog.entry_id
    session.expire_all()
    owed = {c.payer_id: c.owed for c in joint_liability.claims(session, borrower_id=siti)}
    assert owed == {ani: 61_731, rina: 41_731}
    assert savings.savings_balances(session, rina).sukarela == 50_000 - 41_731


def test_cover_dialog_shows_a_refusal_and_posts_nothing(qtbot, book, session, group):
    (siti, ani, rina, dewi), loan_id = group
    dialog = CoverDialog(AppContext(book, TREASURER), loan_id, on=MEETING)
    qtbot.addWidget(dialog)
    model = dialog.model
    model.setData(model.index(0, 4), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, 3), "60.000")  # Ani has only 50,000 saved
    dialog.submit()
    assert "only Rp 50.000 in voluntary savings" in dialog.error.text()
    assert joint_liability.claims(session, borrower_id=siti) == []


def test_payback_dialog_and_the_detail_pages(qtbot, book, session, group):
    (siti, ani, rina, dewi), loan_id = group
    joint_liability.cover_installment(session, loan_id, date(2025, 1, 14), [
        joint_liability.Share(ani, 60_000), joint_liability.Share(rina, 43_462)])
    ctx = AppContext(book, TREASURER)
    detail = LoanDetailDialog(ctx, loan_id, today=date(2025, 1, 14))
    qtbot.addWidget(detail)
    assert "Owes the group Rp 103.462" in detail.status.text()
    assert not detail.buttons["cover"].isHidden()
    dialog = PaybackDialog(ctx, siti, on=QDate(2025, 1, 21))
    qtbot.addWidget(dialog)
    dialog.amount.set_amount(50_000)
    model = dialog.model
    assert [model.index(r, 2).data() for r in range(2)] == ["owed 60.000", "owed 43.462"]
    assert [model.index(r, 3).data() for r in range(2)] == ["28.996", "21.004"]
    model.setData(model.index(0, 4), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # Ani's part into her savings
    dialog.submit()
    assert dialog.error.text() == ""
    session.expire_all()
    assert savings.savings_balances(session, ani).sukarela == 50_000 + 28_996
    session.rollback()  # end the read before the pages open their own sessions
    page = MemberDetailDialog(ctx, siti)
    qtbot.addWidget(page)
    rows = [[page.joint.index(r, c).data() for c in range(5)]
            for r in range(page.joint.rowCount())]
    assert rows[0][:2] == ["A002 — Ani", "Covered this member"]
    assert rows[0][4] == "31.004"
    assert page.payback_button.isEnabled()
    payer = MemberDetailDialog(ctx, rina)
    qtbot.addWidget(payer)
    assert payer.joint.index(0, 1).data() == "Covered by this member"
    assert payer.joint.index(0, 4).data() == "22.458"
    assert payer.payback_button.isHidden()


def test_new_dialogs_widgets_are_owned_by_qt_alone(qtbot, book, session, group):
    from desktop_app.ui.dialogs.group_meetings_dialog import GroupMeetingsDialog
    from desktop_app.ui.pages.loan_products_tab import LoanProductsTab
    from tests.qt_ownership import doubly_owned

    (siti, ani, *_), loan_id = group
    joint_liability.cover_installment(session, loan_id, date(2025, 1, 14),
                                      [joint_liability.Share(ani, 1_000)])
    group_id = session.get(members.Member, siti).group_id
    session.rollback()
    ctx = AppContext(book, TREASURER)
    owners = [CoverDialog(ctx, loan_id, on=MEETING), PaybackDialog(ctx, siti, on=MEETING),
              GroupMeetingsDialog(ctx, group_id), LoanProductsTab(ctx)]
    for widget in owners:
        qtbot.addWidget(widget)
    assert {type(w).__name__: doubly_owned(w) for w in owners} == {
        type(w).__name__: [] for w in owners}
