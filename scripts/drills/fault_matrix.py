"""The fault matrix: every vendor's representative read and send through every fault of
`faults.FAULTS`, once (then the vendor answers) and on every try, in process (sync and
async) and over loopback through `FaultyProxy`. tests/test_fault_matrix.py asserts on it;
`scripts/fault_matrix.py` prints it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import httpx
from smsgate import RetryPolicy
from smsgate.errors import SmsgateError
from smsgate.stub import LoopbackServer, StubServer, SyncASGITransport

from .faults import (
    FAULTS,
    LOOPBACK_TLS,
    Fault,
    FaultyProxy,
    FaultyTransport,
    refused_url,
)
from .subjects import SMSC_FORMATS, SUBJECTS, Subject

Kind = Literal["read", "send"]
Mode = Literal["sync", "async", "loopback"]
Repeat = Literal["once", "always"]
KINDS: tuple[Kind, ...] = ("read", "send")
MODES: tuple[Mode, ...] = ("sync", "async", "loopback")
REPEATS: tuple[Repeat, ...] = ("once", "always")
POLICY = RetryPolicy(max_attempts=3, backoff=0.0)
WIRE_TIMEOUT = httpx.Timeout(0.6, connect=2.0)
"""Short, so that a stalled reply times out quickly, yet long enough for a stub on a busy
machine to answer a healthy request; the proxy stalls for longer."""
IN_PROCESS_SUBJECTS = (*SUBJECTS, *SMSC_FORMATS[1:])


@dataclass(frozen=True)
class Cell:
    subject: str
    kind: Kind
    fault: str
    repeat: Repeat
    mode: Mode
    result: Any
    error: BaseException | None
    tries: int | None
    """Requests the client made (None where a refused connection leaves no trace)."""
    reached: int
    """Requests that reached the stub."""
    sends: int
    """Send requests the stub received: the duplicate-send oracle."""

    @property
    def outcome(self) -> str:
        return "ok" if self.error is None else type(self.error).__name__

    def describe(self) -> str:
        tries = (
            "" if self.tries is None else f", {self.tries} tr{'y' if self.tries == 1 else 'ies'}"
        )
        sends = f", {self.sends} sent" if self.kind == "send" else ""
        return f"{self.outcome}{tries}{sends}"


def cases(modes: tuple[Mode, ...] = MODES) -> Iterator[tuple[Subject, Kind, Fault, Repeat, Mode]]:
    for mode in modes:
        subjects = SUBJECTS if mode == "loopback" else IN_PROCESS_SUBJECTS
        for subject in subjects:
            for kind in KINDS:
                for fault in FAULTS:
                    for repeat in REPEATS:
                        if mode == "loopback" and fault.action == "refuse" and repeat == "once":
                            continue  # a port refuses every connection or none
                        yield subject, kind, fault, repeat, mode


class Upstream:
    """One server on loopback for many cases: an ASGI app that forwards to the stub of the
    case at hand (uvicorn takes a while to start; a fresh stub does not)."""

    def __init__(self) -> None:
        self.stub: StubServer | None = None
        self._server = LoopbackServer(self)
        self.url = ""

    def __enter__(self) -> Upstream:
        self.url = self._server.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._server.__exit__(None, None, None)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                kind = message["type"].rsplit(".", 1)[-1]  # startup or shutdown
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        assert self.stub is not None
        await self.stub.app(scope, receive, send)


def run_case(
    subject: Subject,
    kind: Kind,
    fault: Fault,
    repeat: Repeat,
    mode: Mode,
    upstream: Upstream | None = None,
) -> Cell:
    """One case on a fresh stub; loopback cases need an `upstream` server to reach it."""
    schedule = [fault] * (1 if repeat == "once" else POLICY.max_attempts)
    stub = subject.stub()
    operation = subject.read if kind == "read" else subject.send
    result: Any = None
    error: BaseException | None = None
    tries: int | None
    if mode == "loopback":
        assert upstream is not None, "a loopback case needs an Upstream"
        upstream.stub = stub
        if fault.action == "refuse":
            proxy = None
            root = refused_url()
        else:
            proxy = FaultyProxy(upstream.url, schedule, stall_seconds=2.0)
            root = proxy.url
        with proxy or contextlib.nullcontext():
            try:
                wire = httpx.HTTPTransport(verify=LOOPBACK_TLS)
                options = {"retry": POLICY, "timeout": WIRE_TIMEOUT, "transport": wire}
                with subject.client(root, stub, **options) as client:
                    result = operation(client)
            except Exception as exc:
                error = exc
        tries = None if proxy is None else proxy.connections
        reached = 0 if proxy is None else proxy.forwarded
    elif mode == "sync":
        transport = FaultyTransport(SyncASGITransport(stub.app), schedule)
        try:
            with subject.client("http://vendor.test", stub, transport=transport, retry=POLICY) as c:
                result = operation(c)
        except Exception as exc:
            error = exc
        finally:
            transport.close()
        tries, reached = transport.attempts, transport.forwarded
    else:
        transport = FaultyTransport(httpx.ASGITransport(stub.app), schedule)

        async def run() -> Any:
            async with subject.async_client(
                "http://vendor.test", stub, transport=transport, retry=POLICY
            ) as client:
                return await operation(client)

        try:
            result = asyncio.run(run())
        except Exception as exc:
            error = exc
        tries, reached = transport.attempts, transport.forwarded
    return Cell(
        subject.name,
        kind,
        fault.name,
        repeat,
        mode,
        result,
        error,
        tries,
        reached,
        _sends(stub),
    )


def _sends(stub: StubServer) -> int:
    return int(stub.sends_received)  # type: ignore[attr-defined]


def expected(subject: Subject, kind: Kind, fault: Fault, repeat: Repeat) -> set[str]:
    """The outcomes the retry policy allows (README, "Retries")."""
    if kind == "send" and fault.name == "reset before request":
        # httpx reports a reset that beats the request out as a ConnectError: provably never
        # sent, so the send may be repeated; caught later, it is an unknown outcome.
        return {"OutcomeUnknownError", "ok" if repeat == "once" else "TransportError"}
    if fault.name == "truncated body" and not subject.delimited:
        return {"ok", "DecodeError" if kind == "read" else "OutcomeUnknownError"}
    return {_expected(subject, kind, fault, repeat)}


def _expected(subject: Subject, kind: Kind, fault: Fault, repeat: Repeat) -> str:
    relabelled = fault.name in ("wrong content type", "wrong charset")
    if relabelled:
        return "ok"  # the body is fine; the decoders go by the format asked for
    if fault.name.startswith("429"):
        if kind == "read" and repeat == "once":
            return "ok"
        return "RateLimitError"
    if fault.name == "truncated body":
        return "DecodeError" if kind == "read" else "OutcomeUnknownError"
    if kind == "send":
        if fault.action == "refuse":
            return "ok" if repeat == "once" else "TransportError"
        return "OutcomeUnknownError"
    if repeat == "once":
        return "ok"
    return "ServerError" if fault.name == "503 HTML" else "TransportError"


def check(subject: Subject, cell: Cell, fault: Fault) -> list[str]:
    """What is wrong with a cell; empty when it keeps every promise."""
    problems = []
    allowed = expected(subject, cell.kind, fault, cell.repeat)
    if cell.outcome not in allowed and not any(
        want != "ok" and isinstance(cell.error, _named(want)) for want in allowed
    ):
        problems.append(f"expected {' or '.join(sorted(allowed))}, got {cell.error!r}")
    if cell.error is not None and not isinstance(cell.error, SmsgateError):
        problems.append(f"an exception from outside smsgate: {cell.error!r}")
    if isinstance(cell.error, SmsgateError):
        if cell.error.vendor is None or cell.error.operation is None:
            problems.append(f"no vendor or operation on {cell.error!r}")
        status = getattr(cell.error, "status_code", None)
        if fault.action == "reply" and cell.error is not None and status is None:
            problems.append(f"the HTTP status is missing from {cell.error!r}")
        if fault.action == "reply" and not getattr(cell.error, "raw_body", b""):
            problems.append(f"the raw body is missing from {cell.error!r}")
    if cell.kind == "send":
        delivered = 1 if cell.outcome == "ok" or fault.reaches_vendor else 0
        if cell.sends != delivered:
            problems.append(f"the stub received {cell.sends} sends, expected {delivered}")
    failing = cell.kind == "read" and cell.repeat == "always" and "ok" not in allowed
    if failing and cell.tries is not None:
        budget = 1 if "DecodeError" in allowed else POLICY.max_attempts  # a bad body is not retried
        if cell.tries != budget:
            problems.append(f"{cell.tries} tries, expected {budget}")
    return problems


def _named(name: str) -> type[BaseException]:
    from smsgate import errors

    found: type[BaseException] = getattr(errors, name)
    return found
