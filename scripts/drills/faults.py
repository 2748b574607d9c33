"""Faults for the drills (the fault matrix, the load run): replies replaced on the way out,
and connections that die mid-exchange. Here, not under tests/, because scripts/fault_matrix.py
runs them as well as tests/test_fault_matrix.py.

`FAULTS` names every fault of the fault matrix once; `FaultyTransport` plays them in process
(sync and async) and `FaultyProxy` on the wire, a loopback proxy in front of a stub under
uvicorn. Both take the same schedule: one fault (or None, pass through) per request, then
pass everything through.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import httpx


class LoopbackTcpServer:
    """A TCP server on 127.0.0.1 in a thread; a subclass answers each connection."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._stopping = threading.Event()
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self: S) -> S:
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
            self._handle(connection)

    def _handle(self, connection: socket.socket) -> None:
        raise NotImplementedError


S = TypeVar("S", bound=LoopbackTcpServer)


def read_request(connection: socket.socket) -> bytes:
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


LOOPBACK_TLS = ssl.create_default_context()
"""One TLS context for every loopback client: httpx makes a new one per client otherwise
(50 ms each), though plain http never uses it."""

Action = Literal["refuse", "reset", "stall", "reply"]


@dataclass(frozen=True)
class Fault:
    """One way for an exchange to go wrong.

    `reaches_vendor`: whether the request gets to the stub before the fault strikes (a send
    that did may have been delivered). `reply` makes the answer the client sees, from the
    stub's real one when the request reached it."""

    name: str
    action: Action
    reaches_vendor: bool
    reply: Callable[[httpx.Response | None], httpx.Response] | None = None


def _relabelled(content_type: str) -> Callable[[httpx.Response | None], httpx.Response]:
    def relabel(real: httpx.Response | None) -> httpx.Response:
        assert real is not None
        return httpx.Response(
            real.status_code, content=real.content, headers={"content-type": content_type}
        )

    return relabel


