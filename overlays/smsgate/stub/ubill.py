"""A stateful uBill that answers as uBill does, for tests, the demo and local development.

State: brand names (new ones start unauthorized and are approved after `approve_after`
seconds), an SMS balance that every part of every message spends, and send batches whose
numbers move from pending (3) to sent (0) to delivered (1) on the clock, with a delivery
callback to `callbacks.url` on every change. Numbers ending in 000 fail (2) instead; numbers on
the stop list end in error (4) when the send asks for the stop-list check. A send with
`sendTime` (in the JSON body or the query alike) stays pending until that Tbilisi minute.

Requests are read as uBill's clients send them (`request_forms`): JSON bodies on the POSTs,
everything in the query on the GETs, the key as the `key` query parameter or a `key` header,
query flags as `true`/`false` or PHP's `1`/`0`, numbers in a JSON body as integers or digit
strings. A `Content-Type: application/json` on a bodiless GET (the PHP SDK, laravel-usms and
the axios clients all send one) is no body.

Replies follow uBill: HTTP 200 with a request-level `statusID` for every business error
(90 "JSON error" for a body that is not a JSON object), a text/plain 401 for a missing or
wrong key, and `{"statusID": 99, "message": ...}` with HTTP 404 or 405 for a path uBill does
not serve or a method a path does not take.

`wire` picks between the two shapes uBill is known in. "spec" (the default) answers as uBill's
own document types its replies: `smsID`, the balance's `sms`, each brand's `id` and
`authorized`, and each report item's `statusID` as JSON strings ("100"). "live" answers those
five as JSON integers (100), as live uBill does and every third-party client expects. The rest
is the same in both: request-level `statusID` and `brandNameCreate`'s `brandID` are integers,
callback parameters strings (they travel in a query).
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..segments import count_segments
from ..ubill import TBILISI
from ._core import Callbacks, Clock, ReceivedMessage, StubServer
from ._decode import JSON, Decoded, RequestForms, Undecodable, decode_bytes

UNAUTHORIZED = "Please authorize with valid API key!"
SENT_AFTER = 1.0
DELIVERED_AFTER = 3.0
PENDING, SENT, DELIVERED, FAILED, ERROR = 3, 0, 1, 2, 4
# Which field's problem gives which send statusID (specs/ubill.yaml, sendSMS); a sendTime
# problem is a general error (99) in the JSON body as in the query.
SEND_CODE_BY_FIELD = {"brandID": 10, "numbers": 20, "text": 30, "sendTime": 99}
NUMBER = re.compile(r"[0-9]{8,15}")
SEND_TIME_FORMAT = "%Y-%m-%d %H:%M"


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
    request_forms = RequestForms(
        bodies=frozenset({JSON}),  # uBill documents JSON bodies only (reference §1)
        php_arrays=False,  # the GET send takes numbers comma-separated, never as `numbers[]`
        undecodable_text="replace",  # only a body uBill cannot read as JSON is refused (90)
    )

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
        valid = list(dict.fromkeys(n for n in numbers if NUMBER.fullmatch(n)))
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

    def _authorized(self, query: Mapping[str, Any], request: Request) -> bool:
        """The key as the `key` query parameter (uBill's document) or a `key` header (the
        third-party clients)."""
        given = query.get("key") or request.headers.get("key") or ""
        return hmac.compare_digest(str(given).encode(), self.key.encode())

    async def _open(self, request: Request) -> Decoded | Response:
        """The request's arguments, or the reply that ends it there: the text/plain 401
        without the key, statusID 90 for a body that uBill cannot read as JSON."""
        try:
            decoded: Decoded | None = await self.decode(request)
        except Undecodable:
            decoded = None
        query = decoded.query if decoded is not None else self._query_only(request)
        if not self._authorized(query, request):
            return PlainTextResponse(UNAUTHORIZED, status_code=401)
        if decoded is None:
            return JSONResponse(self._status(90, "JSON error"))
        self.advance()
        return decoded

    def _query_only(self, request: Request) -> dict[str, Any]:
        return decode_bytes(request.url.query, "", "", b"", self.request_forms).query

    def unrouted(self, request: Request, status: int) -> Response:
        """uBill's envelope for a path it does not serve or a method a path does not take,
        with the HTTP status: what is known of uBill's non-2xx replies (a client reads
        `statusID` and `message` from them; reference §2.1, unconfirmed)."""
        message = "Not Found" if status == 404 else "Method Not Allowed"
        return JSONResponse(self._status(99, message), status_code=status)

    # Routes.
    def _refusal(self, problems: dict[str, list[str]], default: int) -> Response | None:
        """The statusID reply for the first problem found, or None when there is none."""
        for name, code in [*SEND_CODE_BY_FIELD.items(), *((n, default) for n in problems)]:
            if name in problems:
                return JSONResponse(self._status(code, f"{name}: {problems[name][0]}"))
        return None

    def _send_at(self, send_time: Any) -> float | Response:
        """When a send goes out: now, or at `sendTime` (`Y-m-d H:i`, Tbilisi time), which
        must be later than now; the same rule for the JSON body and the query."""
        if send_time is None:
            return self.clock.now()
        try:
            when = datetime.strptime(str(send_time), SEND_TIME_FORMAT)
        except ValueError:
            return JSONResponse(self._status(99, "sendTime is not a real time"))
        send_at = when.replace(tzinfo=TBILISI).timestamp()
        if send_at <= self.clock.now():
            return JSONResponse(self._status(99, "sendTime must be in the future"))
        return send_at

    async def send(self, request: Request) -> Response:
        """One route for both forms, so that a 405 names both methods."""
        self.sends_received += 1
        opened = await self._open(request)
        if isinstance(opened, Response):
            return opened
        if request.method == "POST":
            return self.send_json(opened)
        return self.send_query(opened)

    def send_json(self, decoded: Decoded) -> Response:
        body = decoded.body
        if not isinstance(body, dict):
            return JSONResponse(self._status(90, "JSON error"))
        problems = self.validator.body("sendSMS", body)
        numbers = body.get("numbers")
        if isinstance(numbers, list) and numbers:
            problems.pop("numbers", None)  # bad entries are skipped; none left is 50
        refusal = self._refusal(problems, default=90)
        if refusal is not None:
            return refusal
        send_at = self._send_at(body.get("sendTime"))
        if isinstance(send_at, Response):
            return send_at
        listed = [
            str(n) if isinstance(n, int | str) and not isinstance(n, bool) else ""
            for n in numbers or []
        ]
        stop_list = body.get("stopList", False)
        return JSONResponse(self._send(body["brandID"], listed, body["text"], stop_list, send_at))

    def send_query(self, decoded: Decoded) -> Response:
        query = decoded.query
        problems = self.validator.parameters("sendSMSQuery", "query", query)
        if query.get("numbers"):
            problems.pop("numbers", None)  # bad entries are skipped; none left is 50
        refusal = self._refusal(problems, default=99)
        if refusal is not None:
            return refusal
        typed = self.validator.coerce("sendSMSQuery", query)
        send_at = self._send_at(typed.get("sendTime"))
        if isinstance(send_at, Response):
            return send_at
        reply = self._send(
            typed["brandID"],
            query["numbers"].split(","),
            query["text"],
            bool(typed.get("stopList", False)),  # true/false, or PHP's 1/0
            send_at,
        )
        return JSONResponse(reply)

    async def report(self, request: Request) -> Response:
        opened = await self._open(request)
        if isinstance(opened, Response):
            return opened
        raw = request.path_params["smsID"]
        batch = self.batches.get(int(raw)) if re.fullmatch(r"[0-9]+", raw) else None
        if batch is None:
            return JSONResponse(self._status(99, "smsID not found"))
        items = [{"number": r.number, "statusID": self._id(r.status)} for r in batch.recipients]
        return JSONResponse({**self._status(0, "Success"), "result": items})

    async def read_balance(self, request: Request) -> Response:
        opened = await self._open(request)
        if isinstance(opened, Response):
            return opened
        return JSONResponse({**self._status(0, "Success"), "sms": self._id(self.balance)})

    async def brand_names(self, request: Request) -> Response:
        opened = await self._open(request)
        if isinstance(opened, Response):
            return opened
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
        opened = await self._open(request)
        if isinstance(opened, Response):
            return opened
        body = opened.body
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
