"""The Reports page: reports on screen, export, SHU posting and period close."""

from datetime import date

import pytest
from openpyxl import load_workbook
from pdf_text import pdf_text
from PySide6.QtWidgets import QMessageBox
from report_book import SHU_2024, build

from desktop_app.db.book import open_book
from desktop_app.domain.roles import Role
from desktop_app.services import settings
from desktop_app.services.context import SYSTEM_ACTOR, Actor
from desktop_app.ui import saved_notice
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages import report_export
from desktop_app.ui.pages import reports as reports_module
from desktop_app.ui.pages.reports import ReportsPage


@pytest.fixture
def book(book_file):
    """A book on disk: reports are built and written on worker threads, each with its own
    connection (an in-memory book is bound to the thread that made it)."""
    opened = open_book(book_file)
    yield opened
    opened.close()


@pytest.fixture
def ctx(book, session):
    build(session)
    session.commit()
    return AppContext(book, SYSTEM_ACTOR)


@pytest.fixture
def page(qtbot, ctx):
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _done(qtbot, task):
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass


def _show(qtbot, page, key, start, end):
    panel = page.reports
    panel.set_period(start, end)
    panel.select(key)  # starts building it…
    _done(qtbot, panel.show_report())  # …and this drops that build for a new one
    return panel


def _cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_income_statement_on_screen(qtbot, page, qtmodeltester):
    panel = _show(qtbot, page, "income_statement", date(2024, 1, 1), date(2024, 12, 31))
    assert panel.document.facts[0][1] == "47.655"
    income = panel.view.models[0]
    qtmodeltester.check(income)
    assert _cells(income, income.rowCount() - 1)[1:] == ["Total income", "60.000"]
    assert panel.view.tabs.count() == 2


def test_balance_sheet_balances_on_screen(qtbot, page):
    panel = _show(qtbot, page, "balance_sheet", date(2024, 1, 1), date(2024, 12, 31))
    facts = dict(panel.document.facts)
    assert facts["Total assets"] == facts["Total liabilities and equity"]


def test_empty_period_says_so(qtbot, page):
    panel = _show(qtbot, page, "cash_book", date(2010, 1, 1), date(2010, 1, 31))
    assert "No cash movements in this period." in panel.view.facts.text()
    assert panel.view.models[0].rowCount() == 1  # just the total row


def test_backwards_period_is_refused_in_words(qtbot, page):
    panel = _show(qtbot, page, "income_statement", date(2024, 1, 1), date(2024, 12, 31))
    panel.start.setDate(date(2024, 12, 31))
    panel.end.setDate(date(2024, 1, 1))
    _done(qtbot, panel.show_report())
    assert "starts after it ends" in panel.message.text()
    assert panel.document is None and panel.view.models == []


def test_export_to_excel_and_pdf(qtbot, page, tmp_path):
    panel = _show(qtbot, page, "trial_balance", date(2024, 1, 1), date(2024, 12, 31))
    _done(qtbot, panel.exporter.save_excel(tmp_path / "tb.xlsx"))
    rows = list(load_workbook(tmp_path / "tb.xlsx").worksheets[0].iter_rows(values_only=True))
    total = next(r for r in rows if r[1] == "Total")
    assert total[2] == total[3] and isinstance(total[2], int)
    _done(qtbot, panel.exporter.save_pdf(tmp_path / "tb.pdf"))
    assert f"Saved to {tmp_path / 'tb.pdf'}" in panel.message.text()
    text = pdf_text(tmp_path / "tb.pdf")
    assert "Trial balance" in text and "As of 31/12/2024" in text
    assert "1101 Kas 1.387.655" in text


def test_an_unwritable_pdf_is_refused_in_words(qtbot, page, tmp_path):
    panel = _show(qtbot, page, "trial_balance", date(2024, 1, 1), date(2024, 12, 31))
    _done(qtbot, panel.exporter.save_pdf(tmp_path / "missing" / "tb.pdf"))
    assert "Could not write" in panel.message.text()
    assert page.findChild(QMessageBox, "saved-notice") is None


def test_save_pdf_asks_where_then_says_where_with_open_folder(qtbot, page, tmp_path,
                                                             monkeypatch):
    panel = _show(qtbot, page, "balance_sheet", date(2024, 1, 1), date(2024, 12, 31))
    monkeypatch.setattr(report_export, "ask_save_path", lambda *a: tmp_path / "neraca.pdf")
    opened = []
    monkeypatch.setattr(saved_notice, "open_folder", opened.append)
    panel.exporter.pdf()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "saved-notice") is not None,
                    timeout=30_000)
    notice = page.findChild(QMessageBox, "saved-notice")
    assert notice is not None and notice.isVisible()
    assert f"Saved to {tmp_path / 'neraca.pdf'}" in notice.text()
    folder_button = next(b for b in notice.buttons() if b.text() == "Open folder")
    folder_button.click()
    assert opened == [tmp_path / "neraca.pdf"]
    assert "Total assets: 2.287.655" in pdf_text(tmp_path / "neraca.pdf")


