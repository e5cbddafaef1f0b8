"""Reading cells into records: a value read once is remembered per column, yet a cell
equal to it but of another type (TRUE after 1, a date after its text) is read for itself,
and every bad cell is reported at its own row."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.domain.accounts import SIMPANAN_WAJIB
from desktop_app.spreadsheet.reader import Workbook
from desktop_app.spreadsheet.records import read_records
from tests.spreadsheet.workbooks import SAVINGS_HEADER, make


def read(path):
    with Workbook(path) as workbook:
        return read_records(workbook, 0)


def test_equal_values_of_another_type_are_read_for_themselves(tmp_path):
    path = make(tmp_path / "s.xlsx", {"Simpanan": [
        SAVINGS_HEADER,
        [datetime(2024, 3, 1), "0001", "Wajib", 1, None, 1],
        [datetime(2024, 3, 1), "0001", "Wajib", True, None, True],
        [datetime(2024, 3, 2), "0001", "Wajib", 1.0, None, "1"],
        ["02/03/2024", "0001", "wajib", 20000, None, None],
    ]})
    records = read(path)
    problems = [str(p) for p in records.problems]
    assert problems == ["Simpanan, row 3, column D (Setor): True is not an amount"]
    rows = records.sheets["savings"].records
    assert [(r.row, r.date, r.type, r.deposit, r.note) for r in rows] == [
        (2, date(2024, 3, 1), SIMPANAN_WAJIB, 1, "1"),
        (4, date(2024, 3, 2), SIMPANAN_WAJIB, 1, "1"),
        (5, date(2024, 3, 2), SIMPANAN_WAJIB, 20000, None),
    ]


def test_a_bad_value_repeated_down_a_column_is_reported_at_every_row(tmp_path):
    path = make(tmp_path / "s.xlsx", {"Simpanan": [
        SAVINGS_HEADER,
        ["31/02/2024", "0001", "Wajib", 20000, None, None],
        ["31/02/2024", "0001", "Wajib", 20000, None, None],
        [datetime(2024, 3, 1), "0001", "Bulanan", "Rp 20.000,-", None, None],
        [datetime(2024, 3, 1), "0001", "Bulanan", "Rp 20.000,-", None, None],
    ]})
    records = read(path)
    located = [(p.row, p.column) for p in records.problems]
    assert located == [(2, "A (Tanggal)"), (3, "A (Tanggal)"), (4, "C (Jenis)"),
                       (5, "C (Jenis)")]
    assert records.sheets["savings"].records == []
