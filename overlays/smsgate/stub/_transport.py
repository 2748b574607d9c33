"""httpx.ASGITransport for sync clients, so that a blocking facade can talk to a stub in process."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal


class SyncASGITransport(httpx.BaseTransport):
    """Runs the ASGI app on an event loop in a helper thread and waits for each reply."""

    def __init__(self, app: Any):
        self._transport = httpx.ASGITransport(app)
        self._portal_context: AbstractContextManager[BlockingPortal] = start_blocking_portal()
        self._portal = self._portal_context.__enter__()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
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

        return self._portal.call(exchange)

    def close(self) -> None:
        self._portal_context.__exit__(None, None, None)
