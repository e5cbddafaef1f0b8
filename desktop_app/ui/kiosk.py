"""The members' kiosk: member number + PIN, then her own money in large, plain Indonesian.

Nothing else is reachable from here: no menus, no other member, no way to the books.
The window forgets the member and returns to the start screen on "Done" or after
a minute without input (`finished` is emitted either way).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.book import Book
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_amount
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import kiosk, members, passbook, settings
from desktop_app.services.rows import ListSource
from desktop_app.ui import kiosk_info, printing
from desktop_app.ui.idle import IdleTimer
from desktop_app.ui.login import LARGE_STYLE, card, label
from desktop_app.ui.models.paged import Column, PagedTableModel
from desktop_app.ui.widgets.forms import table_view

KIOSK_IDLE_MS = 60_000
PASSBOOK_PAGE_ROWS = 20
KIOSK_STYLE = LARGE_STYLE + """
QLabel#amount { font-size: 22pt; font-weight: bold; color: #1b5e20; }
QLabel#overdue { font-size: 17pt; font-weight: bold; color: #b00020; }
QTableView { font-size: 15pt; }
QHeaderView::section { font-size: 14pt; font-weight: bold; padding: 6px; }
QPushButton#key, QPushButton#enter { font-size: 24pt; min-width: 90px; min-height: 70px; }
QPushButton#enter { background: #1f6fb2; color: white; border-radius: 8px; }
"""


def _table(model: PagedTableModel) -> QTableView:
    """A table a member only reads: nothing to select, edit or focus."""
    view = table_view(model, 1, one_row=False, alternate=True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def print_to_default_printer(html: str) -> bool:
    """Print without any dialog (the kiosk offers no way out); False if no printer."""
    if not QPrinterInfo.availablePrinters():
        return False
    printing.document(html).print_(QPrinter(QPrinter.PrinterMode.HighResolution))
    return True


class KioskWindow(QWidget):
    finished = Signal()

    def __init__(self, book: Book, idle_ms: int = KIOSK_IDLE_MS, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.today = today
        self.print_document: Callable[[str], bool] = print_to_default_printer
        self.member_id: int | None = None
        self.view_page: QWidget | None = None
        self.extra_page: QWidget | None = None
        with book.session() as session:
            profile = settings.get_profile(session)
            # shaped like this book's numbers, yet nobody's: the next free one
            self.example_number = members.suggest_next_number(session)
        self.minor_digits, self.currency = profile.minor_digits, profile.currency
        self.setStyleSheet(KIOSK_STYLE)
        self.setAutoFillBackground(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_pin_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.stack)
        self.idle = IdleTimer(self, idle_ms, self.finish)

    # -- page 1: member number and PIN
    def _build_pin_page(self) -> QWidget:
        page = QWidget()
        self.number = QLineEdit()
        self.number.setPlaceholderText(tr("for example {number}", number=self.example_number))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(kiosk.PIN_LENGTH)
        self.pin.setPlaceholderText(tr("6 digits"))
        self.number.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.show_balance)
        self.message = label("", "message")
        self.ok_button = QPushButton(tr("See my balance"))
        self.ok_button.setObjectName("primary")
        self.ok_button.clicked.connect(self.show_balance)
        back = QPushButton(tr("Back"))
        back.clicked.connect(self.finish)
        self.coming_button = QPushButton(tr("What is coming"))
        self.coming_button.clicked.connect(lambda: self.show_extra(kiosk_info.info_board_page(
            self.book, self._today(), self.close_extra)))
        self.loans_button = QPushButton(tr("Loans explained"))
        self.loans_button.clicked.connect(lambda: self.show_extra(kiosk_info.LoanInfoPage(
            self.book, self._today(), self.close_extra, self.minor_digits, self.currency)))

        fields = card()
        box = QVBoxLayout()
        box.setContentsMargins(30, 24, 30, 24)
        box.addWidget(label(tr("Check your balance"), "heading"))
        box.addWidget(label(tr("Type your member number and your PIN. Your data is shown "
                               "only to you and closes by itself."), "hint"))
        box.addSpacing(10)
        box.addWidget(label(tr("Member number")))
        box.addWidget(self.number)
        box.addWidget(label(tr("PIN")))
        box.addWidget(self.pin)
        box.addWidget(self.message)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        box.addLayout(row)
        fields.setLayout(box)

        columns = QHBoxLayout()
        columns.addStretch(1)
        columns.addWidget(fields, 3)
        columns.addSpacing(30)
        columns.addWidget(self._keypad(), 2)
        columns.addStretch(1)
        information = QHBoxLayout()
        information.addStretch(1)
        information.addWidget(self.coming_button)
        information.addWidget(self.loans_button)
        information.addStretch(1)
        layout = QVBoxLayout()
        layout.addStretch(1)
        layout.addLayout(columns, 8)
        layout.addSpacing(20)
        layout.addLayout(information)
        layout.addStretch(1)
        page.setLayout(layout)
        return page

    def _keypad(self) -> QWidget:
        pad = card()
        grid = QGridLayout(pad)
        grid.setContentsMargins(20, 20, 20, 20)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setObjectName("enter" if key == "OK" else "key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
        return pad

    def press(self, key: str) -> None:
        """A keypad key: digits go to the field being typed in (the PIN by default)."""
        target = self.number if self.number.hasFocus() else self.pin
        if key == "OK" and target is self.number:
            self.pin.setFocus()  # as Enter does: the number is typed, now the PIN
        elif key == "OK":
            self.show_balance()
        elif key == "⌫":
            target.backspace()
        else:
            target.insert(key)

    # -- page 2: her money
    def show_balance(self) -> None:
        """Check number and PIN; a missing one is asked for and counts as no try."""
        number, pin = self.number.text(), self.pin.text()
        if not number.strip():
            self.message.setText(tr("Type your member number first."))
            self.number.setFocus()
            return
        if not pin:
            self.message.setText(tr("Now type your PIN."))
            self.pin.setFocus()
            return
        self.pin.clear()
        try:
            with self.book.session() as session:
                member_id = kiosk.verify_member(session, number, pin)
                view = kiosk.member_view(session, member_id, self.today)
        except KoperasiError as refusal:
            self.message.setText(refusal.message)
            self.pin.setFocus()
            return
        self.message.clear()
        self.number.clear()
        self.member_id = member_id
        self.view_page = self._build_view_page(view)
        self.stack.addWidget(self.view_page)
        self.stack.setCurrentWidget(self.view_page)
        self.idle.start()

    def _money(self, amount: int) -> str:
        return format_amount(amount, self.minor_digits, self.currency)

    def _build_view_page(self, view: kiosk.KioskView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout()
        layout.addWidget(label(tr("Hello, {name}", name=view.name), "title"))
        layout.addWidget(label(
            tr("Member number {number} · figures as of {date}", number=view.number,
               date=format_date(view.today)), "subtitle"))

        tiles = QHBoxLayout()
        names = (tr("Simpanan Pokok"), tr("Simpanan Wajib"), tr("Simpanan Sukarela"))
        amounts = [*view.savings.values(), view.total_savings]
        for title, amount in zip([*names, tr("Total savings")], amounts, strict=True):
            tile = card()
            box = QVBoxLayout(tile)
            box.addWidget(label(title, "hint"))
            box.addWidget(label(self._money(amount), "amount"))
            tiles.addWidget(tile)
        layout.addLayout(tiles)
        if view.consignment_owed:
            layout.addWidget(label(
                tr("Consignment proceeds owed to you: {amount}",
                   amount=self._money(view.consignment_owed))))

        if view.owes_group:  # one line each way keeps the page readable
            layout.addWidget(label(tr(
                "Tanggung renteng: you owe {amount} to {n} member(s) who paid for you.",
                amount=self._money(sum(a for _, a in view.owes_group)),
                n=len(view.owes_group))))
        if view.owed_by_group:
            layout.addWidget(label(tr(
                "Tanggung renteng: members you paid for owe you {amount}.",
                amount=self._money(sum(a for _, a in view.owed_by_group)))))
        overdue = sum(loan.overdue_amount for loan in view.loans)
        if overdue:
            layout.addWidget(label(
                tr("You have late installments: {amount}. Please pay them soon.",
                   amount=self._money(overdue)), "overdue"))
        if view.loans:
            layout.addWidget(label(tr("Your loans"), "heading"))
            self.loans_model = PagedTableModel(
                [Column(lambda: tr("Loan no."), "text"),
                 Column(lambda: tr("Principal left"), "money"),
                 Column(lambda: tr("Next installment"), "money"),
                 Column(lambda: tr("Due on"), "date"),
                 Column(lambda: tr("Late"), "money")],
                ListSource([(ln.number, ln.outstanding, ln.next_amount, ln.next_due,
                             ln.overdue_amount) for ln in view.loans]),
                self.minor_digits, page,
            )
            loans = _table(self.loans_model)
            loans.setMaximumHeight(60 + 44 * len(view.loans))
            layout.addWidget(loans)
        else:
            layout.addWidget(label(tr("You have no loans running."), "hint"))

        layout.addWidget(label(tr("Latest movements"), "heading"))
        self.movements_model = PagedTableModel(
            [Column(lambda: tr("Date"), "date"), Column(lambda: tr("Description"), "text"),
             Column(lambda: tr("Account"), "text"), Column(lambda: tr("Amount"), "money")],
            ListSource([(m.date, m.description, m.label, m.amount)
                        for m in view.movements]),
            self.minor_digits, page,
        )
        layout.addWidget(_table(self.movements_model), 1)

        self.print_message = label("", "hint")
        print_button = QPushButton(tr("Print my passbook page"))
        print_button.clicked.connect(self.print_passbook)
        self.trainings_button = QPushButton(tr("My trainings"))
        self.trainings_button.clicked.connect(lambda: self.show_extra(kiosk_info.MyTrainingsPage(
            self.book, view.member_id, self._today(), self.close_extra)))
        done = QPushButton(tr("Done"))
        done.setObjectName("primary")
        done.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addWidget(self.trainings_button)
        buttons.addWidget(self.print_message, 1)
        buttons.addWidget(done)
        layout.addLayout(buttons)
        page.setLayout(layout)
        return page

    def passbook_html(self) -> str:
        """The latest page of her passbook (savings movements with running balances)."""
        with self.book.session() as session:
            book = passbook.passbook(session, self.member_id, self.today or date.today())
        esc = printing.escape
        money = self._money
        lines = "".join(
            f"<tr><td>{format_date(r.date)}</td><td>{esc(r.description)}</td>"
            f"<td class='num'>{money(r.deposit) if r.deposit else ''}</td>"
            f"<td class='num'>{money(r.withdrawal) if r.withdrawal else ''}</td>"
            f"<td class='num'>{money(r.pokok)}</td><td class='num'>{money(r.wajib)}</td>"
            f"<td class='num'>{money(r.sukarela)}</td><td class='num'>{money(r.total)}</td></tr>"
            for r in book.rows[-PASSBOOK_PAGE_ROWS:]
        )
        heads = [tr("Date"), tr("Description"), tr("Deposit"), tr("Withdrawal"),
                 tr("Simpanan Pokok"), tr("Simpanan Wajib"), tr("Simpanan Sukarela"),
                 tr("Total savings")]
        head = "".join(f"<th>{esc(h)}</th>" for h in heads)
        return (
            f"<h1>{esc(book.cooperative)}</h1>"
            f"<h2>{esc(tr('Passbook'))}: {esc(book.member.name)} ({esc(book.member.number)})</h2>"
            f"<p class='muted'>{esc(tr('Printed on {date}', date=format_date(book.printed_on)))}"
            f"</p><table><tr>{head}</tr>{lines}</table>"
        )

    def print_passbook(self) -> None:
        if self.print_document(self.passbook_html()):
            self.print_message.setText(tr("Printing… please take your page from the printer."))
        else:
            self.print_message.setText(
                tr("No printer is ready. Ask the treasurer to print your passbook."))

    # -- information pages (over the PIN page or her balance)
    def _today(self) -> date:
        return self.today or date.today()

    def show_extra(self, page: QWidget) -> None:
        self.close_extra()
        self.extra_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.idle.start()

    def close_extra(self) -> None:
        """Back from an information page to where she was."""
        if self.extra_page is not None:
            self.stack.removeWidget(self.extra_page)
            self.extra_page.deleteLater()
            self.extra_page = None
        self.stack.setCurrentWidget(self.view_page or self.stack.widget(0))

    # -- leaving
    def reset(self) -> None:
        """Forget the member completely and show the empty number + PIN page."""
        self.idle.stop()
        self.close_extra()
        self.member_id = None
        if self.view_page is not None:
            self.stack.removeWidget(self.view_page)
            self.view_page.deleteLater()
            self.view_page = None
        self.number.clear()
        self.pin.clear()
        self.message.clear()
        self.stack.setCurrentIndex(0)
        self.number.setFocus()

    def begin(self) -> None:
        """Show the empty PIN page; idle time counts from now."""
        self.reset()
        self.idle.start()

    def finish(self) -> None:
        self.reset()
        self.finished.emit()
