"""The cooperative's profile: validated, saved whole or not at all, audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditLog
from desktop_app.domain.roles import Role
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services import settings
from desktop_app.services.books import DEFAULT_PROFILE, create_book
from desktop_app.services.context import Actor, set_actor, transaction


def test_a_new_book_carries_its_profile(session):
    assert settings.get_profile(session) == DEFAULT_PROFILE


def test_saving_the_profile_stores_it_and_audits_what_changed(session):
    changed = replace(DEFAULT_PROFILE, name="Koperasi Mawar", wajib_amount=25_000,
                      fiscal_year_start_month=7, legal_number="AHU-0012.AH.01.26")
    settings.save_profile(session, changed)
    assert settings.get_profile(session) == changed
    row = session.scalars(select(AuditLog).order_by(AuditLog.id.desc())).first()
    assert row.action == "settings.profile"
    assert '"wajib_amount": [20000, 25000]' in row.details
    assert "address" not in row.details


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "needs a name"),
        ({"fiscal_year_start_month": 13}, "month from 1 to 12"),
        ({"pokok_amount": 0}, "above zero"),
        ({"wajib_amount": -5}, "above zero"),
        ({"minor_digits": 2}, "cannot change"),
        ({"currency": "USD"}, "cannot change"),
    ],
)
def test_bad_profiles_are_refused_and_nothing_is_saved(session, change, message):
    with pytest.raises(ValidationError, match=message):
        settings.save_profile(session, replace(DEFAULT_PROFILE, **change))
    assert settings.get_profile(session) == DEFAULT_PROFILE


def test_all_problems_are_listed_together():
    with pytest.raises(ValidationError) as caught:
        replace(DEFAULT_PROFILE, name="", fiscal_year_start_month=0, currency="RP").validate()
    assert len(caught.value.problems) == 3
    assert "three-letter code" in caught.value.message


def test_only_roles_with_the_settings_permission_may_save(session):
    set_actor(session, Actor("pengawas", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        settings.save_profile(session, replace(DEFAULT_PROFILE, name="X"))
    assert settings.get_profile(session).name == DEFAULT_PROFILE.name


def test_closed_through_round_trips(session):
    assert settings.closed_through(session) is None
    with transaction(session):
        settings.set_closed_through(session, date(2024, 12, 31))
    assert settings.closed_through(session) == date(2024, 12, 31)
    with transaction(session):
        settings.set_closed_through(session, None)
    assert settings.closed_through(session) is None


def test_a_book_with_a_bad_profile_is_never_created(tmp_path):
    path = tmp_path / "bad.sqlite3"
    with pytest.raises(ValidationError):
        create_book(path, replace(DEFAULT_PROFILE, name=""))
    assert not path.exists()


def test_a_book_with_cents_keeps_its_digits(tmp_path):
    profile = replace(DEFAULT_PROFILE, currency="USD", minor_digits=2)
    book = create_book(tmp_path / "usd.sqlite3", profile)
    try:
        with book.session() as session:
            set_actor(session, Actor("x", Role.TREASURER))
            assert settings.get_profile(session).minor_digits == 2
    finally:
        book.close()
