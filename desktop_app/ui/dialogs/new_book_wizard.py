"""The first-run wizard: where the book goes, and the cooperative's profile.

More pages can follow the profile: append a factory to `EXTRA_PAGES`
(`EXTRA_PAGES.append(FirstUserPage)`). A page that has `apply_to_book(book)` gets the
new, open book once it is created; a KoperasiError raised there is shown, the
half-made book file is removed, and the wizard stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.db.book import Book
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services.books import DEFAULT_PROFILE, create_book, is_empty_leftover
from desktop_app.services.settings import Profile
from desktop_app.ui.dialogs.profile_form import ProfileForm
from desktop_app.ui.first_user import FirstUserPage
from desktop_app.ui.widgets.form_page import FormPage
from desktop_app.ui.widgets.forms import error_label

# Factories of pages shown after the profile page, in order.
EXTRA_PAGES: list[Callable[[NewBookWizard], QWizardPage]] = [FirstUserPage]


class LocationPage(QWizardPage):
    def __init__(self, suggested: Path):
        super().__init__()
        self.setTitle(tr("Where should the book be kept?"))
        self.setSubTitle(tr("The book is one file holding all of the cooperative's records. "
                            "Keep it on this computer and back it up often."))
        self.path_edit = QLineEdit(str(suggested))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.problem = error_label()
        layout = QVBoxLayout()
        layout.addWidget(QLabel(tr("Book file")))
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.setLayout(layout)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("New book"), str(self.path()), tr("Koperasi books (*.sqlite3)")
        )
        if name:
            self.path_edit.setText(name if name.endswith(".sqlite3") else name + ".sqlite3")

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        path = self.path()
        if not self.path_edit.text().strip():
            self.problem.setText(tr("Choose where to save the book."))
        elif path.exists() and not is_empty_leftover(path):
            self.problem.setText(
                tr("{path} already exists. Choose a new file name, or use File > Open book.",
                   path=path))
        else:
            self.problem.clear()
            return True
        return False


class ProfilePage(FormPage):
    def __init__(self, profile: Profile):
        form = ProfileForm(profile, currency_editable=True)
        super().__init__(
            tr("About the cooperative"),
            tr("This appears on receipts and reports. You can change it later in Settings."),
            form,
            form.profile,
        )


class NewBookWizard(QWizard):
    """Creates a book; afterwards `book` is the new, open book (None if cancelled)."""

    def __init__(self, suggested: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("New cooperative book"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(760, 560)
        self.book: Book | None = None
        self.location = LocationPage(suggested)
        self.profile_page = ProfilePage(DEFAULT_PROFILE)
        self.addPage(self.location)
        self.addPage(self.profile_page)
        for factory in EXTRA_PAGES:
            self.addPage(factory(self))

    def accept(self) -> None:
        path = self.location.path()
        try:
            book = create_book(path, self.profile_page.form.profile())
        except KoperasiError as exc:
            self._refuse(exc)
            return
        try:
            for page_id in self.pageIds():
                apply = getattr(self.page(page_id), "apply_to_book", None)
                if apply is not None:
                    apply(book)
        except KoperasiError as exc:
            book.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            self._refuse(exc)
            return
        self.book = book
        super().accept()

    def _refuse(self, exc: KoperasiError) -> None:
        page = self.currentPage()
        problem = getattr(page, "problem", None)
        if problem is not None:
            problem.setText(exc.message)
        else:
            QMessageBox.warning(self, tr("Cannot create the book"), exc.message)
