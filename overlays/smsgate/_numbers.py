"""Phone numbers as the vendors take them: international digits, country code first.

Every vendor wants the same digits and differs only in how many it accepts; a number that
cannot be one is an InvalidRequestError before any request.
"""

from __future__ import annotations

import re

from .errors import InvalidRequestError

_PUNCTUATION = re.compile(r"[\s().-]")


def international_digits(number: str | int, *, lengths: range) -> str:
    """`+995 (511) 19-42-41`, `00995511194241` or 995511194241 as "995511194241"."""
    raw = str(number) if isinstance(number, int) and not isinstance(number, bool) else number
    if not isinstance(raw, str):
        raise InvalidRequestError(f"a phone number should be a string or an int, got {number!r}")
    digits = _PUNCTUATION.sub("", raw)
    digits = digits[1:] if digits.startswith("+") else digits.removeprefix("00")
    if not (digits.isascii() and digits.isdigit() and len(digits) in lengths):
        raise InvalidRequestError(
            f"{number!r} is not an international phone number"
            f" ({lengths.start}-{lengths.stop - 1} digits, country code first)"
        )
    return digits
