"""Qt's side of the translations: Qt's own strings and our catalog, for the chosen language.

Our strings go through `desktop_app.i18n.tr`; the `CatalogTranslator` also answers Qt's
built-in widgets (wizard and dialog buttons) from the same catalog, and Qt's shipped
`qtbase_<lang>.qm` is loaded where PySide6 has one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop_app.i18n import lookup

_installed: list[QTranslator] = []


class CatalogTranslator(QTranslator):
    """Answers from our catalog; for any other string it answers "not translated".

    Qt asks every installed translator for every one of its own strings (page size names,
    shortcut modifiers, dialog buttons). Only a *null* QString (Python ``None``) means
    "not mine" and lets Qt fall back to the next translator or the source text; an empty
    string would be taken as the translation and blank the text (an "A4" page size named
    "" is invalid, so PDFs came out blank).
    """

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt)
        return lookup(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators with those of `language` (English needs none)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    if language == "en":
        return
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", folder):
        _installed.append(qt_own)
    _installed.append(CatalogTranslator(app))
    for translator in _installed:
        app.installTranslator(translator)
