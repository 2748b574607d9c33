"""The admin API of `smsgate stub`, for tests written in any language (as stripe-mock and
moto's server mode are driven): under the reserved prefix /__smsgate, beside the stubs.

    GET    /__smsgate                    what is served: each vendor's base path and settings
    GET    /__smsgate/<vendor>           state: the clock, messages received, callbacks made,
                                         faults waiting
    POST   /__smsgate/<vendor>/advance   {"seconds": 60}: move the clock, the statuses, and
                                         send the callbacks due; answers the state
    POST   /__smsgate/<vendor>/faults    {"fault": "timeout"|"reset"|"refused"|"503"|"429"|
                                         "malformed", "path": "/sms/send", "times": 1,
                                         "retry_after": 2}: the next matching requests fail
    DELETE /__smsgate/<vendor>/faults    forget the waiting faults
    POST   /__smsgate/<vendor>/reset     a fresh stub (and clock), no faults
    POST   /__smsgate/reset              every vendor reset

Over the wire a timeout holds the reply past any client's read timeout (until the client
gives up), a reset (and a refusal) drops the connection mid-reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
from collections.abc import AsyncIterator, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from ._faults import FaultyApp, named
from ._handle import StubHandle

PREFIX = "/__smsgate"
TICK_SECONDS = 0.2
log = logging.getLogger("smsgate.stub")


def admin_app(handles: Mapping[str, StubHandle], *, stall_seconds: float = 60.0) -> Starlette:
    """Each handle's stub under /<vendor> (through its fault plan) and the admin API under
    /__smsgate; while served, every stub's statuses move and its callbacks go out."""

    def handle_of(request: Request) -> StubHandle:
        vendor = request.path_params["vendor"]
        if vendor not in handles:
            raise _NotServed(vendor)
        return handles[vendor]

    async def index(request: Request) -> Response:
        return JSONResponse(
            {
                "admin": PREFIX,
                "vendors": {
                    vendor: {
                        "base_path": f"/{vendor}{handle.stub.base_path}",
                        "settings": handle.credentials,
                    }
                    for vendor, handle in handles.items()
                },
                "endpoints": (__doc__ or "").split("\n\n")[1],
            }
        )

    async def state(request: Request) -> Response:
        return JSONResponse(_state(handle_of(request)))

    async def advance(request: Request) -> Response:
        handle = handle_of(request)
        seconds = (await _json(request)).get("seconds", 0)
        if not isinstance(seconds, int | float) or seconds < 0:
            return _problem(400, "seconds: a number, zero or more")
        await handle.aadvance(float(seconds))
        return JSONResponse(_state(handle))

    async def faults(request: Request) -> Response:
        handle = handle_of(request)
        if request.method == "DELETE":
            handle.faults.clear()
            return JSONResponse({"pending": 0})
        given = await _json(request)
        try:
            fault = named(str(given.get("fault")), retry_after=given.get("retry_after"))
            handle.faults.add(fault, path=given.get("path"), times=int(given.get("times", 1)))
        except (ValueError, TypeError) as problem:
            return _problem(400, str(problem))
        return JSONResponse({"fault": fault.name, "pending": handle.faults.pending}, 201)

    async def reset(request: Request) -> Response:
        chosen = [handle_of(request)] if "vendor" in request.path_params else handles.values()
        for handle in chosen:
            handle.reset()
        return JSONResponse({"reset": [h.vendor for h in chosen]})

    async def not_served(request: Request, exc: Exception) -> Response:
        return _problem(404, f"no stub of {exc} here; served: {', '.join(handles)}")

    admin = [
        Route("/", index, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/{vendor}", state, methods=["GET"]),
        Route("/{vendor}/advance", advance, methods=["POST"]),
        Route("/{vendor}/faults", faults, methods=["POST", "DELETE"]),
        Route("/{vendor}/reset", reset, methods=["POST"]),
    ]
    stubs = [
        Mount(f"/{vendor}", app=FaultyApp(h._asgi, h.faults, stall_seconds=stall_seconds))
        for vendor, h in handles.items()
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async def ticker() -> None:
            while True:
                for handle in handles.values():
                    try:
                        await handle.stub.tick()
                    except Exception:  # the ticker must outlive one bad callback
                        log.exception("%s stub tick failed", handle.vendor)
                await asyncio.sleep(TICK_SECONDS)

        task = asyncio.create_task(ticker())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return Starlette(
        routes=[Mount(PREFIX, routes=admin), *stubs],
        lifespan=lifespan,
        exception_handlers={_NotServed: not_served},
    )


class _NotServed(LookupError):
    pass


def _state(handle: StubHandle) -> dict[str, Any]:
    return {
        "vendor": handle.vendor,
        "now": handle.clock.now(),
        "sent": [dataclasses.asdict(m) for m in handle.sent],
        "callbacks": [
            {
                "method": r.method,
                "url": str(r.url),
                "body": r.content.decode("utf-8", "replace"),
            }
            for r in handle.callback_requests
        ],
        "faults_pending": handle.faults.pending,
    }


async def _json(request: Request) -> dict[str, Any]:
    body = await request.body()
    if not body:
        return {}
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _problem(status: int, detail: str) -> Response:
    return JSONResponse({"error": detail}, status)
