"""Nonsense gets a clear refusal naming the cell or field, and nothing is written:
amounts past the book's limit, dates outside 1950 to next year, texts past their
column or with control characters, and workbooks with nothing to import."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from desktop_app.db.models import ImportBatch, JournalEntry, Member
from desktop_app.domain.accounts import KAS, MODAL_DONASI, EntryKind
from desktop_app.domain.journal import EntryDraft, credit, debit
from desktop_app.domain.limits import MAX_AMOUNT, MAX_TOTAL, latest_date
from desktop_app.errors import ValidationError
from desktop_app.services import ledger, members, savings
from desktop_app.spreadsheet.columns import IMPORT_SHEETS
from desktop_app.spreadsheet.importer import import_workbook
from tests.spreadsheet.workbooks import MEMBERS_HEADER, SAVINGS_HEADER, make, member


def written(session) -> tuple[int, int, int]:
    return (session.scalar(select(func.count(Member.id))),
            session.scalar(select(func.count(JournalEntry.id))),
            session.scalar(select(func.count(ImportBatch.id))))


def savings_book(tmp_path, amount, day="02/02/2024"):
    return make(tmp_path / "s.xlsx", {
        "Anggota": [MEMBERS_HEADER, member("1")],
        "Simpanan": [SAVINGS_HEADER, [day, "1", "Sukarela", amount, None, None]],
    })


@pytest.mark.parametrize("amount", [1e308, 9.3e18, 12345678901234567890, "99999999999999999999",
                                    MAX_AMOUNT + 1])
def test_an_amount_past_the_limit_is_a_named_problem(session, tmp_path, amount):
    result = import_workbook(session, savings_book(tmp_path, amount))
    assert result.problems == [
        "Simpanan, row 2, column D (Setor): the amount is too large (the book accepts at most "
        "1.000.000.000.000.000)"]
    assert written(session) == (0, 0, 0)


def test_the_largest_amount_is_accepted(session, tmp_path):
    result = import_workbook(session, savings_book(tmp_path, MAX_AMOUNT))
    assert result.problems == [] and ledger.account_balance(session, KAS) == MAX_AMOUNT


@pytest.mark.parametrize("day", ["31/12/1899", "01/01/1900", "31/12/1949", "31/12/9999"])
def test_dates_outside_the_book_are_refused(session, tmp_path, day):
    book = make(tmp_path / "m.xlsx", {"Anggota": [MEMBERS_HEADER, member("1", joined=day)],
                                       "Simpanan": [SAVINGS_HEADER,
                                                    [day, "1", "Sukarela", 5000, None, None]]})
    result = import_workbook(session, book)
    last = latest_date().strftime("%d/%m/%Y")
    assert len(result.problems) == 2
    assert result.problems[0] == (f"Anggota, row 2, column I (Tanggal Masuk): {day} is outside "
                                  f"the dates the book accepts (01/01/1950 to {last})")
    assert written(session) == (0, 0, 0)


def test_a_name_past_its_column_is_refused(session, tmp_path):
    book = make(tmp_path / "m.xlsx", {"Anggota": [MEMBERS_HEADER, member("1", "A" * 1_000_000)]})
    result = import_workbook(session, book)
    assert result.problems == [  # a cell holds at most 32,767 characters
        "Anggota, row 2, column B (Nama): at most 120 characters (this has 32767)"]
    assert written(session) == (0, 0, 0)


@pytest.mark.parametrize("sheets", [
    {"Anggota": [MEMBERS_HEADER]},
    {"Lembar1": [["apa", "saja"], [1, 2]], "Catatan": [["x"]]},
    {"Anggota": [MEMBERS_HEADER, *([None] * 11 for _ in range(500))]},
], ids=["header only", "unknown sheets", "blank rows"])
def test_a_workbook_with_nothing_to_import_is_refused_and_leaves_no_batch(session, tmp_path,
                                                                           sheets):
    path = make(tmp_path / "empty.xlsx", sheets)
    for _ in range(2):  # and the same file is refused the same way again, not "imported before"
        result = import_workbook(session, path)
        assert result.problems == [
            "empty.xlsx: there is nothing to import: no data row on any sheet of the format "
            f"({', '.join(spec.name for spec in IMPORT_SHEETS)})"]
        assert written(session) == (0, 0, 0)


# ---------------------------------------------------------------- the services


def test_the_member_form_names_each_field_past_its_limit(session):
    data = members.MemberInput("1\x07", "Siti\x1bAminah", date(1899, 12, 31),
                               birth_date=date(1899, 1, 1), address="Jl. \x01",
                               phone="0" * 40)
    with pytest.raises(ValidationError) as refused:
        members.create_member(session, data)
    problems = refused.value.problems
    assert [p.split(":")[0] for p in problems] == [
        "Member number", "Name", "Address", "Phone", "Join date", "Birth date"]
    assert "control character" in problems[1] and "at most 32 characters" in problems[3]
    with pytest.raises(ValidationError, match="^Name: at most 120 characters"):
        members.create_member(session, members.MemberInput("1", "A" * 1_000_000, date(2024, 1, 1)))
    assert written(session) == (0, 0, 0)


@pytest.fixture
def siti(session):
    return members.create_member(session, members.MemberInput("1", "Siti", date(2024, 1, 1)))


def test_a_deposit_note_with_a_control_character_is_refused(session, siti):
    with pytest.raises(ValidationError, match="^Note: remove the control character"):
        savings.deposit(session, siti, "sukarela", 5000, date(2024, 2, 1), note="setor\x01")
    assert written(session)[1] == 0


@pytest.mark.parametrize("amount", [MAX_AMOUNT + 1, 10**19])
def test_the_ledger_refuses_an_amount_past_the_limit(session, siti, amount):
    with pytest.raises(ValidationError, match="^Amount: the amount is too large"):
        savings.deposit(session, siti, "sukarela", amount, date(2024, 2, 1))
    assert written(session)[1] == 0


def test_a_sum_past_the_largest_balance_is_refused_before_writing(session, siti):
    session.execute(text(
        "INSERT INTO account_balance (account_id, balance) "
        "SELECT id, :b FROM account WHERE code = :k"), {"b": MAX_TOTAL - 10, "k": KAS})
    session.commit()
    with pytest.raises(ValidationError, match="^Account balance: the total would pass"):
        ledger.post(session, EntryDraft(date(2024, 2, 1), EntryKind.GRANT, "Hibah",
                                        [debit(KAS, 11), credit(MODAL_DONASI, 11)]))
    assert written(session)[1] == 0 and ledger.account_balance(session, KAS) == MAX_TOTAL - 10


@pytest.mark.parametrize("day", [date(1899, 12, 31), date(1900, 1, 1), date(9999, 12, 31)])
def test_the_ledger_refuses_a_date_outside_the_book(session, day):
    with pytest.raises(ValidationError, match="^Date: .* is outside the dates the book accepts"):
        ledger.post(session, EntryDraft(day, EntryKind.GRANT, "Hibah",
                                        [debit(KAS, 11), credit(MODAL_DONASI, 11)]))
    assert written(session)[1] == 0
