"""The column-mapping assistant of the import wizard: for each sheet whose headers the
format does not know, the user picks the format sheet it is and, per header, the field
it holds (or "ignore"); grids get their kind, year and the day of each movement. The
result is a Mapping, optionally saved in the book as a named preset."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.services.import_presets import Mapping
from desktop_app.spreadsheet.columns import IMPORT_SHEETS, normalise
from desktop_app.spreadsheet.reader import IGNORE
from desktop_app.spreadsheet.records import SheetHeaders
from desktop_app.ui.widgets.forms import dialog_buttons


def _kinds() -> list[tuple[str, str | None]]:
    return [(tr("As the file says"), None), (tr("Simpanan Wajib"), "wajib"),
            (tr("Simpanan Pokok"), "pokok"), (tr("Simpanan Sukarela"), "sukarela"),
            (tr("Loan repayments"), "angsuran")]


class _SheetBox(QGroupBox):
    """One sheet: which format sheet it is, and a field per header."""

    def __init__(self, sheet: SheetHeaders, mapping: Mapping, parent: QWidget):
        super().__init__(sheet.title, parent)
        self.sheet = sheet
        form = QFormLayout(self)
        self.target = QComboBox(self)
        self.target.addItem(tr("(skip this sheet)"), None)
        for spec in IMPORT_SHEETS:
            self.target.addItem(spec.name, spec.key)
        chosen = sheet.sheet_key or mapping.sheets.get(normalise(sheet.title))
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))
        form.addRow(tr("Format sheet"), self.target)
        self.fields: dict[str, QComboBox] = {}
        for header in sheet.unmatched:
            combo = QComboBox(self)
            self.fields[header] = combo
            form.addRow(header, combo)
        self.target.currentIndexChanged.connect(lambda _: self._fill(mapping))
        self._fill(mapping)

    def _fill(self, mapping: Mapping) -> None:
        key = self.target.currentData()
        spec = next((s for s in IMPORT_SHEETS if s.key == key), None)
        known = mapping.columns.get(key or "", {})
        for header, combo in self.fields.items():
            combo.clear()
            combo.addItem(tr("(ignore)"), IGNORE)
            for column in spec.columns if spec else ():
                combo.addItem(column.name, column.key)
            combo.setCurrentIndex(max(0, combo.findData(known.get(normalise(header)))))
            combo.setEnabled(spec is not None)

    def apply(self, mapping: Mapping) -> None:
        key = self.target.currentData()
        if key is None:
            return
        if self.sheet.sheet_key is None:
            mapping.sheets[normalise(self.sheet.title)] = key
        columns = mapping.columns.setdefault(key, {})
        for header, combo in self.fields.items():
            columns[normalise(header)] = combo.currentData()


class ColumnMappingDialog(QDialog):
    def __init__(self, sheets: list[SheetHeaders], mapping: Mapping, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(tr("Map columns"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tell the import what your own sheets and columns are. Columns left "
                          "on (ignore) are not read."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        inner = QWidget(area)
        boxes = QVBoxLayout(inner)
        self.boxes = [_SheetBox(sheet, mapping, inner) for sheet in sheets]
        for box in self.boxes:
            boxes.addWidget(box)
        if not self.boxes:
            boxes.addWidget(QLabel(tr("Every sheet and column of this file is recognised.")))
        boxes.addStretch(1)
        area.setWidget(inner)
        layout.addWidget(area, 1)
        grid = QGroupBox(tr("Grids (one column per month)"), self)
        form = QFormLayout(grid)
        self.kind = QComboBox(grid)
        for label, value in _kinds():
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(mapping.grid_kind)))
        self.year = QSpinBox(grid)
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(tr("As the file says"))
        self.year.setValue(mapping.grid_year or 0)
        self.day = QComboBox(grid)
        self.day.addItem(tr("The 1st of the month"), "first")
        self.day.addItem(tr("The last day of the month"), "last")
        for number in range(2, 29):
            self.day.addItem(tr("Meeting day {day}", day=number), str(number))
        self.day.setCurrentIndex(max(0, self.day.findData(str(mapping.grid_date))))
        form.addRow(tr("The cells are"), self.kind)
        form.addRow(tr("Year"), self.year)
        form.addRow(tr("Date of each movement"), self.day)
        layout.addWidget(grid)
        self.preset_name = QLineEdit(self)
        self.preset_name.setPlaceholderText(tr("Name, to use this mapping again (optional)"))
        save = QFormLayout()
        save.addRow(tr("Save as preset"), self.preset_name)
        layout.addLayout(save)
        layout.addWidget(dialog_buttons(self, self.accept, kind=QDialogButtonBox.StandardButton.Ok))
        self.base = mapping

    def mapping(self) -> Mapping:
        result = Mapping(columns={k: dict(v) for k, v in self.base.columns.items()},
                         sheets=dict(self.base.sheets), grid_kind=self.kind.currentData(),
                         grid_year=self.year.value() or None, grid_date=self.day.currentData())
        for box in self.boxes:
            box.apply(result)
        return result
