"""UI language: English source strings, translated from Qt Linguist `.ts` files.

The `.ts` files in resources/translations are read directly (no lrelease step), so a
fresh checkout and a frozen bundle both work. Every layer uses `tr()`: service errors
reach the user in the UI language too. The Qt front installs a QTranslator that asks
the same catalog.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop_app.resources import resource_path

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_catalog: dict[str, str] = {}
_language = "en"


def load_catalog(language: str) -> dict[str, str]:
    """Read every `*_<language>.ts` file into one source -> translation map."""
    catalog: dict[str, str] = {}
    folder = resource_path("translations")
    for ts_file in sorted(folder.glob(f"*_{language}.ts")):
        root = ET.parse(ts_file).getroot()  # our own trusted files
        for message in root.iter("message"):
            source = message.findtext("source")
            translation = message.findtext("translation")
            if source and translation:
                catalog[source] = translation
    return catalog


def set_language(language: str) -> None:
    global _catalog, _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    _language = language
    _catalog = load_catalog(language) if language != "en" else {}


def language() -> str:
    return _language


def tr(text: str, /, **values: object) -> str:
    """Translate `text` and fill `{name}` placeholders from `values`."""
    translated = _catalog.get(text, text)
    return translated.format(**values) if values else translated


def lookup(text: str) -> str | None:
    """The translation of `text` if the catalog has one (for the Qt translator)."""
    return _catalog.get(text)
