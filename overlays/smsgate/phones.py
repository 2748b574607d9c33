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
from collections.abc import Iterable

from .errors import InvalidRequestError

__all__ = [
    "checked_region",
    "e164_numbers",
    "international_digits",
    "international_numbers",
    "to_e164",
]

_HINT = "; a national number needs default_region (e.g. default_region='BY')"


def checked_region(value: object) -> str | None:
    """A default region as libphonenumber takes it ("BY"), None for none."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 2 or not value.isalpha():
        raise InvalidRequestError(f"a default region is a country code like 'BY', got {value!r}")
    return value.upper()


def to_e164(number: str | int, region: str | None = None) -> str:
    """`+995 (511) 19-42-41`, `00995511194241`, 995511194241, or `8 029 123-45-67` with
    region "BY", as E.164 ("+995511194241"); InvalidRequestError for anything else."""
    if isinstance(number, bool) or not isinstance(number, str | int):
        raise InvalidRequestError(f"a phone number should be a string or an int, got {number!r}")
    return _parsed(number if isinstance(number, str) else int(number), checked_region(region))


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
    # Written without a country code (`8 912 ...`): say how such a number is read.
    national = isinstance(number, str) and not number.lstrip().startswith(("+", "00"))
    hint = _HINT if region is None and national else ""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidRequestError(f"{number!r} is not a valid {kind}: {exc._msg}{hint}") from None
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidRequestError(f"{number!r} is not a valid {kind}{hint}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def international_digits(number: str | int, region: str | None = None) -> str:
    """The wire form all four vendors take: "995511194241"."""
    return to_e164(number, region).removeprefix("+")


def e164_numbers(
    numbers: str | int | Iterable[str | int], region: str | None = None
) -> tuple[str, ...]:
    """One number or many, each as E.164 and once, in the order given; at least one."""
    many = [numbers] if isinstance(numbers, str | int) else list(numbers)
    if not many:
        raise InvalidRequestError("give at least one phone number")
    return tuple(dict.fromkeys(to_e164(n, region) for n in many))


def international_numbers(
    numbers: str | int | Iterable[str | int], region: str | None = None
) -> tuple[str, ...]:
    """`e164_numbers` in the wire form all four vendors take ("995511194241")."""
    return tuple(n.removeprefix("+") for n in e164_numbers(numbers, region))
