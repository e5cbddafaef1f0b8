"""Reports drawn page by page with QPainter, for PDF files and printers.

A report of 10,000 members laid out as one QTextDocument took minutes (Qt lays out a
big HTML table at about 60 rows a second) and had to run on the GUI thread. Here each
table is measured once (column widths from its texts, row heights from wrapped text),
cut into pages, and each page is painted directly; this runs on any thread (QPainter
on a QPdfWriter or QPrinter, with fonts, is allowed off the GUI thread) and reports its
progress page by page, so a Cancel stops it between two pages.

The look follows `printing.STYLE`: the cooperative's name, the title, the period, the
key figures and notes, then each table with its title, a shaded header row repeated on
every page it runs over, thin borders, amounts right-aligned and the total row bold.
Every page carries "Page n of N".
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop_app.i18n import tr
from desktop_app.services.report_documents import INT, MONEY, PERCENT, ReportDocument, show

Progress = Callable[[int, int], None]
NUMERIC = (MONEY, INT, PERCENT)
FAMILY = "DejaVu Sans"
BORDER, SHADE, MUTED = QColor("#777777"), QColor("#e8eef5"), QColor("#555555")
WRAP = Qt.TextFlag.TextWordWrap
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(WRAP)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop) | int(WRAP)
TALL = 1e9  # height of the box text is measured in: wraps by width only


def _ignore(_done: int, _total: int) -> None:
    return None


@dataclass
class _Fonts:
    """The fonts and sizes of one device, in its pixels."""

    device: QPagedPaintDevice

    def __post_init__(self) -> None:
        self.dpi = self.device.logicalDpiY()
        self.body = self._font(8)
        self.bold = self._font(8, bold=True)
        self.title = self._font(14, bold=True)
        self.heading = self._font(11, bold=True)
        self.small = self._font(7)
        self.metrics = {id(f): QFontMetricsF(f, self.device)
                        for f in (self.body, self.bold, self.title, self.heading, self.small)}
        self.pad_x, self.pad_y = self.px(4), self.px(2)
        self.gap = self.px(6)

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(FAMILY)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def px(self, css_px: float) -> float:
        """A length given in CSS pixels (1/96 inch) in device pixels."""
        return css_px * self.dpi / 96

    def fm(self, font: QFont) -> QFontMetricsF:
        return self.metrics[id(font)]

    def text_height(self, font: QFont, text: str, width: float) -> float:
        """Height of `text` wrapped at words to `width`."""
        fm = self.fm(font)
        if fm.horizontalAdvance(text) <= width and "\n" not in text:
            return fm.height()
        return fm.boundingRect(QRectF(0, 0, width, TALL), WRAP, text).height()


@dataclass
class _Line:
    """A paragraph above the tables (name, title, period, a key figure, a note)."""

    text: str
    font: QFont
    color: QColor | None = None
    label: str = ""  # a key figure's label, drawn bold before the text


@dataclass
class _Grid:
    """One table as shown text, measured: widths per column, height per row."""

    title: str
    header: list[str]
    numeric: list[bool]
    rows: list[list[str]]
    total: list[str] | None
    widths: list[float] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)  # the rows', then the total's
    header_height: float = 0.0


def _grid(table, digits: int) -> _Grid:
    kinds = [c.kind for c in table.columns]
    return _Grid(
        table.title,
        [c.title for c in table.columns],
        [k in NUMERIC for k in kinds],
        [[show(v, k, digits) for v, k in zip(row, kinds, strict=True)] for row in table.rows],
        None if table.total is None
        else [show(v, k, digits) for v, k in zip(table.total, kinds, strict=True)],
    )


def _measure(grid: _Grid, fonts: _Fonts, width: float) -> None:
    """Column widths that fill `width` (amounts never wrap; text wraps at words if it
    must), then each row's height."""
    body, bold = fonts.fm(fonts.body), fonts.fm(fonts.bold)
    columns = len(grid.header)
    natural = [bold.horizontalAdvance(t) for t in grid.header]
    least = [max(bold.horizontalAdvance(w) for w in (t.split() or [""])) for t in grid.header]
    for index, row in enumerate([*grid.rows, *([grid.total] if grid.total else [])]):
        metrics = bold if grid.total is not None and index == len(grid.rows) else body
        for c, text in enumerate(row):
            advance = metrics.horizontalAdvance(text)
            natural[c] = max(natural[c], advance)
            if grid.numeric[c]:
                least[c] = max(least[c], advance)
    for c in range(columns):
        if not grid.numeric[c]:  # the longest word of a text column, sampled
            words = (w for row in grid.rows[:500] for w in row[c].split())
            least[c] = max([least[c], *(body.horizontalAdvance(w) for w in words)])
    pad = 2 * fonts.pad_x
    natural = [n + pad for n in natural]
    least = [min(n, m + pad) for n, m in zip(natural, least, strict=True)]
    grid.widths = _share(width, natural, least)
    cells = [w - pad for w in grid.widths]
    grid.header_height = _row_height(fonts, fonts.bold, grid.header, cells)
    grid.heights = [_row_height(fonts, fonts.body, row, cells) for row in grid.rows]
    if grid.total is not None:
        grid.heights.append(_row_height(fonts, fonts.bold, grid.total, cells))


