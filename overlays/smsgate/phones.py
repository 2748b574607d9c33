"""Phone numbers in any common form, checked before they reach a vendor.

Parsing and validation are Google's libphonenumber rules (the `phonenumbers` package): it knows
every country's number lengths and ranges, which a hand-written digit count cannot. A number
without a country code needs a default region ("BY", "GE", "RU"...); every vendor takes the
result as international digits, country code first, without `+` or `00`.

Parsing costs about 20 µs a number (`python -m timeit`), so the numbers last seen are
remembered: customers get messages again, and a retried or repeated send pays once.
"""

from __future__ import annotations

import functools

from .errors import InvalidRequestError

__all__ = ["international_digits", "to_e164"]


def to_e164(number: str | int, region: str | None = None) -> str:
    """`+995 (511) 19-42-41`, `00995511194241`, 995511194241, or `8 029 123-45-67` with
    region "BY", as E.164 ("+995511194241"); InvalidRequestError for anything else."""
    if isinstance(number, bool) or not isinstance(number, str | int):
        raise InvalidRequestError(f"a phone number should be a string or an int, got {number!r}")
    if region is not None and not isinstance(region, str):
        raise InvalidRequestError(f"a default region is a country code like 'BY', got {region!r}")
    return _parsed(number if isinstance(number, str) else int(number), region)


@functools.lru_cache(maxsize=4096)
def _parsed(number: str | int, region: str | None) -> str:
    # Imported on the first number parsed, not with the module: libphonenumber's metadata
    # takes about 20 ms to load, which every `import smsgate.<vendor>` paid before.
    import phonenumbers

    text = str(number).strip()
    if isinstance(number, int) or text.startswith("00"):
        text = "+" + text.removeprefix("00")
    elif region is None and not text.startswith("+"):
        text = "+" + text  # digits alone are international digits unless a region is given
    kind = f"phone number of region {region}" if region else "international phone number"
    try:
        parsed = phonenumbers.parse(text, region.upper() if region else None)
    except phonenumbers.NumberParseException as exc:
        raise InvalidRequestError(f"{number!r} is not a valid {kind}: {exc._msg}") from None
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidRequestError(f"{number!r} is not a valid {kind}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def international_digits(number: str | int, region: str | None = None) -> str:
    """The wire form all four vendors take: "995511194241"."""
    return to_e164(number, region).removeprefix("+")
