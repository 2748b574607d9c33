"""The smsgate pytest plugin (entry point `pytest11: smsgate`): fixtures for testing code
that sends SMS through smsgate, against the vendors' stubs in process.

- `smsgate_stub(vendor, **options)`: a factory of `smsgate.testing.StubHandle`s, each closed
  after the test (options: wire, balance, senders, clock="manual"|"real", stub options).
- `smsgate_mock_vendors`: `smsgate.testing.mock_vendors()` active for the test, every vendor
  mocked; index it by vendor for its handle.

It defines fixtures only, and imports smsgate's stubs only when a test asks for one, so a
session that does not use it runs as if it were not installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._handle import StubHandle
    from ._mock import mock_vendors


@pytest.fixture
def smsgate_stub() -> Iterator[Callable[..., StubHandle]]:
    """Make stubbed vendors: `sms = smsgate_stub("ubill", balance=10)`."""
    from ._handle import StubHandle

    made: list[StubHandle] = []

    def make(vendor: str, **options: Any) -> StubHandle:
        handle = StubHandle(vendor, **options)
        made.append(handle)
        return handle

    yield make
    for handle in made:
        handle.close()


@pytest.fixture
def smsgate_mock_vendors() -> Iterator[mock_vendors]:
    """Every vendor's real address reaches its stub for the test: `smsgate_mock_vendors["smsc"]`."""
    from ._mock import mock_vendors

    with mock_vendors() as mocked:
        yield mocked
