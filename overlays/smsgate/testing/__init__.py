"""smsgate.testing: test your own code against the vendors' stubs, in process.

- `StubHandle(vendor, wire=, balance=, senders=, clock=)`: one stubbed vendor; `settings()`
  for `connect(vendor, **settings)`, `sent`, `advance(seconds)`, `callbacks_to(app)`,
  `fail_next(fault)`.
- `mock_vendors(*vendors)`: a context manager and decorator under which every httpx client
  that talks to a vendor's real address reaches its stub, with no configuration.
- Faults: `timeout()`, `reset()`, `refused()`, `http_error(503)`, `rate_limited(retry_after)`,
  `malformed()`, every one in `FAULTS`; `FaultyTransport` and `FaultyApp` play them.
- The pytest plugin (`smsgate.testing.plugin`, entry point `smsgate`): the `smsgate_stub`
  factory fixture and the `smsgate_mock_vendors` fixture.

Names are imported on first use, so that the pytest plugin costs a session that does not use
it nothing (no stub, no Starlette, no httpx).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._faults import (
        FAULT_BY_NAME,
        FAULTS,
        Fault,
        FaultPlan,
        FaultyApp,
        FaultyTransport,
        http_error,
        malformed,
        rate_limited,
        refused,
        reset,
        timeout,
    )
    from ._handle import StubHandle
    from ._mock import VendorNotMocked, mock_vendors

_LAZY = {
    **dict.fromkeys(
        (
            "FAULTS",
            "FAULT_BY_NAME",
            "Fault",
            "FaultPlan",
            "FaultyApp",
            "FaultyTransport",
            "http_error",
            "malformed",
            "rate_limited",
            "refused",
            "reset",
            "timeout",
        ),
        "._faults",
    ),
    "StubHandle": "._handle",
    "VendorNotMocked": "._mock",
    "mock_vendors": "._mock",
}

__all__ = [
    "FAULTS",
    "FAULT_BY_NAME",
    "Fault",
    "FaultPlan",
    "FaultyApp",
    "FaultyTransport",
    "StubHandle",
    "VendorNotMocked",
    "http_error",
    "malformed",
    "mock_vendors",
    "rate_limited",
    "refused",
    "reset",
    "timeout",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
