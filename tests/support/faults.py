"""Faults that only the tests stage: canned replies in front of a stub, transports that raise,
and a loopback server that resets each connection once it has read the request. The fault
matrix's faults, which scripts run too, are in scripts/drills/faults.py."""

from __future__ import annotations

import socket
from collections.abc import Sequence
from typing import Any

import httpx

from scripts.drills.faults import LoopbackTcpServer, read_request, reset_connection


class ReplaceReplies:
    """ASGI middleware: the first replies are replaced by canned ones; the app still runs
    (or not, with `reach_app=False`), so the stub's state shows what reached it."""

    def __init__(self, app: Any, replies: Sequence[httpx.Response], *, reach_app: bool = True):
        self.app = app
        self.replies = list(replies)
        self.reach_app = reach_app
        self.requests = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not self.replies:
            await self.app(scope, receive, send)
            return
        self.requests += 1
        reply = self.replies.pop(0)
        if self.reach_app:

            async def discard(message: dict[str, Any]) -> None:
                return None

            await self.app(scope, receive, discard)
        await send(
            {
                "type": "http.response.start",
                "status": reply.status_code,
                "headers": [(k.encode(), v.encode()) for k, v in reply.headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": reply.content})


class FailingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Raises `errors` in turn, each after (or instead of) passing the request on, then passes
    every later request on. `after_sending=True` models a reply lost after the request arrived."""

    def __init__(self, inner: Any, errors: Sequence[Exception], *, after_sending: bool):
        self.inner = inner
        self.errors = list(errors)
        self.after_sending = after_sending
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if not self.errors:
            return self.inner.handle_request(request)
        if self.after_sending:
            self.inner.handle_request(request)
        raise self.errors.pop(0)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if not self.errors:
            return await self.inner.handle_async_request(request)
        if self.after_sending:
            await self.inner.handle_async_request(request)
        raise self.errors.pop(0)


class ResetAfterRequest(LoopbackTcpServer):
    """A TCP server on loopback that reads each whole HTTP request, then resets the connection
    (RST, not FIN) without answering: the vendor got the request, the client gets no reply."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[bytes] = []

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            self.requests.append(read_request(connection))
            reset_connection(connection)
