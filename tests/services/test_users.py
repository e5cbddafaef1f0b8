"""Users, passwords and logins: who may get in, and what a wrong try costs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditLog, User
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import passwords, users
from desktop_app.services.context import Actor, set_actor

NOW = datetime(2025, 6, 15, 9, 0)
REFUSAL = "That name and password do not match. Please try again."


def counts(session):
    return (
        session.scalar(select(func.count()).select_from(User)),
        session.scalar(select(func.count()).select_from(AuditLog)),
    )


def act_as(session, username, role):
    set_actor(session, Actor(username, role))


@pytest.fixture
def chair(session):
    users.add_user(session, "siti", role="chair", password="rahasia-ketua", full_name="Siti")
    return "siti"


def test_add_user_stores_only_a_hash_and_audits(session):
    info = users.add_user(session, "ani", role="treasurer", password="kas-aman-123",
                          full_name="Ani Lestari")
    row = session.scalar(select(User).where(User.username == "ani"))
    assert info.role is Role.TREASURER and info.active
    assert row.password_hash.startswith("$argon2id$")
    assert "kas-aman-123" not in row.password_hash
    audit_row = session.scalar(select(AuditLog).where(AuditLog.action == "user.add"))
    assert audit_row.object_id == "ani" and "kas-aman-123" not in audit_row.details


@pytest.mark.parametrize(
    ("username", "role", "password", "message"),
    [
        ("ani", "treasurer", "short", "at least 8 characters"),
        ("ani", "treasurer", "", "at least 8 characters"),
        ("ani", "treasurer", " spaced-out ", "begin or end with a space"),
        ("ani", "boss", "long-enough", "must be treasurer, chair or auditor"),
        ("ani", "system", "long-enough", "must be treasurer, chair or auditor"),
        ("", "treasurer", "long-enough", "Type a user name"),
        ("ani lestari", "treasurer", "long-enough", "without spaces"),
        ("x" * 65, "treasurer", "long-enough", "without spaces"),
    ],
)
def test_bad_new_users_are_refused_and_nothing_written(session, username, role, password,
                                                       message):
    before = counts(session)
    with pytest.raises(ValidationError, match=message):
        users.add_user(session, username, role=role, password=password)
    assert counts(session) == before


def test_duplicate_names_are_refused_ignoring_case(session, chair):
    with pytest.raises(ValidationError, match="already a user named"):
        users.add_user(session, "SITI", role="auditor", password="another-one")


def test_only_the_chair_adds_users(session, chair):
    for role in (Role.TREASURER, Role.AUDITOR):
        act_as(session, "someone", role)
        before = counts(session)
        with pytest.raises(PermissionDenied):
            users.add_user(session, "new", role="auditor", password="long-enough")
        assert counts(session) == before
    act_as(session, "siti", Role.CHAIR)
    assert users.add_user(session, "new", role="auditor", password="long-enough").active


def test_first_user_needs_no_login_but_only_once(book):
    with book.session() as session:  # nobody logged in
        info = users.add_first_user(session, "siti", role="chair", password="rahasia-ketua")
        assert info.role is Role.CHAIR
        actor_of_audit = session.scalar(select(AuditLog.actor).where(AuditLog.action == "user.add"))
        assert actor_of_audit == "siti"
        with pytest.raises(PermissionDenied, match="already has users"):
            users.add_first_user(session, "intruder", role="chair", password="rahasia-lain")
        assert [u.username for u in users.list_users(session)] == ["siti"]


def test_first_user_cannot_be_an_auditor(book):
    with book.session() as session:
        with pytest.raises(ValidationError, match="chair or the treasurer"):
            users.add_first_user(session, "pengawas", role="auditor", password="long-enough")
        assert not users.has_users(session)


def test_authenticate_returns_the_actor_and_audits_the_login(session, chair):
    actor = users.authenticate(session, "Siti", "rahasia-ketua", now=NOW)
    assert actor == Actor("siti", Role.CHAIR, "Siti")
    assert session.scalar(select(AuditLog.actor).where(AuditLog.action == "user.login")) == "siti"


@pytest.mark.parametrize(("username", "password"), [
    ("siti", "wrong-password"), ("nobody", "rahasia-ketua"), ("", ""), ("siti", ""),
])
def test_wrong_logins_get_one_calm_message(session, chair, username, password):
    with pytest.raises(PermissionDenied) as refused:
        users.authenticate(session, username, password, now=NOW)
    assert refused.value.message == REFUSAL
    assert "rahasia" not in " ".join(session.scalars(select(AuditLog.details)))


def test_work_done_while_the_password_is_checked_does_not_change_the_answer(session, chair):
    read = []
    actor = users.authenticate(session, "siti", "rahasia-ketua", now=NOW,
                               meanwhile=lambda s: read.append(s.scalar(select(User.username))))
    assert actor.username == "siti" and read == ["siti"]
    with pytest.raises(PermissionDenied) as refused:
        users.authenticate(session, "siti", "wrong-password", now=NOW,
                           meanwhile=lambda s: read.append("again"))
    assert refused.value.message == REFUSAL and read == ["siti", "again"]
    assert session.scalar(select(User.failed_logins)) == 1  # the wrong try still counts


def test_deactivated_user_cannot_log_in(session, chair):
    users.add_user(session, "ani", role="treasurer", password="kas-aman-123")
    users.deactivate(session, "ani")
    with pytest.raises(PermissionDenied) as refused:
        users.authenticate(session, "ani", "kas-aman-123", now=NOW)
    assert refused.value.message == REFUSAL
    users.activate(session, "ani")
    assert users.authenticate(session, "ani", "kas-aman-123", now=NOW).username == "ani"


def test_five_wrong_passwords_lock_with_a_growing_delay(session, chair):
    for _ in range(passwords.FREE_TRIES - 1):
        with pytest.raises(PermissionDenied, match="do not match"):
            users.authenticate(session, "siti", "wrong-password", now=NOW)
    assert users.authenticate(session, "siti", "rahasia-ketua", now=NOW)  # 4 wrong: fine
    for _ in range(passwords.FREE_TRIES):
        with pytest.raises(PermissionDenied, match="do not match"):
            users.authenticate(session, "siti", "wrong-password", now=NOW)
    first_lock = session.scalar(select(User.locked_until).where(User.username == "siti"))
    assert first_lock == NOW + passwords.FIRST_LOCK
    # while locked even the right password is refused, and the refusal says to wait
    with pytest.raises(PermissionDenied, match="try again in 1 min"):
        users.authenticate(session, "siti", "rahasia-ketua", now=NOW + timedelta(seconds=10))
    # a wrong try after the lock locks twice as long
    later = first_lock + timedelta(seconds=1)
    with pytest.raises(PermissionDenied, match="do not match"):
        users.authenticate(session, "siti", "wrong-password", now=later)
    second_lock = session.scalar(select(User.locked_until).where(User.username == "siti"))
    assert second_lock == later + 2 * passwords.FIRST_LOCK
    # the right password once the lock is over clears everything
    after = second_lock + timedelta(seconds=1)
    assert users.authenticate(session, "siti", "rahasia-ketua", now=after).role is Role.CHAIR
    row = session.scalar(select(User).where(User.username == "siti"))
    assert (row.failed_logins, row.locked_until) == (0, None)


def test_lock_never_exceeds_an_hour():
    assert passwords.lock_after(50, NOW) == NOW + passwords.LONGEST_LOCK
    assert passwords.lock_after(passwords.FREE_TRIES - 1, NOW) is None


def test_change_own_password(session, chair):
    act_as(session, "siti", Role.CHAIR)
    with pytest.raises(ValidationError, match="current password is not right"):
        users.change_password(session, "siti", "wrong-password", "brand-new-pass")
    with pytest.raises(ValidationError, match="at least 8"):
        users.change_password(session, "siti", "rahasia-ketua", "short")
    users.change_password(session, "siti", "rahasia-ketua", "brand-new-pass")
    assert users.authenticate(session, "siti", "brand-new-pass", now=NOW)
    with pytest.raises(PermissionDenied):
        users.authenticate(session, "siti", "rahasia-ketua", now=NOW)


def test_nobody_changes_another_users_password(session, chair):
    users.add_user(session, "ani", role="treasurer", password="kas-aman-123")
    act_as(session, "ani", Role.TREASURER)
    with pytest.raises(PermissionDenied, match="only your own"):
        users.change_password(session, "siti", "rahasia-ketua", "taken-over-pass")
    assert users.authenticate(session, "siti", "rahasia-ketua", now=NOW)


def test_chair_resets_a_password_and_lifts_the_lock(session, chair):
    users.add_user(session, "ani", role="treasurer", password="kas-aman-123")
    for _ in range(passwords.FREE_TRIES):
        with pytest.raises(PermissionDenied):
            users.authenticate(session, "ani", "forgotten-it", now=NOW)
    act_as(session, "siti", Role.CHAIR)
    with pytest.raises(ValidationError, match="at least 8"):
        users.reset_password(session, "ani", "1234")
    with pytest.raises(ValidationError, match="no user named"):
        users.reset_password(session, "budi", "fresh-password")
    users.reset_password(session, "ani", "fresh-password")
    assert users.authenticate(session, "ani", "fresh-password", now=NOW).role is Role.TREASURER


def test_treasurer_cannot_reset_or_deactivate(session, chair):
    act_as(session, "ani", Role.TREASURER)
    with pytest.raises(PermissionDenied):
        users.reset_password(session, "siti", "taken-over-pass")
    with pytest.raises(PermissionDenied):
        users.deactivate(session, "siti")
    assert users.list_users(session)[0].active


def test_the_last_chair_and_oneself_cannot_be_deactivated(session, chair):
    with pytest.raises(ValidationError, match="last active chair"):
        users.deactivate(session, "siti")
    act_as(session, "siti", Role.CHAIR)
    users.add_user(session, "dewi", role="chair", password="ketua-kedua")
    with pytest.raises(ValidationError, match="deactivate yourself"):
        users.deactivate(session, "siti")
    users.deactivate(session, "dewi")
    with pytest.raises(ValidationError, match="already deactivated"):
        users.deactivate(session, "dewi")
    assert [(u.username, u.active) for u in users.list_users(session)] == [
        ("dewi", False), ("siti", True)
    ]


def test_idle_lock_setting(session):
    assert users.idle_lock_minutes(session) == users.DEFAULT_IDLE_LOCK_MINUTES
    users.set_idle_lock_minutes(session, 10)
    assert users.idle_lock_minutes(session) == 10
    with pytest.raises(ValidationError):
        users.set_idle_lock_minutes(session, 0)
    act_as(session, "pengawas", Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        users.set_idle_lock_minutes(session, 3)
    assert users.idle_lock_minutes(session) == 10


def test_no_clear_text_password_or_pin_anywhere_in_the_book_file(book_file):
    from kiosk_book import add_member

    from desktop_app.db.book import open_book
    from desktop_app.services import kiosk
    from desktop_app.services.context import SYSTEM_ACTOR

    secrets = ["Sandi-Ketua-2025", "Sandi-Bendahara-77", "Sandi-Salah-Sekali", "Sandi-Baru-3000",
               "507318", "864209"]
    book = open_book(book_file)
    try:
        with book.session() as session:
            set_actor(session, SYSTEM_ACTOR)
            users.add_user(session, "siti", role="chair", password=secrets[0])
            users.add_user(session, "ani", role="treasurer", password=secrets[1])
            with pytest.raises(PermissionDenied):
                users.authenticate(session, "ani", secrets[2])
            users.reset_password(session, "ani", secrets[3])
            add_member(session, "A001", "Sri")
            kiosk.set_pin(session, "A001", secrets[4])
            with pytest.raises(PermissionDenied):
                kiosk.verify_member(session, "A001", secrets[5])
            wal = book_file.with_name(book_file.name + "-wal")
            raw = book_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
            assert wal.exists()  # the check must also cover what is still in the WAL
    finally:
        book.close()
    raw += book_file.read_bytes()  # and what was checkpointed into the file on close
    for secret in secrets:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in raw, secret
    assert b"$argon2id$" in raw


def test_importing_the_password_module_hashes_nothing():
    """Start-up must not pay for an Argon2 hash; the timing-equaliser is made on demand."""
    import subprocess
    import sys

    probe = ("import desktop_app.services.passwords as p; "
             "print(p._dummy_hash.cache_info().currsize); "
             "p.verify_secret(None, 'x'); print(p._dummy_hash.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]
