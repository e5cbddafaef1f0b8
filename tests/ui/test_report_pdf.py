"""Reports painted page by page (ui/report_pdf.py): every row's text in order, the header
row on every page, page numbers, both languages, and no crash on long reports."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_text import page_count, pdf_text
from report_book import build

from desktop_app.services.report_documents import (
    MONEY,
    Column,
    ReportDocument,
    Table,
    build_report,
    rat_package,
)
from desktop_app.ui.report_pdf import write_reports_pdf


def _members(count: int) -> ReportDocument:
    rows = [(f"{n:05d}", f"Ibu Anggota Nomor {n}", n * 1_000) for n in range(1, count + 1)]
    table = Table("Members", [Column("Member No"), Column("Name"), Column("Savings", MONEY)],
                  rows, ("", "Total", sum(r[2] for r in rows)))
    return ReportDocument("members", "Member list", "As of 31/12/2025", [table],
                          [("Members", str(count))], ["A note under the facts."])


def test_a_long_table_runs_over_pages_with_its_header_on_each(qapp, tmp_path):
    path = write_reports_pdf(tmp_path / "m.pdf", [_members(400)], "Koperasi Melati", 0)
    pages = page_count(path)
    assert pages > 3
    text = pdf_text(path)
    assert text.startswith("Koperasi Melati Member list As of 31/12/2025 Members: 400 "
                           "A note under the facts. Members Member No Name Savings "
                           "00001 Ibu Anggota Nomor 1 1.000 00002")
    assert text.count("Member No Name Savings") == pages
    positions = [text.index(f"{n:05d} Ibu Anggota Nomor {n} {n:,}".replace(",", "."))
                 for n in (1, 150, 399, 400)]
    assert positions == sorted(positions)
    assert text.endswith(f"Total 80.200.000 Page {pages} of {pages}")
    assert "Page 1 of" in text


def test_each_document_starts_on_its_own_page(qapp, tmp_path):
    path = write_reports_pdf(tmp_path / "two.pdf", [_members(2), _members(3)], "K", 0)
    assert page_count(path) == 2
    assert pdf_text(path).count("Member list") == 2


def test_a_long_word_or_long_text_wraps_instead_of_vanishing(qapp, tmp_path):
    long = "Pembayaran angsuran pinjaman modal usaha warung kelontong " * 4
    doc = _members(1)
    doc.tables[0].rows.append(("00002", long.strip(), 5))
    text = pdf_text(write_reports_pdf(tmp_path / "w.pdf", [doc], "K", 0))
    assert " ".join(long.split()) in text


def test_the_rat_package_in_both_languages(session, tmp_path, lang):
    build(session)
    path = write_reports_pdf(tmp_path / "rat.pdf", rat_package(session, 2024), "Koperasi", 0)
    text = pdf_text(path)
    titles = (["Neraca", "Perhitungan Hasil Usaha", "SHU 2024", "Daftar anggota",
               "Halaman 1 dari"] if lang == "id"
              else ["Balance sheet", "Income statement", "SHU 2024", "Member list",
                    "Page 1 of"])
    for title in titles:
        assert title in text
    assert "Siti Aminah" in text and "47.655" in text and "4.910" in text


def test_a_report_in_indonesian_prints_amounts_as_on_screen(session, tmp_path, lang):
    build(session)
    doc = build_report(session, "trial_balance", date(2024, 1, 1), date(2024, 12, 31))
    text = pdf_text(write_reports_pdf(tmp_path / "tb.pdf", [doc], "Koperasi", 0))
    assert "1101 Kas 1.387.655" in text
    assert ("Neraca Saldo" if lang == "id" else "Trial balance") in text


def test_an_unwritable_place_is_refused_with_the_reason(qapp, tmp_path):
    with pytest.raises(OSError) as refused:
        write_reports_pdf(tmp_path / "missing" / "x.pdf", [_members(1)], "K", 0)
    assert refused.value.strerror
    assert not (tmp_path / "missing").exists()


def test_progress_is_reported_per_page_and_may_stop_the_painting(qapp, tmp_path):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done == 2:
            raise KeyboardInterrupt  # what a Cancel does, in another shape

    with pytest.raises(KeyboardInterrupt):
        write_reports_pdf(tmp_path / "stop.pdf", [_members(400)], "K", 0, progress)
    assert (0, 0) in seen and seen[-1][0] == 2 and seen[-1][1] > 3
