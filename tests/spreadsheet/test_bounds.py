"""Hostile and careless files (issue 13): refused with a clear message before anything is
allocated, or read within their real extent; never a crash, never a write."""

from __future__ import annotations

import zipfile

import pytest
import python_calamine
from sqlalchemy import func, select

from desktop_app.db.models import ImportBatch, JournalEntry
from desktop_app.errors import ValidationError
from desktop_app.spreadsheet import guard, importer
from desktop_app.spreadsheet.importer import import_workbook
from desktop_app.spreadsheet.reader import ProblemList, Workbook
from tests.spreadsheet import bombs
from tests.spreadsheet.workbooks import MEMBERS_HEADER, SAVINGS_HEADER, make, member


def _nothing_written(session) -> None:
    assert session.scalar(select(func.count(JournalEntry.id))) == 0
    assert session.scalar(select(func.count(ImportBatch.id))) == 0


def test_merged_ranges_over_a_hundred_thousand_rows_cost_only_the_real_rows(tmp_path):
    path = bombs.merged_ranges(tmp_path / "merged.xlsx")
    with Workbook(path) as workbook:
        rows = list(workbook.rows("Simpanan"))
    assert [r.number for r in rows] == [1, 2, 3]
    assert rows[1].values[:4] == ("01/02/2024", "0001", "Wajib", 5000)


def test_too_many_merged_ranges_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(guard, "MAX_MERGED", 100)
    path = bombs.merged_ranges(tmp_path / "merged.xlsx", scale=0.01)
    with pytest.raises(ValidationError, match="has 300 merged ranges; at most 100"), \
            Workbook(path) as workbook:
        list(workbook.rows("Simpanan"))


def test_one_row_of_millions_of_cells_is_refused_before_parsing(tmp_path):
    path = bombs.wide_row(tmp_path / "wide.xlsx", scale=0.01)  # 30,000 cells
    with pytest.raises(ValidationError, match=r"Sheet 'Simpanan' has \d+ columns; at most 512"):
        Workbook(path)


def test_a_declared_dimension_does_not_matter_the_real_rows_do(tmp_path, monkeypatch):
    monkeypatch.setattr(guard, "MAX_CELLS", 50_000)
    path = bombs.declared_dimension(tmp_path / "dimension.xlsx", scale=0.01)  # 10,485 rows
    with pytest.raises(ValidationError, match=r"reaches row [\d.]+ and column 11, more than "
                                              r"50\.000 cells"):
        Workbook(path)


def test_a_row_numbered_a_billion_is_refused_at_once(tmp_path):
    path = bombs.far_row(tmp_path / "far.xlsx")
    assert path.stat().st_size < 3000
    with pytest.raises(ValidationError, match=r"reaches row 1\.000\.000\.000"):
        Workbook(path)


FAR = r"reaches row 1\.048\.576 and column 6, more than 3\.000\.000 cells"
WIDE_AND_FAR = r"reaches row 1\.048\.576 and column 512, more than"


@pytest.mark.parametrize(("reference", "after_rows", "message"), [
    ("SR1048576", 0, WIDE_AND_FAR),  # in the sheet's first megabyte
    ("SR1048576", 20_000, WIDE_AND_FAR),  # below a megabyte of ordinary rows
    ("sr1048576", 20_000, WIDE_AND_FAR),  # calamine reads a1 as A1
    ("F1048576", 20_000, FAR),  # within the columns, far below the rows
    ("f0000000000000000000000000000001048576", 0, FAR),  # leading zeros
])
def test_a_cell_whose_own_reference_lies_far_away_is_refused_before_parsing(
        tmp_path, monkeypatch, reference, after_rows, message):
    def parse(*args):
        raise AssertionError("calamine was asked to parse the sheet")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "get_sheet_by_name", parse,
                        raising=False)
    path = bombs.far_cell(tmp_path / "far.xlsx", reference=reference, after_rows=after_rows)
    with pytest.raises(ValidationError, match=message):
        Workbook(path)


def test_rows_out_of_order_are_measured_by_the_furthest(tmp_path):
    path = bombs.write_xlsx(tmp_path / "order.xlsx", [
        bombs._SHEET_START, "<sheetData>", bombs.row(1, bombs.HEADER),
        *(bombs.row(n, ("01/02/2024", "0001", "Wajib", 5000, None, "x" * 40))
          for n in range(2, 12_000)),
        bombs.row(900_000, ("01/02/2024", "0001", "Wajib", 5000, None, None)),
        *(bombs.row(n, ("01/02/2024", "0001", "Wajib", 5000, None, "x" * 40))
          for n in range(12_000, 14_000)),
        "</sheetData></worksheet>"])
    with pytest.raises(ValidationError, match=r"reaches row 900\.000 and column 6"):
        Workbook(path)


def test_bombs_change_nothing_in_the_book(session, tmp_path):
    for make_bomb in (bombs.wide_row, bombs.far_row):
        with pytest.raises(ValidationError):
            import_workbook(session, make_bomb(tmp_path / f"{make_bomb.__name__}.xlsx", 0.01))
    _nothing_written(session)


