"""A stand-in for a user's callback endpoint, for the tests that follow stubs' callbacks."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route


class CallbackReceiver:
    """An ASGI app that records every callback it is sent, the way a user's endpoint would."""

    def __init__(self) -> None:
        self.queries: list[str] = []
        self.app = Starlette(routes=[Route("/callbacks", self.receive, methods=["GET"])])

    async def receive(self, request: Request) -> PlainTextResponse:
        self.queries.append(request.url.query)
        return PlainTextResponse("OK")
