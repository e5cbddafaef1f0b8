"""Errors that carry a message meant for the user (already in the UI language)."""


class KoperasiError(Exception):
    """A refusal or failure the user can act on; never shown with a traceback."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.problems = problems or []

    def __str__(self) -> str:
        return self.message


class ValidationError(KoperasiError):
    """Bad input: nothing was written."""


class PermissionDenied(KoperasiError):
    """The current user's role may not do this."""


class BookError(KoperasiError):
    """The book file cannot be opened, created, migrated, backed up or restored."""
