"""The start page: where the money is today, and the last 12 months at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.services import settings
from desktop_app.services.dashboard import Dashboard, MonthPoint, dashboard
from desktop_app.ui.context import AppContext, Money
from desktop_app.ui.pages.base import Page

SAVINGS_COLOR = QColor("#2e7d32")
LOANS_COLOR = QColor("#1565c0")


class Card(QFrame):
    """A titled figure in large type."""

    def __init__(self, title: str):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Card { background: #f7f9fb; border: 1px solid #c9d3dd; "
                           "border-radius: 6px; }")
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #455a64; border: none;")
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSize(font.pointSize() + 7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("border: none;")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #455a64; border: none;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class TrendChart(QWidget):
    """Savings and loans outstanding at each month end, drawn with QPainter."""

    def __init__(self, money: Money):
        super().__init__()
        self.money = money
        self.points: list[MonthPoint] = []
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: list[MonthPoint]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        top_value = self.top_value()
        left = self.axis_width(painter.fontMetrics())
        top, right, bottom = 34, 36, 30
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        painter.setPen(QColor("#263238"))
        painter.drawText(QPointF(8, 18), tr("Savings and loans, last 12 months"))
        self._legend(painter, area)
        if not self.points or area.width() <= 0 or area.height() <= 0:
            return
        grid = QPen(QColor("#e0e0e0"))
        for k in range(5):
            value = top_value * k / 4
            y = area.bottom() - area.height() * value / top_value
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor("#546e7a"))
            painter.drawText(QRectF(0, y - 9, left - 6, 18),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             self.money.number(int(value)))
        n = len(self.points)

        def x(i: int) -> float:
            return area.left() + (area.width() * i / (n - 1) if n > 1 else area.width() / 2)

        for i, point in enumerate(self.points):
            label = point.month_end.strftime("%m/%y")
            painter.drawText(QRectF(x(i) - 30, area.bottom() + 4, 60, 20),
                             int(Qt.AlignmentFlag.AlignHCenter), label)
        for color, values in ((SAVINGS_COLOR, [p.savings for p in self.points]),
                              (LOANS_COLOR, [p.loans for p in self.points])):
            pen = QPen(color, 3)
            painter.setPen(pen)
            coords = [QPointF(x(i), area.bottom() - area.height() * v / top_value)
                      for i, v in enumerate(values)]
            for a, b in zip(coords, coords[1:], strict=False):
                painter.drawLine(a, b)
            painter.setBrush(color)
            for c in coords:
                painter.drawEllipse(c, 3.5, 3.5)
        painter.end()

    def top_value(self) -> int:
        """The round figure at the top of the value axis."""
        peak = max([1] + [max(p.savings, p.loans) for p in self.points])
        step = _nice_step(peak / 4)
        return step * max(1, -(-peak // step))

    def axis_width(self, metrics) -> int:
        """Room left of the chart for the widest axis label (a large book's figures were
        cut off at a fixed width)."""
        return metrics.horizontalAdvance(self.money.number(self.top_value())) + 14

    def _legend(self, painter: QPainter, area: QRectF) -> None:
        x = area.right() - 320
        for color, label in ((SAVINGS_COLOR, tr("Total savings")),
                             (LOANS_COLOR, tr("Loans outstanding"))):
            painter.fillRect(QRectF(x, 8, 14, 14), color)
            painter.setPen(QColor("#263238"))
            painter.drawText(QPointF(x + 20, 20), label)
            x += 160


def _nice_step(raw: float) -> int:
    """A round grid step (1, 2 or 5 times a power of ten) at least `raw`."""
    power = 1
    while power * 10 <= raw:
        power *= 10
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


class DashboardPage(Page):
    loads_when_built = True
    key = "dashboard"

    @classmethod
    def title(cls) -> str:
        return tr("Dashboard")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.figures: Dashboard | None = None
        self.heading = QLabel()
        self.cash = Card(tr("Cash on hand"))
        self.savings = Card(tr("Total savings"))
        self.loans = Card(tr("Loans outstanding"))
        self.par = Card(tr("PAR30 (over 30 days late)"))
        self.overdue = Card(tr("Overdue this week"))
        self.stock = Card(tr("Low stock"))
        grid = QGridLayout()
        for i, card in enumerate((self.cash, self.savings, self.loans,
                                  self.par, self.overdue, self.stock)):
            grid.addWidget(card, i // 3, i % 3)
        self.chart = TrendChart(ctx.money)
        layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        chart_row = QHBoxLayout()
        chart_row.addWidget(self.chart, 1)
        layout.addLayout(chart_row, 1)
        self.setLayout(layout)
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        ready, self.ctx.first_figures = self.ctx.first_figures, None  # read at login
        with self.ctx.session() as session:
            fresh = ready is not None and ready.today == today
            self.figures = f = ready if fresh else dashboard(session, today)
            profile = settings.get_profile(session)
        money = self.ctx.money.amount

        self.heading.setText(f"<h2 style='margin:0'>{profile.name}</h2>")
        self.cash.set(money(f.cash))
        self.savings.set(money(f.savings), tr(
            "Pokok {pokok} · Wajib {wajib} · Sukarela {sukarela}",
            pokok=money(f.pokok), wajib=money(f.wajib), sukarela=money(f.sukarela)))
        loans_detail = tr("{n} running loans", n=f.active_loans)
        if f.waiting_approval:
            loans_detail += " · " + tr("{n} applications waiting for the chair's approval",
                                       n=f.waiting_approval)
        self.loans.set(money(f.loans_outstanding), loans_detail)
        self.par.set("–" if f.par30 is None else f"{f.par30 * 100:.1f}%".replace(".", ","))
        self.overdue.set(str(f.overdue_this_week), tr("installments, {amount} unpaid",
                                                      amount=money(f.overdue_this_week_amount)))
        names = ", ".join(f"{p.name} ({p.stock})" for p in f.low_stock[:4])
        more = len(f.low_stock) - 4
        if more > 0:
            names += " " + tr("and {n} more", n=more)
        self.stock.set(str(len(f.low_stock)), names or tr("All products above their minimum."))
        self.chart.set_points(f.history)
