"""Settings: one tab per area, listed in `SETTINGS_TABS`.

Add a tab with one line in `SETTINGS_TABS`: a key, a function giving its translated
title, and a factory taking the AppContext, e.g.
`("users", lambda: tr("Users"), lazy_tab("users_tab", "UsersTab")),` (`lazy_tab` imports
the module only when the page opens). A tab may have `refresh()`; it runs when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.roles import Permission
from desktop_app.errors import KoperasiError
from desktop_app.i18n import language, tr
from desktop_app.services import settings
from desktop_app.ui import preferences
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.profile_form import ProfileForm
from desktop_app.ui.pages.base import Page
from desktop_app.ui.screen_fit import scrolling
from desktop_app.ui.widgets.forms import MessageLine

FORM_WIDTH = 780


def _message_row(label: QLabel, button: QPushButton) -> QHBoxLayout:
    """A message beside its button, as wide as the form above them."""
    label.setMaximumWidth(FORM_WIDTH - button.sizeHint().width() - 20)
    row = QHBoxLayout()
    row.addWidget(label, 1)
    row.addWidget(button)
    row.addStretch(1)
    return row


class ProfileTab(QWidget):
    """The cooperative's profile; saved whole through services.settings or not at all."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        with ctx.session() as session:
            profile = settings.get_profile(session)
        self.form = ProfileForm(profile, currency_editable=False)
        self.form.setMaximumWidth(FORM_WIDTH)
        self.form.setEnabled(ctx.can(Permission.SETTINGS))
        self.message = MessageLine()
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setVisible(ctx.can(Permission.SETTINGS))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout()
        layout.addWidget(self.form)
        layout.addLayout(_message_row(self.message, self.save_button))
        layout.addStretch(1)
        self.setLayout(layout)

    def refresh(self) -> None:
        with self.ctx.session() as session:
            self.form.set_profile(settings.get_profile(session))
        self.message.clear()

    def save(self) -> bool:
        try:
            profile = self.form.profile()
            with self.ctx.session() as session:
                settings.save_profile(session, profile)
        except KoperasiError as exc:
            self.message.error(exc.message)
            return False
        self.message.say(tr("The cooperative's profile was saved."))
        return True


class LanguageTab(QWidget):
    """The interface language of this computer (kept outside the book)."""

    CHOICES = (("id", "Bahasa Indonesia"), ("en", "English"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = QComboBox()
        for code, name in self.CHOICES:
            self.choice.addItem(name, code)
        current = preferences.language() or language()
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        save = QPushButton(tr("Save"))
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(tr("Language of the interface"), self.choice)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addLayout(_message_row(self.message, save))
        layout.addStretch(1)
        self.setLayout(layout)

    def save(self) -> None:
        preferences.set_language(self.choice.currentData())
        self.message.setText(tr("Saved. Koperasi speaks the chosen language from its next start."))


def lazy_tab(module: str, name: str) -> Callable[[AppContext], QWidget]:
    return lambda ctx: getattr(import_module(f"desktop_app.ui.pages.{module}"), name)(ctx)


SETTINGS_TABS: list[tuple[str, Callable[[], str], Callable[[AppContext], QWidget]]] = [
    ("profile", lambda: tr("Cooperative"), ProfileTab),
    ("language", lambda: tr("Language"), LanguageTab),
    ("bylaws", lambda: tr("Bylaws (SHU)"), lazy_tab("bylaws_tab", "BylawsTab")),
    ("loan_products", lambda: tr("Loan products"), lazy_tab("loan_products_tab", "LoanProductsTab")),
    ("users", lambda: tr("Users"), lazy_tab("users_tab", "UsersTab")),
]


class SettingsPage(Page):
    key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tab_keys: list[str] = []
        for key, title, factory in SETTINGS_TABS:
            self.tabs.addTab(scrolling(factory(ctx)), title())
            self.tab_keys.append(key)
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @classmethod
    def title(cls) -> str:
        return tr("Settings")

    def tab(self, key: str) -> QWidget:
        return self.tabs.widget(self.tab_keys.index(key)).widget()

    def refresh(self) -> None:
        current = self.tabs.currentWidget().widget()
        if hasattr(current, "refresh"):
            current.refresh()
