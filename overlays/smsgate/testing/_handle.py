"""One stubbed vendor for a user's tests: the stub, its clock, how to connect to it, what it
received, time moving on, callbacks into the user's app, and faults on the way."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterable
from typing import Any, Literal

import httpx

from ..stub import (
    Callbacks,
    ManualClock,
    ReceivedMessage,
    StubServer,
    SyncASGITransport,
    SystemClock,
    stub_class,
)
from ._faults import Fault, FaultPlan, FaultyTransport, named


class ShiftedClock(SystemClock):
    """The system clock, which `advance` moves ahead: time passes by itself and can jump."""

    def __init__(self) -> None:
        self.shift = 0.0

    def now(self) -> float:
        return time.time() + self.shift

    def advance(self, seconds: float) -> None:
        self.shift += seconds


ClockChoice = Literal["manual", "real"] | ManualClock | ShiftedClock

SENDER_OPTION = {"ubill": "brands", "selzy": "senders", "smsc": "senders", "smsby": "alphanames"}
"""The stub option that names the senders it accepts, by vendor (SMS.by's takes ids too)."""

CALLBACK_HOST = "http://app.smsgate.test"
"""Where callbacks go when routed into an app in process (.test never resolves)."""


class StubHandle:
    """A vendor's stub in process, for tests of code that sends through smsgate.

        sms = StubHandle("ubill", balance=10)
        with connect("ubill", **sms.settings()) as gateway:
            sent = gateway.send("+995 511 19 42 41", "Your code is 1234")
        assert sms.sent[0].text == "Your code is 1234"
        sms.advance(5)      # statuses move; due callbacks go to callbacks_to(app)

    `clock="manual"` (the default) moves only when `advance` says; `"real"` follows the
    system clock, and `advance(seconds)` jumps it ahead. Callbacks stay in process (recorded
    in `callback_requests`, answered 200) unless routed into an app with `callbacks_to`, or
    `network_callbacks_to` a URL: then they really go there (what `smsgate stub` does). Other
    keywords go to the vendor's stub class (`smsgate.stub.stub_class(vendor)`), e.g.
    `stop_list` for uBill.
    """

    def __init__(
        self,
        vendor: str,
        *,
        wire: str | None = None,
        balance: Any = None,
        senders: Iterable[str] | None = None,
        clock: ClockChoice = "manual",
        **stub_options: Any,
    ):
        self.vendor = vendor
        self._stub_class = stub_class(vendor)
        self._options = dict(stub_options)
        if wire is not None:
            self._options["wire"] = wire
        if balance is not None:
            self._options["balance"] = balance
        if senders is not None:
            names = list(senders)
            option = SENDER_OPTION.get(vendor, "senders")
            self._options[option] = dict(enumerate(names, 1)) if option == "alphanames" else names
        self._clock_choice = clock
        self.faults = FaultPlan()
        """The faults waiting for requests (`fail_next` adds to it)."""
        self.callback_requests: list[httpx.Request] = []
        """Every delivery callback the stub made, in order, wherever it went."""
        self.callback_url = f"{CALLBACK_HOST}/{vendor}"
        self._app: Any = None
        self._network = False
        self._network_url: str | None = None
        self._transports: list[Any] = []
        self.stub: StubServer
        self.clock: ManualClock | ShiftedClock
        self._build()

    def _build(self) -> None:
        choice = self._clock_choice
        if choice == "manual":
            self.clock = ManualClock()
        elif choice == "real":
            self.clock = ShiftedClock()
        else:
            self.clock = choice
        callbacks = Callbacks(transport=_Recorder(self))
        self.stub = self._stub_class(clock=self.clock, callbacks=callbacks, **self._options)
        self._route_callbacks()

    def _route_callbacks(self) -> None:
        self._neutral = self.stub.neutral_settings(self.callback_url)
        if self._network and self._network_url is None:
            self.stub.callbacks.url = None  # only the URLs clients give with a send (SMS.by)
            self._neutral.pop("callback_url", None)  # the client's own, if any

    def __repr__(self) -> str:
        return f"StubHandle({self.vendor!r}, sent={len(self.sent)})"

    # Connecting.
    @property
    def base_url(self) -> str:
        """A URL that only this handle's transports reach (.test never resolves)."""
        return f"http://{self.vendor}.stub.smsgate.test{self.stub.base_path}"

    async def _asgi(self, scope: Any, receive: Any, send: Any) -> None:
        await self.stub.app(scope, receive, send)  # the stub of now, after any reset()

    def transport(self) -> FaultyTransport:
        """A sync transport to the stub, through the fault plan; closed with the handle."""
        made = FaultyTransport(SyncASGITransport(self._asgi), self.faults)
        self._transports.append(made)
        return made

    def async_transport(self) -> FaultyTransport:
        """An async transport to the stub, through the fault plan."""
        return FaultyTransport(httpx.ASGITransport(self._asgi), self.faults)

    def settings(self, *, asynchronous: bool = False, facade: bool = False) -> dict[str, Any]:
        """Keywords for `connect(vendor, **s)` (`aconnect` with asynchronous=True): the stub's
        credentials, a sender it accepts, the callback URL and secret, a base_url and a
        transport to the stub. `facade=True` keeps only what the vendor's facade takes."""
        settings = {
            **self._neutral,
            "base_url": self.base_url,
            "transport": self.async_transport() if asynchronous else self.transport(),
        }
        if facade:
            for name in ("sender", "callback_url", "callback_secret"):
                settings.pop(name, None)
        return settings

    @property
    def credentials(self) -> dict[str, Any]:
        """`settings()` without base_url and transport: the stub's credentials, a sender it
        accepts and the callback URL and secret (what mock_vendors puts in SMSGATE_*)."""
        return dict(self._neutral)

    @property
    def callback_secret(self) -> str | None:
        """What a `CallbackReceiver` for this stub verifies callbacks with (None: unsigned)."""
        secret: str | None = self._neutral.get("callback_secret")
        return secret

    # Watching.
    @property
    def sent(self) -> list[ReceivedMessage]:
        """Every message the stub received, one per recipient, oldest first."""
        return self.stub.sent_messages()

    # Time.
    def advance(self, seconds: float = 0.0) -> None:
        """Move the clock by `seconds`, move every status to where the clock says, and deliver
        the callbacks that are due (into the app given to `callbacks_to`)."""
        self._move(seconds)
        _run_coroutine(self.stub.callbacks.flush())

    async def aadvance(self, seconds: float = 0.0) -> None:
        """`advance` for async tests: the callbacks run on the test's own event loop."""
        self._move(seconds)
        await self.stub.callbacks.flush()

    def _move(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"time moves forward only, got {seconds} s")
        self.clock.advance(seconds)
        self.stub.advance()

    # Callbacks.
    def callbacks_to(self, app: Any, path: str | None = None) -> StubHandle:
        """Send the stub's delivery callbacks into `app` (ASGI) in process, at `path`
        (default "/<vendor>", where `smsgate.callbacks.callback_app` serves them). Call it
        before `settings()`: SMS.by takes the callback URL with each send."""
        self.callback_url = f"{CALLBACK_HOST}{path or '/' + self.vendor}"
        self._app = app
        self._route_callbacks()
        return self

    def network_callbacks_to(self, url: str | None) -> StubHandle:
        """Send the stub's delivery callbacks over the network: to `url`, and to the URLs that
        clients give with a send (SMS.by) on loopback or `url`'s host. What `smsgate stub`
        does, so that other languages' tests get their app called back."""
        self._app, self._network, self._network_url = None, True, url
        if url is not None:
            self.callback_url = url
        self._route_callbacks()
        return self

    def _may_call_out(self, url: httpx.URL) -> bool:
        allowed = {"127.0.0.1", "localhost", "::1"}
        if self._network_url:
            allowed.add(httpx.URL(self._network_url).host)
        return url.host in allowed

    # Faults.
    def fail_next(
        self,
        fault: str | Fault,
        *,
        path: str | None = None,
        times: int = 1,
        retry_after: float | None = None,
    ) -> StubHandle:
        """The next `times` requests whose URL path contains `path` (any, for None) meet
        `fault`: "timeout" (after the stub got the request), "reset" (likewise), "refused",
        "503", "429" (Retry-After: `retry_after`, default 1 s), "malformed" (the real reply
        cut short), or a `Fault` (smsgate.testing.FAULTS)."""
        chosen = named(fault, retry_after=retry_after) if isinstance(fault, str) else fault
        self.faults.add(chosen, path=path, times=times)
        return self

    # Life.
    def reset(self) -> None:
        """A fresh stub with the same options: no messages, the clock at its start, no faults
        (transports already handed out reach the new stub)."""
        self.faults.clear()
        self.callback_requests.clear()
        self._build()

    def close(self) -> None:
        for transport in self._transports:
            transport.close()
        self._transports.clear()

    def __enter__(self) -> StubHandle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _Recorder(httpx.AsyncBaseTransport):
    """The stub's callback transport: records each callback, then delivers it into the app
    given to `callbacks_to`, or answers 200 itself when there is none (nothing leaves)."""

    def __init__(self, handle: StubHandle):
        self.handle = handle

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.handle.callback_requests.append(request)
        app = self.handle._app
        if app is not None:
            return await httpx.ASGITransport(app).handle_async_request(request)
        if self.handle._network and self.handle._may_call_out(request.url):
            async with httpx.AsyncHTTPTransport() as network:
                reply = await network.handle_async_request(request)
                await reply.aread()
                return reply
        if self.handle._network:
            return httpx.Response(502, text="smsgate stub: that host is not called back")
        return httpx.Response(200, text="OK")


def _run_coroutine(coroutine: Any) -> None:
    """Run to its end from sync code, in a thread of its own if this one runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(coroutine)
        return
    failure: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(coroutine)
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
