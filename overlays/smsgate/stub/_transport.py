"""httpx.ASGITransport for sync clients, so that a blocking facade can talk to a stub in process."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
import warnings
from typing import Any

import httpx


class SyncASGITransport(httpx.BaseTransport):
    """Runs the ASGI app on an event loop in a helper thread and waits for each reply.

    The thread is a daemon and nothing joins it at exit, so a transport (or a client or facade
    holding one) that was never closed does not hold the interpreter open; collected unclosed,
    it stops its loop and warns with a ResourceWarning, as an unclosed file does.
    """

    def __init__(self, app: Any):
        self._transport = httpx.ASGITransport(app)
        self._loop = asyncio.new_event_loop()
        # The thread sees the loop only, never self, so that an unclosed transport can be
        # collected (and warn) while its thread runs.
        self._thread = threading.Thread(
            target=_run_loop, args=(self._loop,), name="smsgate-asgi", daemon=True
        )
        self._thread.start()
        self._closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("this SyncASGITransport is closed")
        body = request.read()

        async def exchange() -> httpx.Response:
            replayable = httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=body,
                extensions=request.extensions,
            )
            response = await self._transport.handle_async_request(replayable)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return asyncio.run_coroutine_threadsafe(exchange(), self._loop).result()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        _stop(self._loop)
        if threading.current_thread() is not self._thread:
            self._thread.join(5.0)

    def __del__(self) -> None:
        if getattr(self, "_closed", True):
            return
        self._closed = True
        if not sys.is_finalizing():
            warnings.warn(f"unclosed {self!r}", ResourceWarning, source=self, stacklevel=1)
        _stop(self._loop)


def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


def _stop(loop: asyncio.AbstractEventLoop) -> None:
    """Ask the loop to stop, from any thread, without waiting for it."""
    if not loop.is_closed():
        with contextlib.suppress(RuntimeError):  # closed between the check and the call
            loop.call_soon_threadsafe(loop.stop)
