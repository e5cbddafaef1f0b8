"""A weekly group loan with grace and rounding, covered by its group and paid back,
survives an export and re-import: the same schedule, the same balances, and the
Tanggung Renteng sheet lists each payer's share."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import openpyxl
from sqlalchemy import select, text

from desktop_app.db.models import Loan, Member
from desktop_app.domain.accounts import KAS
from desktop_app.services import check, group_meetings, ledger, members
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.services.joint_liability import Share, cover_installment, pay_back
from desktop_app.spreadsheet.exporter import export_book
from desktop_app.spreadsheet.importer import import_workbook
from tests.loan_book import add_member, add_product, running_loan
from tests.spreadsheet.workbooks import MEMBERS_HEADER, make, member

D = date(2025, 1, 7)


def balances(session):
    rows = session.execute(text(
        "SELECT m.number, a.code, b.balance FROM member_balance b JOIN member m "
        "ON m.id = b.member_id JOIN account a ON a.id = b.account_id WHERE b.balance != 0 "
        f"AND a.code != '{KAS}'"))
    return ledger.account_balances(session), {(n, c): b for n, c, b in rows}


def schedule(session):
    loan = session.scalar(select(Loan))
    return (loan.frequency, loan.grace_installments, loan.rounding_unit,
            [(i.due_date, i.principal, i.interest) for i in loan.installments])


def test_weekly_group_loan_with_covers_round_trips(session, tmp_path):
    group = members.create_group(session, "Melati")
    group_meetings.set_group_meetings(session, group, 1, "week", True)
    ids = [add_member(session, f"A00{n}", name, savings=80_000)
           for n, name in enumerate(("Siti", "Ani", "Rina"), start=1)]
    for member_id in ids:
        session.get(Member, member_id).group_id = group
    session.commit()
    product = add_product(session, name="Mingguan", frequency="week", max_term_months=6,
                          monthly_rate=Decimal("1.3"), admin_fee_amount=0,
                          grace_installments=1, rounding_unit=500, rounding_mode="up")
    loan_id = running_loan(session, ids[0], product, principal=1_000_000, months=11, on=D)
    cover_installment(session, loan_id, D + timedelta(days=7),
                      [Share(ids[1], 1_500, "savings"), Share(ids[2], 1_500, "cash")])
    pay_back(session, ids[0], D + timedelta(days=14), [Share(ids[1], 1_500, "savings")])
    expected, terms = balances(session), schedule(session)
    assert terms[0] == "week" and terms[3][0][1] == 0  # grace: no principal in week 1

    result = export_book(session, tmp_path / "book.xlsx")
    assert result.notices == []
    sheet = list(openpyxl.load_workbook(result.path)["Tanggung Renteng"].iter_rows(
        values_only=True))
    assert sheet[0][:3] == ("Tanggal", "Jenis", "No. Pinjaman")
    assert [(r[1], r[5], r[7], r[8], r[9]) for r in sheet[1:]] == [
        ("Talangan", "A002", 1_500, "Sukarela", 1_500),
        ("Talangan", "A003", 1_500, "Tunai", 1_500),
        ("Pengembalian", "A002", 1_500, "Sukarela", 0),
    ]
    loans_sheet = list(openpyxl.load_workbook(result.path)["Pinjaman"].iter_rows(
        values_only=True))
    assert loans_sheet[0][12:18] == ("Frekuensi", "Masa Tenggang", "Jenis Tenggang",
                                   "Pembulatan", "Cara Pembulatan", "Jatuh Tempo Pertama")
    assert loans_sheet[1][12:17] == ("Mingguan", 1, "Bayar Jasa", 500, "Ke Atas")

    fresh = create_book(None, DEFAULT_PROFILE)
    with fresh.session() as other:
        set_actor(other, SYSTEM_ACTOR)
        imported = import_workbook(other, result.path)
        assert imported.problems == []
        assert balances(other) == expected
        assert schedule(other) == terms
        assert check.check_book(other) == []
    fresh.close()


def test_an_unknown_frequency_is_a_problem_of_its_row(session, tmp_path):
    header = ["No. Pinjaman", "No. Anggota", "Tanggal Cair", "Pokok", "Bunga per Bulan (%)",
              "Tenor (Bulan)", "Metode", "Frekuensi"]
    path = make(tmp_path / "bad.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("A001", "Siti")],
        "Pinjaman": [header, ["P-1", "A001", "07/01/2025", 500_000, 1.5, 10, "Flat",
                              "Harian"]],
    })
    result = import_workbook(session, path)
    assert any("'Harian' is not a known value for Frekuensi" in p
               for p in result.problems)
    assert session.scalar(select(Loan.id)) is None
