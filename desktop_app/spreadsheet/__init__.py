"""The workbook format (its sheets and columns: columns.py): reading, importing, exporting,
templates."""

import warnings

# openpyxl warns about parts of a workbook it ignores (extensions, missing styles) with
# a UserWarning that names its own file in site-packages: noise to a treasurer, never
# something she can act on. The import reports what matters itself.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\b")
