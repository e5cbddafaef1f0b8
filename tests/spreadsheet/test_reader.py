"""Untrusted files: refused clearly before any parsing that could hurt."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from desktop_app.errors import ValidationError
from desktop_app.spreadsheet import guard, reader
from desktop_app.spreadsheet.columns import SAVINGS, match_header, normalise
from desktop_app.spreadsheet.reader import Workbook
from tests.spreadsheet.workbooks import make


def test_openpyxl_parses_through_defusedxml():
    assert openpyxl.DEFUSEDXML is True


def test_headers_match_whatever_the_case_spacing_and_punctuation():
    assert normalise(" NO. ANGGOTA ") == normalise("no_anggota") == "noanggota"
    assert match_header(SAVINGS, "member no.").key == "member_no"
    assert match_header(SAVINGS, "Setoran").key == "deposit"
    assert match_header(SAVINGS, "Saldo") is None


@pytest.mark.parametrize(("content", "message"), [
    (b"Tanggal;Jumlah\n01/01/2024;5000\n", "is not a workbook (.xlsx, .xlsm, .xls, .ods or .csv)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "is protected with a password or is not a valid .xls"),
])
def test_not_a_workbook_and_encrypted_files_get_a_clear_message(tmp_path, content, message):
    path = tmp_path / "buku.xlsx"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Workbook(path)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        Workbook(tmp_path / "hilang.xlsx")


def test_a_locked_file_says_it_may_be_open_in_excel(tmp_path, monkeypatch):
    path = make(tmp_path / "a.xlsx", {"Kas": [["Tanggal"]]})

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", locked)
    with pytest.raises(ValidationError, match="may be open in Excel"):
        reader.check_file(path)


def test_a_zip_bomb_is_refused_before_parsing(tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml",
                         '<worksheet><dimension ref="A1:B2"/>' + " " * 20_000_000 + "</worksheet>")
    with pytest.raises(ValidationError, match="unreasonable size"):
        Workbook(path)


def test_a_sheet_far_too_big_for_its_row_count_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(guard, "MAX_RATIO", 10**9)
    path = tmp_path / "fat.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml",
                         '<worksheet><dimension ref="A1:B3"/>' + "x" * 6_000_000 + "</worksheet>")
    with pytest.raises(ValidationError, match="unreasonable size"):
        reader.check_file(path)


def test_rows_keep_their_excel_numbers_across_gaps(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"], sheet["A5"] = "first", "fifth"
    book.save(tmp_path / "g.xlsx")
    with Workbook(tmp_path / "g.xlsx") as workbook:
        rows = {r.number: r.values for r in workbook.rows(workbook.sheet_titles[0])}
    assert rows[1] == ("first",) and rows[5] == ("fifth",)


def test_an_entity_bomb_is_refused(tmp_path):
    path = make(tmp_path / "e.xlsx", {"Kas": [["Tanggal"]]})
    bomb = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet>&b;</worksheet>')
    patched = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, bomb if info.filename.endswith("sheet1.xml") else data)
    with pytest.raises(ValidationError):
        with Workbook(patched) as workbook:
            list(workbook.rows(workbook.sheet_titles[0]))
