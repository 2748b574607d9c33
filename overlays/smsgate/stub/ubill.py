"""A stateful uBill that answers as uBill does, for tests, the demo and local development.

State: brand names (new ones start unauthorized and are approved after `approve_after`
seconds), an SMS balance that every part of every message spends, and send batches whose
numbers move from pending (3) to sent (0) to delivered (1) on the clock, with a delivery
callback to `callbacks.url` on every change. Numbers ending in 000 fail (2) instead; numbers on
the stop list end in error (4) when the send asks for the stop-list check.

Replies follow uBill: HTTP 200 with a request-level `statusID` for every business error, and a
text/plain 401 for a missing or wrong key. `wire="live"` answers ids and counts as integers, as
live uBill does, instead of the strings of uBill's own document.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..segments import count_segments
from ..ubill import TBILISI
from ._core import Callbacks, Clock, ReceivedMessage, StubServer

UNAUTHORIZED = "Please authorize with valid API key!"
SENT_AFTER = 1.0
DELIVERED_AFTER = 3.0
PENDING, SENT, DELIVERED, FAILED, ERROR = 3, 0, 1, 2, 4
# Which field's problem gives which send statusID (specs/ubill.yaml, sendSMS).
SEND_CODE_BY_FIELD = {"brandID": 10, "numbers": 20, "text": 30}


@dataclass
class Brand:
    id: int
    name: str
    created_at: float
    authorized: bool


@dataclass
class Recipient:
    number: str
    status: int = PENDING
    fate: int = DELIVERED


@dataclass
class Batch:
    sms_id: int
    send_at: float
    recipients: list[Recipient] = field(default_factory=list)
    text: str = ""
    brand: str = ""


def local_time(epoch: float, pattern: str) -> str:
    return datetime.fromtimestamp(epoch, TBILISI).strftime(pattern)


class UBillStub(StubServer):
    vendor = "ubill"

    def __init__(
        self,
        key: str = "stub-key",
        *,
        balance: int = 1000,
        brands: Iterable[str] = ("smsgate",),
        stop_list: Iterable[str] = (),
        approve_after: float | None = 60.0,
        wire: Literal["spec", "live"] = "spec",
        clock: Clock | None = None,
        callbacks: Callbacks | None = None,
        callback_key: str = "stub-callback-key",
    ):
        super().__init__(clock=clock, callbacks=callbacks)
        self.key = key
        self.balance = balance
        self.stop_list = set(stop_list)
        self.approve_after = approve_after
        self.wire = wire
        self.callback_key = callback_key
        self.brands: dict[int, Brand] = {}
        for name in brands:
            self._add_brand(name, authorized=True)
        self.batches: dict[int, Batch] = {}
        self._in_flight: list[tuple[Batch, Recipient]] = []
        self.sends_received = 0
        """Every send request that reached the stub, accepted or not: the duplicate-send oracle."""

    def routes(self) -> list[Route]:
        return [
            Route("/sms/send", self.send, methods=["GET", "POST"]),
            Route("/sms/report/{smsID}", self.report, methods=["GET"]),
            Route("/sms/balance", self.read_balance, methods=["GET"]),
            Route("/sms/brandNames", self.brand_names, methods=["GET"]),
            Route("/sms/brandNameCreate", self.create_brand, methods=["POST"]),
        ]

    def describe(self) -> str:
        return f"key {self.key!r}, callback key {self.callback_key!r}"

    def credentials(self) -> dict[str, str]:
        return {"apiKey": self.key, "apiKeyHeader": self.key}

    def neutral_settings(self, callback_url: str) -> dict[str, Any]:
        self.callbacks.url = callback_url  # uBill's is set in the cabinet, once
        return {"key": self.key, "callback_secret": self.callback_key}

    # State.
    def _add_brand(self, name: str, *, authorized: bool) -> Brand:
        brand = Brand(len(self.brands) + 1, name, self.clock.now(), authorized)
        self.brands[brand.id] = brand
        return brand

    def advance(self) -> None:
        now = self.clock.now()
        for brand in self.brands.values():
            due = self.approve_after is not None and now >= brand.created_at + self.approve_after
            brand.authorized = brand.authorized or due
        still_moving = []
        for batch, recipient in self._in_flight:
            if recipient.status == PENDING and now >= batch.send_at + SENT_AFTER:
                first = ERROR if recipient.fate == ERROR else SENT  # a stopped number is not sent
                self._move(batch, recipient, first, batch.send_at + SENT_AFTER)
            if recipient.status == SENT and now >= batch.send_at + DELIVERED_AFTER:
                self._move(batch, recipient, recipient.fate, batch.send_at + DELIVERED_AFTER)
            if recipient.status in (PENDING, SENT):
                still_moving.append((batch, recipient))
        self._in_flight = still_moving

    def _move(self, batch: Batch, recipient: Recipient, status: int, when: float) -> None:
        recipient.status = status
        self.callbacks.queue(
            {
                "key": self.callback_key,
                "smsID": str(batch.sms_id),
                "number": recipient.number,
                "statusID": str(status),
                "date": local_time(when, "%Y-%m-%d %H:%M:%S"),
                "event": "sms.delivery.updated",
            }
        )

    def _send(
        self, brand_id: Any, numbers: list[str], text: str, stop_list: bool, send_at: float
    ) -> dict[str, Any]:
        brand = self.brands.get(brand_id) if isinstance(brand_id, int) else None
        if brand is None or not brand.authorized:
            return self._status(10, "brandID not found")
        if not text:
            return self._status(30, "Empty message text")
        valid = list(dict.fromkeys(n for n in numbers if n.isdigit() and 8 <= len(n) <= 15))
        if not numbers:
            return self._status(20, "Numbers not found")
        if not valid:
            return self._status(50, "No valid numbers found")
        cost = count_segments(text).parts * len(valid)
        if cost > self.balance:
            return self._status(40, "Not enough SMS")
        self.balance -= cost
        batch = Batch(len(self.batches) + 100, send_at, text=text, brand=brand.name)
        for number in valid:
            stopped = stop_list and number in self.stop_list
            fate = ERROR if stopped else FAILED if number.endswith("000") else DELIVERED
            batch.recipients.append(Recipient(number, fate=fate))
        self.batches[batch.sms_id] = batch
        self._in_flight.extend((batch, r) for r in batch.recipients)
        return {**self._status(0, "SMS Sent"), "smsID": self._id(batch.sms_id)}

    # Wire helpers.
    def _id(self, value: int) -> str | int:
        return value if self.wire == "live" else str(value)

    @staticmethod
    def _status(status_id: int, message: str) -> dict[str, Any]:
        return {"statusID": status_id, "message": message}

    def _authorized(self, request: Request) -> bool:
        given = request.query_params.get("key") or request.headers.get("key") or ""
        return hmac.compare_digest(given.encode(), self.key.encode())

    async def _json_body(self, request: Request) -> Any:
        try:
            return json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            return None

    # Routes.
    def _refusal(self, problems: dict[str, list[str]], default: int) -> Response | None:
        """The statusID reply for the first problem found, or None when there is none."""
        for name, code in [*SEND_CODE_BY_FIELD.items(), *((n, default) for n in problems)]:
            if name in problems:
                return JSONResponse(self._status(code, f"{name}: {problems[name][0]}"))
        return None

    async def send(self, request: Request) -> Response:
        """One route for both forms, so that a 405 names both methods."""
        self.sends_received += 1
        if request.method == "POST":
            return await self.send_json(request)
        return await self.send_query(request)

    async def send_json(self, request: Request) -> Response:
        if not self._authorized(request):
            return PlainTextResponse(UNAUTHORIZED, status_code=401)
        self.advance()
        body = await self._json_body(request)
        if not isinstance(body, dict):
            return JSONResponse(self._status(90, "JSON error"))
        problems = self.validator.body("sendSMS", body)
        numbers = body.get("numbers")
        if isinstance(numbers, list) and numbers:
            problems.pop("numbers", None)  # bad entries are skipped; none left is 50
        refusal = self._refusal(problems, default=90)
        if refusal is not None:
            return refusal
        listed = [
            str(n) if isinstance(n, int) and not isinstance(n, bool) else "" for n in numbers or []
        ]
        stop_list = body.get("stopList", False)
        return JSONResponse(
            self._send(body["brandID"], listed, body["text"], stop_list, self.clock.now())
        )

    async def send_query(self, request: Request) -> Response:
        if not self._authorized(request):
            return PlainTextResponse(UNAUTHORIZED, status_code=401)
        self.advance()
        query = request.query_params
        problems = self.validator.parameters("sendSMSQuery", "query", query)
        if query.get("numbers"):
            problems.pop("numbers", None)  # bad entries are skipped; none left is 50
        refusal = self._refusal(problems, default=99)
        if refusal is not None:
            return refusal
        send_at = self.clock.now()
        if "sendTime" in query:
            try:
                when = datetime.strptime(query["sendTime"], "%Y-%m-%d %H:%M")
            except ValueError:
                return JSONResponse(self._status(99, "sendTime is not a real time"))
            send_at = when.replace(tzinfo=TBILISI).timestamp()
            if send_at <= self.clock.now():
                return JSONResponse(self._status(99, "sendTime must be in the future"))
        reply = self._send(
            int(query["brandID"]),
            query["numbers"].split(","),
            query["text"],
            query.get("stopList", "false") == "true",
            send_at,
        )
        return JSONResponse(reply)

    async def report(self, request: Request) -> Response:
        if not self._authorized(request):
            return PlainTextResponse(UNAUTHORIZED, status_code=401)
        self.advance()
        raw = request.path_params["smsID"]
        batch = self.batches.get(int(raw)) if raw.isdigit() else None
        if batch is None:
            return JSONResponse(self._status(99, "smsID not found"))
        items = [{"number": r.number, "statusID": self._id(r.status)} for r in batch.recipients]
        return JSONResponse({**self._status(0, "Success"), "result": items})

    async def read_balance(self, request: Request) -> Response:
        if not self._authorized(request):
            return PlainTextResponse(UNAUTHORIZED, status_code=401)
        return JSONResponse({**self._status(0, "Success"), "sms": self._id(self.balance)})

    async def brand_names(self, request: Request) -> Response:
        if not self._authorized(request):
            return PlainTextResponse(UNAUTHORIZED, status_code=401)
        self.advance()
        brands = [
            {
                "id": self._id(b.id),
                "name": b.name,
                "authorized": self._id(1 if b.authorized else 0),
                "createdAt": local_time(b.created_at, "%Y-%m-%d %H:%M:%S"),
            }
            for b in self.brands.values()
        ]
        return JSONResponse({**self._status(0, "Success"), "brands": brands})

    async def create_brand(self, request: Request) -> Response:
        if not self._authorized(request):
            return PlainTextResponse(UNAUTHORIZED, status_code=401)
        self.advance()
        body = await self._json_body(request)
        if not isinstance(body, dict):
            return JSONResponse(self._status(90, "JSON error"))
        name = body.get("brandName")
        if not name:
            return JSONResponse(self._status(10, "Brand name field empty"))
        if not isinstance(name, str) or not 2 <= len(name) <= 11:
            return JSONResponse(self._status(20, "Brand name must be 2-11 characters"))
        if self.validator.body("createBrandName", body):
            return JSONResponse(self._status(30, "Unauthorized characters used"))
        if any(b.name.lower() == name.lower() for b in self.brands.values()):
            return JSONResponse(self._status(40, "brandName has already been added"))
        if any(not b.authorized for b in self.brands.values()):
            return JSONResponse(
                self._status(50, "Wait for the previous brand name's authorization")
            )
        brand = self._add_brand(name, authorized=False)
        return JSONResponse({**self._status(0, "BrandName Created"), "brandID": brand.id})

    # State for tests (smsgate.testing).
    def sent_messages(self) -> list[ReceivedMessage]:
        parts = {b.sms_id: count_segments(b.text).parts for b in self.batches.values()}
        return [
            ReceivedMessage(
                f"{batch.sms_id}:{r.number}",
                f"+{r.number}",
                batch.text,
                parts[batch.sms_id],
                batch.brand,
                str(r.status),
            )
            for batch in self.batches.values()
            for r in batch.recipients
        ]
