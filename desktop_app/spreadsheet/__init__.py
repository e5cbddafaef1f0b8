"""The workbook format (DESIGN.md section 5): reading, importing, exporting, templates."""
