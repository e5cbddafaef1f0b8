"""The consolidation as a few printable pages with charts drawn by the app (QPainter)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_number
from desktop_app.i18n import tr
from desktop_app.services.coop_figures import (
    FIGURES,
    MONEY,
    PERCENT,
    CoopFigures,
    Figure,
    quarter_label,
)
from desktop_app.spreadsheet.consolidation import Consolidation
from desktop_app.ui.printing import escape, save_pdf

SAVINGS_COLOR = QColor("#2e7d32")
LOANS_COLOR = QColor("#1565c0")
RISK_COLOR = QColor("#c62828")
CHART_WIDTH, BAR_HEIGHT = 1600, 34


def write_consolidation_pdf(result: Consolidation, path: Path | str) -> Path:
    """Write the consolidation's summary, charts, flags and definitions as an A4 PDF."""
    html, images = consolidation_html(result)
    return save_pdf(html, Path(path), images=images)


def consolidation_html(result: Consolidation) -> tuple[str, dict[str, QImage]]:
    included = result.included
    latest = [s.quarters[-1] for s in included]
    names = [s.name for s in included]
    totals = result.totals()
    images = {
        "trend.png": bar_chart(
            tr("All cooperatives, quarter by quarter"),
            [quarter_label(t.start) for t in totals],
            [(tr("Total savings"), SAVINGS_COLOR, [t.savings_total for t in totals]),
             (tr("Loans outstanding"), LOANS_COLOR, [t.loans_outstanding for t in totals])],
            format_number),
        "savings.png": bar_chart(
            tr("Savings and loans outstanding at {date}", date=format_date(result.as_of)),
            names, [(tr("Total savings"), SAVINGS_COLOR, [f.savings_total for f in latest]),
                    (tr("Loans outstanding"), LOANS_COLOR, [f.loans_outstanding for f in latest])],
            format_number),
        "par.png": bar_chart(
            tr("PAR30 at {date}", date=format_date(result.as_of)), names,
            [(tr("PAR30"), RISK_COLOR, [f.par30 or 0 for f in latest])], _percent),
    }
    parts = [
        f"<h1>{escape(tr('Consolidation of cooperatives'))}</h1>",
        f"<p class='muted'>{escape(tr('As of {date}', date=format_date(result.as_of)))} · "
        f"{escape(tr('{n} of {total} sources included', n=len(included), total=len(result.sources)))}"
        "</p>",
        _totals_table(result),
        "<p><img src='trend.png' width='1100'></p>",
        "<p><img src='savings.png' width='1100'></p>",
        "<p><img src='par.png' width='1100'></p>",
        _per_cooperative_table(included),
        _flags(result),
        _left_out(result),
        _definitions(),
    ]
    return "".join(parts), images


def bar_chart(
    title: str, labels: Sequence[str], series: Sequence[tuple[str, QColor, Sequence[float]]],
    show: Callable[[float], str],
) -> QImage:
    """Horizontal bars, one group per label, one bar per series, values written at the end."""
    rows = max(1, len(labels))
    height = 70 + rows * (BAR_HEIGHT * len(series) + 16)
    image = QImage(CHART_WIDTH, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = painter.font()
    font.setPixelSize(22)
    painter.setFont(font)
    painter.setPen(QColor("#263238"))
    painter.drawText(QPointF(10, 30), title)
    legend_x = CHART_WIDTH - 300 * len(series)
    for name, color, _ in series:
        painter.fillRect(QRectF(legend_x, 12, 20, 20), color)
        painter.drawText(QPointF(legend_x + 28, 30), name)
        legend_x += 300
    label_width, value_width = 420, 220
    area_width = CHART_WIDTH - label_width - value_width - 20
    peak = max([0.0] + [float(v) for _, _, values in series for v in values]) or 1.0
    y = 56
    for index, label in enumerate(labels):
        group_height = BAR_HEIGHT * len(series)
        painter.setPen(QColor("#263238"))
        painter.drawText(QRectF(10, y, label_width - 20, group_height),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), label)
        for _, color, values in series:
            value = float(values[index])
            width = max(0.0, area_width * value / peak)
            painter.fillRect(QRectF(label_width, y + 4, width, BAR_HEIGHT - 8), color)
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRectF(label_width + width + 8, y, value_width, BAR_HEIGHT),
                             int(Qt.AlignmentFlag.AlignVCenter), show(values[index]))
            y += BAR_HEIGHT
        y += 16
    painter.setPen(QPen(QColor("#90a4ae"), 2))
    painter.drawLine(QPointF(label_width, 50), QPointF(label_width, y))
    painter.end()
    return image


def _cell(figure: Figure, item: CoopFigures) -> str:
    value = figure.of(item)
    if value is None:
        return "–"
    if figure.kind == PERCENT:
        return _percent(value)
    return format_number(value) if figure.kind == MONEY else str(value)


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%".replace(".", ",")


def _totals_table(result: Consolidation) -> str:
    totals = result.totals()
    if not totals:
        return f"<p>{escape(tr('No source could be included.'))}</p>"
    head = "".join(f"<th class='num'>{escape(quarter_label(t.start))}</th>" for t in totals)
    body = "".join(
        f"<tr><td>{escape(figure.label())}</td>"
        + "".join(f"<td class='num'>{escape(_cell(figure, t))}</td>" for t in totals) + "</tr>"
        for figure in FIGURES
    )
    return (f"<h2>{escape(tr('Totals'))}</h2><table><tr><th>{escape(tr('Figure'))}</th>{head}"
            f"</tr>{body}</table>")


_KEY_FIGURES = ("members", "heads_of_household", "savings_total", "loans_outstanding", "par30",
                "repayment_rate")


def _per_cooperative_table(included) -> str:
    figures = [f for f in FIGURES if f.attr in _KEY_FIGURES]
    head = "".join(f"<th class='num'>{escape(f.label())}</th>" for f in figures)
    rows = "".join(
        f"<tr><td>{escape(s.name)}</td>"
        + "".join(f"<td class='num'>{escape(_cell(f, s.quarters[-1]))}</td>" for f in figures)
        + "</tr>"
        for s in included
    )
    return (f"<h2>{escape(tr('Per cooperative, latest quarter'))}</h2><table><tr>"
            f"<th>{escape(tr('Cooperative'))}</th>{head}</tr>{rows}</table>")


def _flags(result: Consolidation) -> str:
    items = "".join(
        f"<li><b>{escape(s.name)}</b>: {escape(flag)}</li>"
        for s in result.included for flag in s.flags
    ) or f"<li>{escape(tr('No cooperative needs attention.'))}</li>"
    return f"<h2>{escape(tr('Needs attention'))}</h2><ul>{items}</ul>"


def _left_out(result: Consolidation) -> str:
    excluded = [s for s in result.sources if not s.included]
    if not excluded:
        return ""
    items = "".join(
        f"<li><b>{escape(s.source)}</b>: {escape('; '.join(s.problems[:5]))}"
        + (escape(tr(" … and {n} more", n=len(s.problems) - 5)) if len(s.problems) > 5 else "")
        + "</li>"
        for s in excluded
    )
    return f"<h2>{escape(tr('Left out of the totals'))}</h2><ul>{items}</ul>"


def _definitions() -> str:
    items = "".join(f"<li><b>{escape(f.label())}</b>: {escape(f.definition())}</li>"
                    for f in FIGURES)
    return f"<h2>{escape(tr('Definitions'))}</h2><ul>{items}</ul>"