def _share(width: float, natural: list[float], least: list[float]) -> list[float]:
    """Spread `width` over the columns: all natural widths and the rest in proportion,
    or, when that does not fit, each column's least width plus a share of what is left."""
    if sum(natural) <= width:
        spare = width - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    room = width - sum(least)
    if room <= 0:  # not even the least fits: shrink everything alike
        return [m * width / sum(least) for m in least]
    wanted = [n - m for n, m in zip(natural, least, strict=True)]
    return [m + room * w / sum(wanted) for m, w in zip(least, wanted, strict=True)]


def _row_height(fonts: _Fonts, font: QFont, row: Sequence[str], cells: list[float]) -> float:
    return max(fonts.text_height(font, text, cell) for text, cell in zip(row, cells, strict=True)) \
        + 2 * fonts.pad_y


class _Painter:
    """Paints documents onto a paged device, one page at a time."""

    def __init__(self, device: QPagedPaintDevice, cooperative: str, digits: int,
                 progress: Progress):
        self.device = device
        self.fonts = _Fonts(device)
        self.cooperative = cooperative
        self.digits = digits
        self.progress = progress
        self.width = device.width()
        self.footer = self.fonts.fm(self.fonts.small).height() + self.fonts.gap
        self.bottom = device.height() - self.footer
        self.border = QPen(BORDER)
        self.border.setWidthF(max(1.0, self.fonts.px(1) / 2))

    def run(self, documents: Sequence[ReportDocument]) -> bool:
        pages = self._layout(documents)
        total = len(pages)
        painter = QPainter()
        if not painter.begin(self.device):
            return False
        try:
            for number, page in enumerate(pages, start=1):
                self.progress(number - 1, total)
                if number > 1:
                    self.device.newPage()
                for draw in page:
                    draw(painter)
                self._page_number(painter, number, total)
            self.progress(total, total)
        finally:
            painter.end()
        return True

    # -- layout: a list of pages, each a list of drawing steps
    def _layout(self, documents: Sequence[ReportDocument]) -> list[list]:
        pages: list[list] = []
        for doc in documents:
            page: list = []
            pages.append(page)
            y = 0.0
            for line in self._lines(doc):
                height = self.fonts.text_height(line.font, line.label + line.text, self.width)
                page.append(self._paragraph(line, y, height))
                y += height + self.fonts.gap / 2
            for table in doc.tables:
                self.progress(0, 0)  # stops here on Cancel, even in a long layout
                grid = _grid(table, self.digits)
                _measure(grid, self.fonts, self.width)
                y = self._place(grid, pages, y + self.fonts.gap)
        return pages

    def _lines(self, doc: ReportDocument) -> list[_Line]:
        f = self.fonts
        lines = [_Line(self.cooperative, f.body, MUTED), _Line(doc.title, f.title),
                 _Line(doc.period, f.body)]
        lines += [_Line(value, f.body, label=f"{label}: ") for label, value in doc.facts]
        lines += [_Line(note, f.body, MUTED) for note in doc.notes]
        return lines

    def _place(self, grid: _Grid, pages: list[list], y: float) -> float:
        """Put the table on the current page and on as many new ones as it needs."""
        heading = self.fonts.fm(self.fonts.heading).height() + self.fonts.gap / 2
        first_row = grid.heights[0] if grid.heights else 0
        if y + heading + grid.header_height + first_row > self.bottom and y > 0:
            pages.append([])
            y = 0.0
        pages[-1].append(self._heading(grid.title, y))
        y += heading
        start = 0
        count = len(grid.heights)
        while True:
            end, bottom = start, y + grid.header_height
            while end < count and (bottom + grid.heights[end] <= self.bottom or end == start):
                bottom += grid.heights[end]
                end += 1
            pages[-1].append(self._rows(grid, start, end, y))
            if end >= count:
                return bottom
            pages.append([])
            start, y = end, 0.0

    # -- drawing steps (run later, page by page)
    def _paragraph(self, line: _Line, y: float, height: float):
        def draw(painter: QPainter) -> None:
            painter.setPen(line.color or QColor("black"))
            x = 0.0
            if line.label:
                painter.setFont(self.fonts.bold)
                painter.drawText(QPointF(0, y + self.fonts.fm(self.fonts.bold).ascent()),
                                 line.label)
                x = self.fonts.fm(self.fonts.bold).horizontalAdvance(line.label)
            painter.setFont(line.font)
            painter.drawText(QRectF(x, y, self.width - x, height), WRAP, line.text)
        return draw

    def _heading(self, title: str, y: float):
        def draw(painter: QPainter) -> None:
            painter.setPen(QColor("black"))
            painter.setFont(self.fonts.heading)
            painter.drawText(QPointF(0, y + self.fonts.fm(self.fonts.heading).ascent()), title)
        return draw

    def _rows(self, grid: _Grid, start: int, end: int, top: float):
        """The header row and rows `start` to `end` from `top` down: shading first, then
        the text, then every border in one stroke."""
        def draw(painter) -> None:
            has_total = grid.total is not None and end > len(grid.rows)
            rows = [(grid.header, grid.header_height, self.fonts.bold)]
            rows += [(grid.rows[i], grid.heights[i], self.fonts.body)
                     for i in range(start, min(end, len(grid.rows)))]
            if has_total:
                rows.append((grid.total, grid.heights[-1], self.fonts.bold))
            tops = [top]
            for _texts, height, _font in rows:
                tops.append(tops[-1] + height)
            right = sum(grid.widths)
            painter.fillRect(QRectF(0, top, right, grid.header_height), SHADE)
            if has_total:
                painter.fillRect(QRectF(0, tops[-2], right, tops[-1] - tops[-2]), SHADE)
            painter.setPen(QColor("black"))
            font = None
            for (texts, height, row_font), y in zip(rows, tops, strict=False):
                if row_font is not font:
                    painter.setFont(row_font)
                    font = row_font
                self._cells(painter, grid, texts, y, height)
            painter.setPen(self.border)
            edges = [QLineF(0, y, right, y) for y in tops]
            x = 0.0
            for width in [0.0, *grid.widths]:
                x += width
                edges.append(QLineF(x, top, x, tops[-1]))
            painter.drawLines(edges)
        return draw

    def _cells(self, painter, grid: _Grid, texts: Sequence[str], y: float,
               height: float) -> None:
        pad_x, pad_y = self.fonts.pad_x, self.fonts.pad_y
        x = 0.0
        for text, width, numeric in zip(texts, grid.widths, grid.numeric, strict=True):
            if text:
                align = RIGHT if numeric else LEFT
                painter.drawText(QRectF(x + pad_x, y + pad_y, width - 2 * pad_x,
                                        height - 2 * pad_y), align, text)
            x += width

    def _page_number(self, painter: QPainter, number: int, total: int) -> None:
        painter.setPen(MUTED)
        painter.setFont(self.fonts.small)
        box = QRectF(0, self.bottom + self.fonts.gap, self.width, self.footer)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         tr("Page {page} of {pages}", page=number, pages=total))


def paint_reports(device: QPagedPaintDevice, documents: Sequence[ReportDocument],
                  cooperative: str, minor_digits: int, progress: Progress = _ignore) -> bool:
    """Paint `documents` on `device` (a PDF writer or a printer), each from a new page;
    False if the device could not be opened. `progress(pages done, pages)` is called
    before each page; it may raise to stop (the painting is ended properly)."""
    return _Painter(device, cooperative, minor_digits, progress).run(documents)


def write_reports_pdf(path: Path, documents: Sequence[ReportDocument], cooperative: str,
                      minor_digits: int, progress: Progress = _ignore) -> Path:
    """`documents` as an A4 PDF at `path`; OSError if it cannot be written."""
    with path.open("wb"):  # an unwritable place fails here, with the reason
        pass
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(documents[0].title if documents else "")
    painted = paint_reports(writer, documents, cooperative, minor_digits, progress)
    if not painted or not path.stat().st_size:
        raise OSError(errno.EIO, tr("the PDF could not be written"))
    return path