@pytest.mark.parametrize("make_bomb", bombs.XLS_BOMBS.values(), ids=bombs.XLS_BOMBS)
def test_an_xls_declaring_or_reaching_the_whole_sheet_is_refused_before_loading(
        session, tmp_path, make_bomb, monkeypatch):
    def never(*_):
        raise AssertionError("calamine was asked to load the bomb")

    path = make_bomb(tmp_path / "bom.xls")
    assert path.stat().st_size < 10_000
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", never)
    with pytest.raises(ValidationError, match=r"Sheet 'Simpanan' reaches row 65\.536 and "
                                              r"column 256, more than 3\.000\.000 cells"):
        import_workbook(session, path)
    _nothing_written(session)


@pytest.mark.parametrize("kept", [10_000, 100])  # 100: messages beyond are only counted
def test_at_most_200_problems_are_listed_and_the_rest_counted(session, tmp_path, monkeypatch,
                                                              kept):
    monkeypatch.setattr(ProblemList, "KEEP", kept)
    rows = [SAVINGS_HEADER] + [["01/02/2024", "X", "Wajib", "lima ribu", None, None]] * 450
    result = import_workbook(session, make(tmp_path / "bad.xlsx", {"Simpanan": rows}))
    assert len(result.details) == min(kept, importer.MAX_LISTED)
    assert len(result.details) + result.more == 450
    assert result.problems[-1] == f"… and {result.more} more problem(s)"
    assert "450 problem(s) found; nothing was imported" in result.summary()
    _nothing_written(session)


@pytest.mark.parametrize("chunk", [2, 3, 7, 5000])
def test_a_long_run_of_blank_rows_ends_the_sheet(tmp_path, monkeypatch, chunk):
    from desktop_app.spreadsheet import reader

    monkeypatch.setattr(reader, "BLANK_RUN", 5)
    monkeypatch.setattr(reader, "CHUNK_ROWS", chunk)  # the run crosses chunks, or not
    path = make(tmp_path / "gap.xlsx", {"Simpanan": [SAVINGS_HEADER, *[[None]] * 8,
                                                     ["01/02/2024", "1", "Wajib", 1, None]]})
    with Workbook(path) as workbook:
        numbers = [r.number for r in workbook.rows("Simpanan")]
    assert numbers == [1, 2, 3, 4, 5, 6]


def test_a_sheet_of_excel_s_full_width_is_refused_with_how_to_fix_it(tmp_path):
    path = make(tmp_path / "lebar.xlsx", {"Anggota": [MEMBERS_HEADER, member("1")]})
    import openpyxl

    book = openpyxl.load_workbook(path)
    book["Anggota"].cell(row=2, column=600, value="x")
    book.save(path)
    with pytest.raises(ValidationError, match="has 600 columns; at most 512 are read. Delete"):
        Workbook(path)


def _four_sheets(path):
    return make(path, {
        "Anggota": [MEMBERS_HEADER, member("1"), member("2", "Dewi")],
        "Ringkasan": [["Total simpanan", 30000]],
        "Simpanan": [SAVINGS_HEADER, ["02/01/2024", "1", "Wajib", 10000]],
        "Kas": [["Tanggal", "Kode Akun", "Masuk", "Keluar"], ["04/01/2024", "5201", None, 5]],
    })


def _patch_sheet(path, number: int, change) -> None:
    """Rewrite the XML of the `number`th sheet."""
    patched = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == f"xl/worksheets/sheet{number}.xml":
                data = change(data.decode()).encode()
            target.writestr(info, data)
    patched.replace(path)


def test_a_hostile_last_sheet_is_refused_before_any_sheet_is_parsed(session, tmp_path,
                                                                     monkeypatch):
    parsed = []
    parse = python_calamine.CalamineWorkbook.get_sheet_by_name
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "get_sheet_by_name",
                        lambda book, title: parsed.append(title) or parse(book, title))
    path = _four_sheets(tmp_path / "b.xlsx")
    _patch_sheet(path, 4, lambda xml: xml.replace('<c r="A2"', '<c r="SR1048576"'))  # Kas
    with pytest.raises(ValidationError, match=r"Sheet 'Kas' reaches row 1\.048\.576 and "
                                              r"column 512, more than 3\.000\.000 cells"):
        import_workbook(session, path)
    assert parsed == []
    _nothing_written(session)


def test_a_sheet_calamine_cannot_parse_is_refused_naming_the_file_once(session, tmp_path):
    path = _four_sheets(tmp_path / "b.xlsx")
    _patch_sheet(path, 3, lambda xml: xml.replace('r="B2"', 'r="B2 "'))  # Simpanan
    with pytest.raises(ValidationError) as refused:
        import_workbook(session, path)
    message = str(refused.value)
    assert message.startswith("The file b.xlsx could not be read as a workbook: ")
    assert message.count("could not be read") == 1  # calamine's own words follow, once
    _nothing_written(session)
