"""smsgate.phones: the one phone-number rule the gateway and every facade apply."""

from __future__ import annotations

import pytest
from smsgate import phones
from smsgate.errors import InvalidRequestError


@pytest.mark.parametrize(
    ("number", "region", "e164"),
    [
        ("+995 (511) 19-42-41", None, "+995511194241"),
        ("00995511194241", None, "+995511194241"),
        (995511194241, None, "+995511194241"),
        ("8 029 123-45-67", "BY", "+375291234567"),
        ("8 029 123-45-67", "by", "+375291234567"),
    ],
)
def test_every_common_form_becomes_e164(number: str | int, region: str | None, e164: str) -> None:
    assert phones.to_e164(number, region) == e164


def test_a_national_looking_number_without_a_region_suggests_default_region() -> None:
    with pytest.raises(InvalidRequestError, match="needs default_region") as caught:
        phones.to_e164("8 912 345 67 00")
    assert "'8 912 345 67 00'" in str(caught.value)


def test_an_international_number_that_is_invalid_gets_no_region_hint() -> None:
    with pytest.raises(InvalidRequestError) as caught:
        phones.to_e164("+7999")
    assert "default_region" not in str(caught.value)


def test_with_the_region_the_national_number_is_read() -> None:
    assert phones.to_e164("8 912 345 67 00", "RU") == "+79123456700"


@pytest.mark.parametrize("region", ["Belarus", "B", 375, ""])
def test_a_region_is_a_two_letter_country_code(region: object) -> None:
    with pytest.raises(InvalidRequestError, match="country code like 'BY'"):
        phones.checked_region(region)


def test_many_numbers_are_checked_each_once_in_order() -> None:
    numbers = ["+375291234567", "+995511194241", "00375291234567"]
    assert phones.international_numbers(numbers) == ("375291234567", "995511194241")
    assert phones.e164_numbers("+995511194241") == ("+995511194241",)


def test_no_numbers_at_all_is_refused() -> None:
    with pytest.raises(InvalidRequestError, match="at least one"):
        phones.e164_numbers([])


def test_one_bad_number_among_many_is_named() -> None:
    with pytest.raises(InvalidRequestError, match="'7999'"):
        phones.international_numbers(["+375291234567", "7999"])
