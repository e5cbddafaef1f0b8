"""The first-run wizard: where the book goes, the cooperative's profile, extra pages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizardPage

from desktop_app.errors import ValidationError
from desktop_app.services import settings
from desktop_app.services.context import SYSTEM_ACTOR, set_actor
from desktop_app.ui.dialogs import new_book_wizard
from desktop_app.ui.dialogs.new_book_wizard import NewBookWizard


@pytest.fixture
def wizard(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(new_book_wizard, "EXTRA_PAGES", [])  # first user: see test_login.py
    wizard = NewBookWizard(tmp_path / "mawar.sqlite3")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_profile(wizard, **values):
    form = wizard.profile_page.form
    form.name.setText(values.get("name", "Koperasi Wanita Mawar"))
    form.address.setText("Jl. Mulawarman 12, Balikpapan")
    form.legal_number.setText("AHU-0001234.AH.01.26")
    form.fiscal_start.setCurrentIndex(6)  # July
    form.pokok.setText(values.get("pokok", "Rp 50.000"))
    form.wajib.setText(values.get("wajib", "10.000"))


def test_the_wizard_creates_the_book_with_the_profile(wizard, tmp_path):
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    fill_profile(wizard)
    wizard.accept()
    assert wizard.book is not None and (tmp_path / "mawar.sqlite3").exists()
    with wizard.book.session() as session:
        set_actor(session, SYSTEM_ACTOR)
        profile = settings.get_profile(session)
    wizard.book.close()
    assert (profile.name, profile.fiscal_year_start_month) == ("Koperasi Wanita Mawar", 7)
    assert (profile.pokok_amount, profile.wajib_amount) == (50_000, 10_000)
    assert (profile.currency, profile.minor_digits) == ("IDR", 0)
    assert profile.legal_number == "AHU-0001234.AH.01.26"


def test_an_existing_file_is_never_overwritten(wizard, tmp_path):
    existing = tmp_path / "mawar.sqlite3"
    existing.write_text("someone's notes")
    wizard.next()
    assert wizard.currentPage() is wizard.location
    assert "already exists" in wizard.location.problem.text()
    wizard.location.path_edit.setText("")
    wizard.next()
    assert "Choose where" in wizard.location.problem.text()
    assert existing.read_text() == "someone's notes"


@pytest.mark.parametrize(
    ("values", "message"),
    [({"name": " "}, "needs a name"), ({"pokok": "lima puluh"}, "not an amount"),
     ({"wajib": "0"}, "above zero")],
)
def test_a_bad_profile_stops_the_wizard_and_creates_nothing(wizard, tmp_path, values, message):
    wizard.next()
    fill_profile(wizard, **values)
    assert not wizard.profile_page.validatePage()
    assert message in wizard.profile_page.problem.text()
    wizard.accept()
    assert wizard.book is None and not (tmp_path / "mawar.sqlite3").exists()


class RecordingPage(QWizardPage):
    def __init__(self, wizard, fail=False):
        super().__init__()
        self.fail = fail
        self.books = []

    def apply_to_book(self, book):
        self.books.append(book)
        if self.fail:
            raise ValidationError("The first user needs a password.")


@pytest.mark.parametrize("fail", [False, True])
def test_extra_pages_get_the_new_book_and_can_refuse_it(qtbot, tmp_path, monkeypatch, fail):
    pages, warnings = [], []
    monkeypatch.setattr(new_book_wizard.QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(new_book_wizard, "EXTRA_PAGES",
                        [lambda w: pages.append(RecordingPage(w, fail)) or pages[-1]])
    wizard = NewBookWizard(tmp_path / "b.sqlite3")
    qtbot.addWidget(wizard)
    assert len(wizard.pageIds()) == 3
    fill_profile(wizard)
    wizard.accept()
    assert len(pages[0].books) == 1
    if fail:
        assert wizard.book is None and not (tmp_path / "b.sqlite3").exists()
        assert warnings == ["The first user needs a password."]
    else:
        assert wizard.book is pages[0].books[0]
        wizard.book.close()
