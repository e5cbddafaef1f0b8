"""SheetWriter fills cells itself for speed; what Excel shows must be what openpyxl's own
path makes of the same values: each value, its type and its number format."""

from __future__ import annotations

import gc
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.spreadsheet.table_export import export_table
from desktop_app.spreadsheet.writer import (
    AMOUNT_FORMAT,
    DATE_FORMAT,
    PERCENT_FORMAT,
    OutColumn,
    SheetWriter,
)

COLUMNS = [OutColumn("Tanggal"), OutColumn("Nama", 30), OutColumn("Jumlah", 14, AMOUNT_FORMAT),
           OutColumn("Bunga", 8, PERCENT_FORMAT), OutColumn("Catatan")]


def _written(tmp_path, rows, formats=None):
    book = Workbook(write_only=True)
    writer = SheetWriter(book, "Data", COLUMNS)
    for row in rows:
        writer.append(row, formats)
    writer.close()
    book.save(tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx")["Data"]
    return [[(c.value, c.data_type, c.number_format, c.quotePrefix) for c in row]
            for row in sheet.iter_rows(min_row=2)], sheet


def test_values_keep_their_type_and_format(tmp_path):
    rows, sheet = _written(tmp_path, [
        (date(2024, 3, 5), "Siti Aminah", 125_000, 1.5, None),
        (datetime(2024, 3, 6, 14, 30), "Wati", -2_500, 2, "setor"),
    ])
    assert rows == [
        [(datetime(2024, 3, 5), "d", DATE_FORMAT, False), ("Siti Aminah", "s", "General", False),
         (125_000, "n", AMOUNT_FORMAT, False), (1.5, "n", PERCENT_FORMAT, False),
         (None, "n", "General", False)],
        [(datetime(2024, 3, 6, 14, 30), "d", DATE_FORMAT, False), ("Wati", "s", "General", False),
         (-2_500, "n", AMOUNT_FORMAT, False), (2, "n", PERCENT_FORMAT, False),
         ("setor", "s", "General", False)],
    ]
    assert [c.value for c in sheet[1]] == ["Tanggal", "Nama", "Jumlah", "Bunga", "Catatan"]
    assert all(c.font.b for c in sheet[1])
    assert not any(c.font.b for c in sheet[2])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:E3"


def test_text_that_could_run_is_text_and_unwritable_characters_go(tmp_path):
    rows, _ = _written(tmp_path, [
        (None, "=HYPERLINK(\"http://x\")", None, None, "+62 811"),
        (None, "a\x01b\x0bc", None, None, "-5"),
        (None, "#N/A", None, None, "x" * 40_000),
    ])
    assert rows[0][1] == ("=HYPERLINK(\"http://x\")", "s", "General", True)
    assert rows[0][4] == ("+62 811", "s", "General", True)
    assert rows[1][1] == ("abc", "s", "General", False)
    assert rows[1][4] == ("-5", "s", "General", True)
    assert rows[2][1] == ("#N/A", "e", "General", False)  # as openpyxl writes it
    assert rows[2][4] == ("x" * 32_767, "s", "General", False)  # what a cell holds


def test_other_values_take_openpyxls_path(tmp_path):
    rows, _ = _written(tmp_path, [(None, True, Decimal("12.5"), False, 7)])
    assert rows[0][1:] == [(True, "b", "General", False), (12.5, "n", "General", False),
                           (False, "b", "General", False), (7, "n", "General", False)]


def test_a_row_can_override_the_number_formats(tmp_path):
    rows, _ = _written(tmp_path, [(date(2024, 1, 2), "x", 1234, 3, 4)],
                       formats=[None, None, "0", None, AMOUNT_FORMAT])
    assert [cell[2] for cell in rows[0]] == [DATE_FORMAT, "General", "0", "General",
                                             AMOUNT_FORMAT]


def test_values_beyond_the_columns_are_left_out(tmp_path):
    rows, _ = _written(tmp_path, [(date(2024, 1, 2), "x", 1, 2, 3, "extra")])
    assert len(rows[0]) == 5 and rows[0][4][0] == 3


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_table_that_cannot_be_saved_leaves_no_sheet_open(tmp_path):
    with pytest.raises(FileNotFoundError):
        export_table(tmp_path / "no-such-folder" / "x.xlsx", "Anggota", ["No"], [["1"]])
    gc.collect()  # an unsaved sheet would write into its closed file here
