"""The journal writer's bulk path (`add_many`): what it writes is what `add` writes for
the same drafts, and a bad row is refused with `add`'s message, writing nothing."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import Account, JournalEntry, JournalLine, Member, ReceiptNumber
from desktop_app.domain.accounts import (
    KAS,
    MODAL_DONASI,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
    EntryKind,
)
from desktop_app.domain.journal import EntryShape
from desktop_app.domain.postings import deposit_shape, savings_returned_shape, withdrawal_shape
from desktop_app.domain.savings import SavingsType
from desktop_app.errors import ValidationError
from desktop_app.services import ledger
from desktop_app.services import settings as book_settings
from desktop_app.services.check import check_book
from desktop_app.services.context import transaction


def add_members(session) -> tuple[int, int]:
    with transaction(session):
        members = [Member(number=n, name="Siti", join_date=date(2024, 1, 5)) for n in ("1", "2")]
        session.add_all(members)
    return members[0].id, members[1].id


def movements(first: int, second: int) -> list[tuple]:
    wajib, pokok, sukarela = (deposit_shape(t) for t in
                              (SavingsType.WAJIB, SavingsType.POKOK, SavingsType.SUKARELA))
    return [
        (wajib, date(2025, 1, 5), 20_000, first, None),
        (sukarela, date(2025, 1, 5), 50_000, second, "setor di pasar"),
        (withdrawal_shape(), date(2025, 1, 6), 10_000, second, None),
        (pokok, date(2024, 12, 31), 100_000, first, None),
        (wajib, date(2025, 2, 3), 20_000, second, None),
        (savings_returned_shape(SIMPANAN_WAJIB), date(2025, 2, 4), 20_000, first, None),
    ]


def journal(session, batch_id: int) -> list[tuple]:
    """Each entry of a batch, in id order, with its lines in id order."""
    codes = dict(session.execute(select(Account.id, Account.code)).all())
    entries = session.scalars(select(JournalEntry).where(JournalEntry.batch_id == batch_id)
                              .order_by(JournalEntry.id)).all()
    return [(e.date, e.kind, e.description,
             [(codes[ln.account_id], ln.amount, ln.member_id)
              for ln in sorted(e.lines, key=lambda ln: ln.id)]) for e in entries]


def receipts(session) -> list[tuple]:
    """Each entry's receipt (series, year, number), in entry order; None when it has none."""
    return [tuple(row) if row[0] else None for row in session.execute(
        select(ReceiptNumber.series, ReceiptNumber.year, ReceiptNumber.number)
        .select_from(JournalEntry)
        .outerjoin(ReceiptNumber, JournalEntry.id == ReceiptNumber.entry_id)
        .order_by(JournalEntry.id))]


def test_rows_are_written_as_their_drafts_would_be(session):
    first, second = add_members(session)
    rows = movements(first, second)
    with transaction(session):
        one_by_one = ledger.JournalWriter(session, batch_size=4, batch_id=None)
        for shape, on, amount, member_id, note in rows:
            one_by_one.add(shape.draft(on, amount, member_id, note))
        one_by_one.flush()
        bulk = ledger.JournalWriter(session, batch_size=4)  # flushes inside add_many too
        bulk.add_many(rows)
        ids = bulk.flush()
    assert len(ids) == 2  # the first four were written when the batch filled
    drafts, bulked = journal(session, None)[:6], journal(session, None)[6:]
    assert bulked == drafts
    assert drafts[0] == (date(2025, 1, 5), "deposit", "Deposit Simpanan Wajib",
                         [(KAS, 20_000, None), (SIMPANAN_WAJIB, -20_000, first)])
    assert drafts[1][2] == "setor di pasar"
    numbers = receipts(session)
    assert numbers[:4] == [("SP", 2025, 1), ("SP", 2025, 2), ("SP", 2025, 3), ("SP", 2024, 1)]
    per_series = Counter((n[0], n[1]) for n in numbers[:6] if n)
    assert [n and (n[0], n[1], n[2] - per_series[(n[0], n[1])]) for n in numbers[6:]
            ] == numbers[:6]
    assert ledger.member_balances(session, second) == {
        SIMPANAN_SUKARELA: -2 * (50_000 - 10_000), SIMPANAN_WAJIB: -2 * 20_000}
    assert ledger.account_balance(session, KAS) == 2 * (20_000 + 50_000 - 10_000 + 100_000
                                                       + 20_000 - 20_000)
    assert check_book(session) == []


