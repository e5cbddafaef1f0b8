"""Every writer of xlsx and CSV escapes what came from a user with one function
(`domain.cells.escape_text`): no text can run as a formula, and a control character
left in an old book never stops a write."""

from __future__ import annotations

import ast
import csv
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from report_book import build
from sqlalchemy import text

from desktop_app.domain.cells import FORMULA_STARTS, csv_value, escape_text
from desktop_app.domain.schedule import build_schedule, schedule_csv
from desktop_app.services import audit, settings, shu
from desktop_app.services.report_documents import build_report
from desktop_app.spreadsheet.exporter import export_book
from desktop_app.spreadsheet.reader import Problem
from desktop_app.spreadsheet.report_workbook import write_reports
from desktop_app.spreadsheet.table_export import export_table, problem_workbook
from desktop_app.spreadsheet.templates import write_template
from tests.spreadsheet.workbooks import MEMBERS_HEADER, make

HOSTILE = ["=1+1", "\t=1+1", "Siti\x1b[31m Aminah\x01", "=cmd|' /C calc'!A0", "@SUM(A1:A9)",
           "=HYPERLINK(\"http://x\",\"klik\")", "\r\n=1+1", "+62 811", "-2+3"]
SOURCE = Path(__file__).resolve().parents[2] / "desktop_app"
# Every module that writes a spreadsheet or CSV, and the test below that covers it.
WRITERS = {
    "spreadsheet/writer.py": "all SheetWriter users",
    "spreadsheet/exporter.py": "test_export_escapes_member_names_and_notes",
    "spreadsheet/table_export.py": "test_table_export_and_problem_workbook",
    "spreadsheet/report_workbook.py": "test_reports_workbook_escapes_the_cooperative_name",
    "spreadsheet/templates.py": "test_template_has_no_formula",
    # Writes every cell through SheetWriter (tested by test_table_export_and_problem_workbook).
    "spreadsheet/consolidation_workbook.py": "SheetWriter only",
    # The app's own words and its deliberate =SUM totals: no cell comes from a user.
    "spreadsheet/grid_template.py": "no user data",
    "services/shu.py": "test_shu_csv_escapes_names",
    "services/audit.py": "test_audit_export",
    "domain/schedule.py": "test_loan_schedule_csv",
}


def test_every_writer_is_covered_here():
    """A new writer of xlsx or CSV must be added to WRITERS (and tested) to pass."""
    writers = set()
    for path in SOURCE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        makers = {"csv.writer", "openpyxl.Workbook", "WriteOnlyCell"}
        if "from openpyxl import Workbook" in source:
            makers.add("Workbook")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in makers:
                writers.add(path.relative_to(SOURCE).as_posix())
    writers.discard("ui/table_export.py")  # calls spreadsheet/table_export.py
    assert writers <= set(WRITERS), writers - set(WRITERS)


def test_escape_text_strips_first_then_decides():
    assert escape_text("\x01=1+1") == ("=1+1", True)
    assert escape_text("\t=1+1") == ("\t=1+1", True)
    assert escape_text("Siti Aminah") == ("Siti Aminah", False)
    assert csv_value("@SUM(A1)") == "'@SUM(A1)" and csv_value(-5) == -5


def assert_safe_xlsx(path: Path) -> list[str]:
    """No formula anywhere; formula-like text is a text cell; no control character."""
    texts = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    assert escape_text(cell.value)[0] == cell.value, cell.value
                    if cell.value.startswith(FORMULA_STARTS):
                        assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    return texts


def assert_safe_csv(content: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(content)))
    for row in rows:
        for value in row:
            assert not value.startswith(FORMULA_STARTS), value
            assert escape_text(value)[0] == value
    return rows


@pytest.fixture
def hostile_book(session):
    """The known report book with hostile member names and notes, as an old book may hold."""
    build(session)
    numbers = list(session.scalars(text("SELECT number FROM member ORDER BY number")))
    for number, name in zip(numbers, HOSTILE, strict=False):
        session.execute(text("UPDATE member SET name = :n WHERE number = :k"),
                        {"n": name, "k": number})
    session.commit()
    return numbers


def test_export_escapes_member_names_and_notes(session, hostile_book, tmp_path):
    path = tmp_path / "export.xlsx"
    export_book(session, path)
    texts = assert_safe_xlsx(path)
    assert "=1+1" in texts and "\t=1+1" in texts and "Siti[31m Aminah" in texts


def test_table_export_and_problem_workbook(tmp_path):
    path = tmp_path / "table.xlsx"
    export_table(path, "=Anggota", ["=Nama", "Saldo"], [[h, 5] for h in HOSTILE])
    assert {"=1+1", "\t=1+1", "Siti[31m Aminah", "-2+3"} <= set(assert_safe_xlsx(path))
    source = make(tmp_path / "in.xlsx", {"Anggota": [MEMBERS_HEADER, *(
        ["A1", name, None, "P", None, None, None, None, "01/02/2024"] for name in HOSTILE if "\x1b" not in name)]})
    problems = [Problem("Anggota", 5, "Nama", "=bad\x02"), Problem("Anggota", None, None, "@x")]
    problem_workbook(source, problems, tmp_path / "problems.xlsx")
    assert {"@SUM(A1:A9)", "Nama: =bad", "Anggota: @x"} <= set(assert_safe_xlsx(tmp_path / "problems.xlsx"))


def test_reports_workbook_escapes_the_cooperative_name(session, hostile_book, tmp_path):
    doc = build_report(session, "cash_book", date(2024, 1, 1), date(2024, 12, 31))
    doc.tables[0].rows.append((date(2024, 12, 31), 99, "\t=1+1", "=HYPERLINK(\"x\")", 0, 0, 0))
    path = write_reports([doc], tmp_path / "r.xlsx", cooperative="\t=1+1")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet["A2"].value == "\t=1+1" and sheet["A2"].quotePrefix
    assert_safe_xlsx(path)


def test_template_has_no_formula(tmp_path):
    assert_safe_xlsx(write_template(tmp_path / "t.xlsx"))


def test_shu_csv_escapes_names(session, hostile_book):
    rows = assert_safe_csv(shu.shu_csv(shu.compute_shu(session, 2024)))
    names = [row[1] for row in rows[1:]]
    assert "'=1+1" in names and "'\t=1+1" in names and "Siti[31m Aminah" in names


def test_loan_schedule_csv():
    rows = assert_safe_csv(schedule_csv(build_schedule(
        principal=1_000_000, monthly_rate_percent=1, months=3, method="flat",
        disbursed_on=date(2025, 1, 5))))
    assert rows[0][0] == "no" and rows[1][:2] == ["1", "2025-02-05"] and len(rows) == 4


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_audit_export(session, tmp_path, suffix):
    settings.save_profile(session, settings.Profile(name="=HYPERLINK(\"x\")", address="a"))
    path = tmp_path / f"audit{suffix}"
    audit.export_entries(session, path)
    if suffix == ".csv":
        assert_safe_csv(path.read_text(encoding="utf-8-sig"))
    else:
        assert_safe_xlsx(path)
