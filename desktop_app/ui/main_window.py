"""The main window: navigation on the left, the page with its header on the right.

Pages are built the first time they are shown, so opening a big book stays quick.
The File menu works on books (new, open, recent, backup, restore): the window asks
the user and checks, then says what it wants through its signals, which the running
`Launcher` connects (the window never reaches for the launcher). The status bar shows
the open book and who is working in it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from desktop_app import __version__, config
from desktop_app.i18n import tr
from desktop_app.services import backup
from desktop_app.ui import preferences
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.modal import run_modal
from desktop_app.ui.loan_help import show_loan_terms_help
from desktop_app.ui.pages import PageSpec, page_specs
from desktop_app.ui.saved_notice import show_saved
from desktop_app.ui.screen_fit import PREFERRED
from desktop_app.ui.warmup import warm_up
from desktop_app.ui.widgets.forms import confirm
from desktop_app.ui.workers import Task, run_with_progress

BOOK_FILTER = "*.sqlite3 *.db *.koperasi"


class MainWindow(QMainWindow):
    open_requested = Signal(object)  # a book file's Path or a server book's address
    book_created = Signal(object)  # the Book the new-book wizard made
    restore_requested = Signal(object)  # a verified backup's Path, to replace this book

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Koperasi"))
        self.resize(PREFERRED)
        self.specs: list[PageSpec] = [s for s in page_specs() if s.visible_for(ctx)]
        self.page_keys = [spec.key for spec in self.specs]
        self._pages: dict[int, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(220)
        self.nav.addItems([spec.title() for spec in self.specs])
        self.header = QLabel()
        self.header.setObjectName("pageHeader")
        self.stack = QStackedWidget()
        for _ in self.specs:
            self.stack.addWidget(QWidget())  # replaced by the page when first shown

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 8, 16, 8)
        body_layout.addWidget(self.header)
        body_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self.nav.setFocus()
        warm_up(self, [spec.module for spec in self.specs[1:]])

    # -- pages
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        built_now = row not in self._pages
        page = self.page(row)
        self.stack.setCurrentWidget(page)
        self.header.setText(self.specs[row].title())
        if hasattr(page, "refresh") and not (built_now and getattr(page, "loads_when_built", False)):
            page.refresh()  # a page shown again reads what changed meanwhile

    def page(self, row: int) -> QWidget:
        """The page at navigation row `row`, built on first use."""
        if row not in self._pages:
            placeholder = self.stack.widget(row)
            page = self.specs[row].factory(self.ctx)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[row] = page
        return self._pages[row]

    def show_page(self, key: str) -> QWidget:
        row = self.page_keys.index(key)
        self.nav.setCurrentRow(row)
        return self.page(row)

    # -- menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self._add(file_menu, tr("&New book…"), self.new_book, QKeySequence.StandardKey.New)
        self._add(file_menu, tr("&Open book…"), self.open_book, QKeySequence.StandardKey.Open)
        self._add(file_menu, tr("Open ser&ver book…"), self.open_server_book)
        self.recent_menu = file_menu.addMenu(tr("&Recent books"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._add(file_menu, tr("&Backup…"), self.backup_book, "Ctrl+B")
        self._add(file_menu, tr("Re&store…"), self.restore_book)
        file_menu.addSeparator()
        self._add(file_menu, tr("&Export this table to Excel…"), self.export_table, "Ctrl+E")
        self._add(file_menu, tr("&Consolidate cooperatives (NGO)…"), self.open_consolidation)
        file_menu.addSeparator()
        self._add(file_menu, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        go_menu = self.menuBar().addMenu(tr("&Go"))
        for row, spec in enumerate(self.specs, start=1):
            self._add(go_menu, spec.title(), lambda _=False, r=row - 1: self.nav.setCurrentRow(r),
                      f"Ctrl+{row}" if row <= 9 else None)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        self._add(help_menu, tr("&Loan terms"), lambda: show_loan_terms_help(self))
        self._add(help_menu, tr("&About Koperasi"), self.about)

    def open_consolidation(self) -> None:
        from desktop_app.ui.consolidation_window import ConsolidationWindow

        ConsolidationWindow(self).show()

    def _add(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        books = preferences.recent_books()
        for path in books:
            self._add(self.recent_menu, str(path), lambda _=False, p=path: self._open_path(p))
        if not books:
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

    def _build_status_bar(self) -> None:
        path = self.ctx.book.url or self.ctx.book.path
        self.book_label = QLabel(tr("Book: {path}", path=path or tr("(in memory)")))
        actor = self.ctx.actor
        self.user_label = QLabel(
            tr("User: {name} ({role})", name=actor.full_name or actor.username,
               role=tr(actor.role.value))
        )
        self.statusBar().addWidget(self.book_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    # -- book actions
    def _book_folder(self) -> str:
        path = self.ctx.book.path
        return str(path.parent if path else config.data_dir())

    def new_book(self) -> None:
        from desktop_app.ui.dialogs.new_book_wizard import NewBookWizard

        wizard = NewBookWizard(Path(self._book_folder()) / "koperasi-baru.sqlite3", self)
        if run_modal(wizard) and wizard.book is not None:
            self.book_created.emit(wizard.book)

    def open_book(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open book"), self._book_folder(),
            tr("Koperasi books ({patterns})", patterns=BOOK_FILTER) + ";;" + tr("All files (*)"),
        )
        if name:
            self._open_path(Path(name))

    def open_server_book(self) -> None:
        from desktop_app.ui.dialogs.server_book_dialog import ServerBookDialog

        dialog = ServerBookDialog(self)
        if dialog.exec() == ServerBookDialog.DialogCode.Accepted:
            self._open_path(dialog.url())

    def _open_path(self, path: Path | str) -> None:
        self.open_requested.emit(path)

    def backup_book(self) -> Task | None:
        """Ask where, then copy the book off the GUI thread (Cancel leaves no partial
        file); a server book too, as a copy from one snapshot."""
        book = self.ctx.book.url or self.ctx.book.path
        if book is None:
            return None
        if self.ctx.book.is_server:
            name = make_url(book).database or "koperasi"
            suggested = config.data_dir() / "backups" / f"{name}-{date.today():%Y%m%d}.sqlite3"
        else:
            suggested = config.backup_dir_for(book) / f"{book.stem}-{date.today():%Y%m%d}.sqlite3"
        suggested.parent.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Back up the book"), str(suggested),
            tr("Koperasi books ({patterns})", patterns=BOOK_FILTER),
        )
        if not name:
            return None
        return run_with_progress(
            self, tr("Back up the book"), tr("Copying the book to {path}…", path=name),
            lambda progress: backup.backup(book, Path(name), progress),
            self._backed_up,
            on_failure=lambda message: QMessageBox.warning(self, tr("Backup failed"), message))

    def _backed_up(self, made: Path) -> None:
        self.statusBar().showMessage(tr("Backed up to {path}", path=made), 10_000)
        show_saved(self, made, tr("The book was backed up."))

    def restore_book(self) -> None:
        if self.ctx.book.is_server:
            QMessageBox.information(
                self, tr("Restore"),
                tr("A server book is restored into a new, empty database, never over the "
                   "one in use: see docs/server.md (koperasi restore)."),
            )
            return
        book = self.ctx.book.path
        if book is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Restore from a backup"), str(config.backup_dir_for(book)),
            tr("Koperasi books ({patterns})", patterns=BOOK_FILTER),
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, source: Path) -> Task:
        """Verify `source` off the GUI thread and ask; on Yes, `restore_requested`
        (the launcher closes the book, restores, reopens). Cancel is offered while
        verifying: nothing changed yet."""
        return run_with_progress(
            self, tr("Restore from a backup"), tr("Checking {source}…", source=source.name),
            lambda progress: backup.verify_restorable(source, progress),
            lambda _: self._confirm_restore(source),
            on_failure=lambda message: QMessageBox.warning(self, tr("Cannot restore"), message))

    def _confirm_restore(self, source: Path) -> None:
        if confirm(self, tr("Restore the book?"),
                   tr("Replace the open book with {source}?", source=source.name) + "\n\n"
                   + tr("Everything entered since that backup will be gone from the book. "
                        "The current book is kept as a backup first."), default_no=True):
            self.restore_requested.emit(source)

    def export_table(self) -> Task | None:
        """Write the table on the current page, as shown, to a workbook."""
        from desktop_app.ui.table_export import export_shown_table  # openpyxl: load on use

        return export_shown_table(self, self.stack.currentWidget(), self.header.text())

    def about(self) -> None:
        QMessageBox.about(
            self, tr("About Koperasi"),
            tr("Koperasi {version}", version=__version__) + "\n\n"
            + tr("Offline bookkeeping for savings-and-loan cooperatives."),
        )

