"""Serving stubs for real: several vendors behind one port, under uvicorn, on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from types import TracebackType
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.routing import BaseRoute, Mount

from .. import _registry
from ._core import StubServer

STARTUP_TIMEOUT = 10.0


def stub_class(vendor: str) -> type[StubServer]:
    """The stub of a vendor, as its registry record (smsgate._registry) names it."""
    found = _registry.vendor(vendor).stub_class()
    if not issubclass(found, StubServer):
        raise LookupError(f"the stub of {vendor} is no StubServer: {found!r}")
    return found


def vendors() -> list[str]:
    """Every vendor, each with a stub (smsgate._registry)."""
    return _registry.names()


def combined_app(stubs: Mapping[str, StubServer], routes: Sequence[BaseRoute] = ()) -> Starlette:
    """One app with each stub under /<vendor>, their tickers running, plus extra routes."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with contextlib.AsyncExitStack() as stack:
            for stub in stubs.values():
                await stack.enter_async_context(stub.lifespan(stub.app))
            yield

    mounts = [Mount(f"/{vendor}", app=stub.app) for vendor, stub in stubs.items()]
    return Starlette(routes=[*routes, *mounts], lifespan=lifespan)


def delayed(app: Any, seconds: float) -> Any:
    """`app` answering every HTTP request `seconds` late, as a vendor across a network does:
    a stub on loopback answers in microseconds, which hides what concurrency is worth."""
    if seconds < 0:
        raise ValueError(f"a delay is zero or more seconds, got {seconds}")
    if not seconds:
        return app

    async def delayed_app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            await asyncio.sleep(seconds)
        await app(scope, receive, send)

    return delayed_app


class LoopbackServer:
    """Runs an ASGI app under uvicorn on 127.0.0.1 in a background thread.

    with LoopbackServer(app) as url:
        httpx.get(url + "/openapi.json")
    """

    def __init__(self, app: Any, *, host: str = "127.0.0.1", port: int = 0):
        # IPPROTO_TCP named, not left 0: asyncio turns Nagle's algorithm off (TCP_NODELAY) only
        # on connections whose protocol says TCP, and with it on, a reply written in two parts
        # (h11 writes head and body apart) waits 40 ms for the client's delayed ACK.
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.host, self.port = self._socket.getsockname()[:2]
        self.url = f"http://{self.host}:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    def __enter__(self) -> str:
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the stub server did not start on {self.url}")
            time.sleep(0.01)
        return self.url

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.should_exit = True
        self._thread.join(STARTUP_TIMEOUT)
        self._socket.close()
