"""The cash book: what it lists, in what order, with which filters; simple cash postings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import JournalEntry
from desktop_app.domain.accounts import (
    BANK,
    BEBAN_OPERASIONAL,
    CADANGAN,
    KAS,
    MODAL_DONASI,
    PENDAPATAN_ADMIN,
    SIMPANAN_SUKARELA,
    SIMPANAN_WAJIB,
    EntryKind,
)
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.labels import account_type_label, kind_label
from desktop_app.services import ledger, reversals
from desktop_app.services.cashbook import (
    CashbookSource,
    CashFilter,
    CashMovement,
    Direction,
    cash_accounts,
    period_cash,
    post_cash_movement,
)
from desktop_app.services.context import Actor, set_actor


def movement(direction=Direction.IN, account=MODAL_DONASI, amount=1_000_000,
             on=date(2025, 1, 5), description="Hibah LSM"):
    return CashMovement(on, direction, account, amount, description)


@pytest.fixture
def source(book):
    def sessions():
        return book.session()
    return lambda filters=CashFilter(): CashbookSource(sessions, filters)


@pytest.fixture
def filled(session):
    """A grant, two months of expenses, an admin fee income and one non-cash transfer."""
    post_cash_movement(session, movement())
    post_cash_movement(session, movement(Direction.OUT, BEBAN_OPERASIONAL, 150_000,
                                         date(2025, 1, 25), "ATK rapat"))
    post_cash_movement(session, movement(Direction.OUT, BEBAN_OPERASIONAL, 200_000,
                                         date(2025, 2, 25), "Konsumsi 50% peserta"))
    post_cash_movement(session, movement(Direction.IN, PENDAPATAN_ADMIN, 25_000,
                                         date(2025, 2, 26), "Biaya admin"))
    ledger.post(session, EntryDraft(date(2025, 2, 27), EntryKind.TRANSFER, "Pindah modal",
                                    [debit(MODAL_DONASI, 10), credit(PENDAPATAN_ADMIN, 10)]))
    return session


def test_cash_in_and_out_post_balanced_entries_of_the_right_kind(session):
    grant = post_cash_movement(session, movement())
    cost = post_cash_movement(session, movement(Direction.OUT, BEBAN_OPERASIONAL, 150_000))
    bank = post_cash_movement(session, movement(Direction.OUT, BANK, 50_000, description="Setor bank"))
    kinds = [session.get(JournalEntry, i).kind for i in (grant, cost, bank)]
    assert kinds == ["grant", "expense", "transfer"]
    assert ledger.account_balance(session, KAS) == 800_000
    assert ledger.account_balance(session, BEBAN_OPERASIONAL) == 150_000
    assert ledger.account_balance(session, MODAL_DONASI) == -1_000_000
    assert ledger.account_balance(session, BANK) == 50_000



def test_cash_in_to_modal_donasi_is_a_grant_and_to_another_equity_account_a_transfer(session):
    grant = post_cash_movement(session, movement())
    reserve = post_cash_movement(session, movement(account=CADANGAN, amount=200_000,
                                                   description="Cadangan dari kas lama"))
    assert [session.get(JournalEntry, i).kind for i in (grant, reserve)] == ["grant", "transfer"]
    assert ledger.account_balance(session, CADANGAN) == -200_000


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"amount": 0}, "above zero"),
        ({"amount": -5}, "above zero"),
        ({"description": "  "}, "what the money was for"),
        ({"account": KAS}, "cannot be used"),
        ({"account": SIMPANAN_WAJIB}, "cannot be used"),
        ({"account": "9999"}, "cannot be used"),
        ({"direction": Direction.OUT, "account": BEBAN_OPERASIONAL}, r"only Rp 0 in cash"),
    ],
)
def test_bad_cash_movements_are_refused_and_nothing_is_written(session, change, message):
    fields = {"direction": Direction.IN, "account": MODAL_DONASI, "amount": 1_000,
              "description": "x", **change}
    with pytest.raises(ValidationError, match=message):
        post_cash_movement(session, movement(**fields))
    assert session.scalar(select(func.count(JournalEntry.id))) == 0


def test_read_only_roles_cannot_post_cash(session):
    set_actor(session, Actor("pengawas", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        post_cash_movement(session, movement())


def test_the_account_picker_offers_income_expense_equity_and_bank_but_not_savings(session):
    codes = {a.code for a in cash_accounts(session)}
    assert {MODAL_DONASI, BEBAN_OPERASIONAL, PENDAPATAN_ADMIN, BANK} <= codes
    assert not codes & {KAS, SIMPANAN_WAJIB, SIMPANAN_SUKARELA, "3101", "1201"}


def test_rows_are_newest_first_with_cash_in_and_out(filled, source):
    cash = source()
    assert cash.count() == 4  # the non-cash transfer is not a cash movement
    rows = cash.fetch(0, 10)
    assert [r.number for r in rows] == [4, 3, 2, 1]
    admin, _, _, grant = rows
    assert (admin.kind, admin.cash_in, admin.cash_out) == ("Other income", 25_000, None)
    assert admin.accounts == "4102 Pendapatan Administrasi"
    assert (grant.kind, grant.cash_in, grant.date) == ("Grant", 1_000_000, date(2025, 1, 5))
    assert rows[1].cash_out == 200_000 and rows[1].description == "Konsumsi 50% peserta"


def test_every_entry_can_be_listed(filled, source):
    rows = source(CashFilter(cash_only=False)).fetch(0, 10)
    assert rows[0].description == "Pindah modal" and rows[0].cash_in is None
    assert rows[0].accounts == "3301 Modal Donasi / Hibah, 4102 Pendapatan Administrasi"


@pytest.mark.parametrize(
    ("filters", "numbers"),
    [
        (CashFilter(date_from=date(2025, 2, 1)), [4, 3]),
        (CashFilter(date_to=date(2025, 1, 25)), [2, 1]),
        (CashFilter(date_from=date(2025, 1, 6), date_to=date(2025, 2, 25)), [3, 2]),
        (CashFilter(kind="expense"), [3, 2]),
        (CashFilter(text="atk"), [2]),
        (CashFilter(text="KONSUMSI 50"), [3]),  # whatever the case of the letters
        (CashFilter(text="hibah lsm"), [1]),
        (CashFilter(text="50%"), [3]),  # a literal percent sign, not a wildcard
        (CashFilter(text="_"), []),
        (CashFilter(text="3"), [3]),  # an entry number
        (CashFilter(kind="grant", text="Hibah"), [1]),
        (CashFilter(date_from=date(2026, 1, 1)), []),
    ],
)
def test_filters_narrow_the_list(filled, source, filters, numbers):
    cash = source(filters)
    assert [r.number for r in cash.fetch(0, 10)] == numbers
    assert cash.count() == len(numbers)


def test_pages_continue_where_the_last_one_ended_in_both_orders(session, source):
    post_cash_movement(session, movement(amount=10_000_000))
    for day in range(1, 29):
        for n in range(3):
            post_cash_movement(session, movement(Direction.OUT, BEBAN_OPERASIONAL, 1_000 + n,
                                                 date(2025, 2, day), f"biaya {day}/{n}"))
    cash = source()
    everything = cash.fetch(0, 1000)
    paged = cash.fetch(0, 7)
    while len(more := cash.fetch(len(paged), 7)):
        paged += more
    assert paged == everything and len(everything) == 85
    assert cash.fetch(14, 7) == everything[14:21]  # a jump, not a continuation
    cash.sort(0, descending=False)
    ascending = cash.fetch(0, 10) + cash.fetch(10, 10)
    assert ascending == everything[::-1][:20]


def test_reversed_entries_and_reversals_are_marked(filled, source):
    reversal = reversals.reverse(filled, 2, date(2025, 1, 26), "dobel")
    rows = {r.number: r for r in source().fetch(0, 10)}
    assert rows[2].status == "Reversed" and rows[2].reversed
    assert rows[reversal].status == "Reverses no. 2" and rows[reversal].kind == "Reversal"
    assert rows[reversal].cash_in == 150_000


def test_opening_and_closing_cash_of_a_period(filled):
    whole = period_cash(filled, None, None)
    assert (whole.opening, whole.closing) == (0, 675_000)
    february = period_cash(filled, date(2025, 2, 1), date(2025, 2, 28))
    assert (february.opening, february.closing) == (850_000, 675_000)
    late_january = period_cash(filled, date(2025, 1, 25), date(2025, 1, 25))
    assert (late_january.opening, late_january.closing) == (1_000_000, 850_000)
    before = period_cash(filled, date(2024, 1, 1), date(2024, 12, 31))
    assert (before.opening, before.closing) == (0, 0)
    after = period_cash(filled, date(2026, 1, 1), None)
    assert (after.opening, after.closing) == (675_000, 675_000)


def test_period_cash_matches_the_journal_on_every_day(filled):
    for day in (date(2025, 1, d) for d in range(1, 32)):
        assert period_cash(filled, None, day).closing == ledger.account_balance_as_of(filled, KAS, day)


def test_every_entry_kind_and_account_type_has_a_label():
    assert all(kind_label(kind) != kind for kind in EntryKind)
    assert kind_label("something_new") == "something_new"
    assert account_type_label("income") == "Income"