def _truncated(real: httpx.Response | None) -> httpx.Response:
    assert real is not None
    headers = {"content-type": real.headers.get("content-type", "application/json")}
    return httpx.Response(
        real.status_code, content=real.content[: len(real.content) // 2], headers=headers
    )


FAULTS = (
    Fault("refused", "refuse", reaches_vendor=False),
    Fault("reset before request", "reset", reaches_vendor=False),
    Fault("reset after request", "reset", reaches_vendor=True),
    Fault("read timeout", "stall", reaches_vendor=True),
    Fault(
        "429 Retry-After: 0",
        "reply",
        reaches_vendor=False,
        reply=lambda _: httpx.Response(429, headers={"Retry-After": "0"}, text="slow down"),
    ),
    Fault(
        "429 no Retry-After",
        "reply",
        reaches_vendor=False,
        reply=lambda _: httpx.Response(429, text="slow down"),
    ),
    Fault(
        "503 HTML",
        "reply",
        reaches_vendor=True,
        reply=lambda _: httpx.Response(503, html="<html><body><h1>Bad gateway</h1></body></html>"),
    ),
    Fault("truncated body", "reply", reaches_vendor=True, reply=_truncated),
    Fault(
        "wrong content type",
        "reply",
        reaches_vendor=True,
        reply=_relabelled("text/html; charset=utf-8"),
    ),
    Fault(
        "wrong charset",
        "reply",
        reaches_vendor=True,
        reply=_relabelled("application/json; charset=utf-16"),
    ),
)
FAULT_BY_NAME = {fault.name: fault for fault in FAULTS}


def _fault_error(fault: Fault, request: httpx.Request) -> httpx.HTTPError:
    """What httpx raises for a connection-level fault."""
    if fault.action == "refuse":
        return httpx.ConnectError("[Errno 111] Connection refused", request=request)
    if fault.action == "reset":
        return httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
    return httpx.ReadTimeout("timed out", request=request)


class FaultyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Plays `schedule` in process: one fault (or None) per request, then passes through.
    `forwarded` counts the requests that reached the inner transport (the stub)."""

    def __init__(self, inner: Any, schedule: Sequence[Fault | None]):
        self.inner = inner
        self.schedule = list(schedule)
        self.attempts = 0
        self.forwarded = 0

    def _next(self) -> Fault | None:
        self.attempts += 1
        return self.schedule.pop(0) if self.schedule else None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next()
        real = None
        if fault is None or fault.reaches_vendor:
            self.forwarded += 1
            real = self.inner.handle_request(request)
            real.read()
        return self._outcome(fault, request, real)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next()
        real = None
        if fault is None or fault.reaches_vendor:
            self.forwarded += 1
            real = await self.inner.handle_async_request(request)
            await real.aread()
        return self._outcome(fault, request, real)

    @staticmethod
    def _outcome(
        fault: Fault | None, request: httpx.Request, real: httpx.Response | None
    ) -> httpx.Response:
        if fault is None:
            assert real is not None
            return real
        if fault.reply is None:
            raise _fault_error(fault, request)
        return fault.reply(real)

    def close(self) -> None:
        with contextlib.suppress(AttributeError):
            self.inner.close()


def refused_url() -> str:
    """A loopback address where nothing listens: connecting is refused."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class FaultyProxy(LoopbackTcpServer):
    """Plays a schedule on the wire: a TCP proxy on loopback in front of `upstream` (a stub
    under uvicorn), one connection per exchange (it answers `Connection: close`).

    A connection refused cannot be scheduled on a listening port: use `refused_url()`.
    `stall` holds the connection for `stall_seconds` without answering, longer than the
    client's read timeout. `forwarded` counts the requests that reached the upstream."""

    def __init__(
        self, upstream: str, schedule: Sequence[Fault | None], *, stall_seconds: float = 1.0
    ):
        self.upstream = upstream
        self.schedule = list(schedule)
        self.stall_seconds = stall_seconds
        self.forwarded = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._http = httpx.Client(base_url=upstream, timeout=10, verify=LOOPBACK_TLS)
        super().__init__()

    def __enter__(self) -> FaultyProxy:
        if any(f is not None and f.action == "refuse" for f in self.schedule):
            raise ValueError("a listening proxy cannot refuse; connect to refused_url()")
        return super().__enter__()

    def __exit__(self, *exc_info: object) -> None:
        super().__exit__(*exc_info)
        self._http.close()

    def _handle(self, connection: socket.socket) -> None:
        with self._lock:
            self.connections += 1
            fault = self.schedule.pop(0) if self.schedule else None
        threading.Thread(target=self._exchange, args=(connection, fault), daemon=True).start()

    def _exchange(self, connection: socket.socket, fault: Fault | None) -> None:
        with connection:
            connection.settimeout(5)
            if fault is not None and fault.action == "reset" and not fault.reaches_vendor:
                reset_connection(connection)
                return
            raw = read_request(connection)
            real = None
            if fault is None or fault.reaches_vendor:
                real = self._forward(raw)
            if fault is None:
                assert real is not None
                connection.sendall(_response_bytes(real))
            elif fault.action == "reset":
                reset_connection(connection)
            elif fault.action == "stall":
                self._stopping.wait(self.stall_seconds)
            else:
                assert fault.reply is not None
                connection.sendall(_response_bytes(fault.reply(real)))

    def _forward(self, raw: bytes) -> httpx.Response:
        head, _, body = raw.partition(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        skip = {"host", "content-length", "connection", "transfer-encoding"}
        headers = [
            (name.strip(), value.strip())
            for name, _, value in (line.partition(":") for line in header_lines)
            if name.strip().lower() not in skip
        ]
        with self._lock:
            self.forwarded += 1
        return self._http.request(method, target, headers=headers, content=body)


def reset_connection(connection: socket.socket) -> None:
    """Close with RST, not FIN: SO_LINGER with a zero timeout."""
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _response_bytes(response: httpx.Response) -> bytes:
    skip = {"content-length", "transfer-encoding", "connection", "content-encoding"}
    lines = [f"HTTP/1.1 {response.status_code} {response.reason_phrase}"]
    lines += [f"{k}: {v}" for k, v in response.headers.items() if k.lower() not in skip]
    lines += [f"Content-Length: {len(response.content)}", "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.content
