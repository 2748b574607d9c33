"""Documented input limits, checked before any request.

One parameterised check per kind of limit (a text's length and SMS parts, a schedule that must
lie ahead), shared by the vendors; each vendor passes its own numbers from its documentation.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import InvalidRequestError
from .segments import count_segments

__all__ = ["future", "text"]


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
