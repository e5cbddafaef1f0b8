"""Printable documents built as HTML for ui/printing.py."""
