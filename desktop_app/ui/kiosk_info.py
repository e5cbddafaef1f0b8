"""The kiosk's information pages, in large type: what is coming (public, before any PIN),
the loans explained with a simulator (public), and, after her PIN, her trainings with
the trainings she may ask to join."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.db.book import Book
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import AmountError
from desktop_app.errors import KoperasiError
from desktop_app.i18n import tr
from desktop_app.services import attendance, kiosk_info, loan_products, programmes
from desktop_app.ui.login import card, label
from desktop_app.ui.widgets.money_edit import MoneyEdit

NEXT_MARKET_DAYS = 4


def _scroll(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def _section(layout: QVBoxLayout, title: str, lines: list[str], empty: str) -> None:
    box = card()
    inner = QVBoxLayout(box)
    inner.addWidget(label(title, "heading"))
    for line in lines or [escape(empty)]:
        text = QLabel(line)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        inner.addWidget(text)
    layout.addWidget(box)


def _page(title: str, on_back: Callable[[], None]) -> tuple[QWidget, QVBoxLayout, QHBoxLayout]:
    """A titled page with a scrolling body and a bottom row holding "Back"."""
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.addWidget(label(title, "title"))
    body = QWidget()
    layout = QVBoxLayout(body)
    outer.addWidget(_scroll(body), 1)
    buttons = QHBoxLayout()
    outer.addLayout(buttons)
    back = QPushButton(tr("Back"))
    back.clicked.connect(on_back)
    buttons.addWidget(back)
    buttons.addStretch(1)
    return page, layout, buttons


def _when(day: date, time: str | None = None) -> str:
    return f"<b>{escape(format_date(day) + (' ' + time if time else ''))}</b>"


def info_board_page(book: Book, today: date, on_back: Callable[[], None]) -> QWidget:
    """What is coming, for anyone: nothing about any one member. Two columns: news and
    trainings on the left, market days and meetings on the right."""
    with book.session() as session:
        board = kiosk_info.public_board(session, today)
    page, layout, _ = _page(tr("What is coming"), on_back)
    columns = QHBoxLayout()
    layout.addLayout(columns)
    left = QVBoxLayout()
    columns.addLayout(left, 3)
    right = QVBoxLayout()
    columns.addLayout(right, 2)
    _section(left, tr("Announcements"),
             [f"<b>{escape(a.title)}</b><br>{escape(a.body)}" for a in board.announcements],
             tr("No announcements."))
    _section(left, tr("Trainings open for registration"),
             [f"{_when(t.date)} {escape(t.title)} — {escape(t.place)} · "
              + escape(tr("({free} places free)", free=t.free_places)) for t in board.trainings],
             tr("No trainings open now."))
    _section(right, tr("Next market days"),
             [f"{_when(i.date, i.time)} {escape(i.title)}"
              for i in board.market_days[:NEXT_MARKET_DAYS]],
             tr("No market days planned."))
    _section(right, tr("Meetings"),
             [f"{_when(i.date, i.time)} {escape(i.title)}"
              + (f" — {escape(i.place)}" if i.place else "") for i in board.meetings],
             tr("No meetings planned."))
    left.addStretch(1)
    right.addStretch(1)
    layout.addWidget(label(tr("To join a training, check your balance with your PIN and "
                              "choose \"My trainings\"."), "hint"))
    return page


class LoanInfoPage(QWidget):
    """The loan products in plain words, each with an example, and a simulator."""

    def __init__(self, book: Book, today: date, on_back: Callable[[], None],
                 minor_digits: int, currency: str):
        super().__init__()
        self.book, self.today = book, today
        self.digits, self.currency = minor_digits, currency
        page, layout, _ = _page(tr("Loans explained"), on_back)
        with book.session() as session:
            examples = kiosk_info.loan_examples(session, today)
            self.products = loan_products.list_products(session, active_only=True)
        layout.addWidget(label(tr("Looking costs nothing and commits you to nothing. To "
                                  "apply, talk to the treasurer."), "hint"))
        for example in examples:
            _section(layout, example.product, [
                escape(tr("{rate}% per month.", rate=f"{example.monthly_rate.normalize():f}"
                          .replace(".", ","))) + " "
                + escape(kiosk_info.method_words(example.method)),
                escape(tr("For example: ")) + "<b>"
                + escape(example.sentence(minor_digits, currency)) + "</b>",
            ], "")
        if not examples:
            layout.addWidget(label(tr("The cooperative offers no loans at the moment.")))
        else:
            layout.addWidget(self._simulator())
        layout.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(page)

    def _simulator(self) -> QWidget:
        box = card()
        inner = QVBoxLayout(box)
        inner.addWidget(label(tr("Try it yourself"), "heading"))
        self.product = QComboBox()
        for product in self.products:
            self.product.addItem(product.name, product.id)
        self.amount = MoneyEdit(self.digits)
        self.amount.set_amount(kiosk_info.EXAMPLE_PRINCIPAL_MAJOR * 10**self.digits)
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.months.setSuffix(" " + tr("months"))
        self.result = label("")
        self.result.setObjectName("amount")
        calculate = QPushButton(tr("Calculate"))
        calculate.setObjectName("primary")
        calculate.clicked.connect(self.calculate)
        row = QHBoxLayout()
        inner.addLayout(row)
        for widget in (self.product, self.amount, self.months, calculate):
            row.addWidget(widget)
        inner.addWidget(self.result)
        return box

    def calculate(self) -> None:
        try:
            amount = self.amount.amount()
            with self.book.session() as session:
                example = kiosk_info.simulate(session, self.product.currentData(), amount,
                                              self.months.value(), self.today)
        except (KoperasiError, AmountError) as refusal:
            self.result.setText(getattr(refusal, "message", str(refusal)))
            return
        self.result.setText(example.sentence(self.digits, self.currency))


class MyTrainingsPage(QWidget):
    """Her trainings and certificates, and the open trainings she may ask to join."""

    def __init__(self, book: Book, member_id: int, today: date, on_back: Callable[[], None]):
        super().__init__()
        self.book, self.member_id, self.today = book, member_id, today
        self.on_back = on_back
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.message = ""
        self.page: QWidget | None = None
        self.build()

    def build(self) -> None:
        if self.page is not None:
            self.box.removeWidget(self.page)
            self.page.deleteLater()
        with self.book.session() as session:
            mine = attendance.member_trainings(session, self.member_id)
            open_ = programmes.trainings_open(session, self.today)
        self.page, layout, _ = _page(tr("My trainings"), self.on_back)
        if self.message:
            layout.addWidget(label(self.message, "message"))
        _section(layout, tr("My trainings and certificates"),
                 [self._line(t) for t in mine], tr("You have not joined a training yet."))
        taken = {t.training_id for t in mine if t.status in (programmes.REGISTERED,
                                                             programmes.REQUESTED)}
        box = card()
        inner = QVBoxLayout(box)
        inner.addWidget(label(tr("Trainings open for registration"), "heading"))
        self.ask_buttons: dict[int, QPushButton] = {}
        for t in open_:
            row = QHBoxLayout()
            inner.addLayout(row)
            text = QLabel(f"{_when(t.date)} {escape(t.title)} — {escape(t.place)} · "
                          + escape(tr("({free} places free)", free=t.free_places)))
            text.setWordWrap(True)
            row.addWidget(text, 1)
            if t.id not in taken:
                ask = QPushButton(tr("Ask to join"))
                ask.clicked.connect(lambda _=False, tid=t.id: self.ask(tid))
                self.ask_buttons[t.id] = ask
                row.addWidget(ask)
        if not open_:
            inner.addWidget(label(tr("No trainings open now.")))
        layout.addWidget(box)
        layout.addStretch(1)
        self.box.addWidget(self.page)

    def _line(self, t: attendance.MemberTraining) -> str:
        state = attendance.status_label(t.status)
        if t.status == programmes.REGISTERED and t.completed:
            state = tr("Completed")
            if t.certificate_no:
                state += " · " + tr("certificate {number}", number=t.certificate_no)
        elif t.status == programmes.REGISTERED and t.date < self.today:
            state = tr("Attended") if t.attended else tr("Not attended")
        elif t.status == programmes.REQUESTED:
            state = tr("Waiting for the board")
        elif t.status == programmes.DECLINED and t.decline_reason:
            state += ": " + t.decline_reason
        return f"{_when(t.date)} {escape(t.title)} ({escape(t.programme)}) — {escape(state)}"

    def ask(self, training_id: int) -> None:
        try:
            with self.book.session() as session:
                attendance.request_from_kiosk(session, self.member_id, training_id, self.today)
        except KoperasiError as refusal:
            self.message = refusal.message
        else:
            self.message = tr("Your request is sent. The board will decide; you will see the "
                              "answer here.")
        self.build()
