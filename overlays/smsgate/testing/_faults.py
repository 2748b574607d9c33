"""Faults a test can put between a client and a stub: the next matching request times out
after it was sent, is reset, is refused, answers 503 or 429 (with Retry-After) or answers a
malformed body.

A `Fault` is one way for an exchange to go wrong; a `FaultPlan` says which request meets which
fault (rules matched by URL path, or a fixed schedule, one fault or None per request); and two
players act a plan out: `FaultyTransport` in process (sync and async, raising what httpx
raises) and `FaultyApp` as ASGI middleware in front of a stub served on loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import httpx

Action = Literal["refuse", "reset", "stall", "reply"]


@dataclass(frozen=True)
class Fault:
    """One way for an exchange to go wrong.

    `reaches_vendor`: whether the request gets to the stub before the fault strikes (a send
    that did may have been delivered: its outcome is unknown to the client). `reply` makes the
    answer the client sees, from the stub's real one when the request reached it."""

    name: str
    action: Action
    reaches_vendor: bool
    reply: Callable[[httpx.Response | None], httpx.Response] | None = None


def timeout() -> Fault:
    """The request reaches the stub, the reply never comes: httpx.ReadTimeout."""
    return Fault("read timeout", "stall", reaches_vendor=True)


def reset(*, after_sending: bool = True) -> Fault:
    """The connection is reset, after the stub got the request (default) or before."""
    name = "reset after request" if after_sending else "reset before request"
    return Fault(name, "reset", reaches_vendor=after_sending)


def refused() -> Fault:
    """Nothing listens: httpx.ConnectError, the request never left."""
    return Fault("refused", "refuse", reaches_vendor=False)


def http_error(status: int = 503, *, retry_after: float | None = None) -> Fault:
    """A proxy's error page in HTML; the request reached the stub (a 5xx may follow a send)."""
    headers = {} if retry_after is None else {"Retry-After": _seconds(retry_after)}
    page = "<html><body><h1>Bad gateway</h1></body></html>"
    return Fault(
        f"{status} HTML",
        "reply",
        reaches_vendor=status >= 500,
        reply=lambda _: httpx.Response(status, html=page, headers=headers),
    )


def rate_limited(retry_after: float | None = 1.0) -> Fault:
    """429 Too Many Requests, with Retry-After unless None; the stub never saw the request."""
    headers = {} if retry_after is None else {"Retry-After": _seconds(retry_after)}
    name = (
        "429 no Retry-After"
        if retry_after is None
        else f"429 Retry-After: {headers['Retry-After']}"
    )
    return Fault(
        name,
        "reply",
        reaches_vendor=False,
        reply=lambda _: httpx.Response(429, headers=headers, text="slow down"),
    )


def malformed() -> Fault:
    """The stub's real reply cut in half: a body no decoder can read whole."""
    return Fault("truncated body", "reply", reaches_vendor=True, reply=_truncated)


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


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
    refused(),
    reset(after_sending=False),
    reset(),
    timeout(),
    rate_limited(0),
    rate_limited(None),
    http_error(503),
    malformed(),
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
"""Every fault by its name, once: what smsgate's own fault matrix runs each call through."""
FAULT_BY_NAME = {fault.name: fault for fault in FAULTS}

SHORT_NAMES: dict[str, Callable[[], Fault]] = {
    "timeout": timeout,
    "reset": reset,
    "refused": refused,
    "503": http_error,
    "429": rate_limited,
    "malformed": malformed,
}
"""What `StubHandle.fail_next` and the admin API take for a name."""


def named(name: str, *, retry_after: float | None = None) -> Fault:
    """A fault by its short name ("timeout", "reset", "refused", "503", "429", "malformed") or
    its name in FAULTS."""
    if name == "429" and retry_after is not None:
        return rate_limited(retry_after)
    if name == "503" and retry_after is not None:
        return http_error(503, retry_after=retry_after)
    if name in SHORT_NAMES:
        return SHORT_NAMES[name]()
    if name in FAULT_BY_NAME:
        return FAULT_BY_NAME[name]
    known = ", ".join([*SHORT_NAMES, *FAULT_BY_NAME])
    raise ValueError(f"no fault named {name!r}; known: {known}")


@dataclass
class _Rule:
    fault: Fault
    path: str | None
    times: int


