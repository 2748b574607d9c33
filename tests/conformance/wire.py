"""One conformance case: a request as a published client sends it, byte for byte, and the facts
of the reply that client relies on. Each vendor's module lists its cases and runs them all
through `exchange`, so every case reaches the stub the same way: in process, as raw bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from smsgate.stub import StubServer, SyncASGITransport

__all__ = ["WireCase", "exchange"]


@dataclass(frozen=True)
class WireCase:
    """A request exactly as `source` sends it (method, path, query, headers, body bytes), and
    `expect`: the facts of the reply that the client reads, as a check that raises."""

    id: str
    source: str
    """Where the request form was learnt: a client library (and its file), or a reference."""
    method: str
    path: str
    """Below the stub's mount point (the vendor's base path included), without the query."""
    expect: Callable[[httpx.Response], Any]
    query: str = ""
    """Exactly as sent, already percent-encoded."""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def exchange(stub: StubServer, case: WireCase) -> httpx.Response:
    """Send `case` to `stub` in process, unchanged, and return the reply."""
    url = f"http://stub{case.path}" + (f"?{case.query}" if case.query else "")
    with httpx.Client(transport=SyncASGITransport(stub.app)) as client:
        request = client.build_request(case.method, url, headers=case.headers, content=case.body)
        if case.query:  # httpx would re-encode a query given as params; keep the client's bytes
            request.url = httpx.URL(url)
        return client.send(request)
