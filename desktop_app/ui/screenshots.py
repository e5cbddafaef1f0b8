"""`koperasi screenshot DIR`: render every main page to a PNG, offscreen.

After the main pages (one PNG each, numbered in navigation order) come the start/login
screen and the member kiosk showing a demo member's figures, numbered from 20 on so they
sort after the pages. The kiosk logs in through its own code path with a PIN set on a
temporary copy of the book, so taking screenshots never changes the book itself.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop_app.db.book import Book, open_book
from desktop_app.db.book_files import backup_file

SCREENSHOT_PIN = "246810"
FIRST_EXTRA = 20


def render_pages(book: Book, directory: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import language
    from desktop_app.services.context import SYSTEM_ACTOR
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.login import StartScreen
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.style import apply_style
    from desktop_app.ui.translator import install_translators

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    install_translators(app, language())
    directory.mkdir(parents=True, exist_ok=True)
    window = MainWindow(AppContext(book, SYSTEM_ACTOR))
    window.show()
    written = []
    for index, key in enumerate(window.page_keys, start=1):
        window.show_page(key)
        app.processEvents()
        target = directory / f"{index:02d}-{key}.png"
        window.grab().save(str(target))
        written.append(target)
    size = window.size()
    window.close()
    first = max(FIRST_EXTRA, len(written) + 1)
    written.append(_grab(StartScreen(book), size, directory / f"{first:02d}-login.png"))
    written.append(_render_kiosk(book, size, directory / f"{first + 1:02d}-kiosk.png"))
    return written


def _grab(widget, size, target: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    widget.resize(size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(target))
    widget.close()
    return target


def _render_kiosk(book: Book, size, target: Path) -> Path:
    """The kiosk after a demo member typed her number and PIN (on a copy of the book)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = _copy_of(book, Path(folder) / "kiosk.sqlite3")
        try:
            kiosk_window = kiosk_logged_in(copy)
            return _grab(kiosk_window, size, target)
        finally:
            if copy is not book:
                copy.close()


def _copy_of(book: Book, destination: Path) -> Book:
    if book.is_server:  # a server book is copied to a file from one snapshot
        from desktop_app.services.copying import copy_book

        copy_book(book.url, destination)
        return open_book(destination)
    if book.path is None:  # an in-memory book (tests): nothing on disk to protect
        return book
    return open_book(backup_file(book.path, destination))


def kiosk_logged_in(book: Book):
    """A KioskWindow showing a member with a loan if there is one (else the first member),
    logged in by number and PIN like at the counter; `member_id` stays None if the book
    has no active member."""
    from desktop_app.services import kiosk, members
    from desktop_app.services.context import SYSTEM_ACTOR
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.kiosk import KioskWindow

    window = KioskWindow(book)
    with AppContext(book, SYSTEM_ACTOR).session() as session:
        candidates = members.search_members(session, "", 30)
        with_loan = [c for c in candidates if kiosk.member_view(session, c.id).loans]
        chosen = (with_loan or candidates or [None])[0]
        if chosen is not None:
            kiosk.set_pin(session, chosen.number, SCREENSHOT_PIN)
    if chosen is not None:
        window.begin()
        window.number.setText(chosen.number)
        window.pin.setText(SCREENSHOT_PIN)
        window.show_balance()
    return window
