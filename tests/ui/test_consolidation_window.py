"""Gabungan koperasi: a folder of cooperatives read off the GUI thread, shown and saved."""

from __future__ import annotations

import dataclasses
from datetime import date

import loan_book
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.ui.consolidation_window import ConsolidationWindow


def cooperative(path, name, savings):
    book = create_book(path, dataclasses.replace(DEFAULT_PROFILE, name=name))
    with book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        member = loan_book.add_member(session, "A01", "Siti", savings=savings)
        product = loan_book.add_product(session)
        loan_book.running_loan(session, member, product, on=date(2025, 1, 10))
    book.close()


def test_a_folder_is_read_shown_with_its_total_and_flags_and_saved(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    cooperative(folder / "a.sqlite3", "Koperasi Anggrek", 3_000_000)
    cooperative(folder / "b.sqlite3", "Koperasi Kenanga", 1_000_000)
    (folder / "rusak.xlsx").write_bytes(b"not a workbook")
    parent = QWidget()
    qtbot.addWidget(parent)
    window = ConsolidationWindow(parent)
    window.as_of.setDate(QDate(2025, 3, 31))
    window.quarters.setValue(2)
    monkeypatch.setattr("desktop_app.ui.consolidation_window.QFileDialog.getExistingDirectory",
                        lambda *a, **k: str(folder))
    window.choose_folder()
    assert window.is_busy() and not window.save_xlsx.isEnabled()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=60_000)

    rows = [window.coops.row(r) for r in range(window.coops.rowCount())]
    assert [r[0] for r in rows] == ["Koperasi Anggrek", "Koperasi Kenanga", "rusak", "Total"]
    assert [r[1] for r in rows[:3]] == ["Yes", "Yes", "No"]
    savings_column = 2 + [f.attr for f in window.figure_columns].index("savings_total")
    assert rows[-1][savings_column] == 4_000_000
    flags = [window.flags.row(r) for r in range(window.flags.rowCount())]
    assert ["Koperasi Anggrek", "PAR30 is 100,0%, above 10,0%."] in flags
    assert any(row[0].endswith("rusak.xlsx") and row[1].startswith("Left out of the totals")
               for row in flags)
    assert window.status.text().startswith("2 of 3 sources included")

    target = tmp_path / "gabungan.xlsx"
    monkeypatch.setattr("desktop_app.ui.consolidation_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    window.save_workbook()
    totals = {row[0]: row[1:] for row in load_workbook(target)["Totals"].iter_rows(
        values_only=True)}
    assert totals["Total savings"][-2] == 4_000_000  # the last quarter; then its definition
    assert str(target) in window.status.text()
