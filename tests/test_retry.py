"""RetryPolicy and Retry-After parsing."""

from __future__ import annotations

import email.utils

import pytest
from smsgate import RetryPolicy
from smsgate._retry import parse_retry_after


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    policy = RetryPolicy(max_attempts=10, backoff=1.0, max_backoff=4.0)
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (6, 4.0)]:
        delays = {policy.delay(attempt) for _ in range(50)}
        assert all(d is not None and ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered, so that clients do not retry in step


def test_no_delay_once_the_attempts_are_spent() -> None:
    policy = RetryPolicy(max_attempts=3)
    assert policy.delay(2) is not None
    assert policy.delay(3) is None
    assert RetryPolicy(max_attempts=1).delay(1) is None


def test_retry_after_is_honoured_up_to_its_cap() -> None:
    policy = RetryPolicy(max_retry_after=30)
    assert policy.delay(1, retry_after=12.5) == 12.5
    assert policy.delay(1, retry_after=31) is None


@pytest.mark.parametrize("bad", [{"max_attempts": 0}, {"backoff": -1}])
def test_nonsense_policies_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("7", 7.0),
        ("0", 0.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
    ],
)
def test_retry_after_in_seconds(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_retry_after_as_an_http_date() -> None:
    now = 1_800_000_000.0
    header = email.utils.formatdate(now + 90, usegmt=True)
    assert parse_retry_after(header, now=now) == 90.0
    assert parse_retry_after(email.utils.formatdate(now - 90, usegmt=True), now=now) == 0.0
