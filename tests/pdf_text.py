"""The text a reader sees in a PDF, extracted with pypdf (for tests of printed documents)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """All pages' text, joined; whitespace runs collapsed so table cells read as words."""
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)
