"""A one-time-password service: POST /otp sends a code by SMS, POST /otp/verify checks it,
GET /otp/{request_id} tells whether the SMS was delivered (from the vendor's delivery
callbacks, taken at /sms-callbacks/<vendor>).

    uvicorn --factory otp_service:create_app   # settings from SMSGATE_<VENDOR>_* variables
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from smsgate import DeliveryReport, aconnect
from smsgate.callbacks import callback_app
from smsgate.errors import OutcomeUnknownError, RateLimitError, SmsgateError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route


@dataclass
class Challenge:
    phone: str
    code: str
    message_id: str
    delivery: str = "queued"


def create_app(vendor: str = "ubill", **settings: Any) -> Starlette:
    """`settings` go to `smsgate.aconnect(vendor, ...)`; `callback_secret` also verifies the
    delivery callbacks (the gateway's receiver refuses to start without it)."""
    gateway = aconnect(vendor, **settings)
    receiver = gateway.callback_receiver()
    challenges: dict[str, Challenge] = {}

    async def start(request: Request) -> JSONResponse:
        phone = (await request.json())["phone"]
        code = f"{secrets.randbelow(10**6):06d}"
        try:
            (sent,) = await gateway.send(phone, f"Your code is {code}")
        except OutcomeUnknownError:  # it may have gone out: never send a second code blindly
            return JSONResponse({"error": "the SMS may have been sent; try again later"}, 503)
        except RateLimitError as limited:
            wait = str(int(limited.retry_after or 60))
            return JSONResponse({"error": "too many requests"}, 429, {"Retry-After": wait})
        except SmsgateError as error:
            return JSONResponse({"error": str(error)}, 502)
        request_id = secrets.token_urlsafe(8)
        challenges[request_id] = Challenge(sent.to, code, sent.id)
        return JSONResponse({"request_id": request_id}, 202)

    async def verify(request: Request) -> JSONResponse:
        given = await request.json()
        challenge = challenges.get(given["request_id"])
        if challenge is None or not secrets.compare_digest(challenge.code, given["code"]):
            return JSONResponse({"verified": False}, 403)
        return JSONResponse({"verified": True})

    async def status(request: Request) -> JSONResponse:
        challenge = challenges.get(request.path_params["request_id"])
        if challenge is None:
            return JSONResponse({"error": "unknown request"}, 404)
        return JSONResponse({"delivery": challenge.delivery})

    def delivered(report: DeliveryReport) -> None:
        for challenge in challenges.values():
            if challenge.message_id == report.id:
                challenge.delivery = report.state.value

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with gateway:
            yield

    return Starlette(
        routes=[
            Route("/otp", start, methods=["POST"]),
            Route("/otp/verify", verify, methods=["POST"]),
            Route("/otp/{request_id}", status, methods=["GET"]),
            Mount("/sms-callbacks", app=callback_app([receiver], delivered)),
        ],
        lifespan=lifespan,
    )
