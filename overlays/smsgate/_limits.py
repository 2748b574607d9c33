"""Input checks, made before any request: the one library of them.

One parameterised check per kind of input (a whole number within bounds, one id or many, a
text's length and SMS parts, a schedule that must lie ahead), shared by the vendors; each
vendor passes its own numbers from its documentation. Phone numbers are smsgate.phones'.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import InvalidRequestError
from .segments import count_segments

__all__ = ["future", "ids", "integer", "text"]


def integer(value: Any, what: str, *, least: int = 1, most: int | None = None) -> int:
    """A whole number (not a bool) from `least` (1 unless said) up to `most`."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < least
        or (most is not None and value > most)
    ):
        bounds = f"{least}..{most}" if most is not None else f"at least {least}"
        raise InvalidRequestError(f"{what} should be an int {bounds}, got {value!r}")
    return value


def ids(values: int | Iterable[int], what: str) -> tuple[int, ...]:
    """One positive id or several, at least one, in the order given."""
    many = [values] if isinstance(values, int) else list(values)
    if not many:
        raise InvalidRequestError(f"give at least one {what}")
    return tuple(integer(value, what) for value in many)


def text(
    value: Any, what: str, *, max_chars: int | None = None, max_parts: int | None = None
) -> str:
    """A non-empty text within `max_chars` characters and `max_parts` SMS parts."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(f"{what} should be a non-empty string, got {value!r}")
    if max_chars is not None and len(value) > max_chars:
        raise InvalidRequestError(
            f"{what} has {len(value)} characters; the vendor takes at most {max_chars}"
        )
    if max_parts is not None:
        segments = count_segments(value)
        if segments.parts > max_parts:
            raise InvalidRequestError(
                f"{what} takes {segments.parts} SMS parts in {segments.encoding};"
                f" the vendor sends at most {max_parts}"
            )
    return value


def future(
    when: Any, what: str, *, within: timedelta | None = None, now: datetime | None = None
) -> datetime:
    """A timezone-aware moment after `now` and, with `within`, at most that far ahead."""
    if not isinstance(when, datetime) or when.tzinfo is None:
        raise InvalidRequestError(f"{what} needs a timezone-aware datetime, got {when!r}")
    now = now or datetime.now(UTC)
    if when <= now:
        raise InvalidRequestError(f"{what} must be in the future, got {when.isoformat()}")
    if within is not None and when > now + within:
        raise InvalidRequestError(
            f"{what} can be at most {within.days} days ahead, got {when.isoformat()}"
        )
    return when