def test_shu_table_and_posting_after_chair_confirms(qtbot, page, ctx, monkeypatch):
    shu = page.shu
    shu.year.setValue(2024)
    _done(qtbot, shu.compute())  # computed off the GUI thread
    members = shu.view.models[1]
    assert _cells(members, 0) == ["A001", "Siti Aminah", "340.000", "0", "4.910", "0", "4.910"]
    # not closed yet: refused in words, nothing posted
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shu.post()
    qtbot.waitUntil(lambda: "not closed yet" in shu.message.text(), timeout=30_000)
    with ctx.session() as s:
        settings.set_closed_through(s, date(2024, 12, 31))
        s.commit()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    _done(qtbot, shu.post())
    assert not shu.result.distributed
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shu.post()
    qtbot.waitUntil(lambda: "has been posted" in shu.message.text(), timeout=30_000)
    assert shu.result.distributed and shu.result.shu == SHU_2024


def test_rat_package_files(qtbot, page, tmp_path):
    page.shu.year.setValue(2024)
    _done(qtbot, page.shu.rat_exporter.save_pdf(tmp_path / "rat.pdf"))
    _done(qtbot, page.shu.rat_exporter.save_excel(tmp_path / "rat.xlsx"))
    text = pdf_text(tmp_path / "rat.pdf")
    for title in ("Balance sheet", "Income statement", "SHU", "Member list"):
        assert title in text
    assert "Siti Aminah" in text and "47.655" in text and "4.910" in text
    titles = load_workbook(tmp_path / "rat.xlsx", read_only=True).sheetnames
    assert len(titles) == 3 + 2 + 2 + 1  # balance sheet, income statement, SHU, member list


def test_close_period_through_the_page(page, monkeypatch):
    panel = page.periods
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.close_date.setDate(date(2024, 12, 15))
    panel.close_period()
    assert "closed through 31/12/2024" in panel.status.text()
    panel.reopen_date.setDate(date(2024, 6, 1))
    panel.reopen_period()
    assert "reason" in panel.message.text()
    panel.reason.setText("koreksi")
    panel.reopen_period()
    assert "closed through 30/06/2024" in panel.status.text()


def test_treasurer_cannot_close_or_post(qtbot, book, session):
    build(session)
    widget = ReportsPage(AppContext(book, Actor("bendahara", Role.TREASURER)))
    qtbot.addWidget(widget)
    assert not widget.periods.close_button.isEnabled()
    assert not widget.shu.post_button.isEnabled()


def test_bylaws_tab_refuses_a_total_other_than_100(qtbot, ctx):
    from desktop_app.services.shu import get_bylaws
    from desktop_app.ui.pages.bylaws_tab import BylawsTab

    tab = BylawsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.fields["dana_sosial"].text() == "2,5" and tab.total.text() == "100%"
    tab.fields["cadangan"].setText("45")
    assert tab.total.text() == "105%"
    tab.save()
    assert "105%" in tab.message.text()
    with ctx.session() as s:
        assert get_bylaws(s)["cadangan"] == 40
    tab.fields["jasa_usaha"].setText("20")
    tab.save()
    assert tab.message.text() == "The bylaws are saved."
    with ctx.session() as s:
        assert get_bylaws(s)["cadangan"] == 45


def test_a_report_is_built_off_the_gui_thread_and_can_be_dropped(qtbot, page, monkeypatch):
    """A big book takes seconds: the window stays usable, the buttons wait, Cancel drops
    the build and choosing another report replaces it."""
    from PySide6.QtCore import QThread

    threads = []
    real_build = reports_module.build_report

    def build(session, key, start, end):
        threads.append(QThread.currentThread())
        return real_build(session, key, start, end)

    monkeypatch.setattr(reports_module, "build_report", build)
    panel = _show(qtbot, page, "balance_sheet", date(2024, 1, 1), date(2024, 12, 31))
    assert threads and all(t is not page.thread() for t in threads)
    assert panel.document.key == "balance_sheet"

    task = panel.show_report()
    assert not panel.busy.isHidden() and not panel.cancel_button.isHidden()
    assert not any(b.isEnabled() for b in panel.export_buttons)
    panel.cancel_button.click()
    assert panel.busy.isHidden() and all(b.isEnabled() for b in panel.export_buttons)
    _done(qtbot, task)
    assert panel.document.key == "balance_sheet"  # the one on screen stays

    panel.select("cash_book")
    replaced = panel.task
    _done(qtbot, panel.show_report())
    qtbot.waitUntil(lambda: not panel.busy.isVisible())
    assert replaced is not panel.task and panel.document.key == "cash_book"
    assert [m.table.title for m in panel.view.models] == ["Cash book"]


def test_a_cancelled_pdf_leaves_no_file(qtbot, page, tmp_path):
    panel = _show(qtbot, page, "trial_balance", date(2024, 1, 1), date(2024, 12, 31))
    target = tmp_path / "tb.pdf"
    task = panel.exporter.save_pdf(target)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        pass
    assert not target.exists()
    assert page.findChild(QMessageBox, "saved-notice") is None
