"""A member field: type a number or part of a name, pick from a completer fed by a query.

With 10,000 members the completer never holds them all: each keystroke asks
`members.search_members` for the first matches.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop_app.i18n import tr
from desktop_app.services import members
from desktop_app.services.members import MemberChoice
from desktop_app.ui.context import AppContext


class MemberPicker(QLineEdit):
    member_changed = Signal(object)  # MemberChoice or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, active_only: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.active_only = active_only
        self._choices: dict[str, MemberChoice] = {}
        self._chosen: MemberChoice | None = None
        self.setPlaceholderText(tr("Member number or name"))
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self._completer)
        self._completer.activated.connect(self._picked)
        self.textEdited.connect(self._suggest)

    def chosen(self) -> MemberChoice | None:
        return self._chosen

    def resolve(self) -> MemberChoice | None:
        """The member the text names: a picked label, an exact number, or the only match."""
        text = self.text().strip()
        choice = self._choices.get(text)
        if choice is None and text:
            with self.ctx.session() as session:
                found = members.find_by_number(session, text)
                if found and (found.status == "active" or not self.active_only):
                    choice = MemberChoice(found.id, found.number, found.name)
                else:
                    matches = members.search_members(session, text, 2, self.active_only)
                    choice = matches[0] if len(matches) == 1 else None
        self._set(choice)
        if choice is not None:
            self.setText(choice.label())
        return choice

    def set_member(self, choice: MemberChoice | None) -> None:
        """Show `choice`; `resolve()` keeps it while the text is unchanged, even for a
        member a search would no longer find (an exited consignment owner)."""
        if choice is not None:
            self._choices[choice.label()] = choice
        self.setText(choice.label() if choice else "")
        self._set(choice)

    def _set(self, choice: MemberChoice | None) -> None:
        if choice != self._chosen:
            self._chosen = choice
            self.member_changed.emit(choice)

    def _suggest(self, text: str) -> None:
        self._set(None)
        if not text.strip():
            self._model.setStringList([])
            return
        with self.ctx.session() as session:
            found = members.search_members(session, text, 20, self.active_only)
        self._choices = {choice.label(): choice for choice in found}
        self._model.setStringList(list(self._choices))
        if found:
            self._completer.complete()

    def _picked(self, text: str) -> None:
        choice = self._choices.get(text)
        if choice:
            self.setText(text)
            self._set(choice)
