"""Sheets parsed ahead on a worker thread while the sheet before them is read: the same
records and the same refusals as reading one sheet after another, and no sheet parsed
before every sheet has passed the safety scan."""

from __future__ import annotations

import re
import threading
import zipfile

import pytest
import python_calamine

from desktop_app.errors import ValidationError
from desktop_app.spreadsheet.importer import import_workbook
from desktop_app.spreadsheet.reader import Workbook
from desktop_app.spreadsheet.records import read_records
from tests.spreadsheet.workbooks import (
    CASH_HEADER,
    MEMBERS_HEADER,
    SAVINGS_HEADER,
    make,
    member,
)


def book(path):
    return make(path, {
        "Anggota": [MEMBERS_HEADER, member("1"), member("2", "Dewi")],
        "Ringkasan": [["Total simpanan", 30000]],  # not of the format: skipped with a notice
        "Simpanan": [SAVINGS_HEADER, ["02/01/2024", "1", "Wajib", 10000],
                     ["03/01/2024", "2", "Sukarela", 20000], ["Jumlah", None, None, 30000]],
        "Kas": [CASH_HEADER, ["04/01/2024", "5201", None, 5000, "listrik"]],
    })


def patch_sheet(path, number: int, change) -> None:
    """Rewrite the XML of the `number`th sheet."""
    patched = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == f"xl/worksheets/sheet{number}.xml":
                data = change(data.decode()).encode()
            target.writestr(info, data)
    patched.replace(path)


@pytest.fixture
def parses(monkeypatch):
    """Each sheet calamine parses, with the thread that asked."""
    calls = []
    parse = python_calamine.CalamineWorkbook.get_sheet_by_name

    def spy(workbook, title):
        calls.append((title, threading.current_thread().name.split("_")[0]))
        return parse(workbook, title)

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "get_sheet_by_name", spy)
    return calls


def test_sheets_parsed_ahead_on_the_worker_read_as_one_after_another(tmp_path, monkeypatch,
                                                                        parses):
    path = book(tmp_path / "b.xlsx")
    with Workbook(path) as workbook:
        ahead = read_records(workbook, 0)
    assert parses == [("Anggota", "calamine"), ("Ringkasan", "calamine"),
                      ("Simpanan", "calamine"), ("Kas", "calamine")]
    parses.clear()
    monkeypatch.setattr(Workbook, "read_ahead", lambda workbook, titles: None)
    with Workbook(path) as workbook:
        plain = read_records(workbook, 0)
    assert [thread for _, thread in parses] == ["MainThread"] * 4
    assert {k: s.records for k, s in ahead.sheets.items()} == {
        k: s.records for k, s in plain.sheets.items()}
    assert [len(ahead.records(k)) for k in ("members", "savings", "cash")] == [2, 2, 1]
    assert ahead.notices == plain.notices == [
        "Sheet 'Ringkasan' is not part of the format and was skipped.",
        "Simpanan: 1 total or subtotal row(s) skipped"]


def test_a_sheet_calamine_cannot_parse_on_the_worker_is_refused_with_the_same_message(
        session, tmp_path, monkeypatch):
    path = book(tmp_path / "b.xlsx")
    patch_sheet(path, 3, lambda xml: xml.replace('r="B2"', 'r="B2 "'))  # Simpanan
    with pytest.raises(ValidationError) as ahead:
        import_workbook(session, path)
    monkeypatch.setattr(Workbook, "read_ahead", lambda workbook, titles: None)
    with pytest.raises(ValidationError) as plain:
        import_workbook(session, path)
    assert str(ahead.value) == str(plain.value)
    message = str(ahead.value)
    assert message.startswith("The file b.xlsx could not be read as a workbook: ")
    assert message.count("could not be read") == 1  # calamine's own words follow, once


def test_a_hostile_later_sheet_is_refused_before_any_sheet_is_parsed(session, tmp_path,
                                                                      parses):
    path = book(tmp_path / "b.xlsx")
    patch_sheet(path, 4, lambda xml: re.sub(r'<c r="A2"', '<c r="SR1048576"', xml))  # Kas
    with pytest.raises(ValidationError, match="Sheet 'Kas' reaches row 1.048.576 and column "
                                              "512, more than 3.000.000 cells"):
        import_workbook(session, path)
    assert parses == []
