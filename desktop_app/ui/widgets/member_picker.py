"""A member field: type a number or part of a name, pick from a completer fed by a query.

With 10,000 members the completer never holds them all: each keystroke asks
`members.search_members` for the first matches.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop_app.domain.member_status import MemberStatus
from desktop_app.i18n import tr
from desktop_app.services import members
from desktop_app.services.members import MemberChoice
from desktop_app.ui.context import AppContext

SUGGESTIONS = 20  # members listed under the field at most


class MemberPicker(QLineEdit):
    member_changed = Signal(object)  # MemberChoice or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, active_only: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.active_only = active_only
        self._choices: dict[str, MemberChoice] = {}
        self._chosen: MemberChoice | None = None
        self.match_count = 0  # how many members the last unresolved text matched
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
        """The member the text names: a picked label, an exact number, or the only match.

        When several members match, none is chosen: the list of them opens under the
        field so she picks one, and `match_count` says how many there were."""
        text = self.text().strip()
        choice = self._choices.get(text)
        self.match_count = 0
        if choice is None and text:
            with self.ctx.session() as session:
                found = members.find_by_number(session, text)
                if found and (found.status == MemberStatus.ACTIVE or not self.active_only):
                    choice = MemberChoice(found.id, found.number, found.name)
                else:
                    matches = members.search_members(session, text, SUGGESTIONS,
                                                     self.active_only)
                    choice = matches[0] if len(matches) == 1 else None
                    if len(matches) > 1:
                        self.match_count = len(matches)
                        self._offer(matches)
        self._set(choice)
        if choice is not None:
            self.setText(choice.label())
        return choice

    def problem(self) -> str:
        """Why `resolve()` found nobody, in words for the form's message line."""
        text = self.text().strip()
        if not text:
            return tr("Choose a member first (type her number or name).")
        if self.match_count:
            more = "+" if self.match_count >= SUGGESTIONS else ""
            return tr("{count} members match '{text}': choose one from the list.",
                      count=f"{self.match_count}{more}", text=text)
        if self.active_only:
            return tr("No active member matches '{text}'.", text=text)
        return tr("No member matches '{text}'.", text=text)

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
            found = members.search_members(session, text, SUGGESTIONS, self.active_only)
        if found:
            self._offer(found)
        else:
            self._model.setStringList([])

    def _offer(self, found: list[MemberChoice]) -> None:
        """List `found` under the field to pick from."""
        self._choices = {choice.label(): choice for choice in found}
        self._model.setStringList(list(self._choices))
        self._completer.setCompletionPrefix("")
        self._completer.complete()

    def _picked(self, text: str) -> None:
        choice = self._choices.get(text)
        if choice:
            self.setText(text)
            self._set(choice)
