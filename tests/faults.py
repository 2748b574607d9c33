"""Faults for tests: replies replaced on the way out, and connections that die mid-exchange."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Sequence
from typing import Any

import httpx


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


class ResetAfterRequest:
    """A TCP server on loopback that reads each whole HTTP request, then resets the connection
    (RST, not FIN) without answering: the vendor got the request, the client gets no reply."""

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._stopping = threading.Event()
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> ResetAfterRequest:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        self._thread.join(5)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(5)
                self.requests.append(_read_request(connection))
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _read_request(connection: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        ),
        0,
    )
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body
