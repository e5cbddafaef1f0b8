"""Report documents: the same figures on screen, in print and in Excel."""

from datetime import date

import pytest
from openpyxl import load_workbook
from report_book import build

from desktop_app.services.report_documents import REPORTS, build_report, rat_package
from desktop_app.spreadsheet.report_workbook import write_reports


@pytest.fixture
def ids(session):
    return build(session)


def test_every_report_builds_for_a_year_and_for_an_empty_period(session, ids):
    for kind in REPORTS:
        doc = build_report(session, kind.key, date(2024, 1, 1), date(2024, 12, 31))
        assert doc.tables and doc.title
        empty = build_report(session, kind.key, date(2010, 1, 1), date(2010, 1, 31))
        assert empty.tables


def test_rat_package_documents_and_workbook(session, ids, tmp_path):
    docs = rat_package(session, 2024)  # its PDF: tests/ui/test_report_pdf.py
    assert [d.key for d in docs] == ["balance_sheet", "income_statement", "shu", "members"]
    path = write_reports(docs, tmp_path / "rat.xlsx", cooperative="Koperasi Test")
    book = load_workbook(path)
    shu_sheet = next(ws for ws in book.worksheets if "per member" in ws.title)
    header_row = next(r for r in shu_sheet.iter_rows() if r[0].value == "Member No")
    assert header_row[0].font.bold
    assert shu_sheet.freeze_panes == f"A{header_row[0].row + 1}"
    first = [c.value for c in shu_sheet[header_row[0].row + 1]]
    assert first == ["A001", "Siti Aminah", 340000, 0, 4910, 0, 4910]
    assert shu_sheet.cell(header_row[0].row + 1, 3).number_format == "#,##0"
    income = next(ws for ws in book.worksheets if "Income" in ws.title and "Expenses" not in ws.title)
    assert any(row[2] == 60_000 for row in income.iter_rows(values_only=True) if len(row) > 2)


def test_text_that_looks_like_a_formula_is_written_as_text(session, ids, tmp_path):
    doc = build_report(session, "cash_book", date(2024, 1, 1), date(2024, 12, 31))
    doc.tables[0].rows.append((date(2024, 12, 31), 99, "=1+1", "=HYPERLINK(\"x\")", 0, 0, 0))
    path = write_reports([doc], tmp_path / "c.xlsx", cooperative="K")
    sheet = load_workbook(path).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    formula_like = [c for c in cells if c.value.startswith("=")]
    assert {c.value for c in formula_like} == {"=1+1", "=HYPERLINK(\"x\")"}
    assert all(c.data_type == "s" and c.quotePrefix for c in formula_like)