class FaultPlan:
    """Which request meets which fault: rules (`add`) strike the next requests whose URL path
    contains `path` (any request for None), each `times` times, oldest rule first; a schedule
    (`FaultPlan(schedule)`) gives one fault or None to each request in turn. Unmatched
    requests pass through."""

    def __init__(self, schedule: Sequence[Fault | None] = ()):
        self.schedule = list(schedule)
        self.rules: list[_Rule] = []

    def add(self, fault: Fault, *, path: str | None = None, times: int = 1) -> None:
        if times < 1:
            raise ValueError(f"a fault strikes at least once, got times={times}")
        self.rules.append(_Rule(fault, path, times))

    def clear(self) -> None:
        self.schedule.clear()
        self.rules.clear()

    @property
    def pending(self) -> int:
        """How many more requests a fault is waiting for."""
        return len(self.schedule) + sum(rule.times for rule in self.rules)

    def next(self, path: str) -> Fault | None:
        """The fault of a request to `path`, used up."""
        for rule in self.rules:
            if rule.path is None or rule.path in path:
                rule.times -= 1
                if not rule.times:
                    self.rules.remove(rule)
                return rule.fault
        return self.schedule.pop(0) if self.schedule else None


def fault_error(fault: Fault, request: httpx.Request) -> httpx.HTTPError:
    """What httpx raises for a connection-level fault."""
    if fault.action == "refuse":
        return httpx.ConnectError("[Errno 111] Connection refused", request=request)
    if fault.action == "reset":
        return httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
    return httpx.ReadTimeout("timed out", request=request)


class FaultyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Plays a plan (or a schedule: one fault or None per request) in process in front of
    `inner`. `attempts` counts requests, `forwarded` those that reached `inner` (the stub)."""

    def __init__(self, inner: Any, plan: FaultPlan | Sequence[Fault | None] = ()):
        self.inner = inner
        self.plan = plan if isinstance(plan, FaultPlan) else FaultPlan(plan)
        self.attempts = 0
        self.forwarded = 0

    @property
    def schedule(self) -> list[Fault | None]:
        return self.plan.schedule

    def _next(self, request: httpx.Request) -> Fault | None:
        self.attempts += 1
        return self.plan.next(request.url.path)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next(request)
        real = None
        if fault is None or fault.reaches_vendor:
            self.forwarded += 1
            real = self.inner.handle_request(request)
            real.read()
        return self._outcome(fault, request, real)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next(request)
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
            raise fault_error(fault, request)
        return fault.reply(real)

    def close(self) -> None:
        with contextlib.suppress(AttributeError):
            self.inner.close()

    async def aclose(self) -> None:
        with contextlib.suppress(AttributeError):
            await self.inner.aclose()


class FaultyApp:
    """Plays a plan as ASGI middleware, for a stub served on loopback to any client: a stall
    holds the reply `stall_seconds` (longer than a client's read timeout); a reset drops the
    connection mid-reply (the server aborts it); a refusal, which a listening server cannot
    make, is answered as a reset before the request reached the stub."""

    def __init__(self, app: Any, plan: FaultPlan, *, stall_seconds: float = 30.0):
        self.app = app
        self.plan = plan
        self.stall_seconds = stall_seconds

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        fault = self.plan.next(scope["path"]) if scope["type"] == "http" else None
        if fault is None:
            await self.app(scope, receive, send)
            return
        real = await self._run(scope, receive) if fault.reaches_vendor else None
        if fault.action == "stall":  # until the client gives up (or stall_seconds pass)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_disconnected(receive), self.stall_seconds)
            return
        if fault.action in ("reset", "refuse"):
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-length", b"100")],
                }
            )
            raise ConnectionResetError(f"smsgate fault injected: {fault.name}")
        assert fault.reply is not None
        reply = fault.reply(real)
        await send(
            {
                "type": "http.response.start",
                "status": reply.status_code,
                "headers": [(k.encode(), v.encode()) for k, v in reply.headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": reply.content})

    async def _run(self, scope: dict[str, Any], receive: Any) -> httpx.Response:
        """The stub's own reply, kept instead of sent."""
        start: dict[str, Any] = {}
        body = bytearray()

        async def keep(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))

        await self.app(scope, receive, keep)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in start.get("headers", [])]
        return httpx.Response(start.get("status", 500), headers=headers, content=bytes(body))


async def _disconnected(receive: Any) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
