"""A small known book for report and SHU tests: every figure can be worked out by hand.

Fiscal year 2024 (calendar): income 60,000 (admin 20,000, interest 15,000, penalty 5,000,
commission 20,000), expenses 12,345, so SHU 2024 = 47,655. Capital at 31/12/2024:
A001 340,000, A002 220,000, A003 100,000, A004 0. Participation in 2024: A002 20,000
(interest + penalty), A003 20,000 (commission on her consignment), others 0.
"""

from __future__ import annotations

from datetime import date

from desktop_app.db.models import Member
from desktop_app.domain import accounts as acc
from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.services import ledger

MEMBERS = (
    ("A001", "Siti Aminah", "F", True, date(2024, 1, 10)),
    ("A002", "Dewi Lestari", "F", False, date(2024, 1, 10)),
    ("A003", "Rina Wati", "F", True, date(2024, 1, 10)),
    ("A004", "Budi Santoso", "M", False, date(2024, 1, 10)),
)


def build(session) -> dict[str, int]:
    """Post the known book through the ledger; return member number -> member id."""
    ids = {}
    for number, name, gender, head, joined in MEMBERS:
        member = Member(number=number, name=name, gender=gender, head_of_household=head,
                        join_date=joined)
        session.add(member)
        session.flush()
        ids[number] = member.id
    session.commit()
    a1, a2, a3 = ids["A001"], ids["A002"], ids["A003"]

    def post(day, kind, text, *lines):
        ledger.post(session, EntryDraft(day, kind, text, list(lines)))

    for m in (a1, a2, a3):
        post(date(2024, 1, 10), EntryKind.DEPOSIT, "Pokok", debit(acc.KAS, 100_000),
             credit(acc.SIMPANAN_POKOK, 100_000, member_id=m))
    post(date(2024, 2, 10), EntryKind.DEPOSIT, "Wajib", debit(acc.KAS, 240_000),
         credit(acc.SIMPANAN_WAJIB, 240_000, member_id=a1))
    post(date(2024, 2, 10), EntryKind.DEPOSIT, "Wajib", debit(acc.KAS, 120_000),
         credit(acc.SIMPANAN_WAJIB, 120_000, member_id=a2))
    post(date(2024, 3, 1), EntryKind.DEPOSIT, "Sukarela", debit(acc.KAS, 500_000),
         credit(acc.SIMPANAN_SUKARELA, 500_000, member_id=a1))
    post(date(2024, 3, 5), EntryKind.GRANT, "Hibah", debit(acc.KAS, 1_000_000),
         credit(acc.MODAL_DONASI, 1_000_000))
    post(date(2024, 4, 1), EntryKind.LOAN_DISBURSEMENT, "Pinjaman",
         debit(acc.PIUTANG_PINJAMAN, 1_000_000, member_id=a2), credit(acc.KAS, 980_000),
         credit(acc.PENDAPATAN_ADMIN, 20_000))
    post(date(2024, 5, 1), EntryKind.REPAYMENT, "Angsuran", debit(acc.KAS, 120_000),
         credit(acc.PENDAPATAN_DENDA, 5_000, member_id=a2),
         credit(acc.PENDAPATAN_JASA, 15_000, member_id=a2),
         credit(acc.PIUTANG_PINJAMAN, 100_000, member_id=a2))
    post(date(2024, 6, 1), EntryKind.SALE, "Titipan", debit(acc.KAS, 200_000),
         credit(acc.KOMISI_KONSINYASI, 20_000, member_id=a3),
         credit(acc.UTANG_KONSINYASI, 180_000, member_id=a3))
    post(date(2024, 7, 1), EntryKind.EXPENSE, "ATK", debit(acc.BEBAN_OPERASIONAL, 12_345),
         credit(acc.KAS, 12_345))
    post(date(2024, 8, 1), EntryKind.WITHDRAWAL, "Tarik", debit(acc.SIMPANAN_SUKARELA, 100_000,
         member_id=a1), credit(acc.KAS, 100_000))
    post(date(2025, 1, 15), EntryKind.DEPOSIT, "Wajib", debit(acc.KAS, 20_000),
         credit(acc.SIMPANAN_WAJIB, 20_000, member_id=a3))
    return ids


SHU_2024 = 47_655
CASH_END_2024 = (300_000 + 360_000 + 500_000 + 1_000_000 - 980_000 + 120_000 + 200_000
                 - 12_345 - 100_000)
