"""Strict readers for the loosely typed values vendors send.

Generated parsers pass union-typed values through unchecked (an id may arrive as "100" or 100);
these turn them into one Python type or raise WireFormatError, which the facade reports as a
DecodeError that carries the raw body.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import Any

from ._calls import WireFormatError

_DIGITS = re.compile(r"[0-9]+")
_LOCAL_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?")


def digits(value: Any, what: str) -> str:
    """An id or count sent as a string of digits or as a non-negative integer, as a string."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        return value
    raise WireFormatError(f"{what} should be a non-negative integer, got {value!r}")


def integer(value: Any, what: str) -> int:
    return int(digits(value, what))


def finite(amount: Decimal, what: str) -> Decimal:
    """An amount that is a number: JSON's 1e999999 reads as infinity, and NaN parses."""
    if not amount.is_finite():
        raise WireFormatError(f"{what} should be a finite amount, got {amount}")
    return amount


def text(value: Any, what: str) -> str:
    if isinstance(value, str):
        return value
    raise WireFormatError(f"{what} should be a string, got {value!r}")


def local_datetime(value: Any, zone: tzinfo, what: str) -> datetime:
    """`Y-m-d H:i[:s]` without a zone, read as wall-clock time in `zone`."""
    if not isinstance(value, str) or not _LOCAL_DATETIME.fullmatch(value):
        raise WireFormatError(f"{what} should be a local date-time, got {value!r}")
    from dateutil.parser import isoparse  # imported on the first date read, not with smsgate

    try:
        parsed: datetime = isoparse(value)
        return parsed.replace(tzinfo=zone)
    except ValueError as exc:
        raise WireFormatError(f"{what} is not a real date-time: {value!r}") from exc


@functools.cache
def zone(name: str, fallback: str, hours: int) -> tzinfo:
    """The time zone `name` (dateutil's, from the system's tz database), or a fixed offset of
    `hours` named `fallback` where there is no database; the same object on every call. Made
    on first use, not when a facade is imported: dateutil.tz takes about 10 ms to import (as
    much as a tenth of httpx)."""
    from dateutil import tz

    return tz.gettz(name) or tz.tzoffset(fallback, hours * 3600)
