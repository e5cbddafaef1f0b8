"""A member's business profile, with her consignment products."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from programme_book import TODAY, members

from desktop_app.errors import ValidationError
from desktop_app.services import business_profiles, products
from desktop_app.services.business_profiles import BusinessData


def test_a_business_profile_links_her_consignment_products(session):
    sri, dewi = members(session, 2)
    assert business_profiles.business_of(session, sri).profile is None
    products.create_product(session, products.ProductInput(
        "KRP-01", "Keripik pisang", 15_000, owner_number="0001",
        commission_percent=Decimal(10)))
    data = BusinessData("Makanan ringan", "Keripik pisang, rempeyek", "Pasar Minggu",
                        date(2019, 3, 1))
    business_profiles.save_business(session, sri, data, TODAY)
    view = business_profiles.business_of(session, sri)
    assert view.profile == data
    assert view.consignment_products == [("KRP-01", "Keripik pisang", True)]
    assert business_profiles.business_of(session, dewi).consignment_products == []


@pytest.mark.parametrize(("data", "message"), [
    (BusinessData(" "), "Say what kind of business"),
    (BusinessData("Warung", started_on=date(2025, 7, 1)), "cannot start after today"),
])
def test_bad_business_profiles_are_refused(session, data, message):
    [sri] = members(session, 1)
    with pytest.raises(ValidationError, match=message):
        business_profiles.save_business(session, sri, data, TODAY)
    assert business_profiles.business_of(session, sri).profile is None
