"""Stateful stub servers that behave like the vendors, errors included.

Each vendor's stub is a real ASGI app (``UBillStub().app``): reach it in process with
``httpx.ASGITransport`` (async) or ``SyncASGITransport`` (sync), serve it on loopback with
``LoopbackServer``, or run it on its own:

    python -m smsgate.stub --vendor ubill --port 8080
"""

from ._core import (
    Callbacks,
    ManualClock,
    ReceivedMessage,
    SpecValidator,
    StubServer,
    SystemClock,
)
from ._decode import Decoded, RequestForms, Undecodable
from ._serve import LoopbackServer, combined_app, delayed, stub_class, vendors
from ._transport import SyncASGITransport

__all__ = [
    "Callbacks",
    "Decoded",
    "LoopbackServer",
    "ManualClock",
    "ReceivedMessage",
    "RequestForms",
    "SpecValidator",
    "StubServer",
    "SyncASGITransport",
    "SystemClock",
    "Undecodable",
    "combined_app",
    "delayed",
    "stub_class",
    "vendors",
]
