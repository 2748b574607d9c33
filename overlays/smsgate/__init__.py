"""smsgate: typed sync and async clients for the Selzy, SMSC, SMS.by and uBill SMS gateways.

Each vendor lives in its own module (`smsgate.ubill`, ...), which imports only that vendor's
generated client. Errors for every vendor are in `smsgate.errors`; the one interface for all of
them (`smsgate.connect("smsc").send(...)`) is in `smsgate.gateway`.

`import smsgate` loads the errors only; every other top-level name is imported on first use
(`_LAZY`), so that a program pays for httpx and a vendor's generated client only when it
uses them. A new public name goes into `_LAZY` (and `__all__`), not into an import here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _deferred, errors
from .errors import *  # noqa: F403 - the errors are part of the top-level API

if TYPE_CHECKING:
    from ._facade import DEFAULT_TIMEOUT, ClientOptions, GatewaySettings
    from ._neutral import Balance, DeliveryReport, DeliveryState, SentMessage
    from ._raw import RawResponse
    from ._retry import RetryPolicy
    from .gateway import AsyncGateway, Gateway, aconnect, connect

__version__ = "0.1.0"

_deferred.install()  # a vendor's generated endpoint modules run when first used (_deferred)

_LAZY: dict[str, str] = {
    **dict.fromkeys(("DEFAULT_TIMEOUT", "ClientOptions", "GatewaySettings"), "._facade"),
    **dict.fromkeys(("Balance", "DeliveryReport", "DeliveryState", "SentMessage"), "._neutral"),
    "RetryPolicy": "._retry",
    "RawResponse": "._raw",
    **dict.fromkeys(("AsyncGateway", "Gateway", "aconnect", "connect"), ".gateway"),
}
"""Public name -> the module (relative to this package) that defines it."""

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncGateway",
    "Balance",
    "ClientOptions",
    "DeliveryReport",
    "DeliveryState",
    "Gateway",
    "GatewaySettings",
    "RawResponse",
    "RetryPolicy",
    "SentMessage",
    "__version__",
    "aconnect",
    "connect",
    *errors.__all__,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
