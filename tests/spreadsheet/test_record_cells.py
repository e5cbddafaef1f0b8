"""Reading cells into records: a value read once is remembered per column, yet a cell
equal to it but of another type (TRUE after 1, a date after its text) is read for itself,
and every bad cell is reported at its own row."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.accounts import SIMPANAN_WAJIB
from desktop_app.spreadsheet import reader
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


@pytest.mark.parametrize("chunk", [1, 2, 3, 5000])
def test_a_sheet_reads_the_same_however_many_rows_are_read_at_a_time(tmp_path, monkeypatch,
                                                                       chunk):
    monkeypatch.setattr(reader, "CHUNK_ROWS", chunk)
    path = make(tmp_path / "s.xlsx", {"Simpanan": [
        ["Buku simpanan 2024"],
        SAVINGS_HEADER,
        [datetime(2024, 3, 1), "0001", "Wajib", 1, None, None],
        [],
        ["Jumlah bulan Maret", None, None, 1, None, None],
        [datetime(2024, 3, 1), "0001", "Wajib", True, None, None],
        ["  ", None, None, None, None, None],
        [datetime(2024, 3, 2), "0001", "Bulanan", "Rp x", None, None],
        ["Siti Jumlah", "0001", "Wajib", 5, None, None],
        [datetime(2024, 3, 3), "0001", "wajib", 1.0, None, 1],
        ["Sub total Melati", None, None, 6, None, None],
        ["03/03/2024", None, "Wajib", 2, None, "catatan"],
    ]})
    records = read(path)
    assert [str(p) for p in records.problems] == [
        "Simpanan, row 6, column D (Setor): True is not an amount",
        ("Simpanan, row 8, column C (Jenis): 'Bulanan' is not a savings type (write Pokok, "
         "Wajib or Sukarela)"),
        "Simpanan, row 8, column D (Setor): 'Rp x' is not an amount",
        ("Simpanan, row 9, column A (Tanggal): 'Siti Jumlah' is not a date "
         "(write it as 21/03/2025)"),
        "Simpanan, row 12, column B (No. Anggota): this cell must be filled in",
    ]
    sheet = records.sheets["savings"]
    assert [(r.row, r.date, r.deposit, r.note) for r in sheet.records] == [
        (3, date(2024, 3, 1), 1, None), (10, date(2024, 3, 3), 1, "1")]
    assert (sheet.skipped, sheet.totals) == (4, 2)
    assert records.notices == ["Simpanan: 2 total or subtotal row(s) skipped"]
