"""Commands that set credentials, read from stdin: a user's password, a member's kiosk PIN."""

from __future__ import annotations

import sys

from desktop_app.cli.common import EXIT_OK, open_existing, system_session
from desktop_app.i18n import tr


def cmd_user(args) -> int:
    from desktop_app.services import users

    password = sys.stdin.readline().rstrip("\r\n")
    book = open_existing(args)
    try:
        with system_session(book) as session:
            users.add_user(
                session, args.name, role=args.role, password=password, full_name=args.full_name
            )
    finally:
        book.close()
    print(tr("User {name} created.", name=args.name))
    return EXIT_OK


def cmd_member_pin(args) -> int:
    from desktop_app.services import kiosk

    pin = sys.stdin.readline().strip()
    book = open_existing(args)
    try:
        with system_session(book) as session:
            kiosk.set_pin(session, args.member_no, pin)
    finally:
        book.close()
    print(tr("PIN set for member {number}.", number=args.member_no))
    return EXIT_OK