def lines_count(session) -> int:
    return session.scalar(select(func.count(JournalLine.id)))


@pytest.mark.parametrize("change, message", [
    ({"on": date(1949, 12, 31)}, "outside the dates the book accepts"),
    ({"amount": 0}, "cannot be zero"),
    ({"amount": 10**16}, "the amount is too large"),
    ({"amount": 20_000.0}, "whole numbers"),
    ({"note": "setor\x07"}, "control character"),
    ({"note": "x" * 4001}, "at most 4000 characters"),
    ({"shape": EntryShape(EntryKind.GRANT, ((KAS, 1, False), ("9999", -1, False)), "Hibah")},
     "There is no account 9999"),
    ({"shape": EntryShape(EntryKind.GRANT, ((KAS, 1, False), (MODAL_DONASI, 1, False)), "H")},
     "does not balance"),
])
def test_a_bad_row_is_refused_as_add_refuses_it_and_nothing_is_written(session, change,
                                                                        message):
    first, second = add_members(session)
    rows = movements(first, second)
    shape, on, amount, member_id, note = rows[3]
    values = {"shape": shape, "on": on, "amount": amount, "note": note, **change}
    rows[3] = (values["shape"], values["on"], values["amount"], member_id, values["note"])
    writer = ledger.JournalWriter(session)
    with pytest.raises(ValidationError) as by_draft:
        writer.add(values["shape"].draft(values["on"], values["amount"], member_id,
                                         values["note"]))
    assert message in str(by_draft.value)
    with pytest.raises(ValidationError) as in_bulk, transaction(session):
        bulk = ledger.JournalWriter(session, batch_size=2)
        bulk.add_many(rows)
        bulk.flush()
    assert str(in_bulk.value) == str(by_draft.value)
    assert lines_count(session) == 0
    assert ledger.account_balance(session, KAS) == 0


def test_a_row_in_a_closed_period_is_refused(session):
    first, second = add_members(session)
    with transaction(session):
        book_settings.set_closed_through(session, date(2024, 12, 31))
    with pytest.raises(ValidationError, match="closed through 31/12/2024"), \
            transaction(session):
        writer = ledger.JournalWriter(session)
        writer.add_many(movements(first, second))
        writer.flush()
    assert lines_count(session) == 0


def test_a_batch_larger_than_one_statement_keeps_each_entry_with_its_lines(session):
    """One flush of 2,100 entries is written by several multi-row statements (1,500
    entries or 2,000 lines each on SQLite): every entry still has its own lines, and the
    receipts follow the dates."""
    first, second = add_members(session)
    shapes = deposit_shape(SavingsType.WAJIB), deposit_shape(SavingsType.SUKARELA)
    rows = [(shapes[n % 3 == 0], date(2025, 1 + n * 12 // 2100, 1 + n % 28), 1_000 + n,
             (first, second)[n % 2], f"baris {n}") for n in range(2100)]
    with transaction(session):
        writer = ledger.JournalWriter(session, batch_size=5000)
        writer.add_many(rows)
        ids = writer.flush()
    assert ids == sorted(ids) and len(set(ids)) == 2100
    codes = dict(session.execute(select(Account.id, Account.code)).all())
    lines = session.execute(
        select(JournalEntry.date, JournalEntry.description, JournalLine.account_id,
               JournalLine.amount, JournalLine.member_id)
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .order_by(JournalLine.id)).all()
    accounts = {shapes[0]: SIMPANAN_WAJIB, shapes[1]: SIMPANAN_SUKARELA}
    assert [(day, note, codes[account], amount, member) for day, note, account, amount, member
            in lines] == [line for shape, day, amount, member_id, note in rows for line in (
                (day, note, KAS, amount, None),
                (day, note, accounts[shape], -amount, member_id))]
    numbers = [number for _, _, number in receipts(session)]
    by_date = sorted(range(2100), key=lambda n: (rows[n][1], n))
    assert [numbers[n] for n in by_date] == list(range(1, 2101))
    assert check_book(session) == []
