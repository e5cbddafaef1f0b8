"""The command line (`koperasi`, `python -m desktop_app`). Commands are thin: they call services.

The syntax is in `parser.py`; the commands, grouped by what they act on, in
`book_commands.py`, `access_commands.py` and `report_commands.py`. No traceback ever reaches
the user: a KoperasiError prints its message (and its list of problems); anything
unexpected is logged to a file and summarised in one line.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app import config
from desktop_app.cli import access_commands, book_commands, report_commands
from desktop_app.cli.common import EXIT_CRASH, EXIT_FAILED, EXIT_OK, EXIT_USAGE
from desktop_app.cli.parser import build_parser
from desktop_app.errors import BookError, KoperasiError
from desktop_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, set_language, tr

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": book_commands.cmd_demo,
    "check": book_commands.cmd_check,
    "import": book_commands.cmd_import,
    "export": book_commands.cmd_export,
    "loan-schedule": report_commands.cmd_loan_schedule,
    "backup": book_commands.cmd_backup,
    "restore": book_commands.cmd_restore,
    "copy": book_commands.cmd_copy,
    "screenshot": book_commands.cmd_screenshot,
    "user": access_commands.cmd_user,
    "member-pin": access_commands.cmd_member_pin,
    "shu": report_commands.cmd_shu,
    "consolidate": report_commands.cmd_consolidate,
    "report": report_commands.cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_from(argv))
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop_app.ui.app import run_gui

        return run_gui(args.db, args.lang)
    try:
        return COMMANDS[args.command](args)
    except KoperasiError as exc:
        print(tr("Error: {message}", message=exc.message), file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(tr("Cancelled."), file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # noqa: BLE001 - the last line of defence: log, never show a traceback
        log_file = _log_crash()
        print(
            tr("Unexpected error. The details were written to {path}", path=log_file),
            file=sys.stderr,
        )
        return EXIT_CRASH


def _language_from(argv: list[str]) -> str:
    """Read --lang before parsing, so that help and errors are already translated."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            return arg.split("=", 1)[1]
    return DEFAULT_LANGUAGE


def _log_crash() -> Path:
    folder = config.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "koperasi-errors.log"
        # A handler of our own: basicConfig is a no-op once logging is configured elsewhere.
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger = logging.getLogger("koperasi.crash")
        logger.addHandler(handler)
        try:
            logger.error("unexpected error\n%s", traceback.format_exc())
        finally:
            logger.removeHandler(handler)
            handler.close()
        return log_file
    except OSError:
        traceback.print_exc()
        return Path("stderr")


__all__ = [
    "EXIT_CRASH",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "BookError",
    "build_parser",
    "main",
]
