"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass

__all__ = ["RetryPolicy"]


@dataclass(frozen=True)
class RetryPolicy:
    """Retries for requests that are safe to repeat.

    Reads are retried on connection errors, timeouts, 429 and 5xx. A send is retried only when
    its request provably never left (the connection could not be opened); once it may have
    reached the vendor it is never repeated, whatever this policy says.
    """

    max_attempts: int = 3
    """Tries in all, the first included; 1 turns retries off."""
    backoff: float = 0.5
    """The first wait in seconds; each further wait doubles, with jitter."""
    max_backoff: float = 8.0
    max_retry_after: float = 30.0
    """A longer Retry-After is not waited out: the rate-limit error is raised at once."""

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if min(self.backoff, self.max_backoff, self.max_retry_after) < 0:
            raise ValueError("waits cannot be negative")

    def delay(self, attempt: int, retry_after: float | None = None) -> float | None:
        """Seconds to wait before the try after `attempt`, or None when no try is left."""
        if attempt >= self.max_attempts:
            return None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        ceiling: float = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return ceiling * random.uniform(0.5, 1.0)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds) if seconds == seconds else None  # NaN is no answer
