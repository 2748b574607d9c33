"""Stateful stub servers that behave like the vendors, errors included.

Each vendor's stub is a real ASGI app (``UBillStub().app``): mount it in tests with
``httpx.ASGITransport``, serve it on loopback with ``LoopbackServer``, or run it on its own:

    python -m smsgate.stub --vendor ubill --port 8080
"""

from ._core import Callbacks, ManualClock, SpecValidator, StubServer, SystemClock
from ._serve import LoopbackServer, combined_app, stub_class, vendors

__all__ = [
    "Callbacks",
    "LoopbackServer",
    "ManualClock",
    "SpecValidator",
    "StubServer",
    "SystemClock",
    "combined_app",
    "stub_class",
    "vendors",
]
