"""A stateful SMS.by that answers as SMS.by does, for tests, the demo and local development.

State: alpha names (0, the system sender, and 123 and 234, the ids of the docs' sendBulkSms
sample, are approved; new ones after `approve_after` seconds) and Viber names,
message templates (moderated after `moderate_after` seconds, 0 by default so that a fresh stub
can send at once), single SMS and bulk mailings whose statuses move NEW -> SENT -> DELIVERED on
the clock (phones ending in 000 end UNDELIVERED), delivery lists, mailing lists and their
mailings, invoices, password objects and their codes, flash calls, and an SMS and a Viber
balance that every send spends (`getLimit` follows it). A bulk send with a `callback_url` gets
the statusBulkSms reply POSTed there whenever its deliveries change.

Replies follow SMS.by: `{"error": "..."}` with HTTP 200 for business refusals (duplicate text,
unmoderated message, billing error...), 400 for requests that break the spec, 403 for a wrong
token, 404 for unknown ids, and 429 with `Retry-After` when one token calls faster than its
allowance. The allowance is a token bucket of `burst` calls refilled at `per_second`; the
defaults (100, 100/s) are far above what the vendor's clients need and what schemathesis
sends, so fuzzing reaches the real behaviour; pass small values to see 429s.
`wire="old"` answers createSmsMessage and sendSmsMessageWithCode as one-element arrays and ids
as strings, as the older docs and clients show.
"""

from __future__ import annotations

import hmac
import json
import math
import random
import string
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..segments import count_segments
from ..smsby import MINSK
from ._core import Callbacks, Clock, ReceivedMessage, StubServer, coerce
from ._decode import decode_php_form

SENT_AFTER = 1.0
DELIVERED_AFTER = 3.0
LOOPBACK = ("127.0.0.1", "localhost", "::1")
CATEGORIES = [
    (1, "Select"),
    (2, "Auto"),
    (3, "Banks/loans"),
    (4, "Hypermarkets/retail chains/shopping centers"),
    (5, "Games/casino/quests"),
]
TOO_LONG = (
    "Message is too long. Allowed size: 1530 chars for 10 sms (160 latin symbols /sms). "
    "670 chars for 10 ciryllic sms, and 70/sms for cyrillic symbols."
)
WRONG_ALPHANAME = "Wrong alphaname. Check it is correct and approved."
BILLING = "billing error"
SAMPLE_ALPHANAMES = {123: "smsgate", 234: "smsgate-info"}
"""Approved SMS and Viber sender ids of a new stub account: those of the docs' sendBulkSms
sample, which the Viber mailings share."""
Handler = Callable[[dict[str, Any]], Any]


class Refusal(Exception):
    """SMS.by's `{"error": text}`, with the HTTP status it comes with."""

    def __init__(self, text: str, status: int = 200, **extra: Any):
        super().__init__(text)
        self.body = {"error": text, **extra}
        self.status = status


def not_found() -> Refusal:
    return Refusal("not found", 404)


@dataclass
class Sms:
    """One message to one phone, on any channel; its status moves on the clock."""

    id: int
    phone: str
    text: str
    parts: int
    send_at: float
    message_id: int | None = None
    status: str = "NEW"
    sent_at: float | None = None
    delivered_at: float | None = None

    @property
    def fate(self) -> str:
        return "UNDELIVERED" if self.phone.endswith("000") else "DELIVERED"


@dataclass
class Template:
    id: int
    text: str
    name: str
    alphaname_id: int
    created: float
    send_at: float | None
    parts: int
    moderated: bool = False
    sms: list[int] = field(default_factory=list)


@dataclass
class BulkMessage:
    message_id: int
    name: str
    alphaname_id: int
    created: float
    deliveries: list[Sms]
    cost: Decimal


@dataclass
class BulkJob:
    uuid: str
    callback_url: str
    messages: list[BulkMessage]
    reported: str = ""


@dataclass
class ListMailing:
    id: int
    name: str
    text: str
    list_id: int
    alphaname_id: int
    send_at: float
    phones: list[str]
    cost: Decimal
    created: float
    confirmed: bool = False
    sms: list[Sms] = field(default_factory=list)


@dataclass
class PasswordObject:
    id: int
    type_id: str
    length: int
    created: float


@dataclass
class Flash:
    fclid: str
    phone: str
    code: str
    attempts: int
    valid_until: float
    activated: float | None = None


def minsk(epoch: float, pattern: str = "%Y-%m-%d %H:%M:%S") -> str:
    return datetime.fromtimestamp(epoch, MINSK).strftime(pattern)


def money(value: Decimal) -> str:
    return f"{value:.5f}"


class SmsByStub(StubServer):
    vendor = "smsby"

    def __init__(
        self,
        token: str = "stub-token",
        *,
        balance: Decimal | str = "10000",
        viber_balance: Decimal | str = "1000",
        price: Decimal | str = "0.05",
        alphanames: Mapping[int, str] | None = None,
        vibernames: Mapping[int, str] | None = None,
        moderate_after: float = 0.0,
        approve_after: float = 60.0,
        burst: int = 100,
        per_second: float = 100.0,
        password: str = "stub-password",
        wire: Literal["current", "old"] = "current",
        clock: Clock | None = None,
        callbacks: Callbacks | None = None,
        seed: int = 0,
        callback_secret: str = "stub-callback-secret",
    ):
        super().__init__(clock=clock, callbacks=callbacks)
        self.token = token
        self.callback_secret = callback_secret
        """What `neutral_settings` puts into callback URLs as `key` for receivers to check."""
        self.balance = Decimal(balance)
        self.viber_balance = Decimal(viber_balance)
        self.price = Decimal(price)
        self.moderate_after = moderate_after
        self.approve_after = approve_after
        self.burst, self.per_second = burst, per_second
        self.password = password
        self.wire = wire
        self.random = random.Random(seed)
        self._ids = iter(range(1000, 10**12))
        self.alphanames: dict[int, tuple[str, float | None]] = {0: ("System name (SMS.by)", None)}
        for ident, name in (alphanames or SAMPLE_ALPHANAMES).items():
            self.alphanames[ident] = (name, None)
        self.vibernames = dict(vibernames or SAMPLE_ALPHANAMES)
        self.templates: dict[int, Template] = {}
        self.sms: dict[int, Sms] = {}
        self._moving: list[Sms] = []
        """The messages whose status has yet to move: all that `advance` looks at."""
        self.jobs: dict[str, BulkJob] = {}
        self.lists: dict[int, tuple[str, list[dict[str, str]]]] = {}
        self.list_mailings: dict[int, ListMailing] = {}
        self.bills: list[dict[str, Any]] = []
        self.password_objects: dict[int, PasswordObject] = {}
        self.flashes: dict[str, Flash] = {}
        self.viber_messages: dict[int, dict[str, Any]] = {}
        self.notifications: dict[str, Any] = {}
        self._buckets: dict[str, tuple[float, float]] = {}
        self._fields = self._field_schemas()
        self._bodies = {
            op["operationId"]: (tuple(op["requestBody"]["content"]), op["requestBody"]["required"])
            for item in self.spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and "requestBody" in op
        }
        self.sends_received = 0
        """Every send request that reached the stub, accepted or not."""

    # The app.
    def routes(self) -> list[Route]:
        handlers: dict[str, Handler] = {
            "sendBulkSms": self.send_bulk,
            "statusBulkSms": self.bulk_status,
            "sendQuickSMS": self.send_quick,
            "sendOtpTelegram": self.send_otp,
            "sendOtpWhatsApp": self.send_otp,
            "createSmsMessage": self.create_message,
            "checkSMSMessageStatus": self.message_status,
            "sendSMS": self.send_template,
            "checkSMS": self.check_sms,
            "getMessagesList": self.messages_list,
            "getSmsDeliveryList": self.delivery_list,
            "sendSmsList": self.send_to_list,
            "confirmSendMessageByList": self.confirm_list_mailing,
            "getSMSMessages": self.mailings,
            "getBalance": self.read_balance,
            "getLimit": self.read_limit,
            "getBills": self.read_bills,
            "createBill": self.create_bill,
            "downloadBill": self.download_bill,
            "editPassword": self.edit_password,
            "editNotification": self.edit_notification,
            "getAlphanames": self.read_alphanames,
            "getAlphanameId": self.alphaname_id,
            "getAlphanameCategory": self.categories,
            "createAlphaname": self.create_alphaname,
            "createSubscriberList": self.create_list,
            "importContacts": self.import_contacts,
            "getSubscriberLists": self.read_lists,
            "createPasswordObject": self.create_password_object,
            "getPasswordObjects": self.read_password_objects,
            "getPasswordObject": self.read_password_object,
            "editPasswordObject": self.edit_password_object,
            "deletePasswordObject": self.delete_password_object,
            "sendSmsMessageWithCode": self.send_code,
            "flashCall": self.flash_call,
            "confirmFlashCall": self.confirm_flash_call,
            "sendBulkViber": self.send_bulk,
            "statusBulkViber": self.bulk_status,
            "sendQuickViberMessage": self.send_viber,
            "sendQuickViberMedia": self.send_viber,
            "sendViberMessageList": self.send_viber_to_list,
            "getViberMessageList": self.read_viber_messages,
            "getVibernames": self.read_vibernames,
            "createViberMessage": self.create_viber_message,
            "sendViberMessage": self.send_viber_message,
        }
        routes = []
        for path, item in self.spec["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    handler = self._endpoint(op["operationId"], handlers[op["operationId"]])
                    routes.append(Route(path, handler, methods=[method.upper()]))
        return routes

    def describe(self) -> str:
        return f"token {self.token!r}"

    def credentials(self) -> dict[str, str]:
        return {"token": self.token}

    def neutral_settings(self, callback_url: str) -> dict[str, Any]:
        # SMS.by takes a callback URL with each bulk send; the key in it is ours to check.
        joiner = "&" if "?" in callback_url else "?"
        return {
            "token": self.token,
            "callback_url": f"{callback_url}{joiner}key={self.callback_secret}",
            "callback_secret": self.callback_secret,
        }

    def _field_schemas(self) -> dict[str, dict[str, Any]]:
        """Per operation, each query parameter's and form field's schema, for reading values."""

        def resolve(node: Any) -> Any:
            while isinstance(node, dict) and "$ref" in node:
                node = self.validator._lookup(node["$ref"].removeprefix("#"))
            return node

        fields: dict[str, dict[str, Any]] = {}
        for item in self.spec["paths"].values():
            for op in item.values():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                known = fields[op["operationId"]] = {}
                for param in map(resolve, op.get("parameters", [])):
                    known[param["name"]] = resolve(param["schema"])
                for media in resolve(op.get("requestBody", {})).get("content", {}).values():
                    for name, schema in resolve(media["schema"]).get("properties", {}).items():
                        known[name] = resolve(schema)
        return fields

    def _endpoint(
        self, operation: str, handler: Handler
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                body, content_type = await self._body(request)
            except ValueError as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
            given = request.query_params.get("token") or ""
            if isinstance(body, dict) and isinstance(body.get("token"), str):
                given = body.pop("token")
            if not hmac.compare_digest(given.encode(), self.token.encode()):
                return JSONResponse({"error": "token is incorrect"}, status_code=403)
            wait = self._spend_allowance(given)
            if wait is not None:
                headers = {"Retry-After": str(wait)}
                return JSONResponse({"error": "limit exceeded"}, status_code=429, headers=headers)
            self.advance()
            query = {k: v for k, v in request.query_params.items() if k != "token"}
            problems = self.validator.parameters(operation, "query", query)
            media_types, required = self._bodies.get(operation, ((), False))
            if content_type is None or not media_types:
                body = {}  # no documented body: only a token came in it
                if required:
                    problems["body"] = ["is required"]
            elif content_type not in media_types:
                problems["body"] = [f"{content_type} is not accepted"]
            else:
                body = self._typed(operation, body) if content_type != "application/json" else body
                problems.update(self.validator.body(operation, body, content_type))
            if problems:
                name, found = next(iter(problems.items()))
                text = (
                    "len value must be beetwen 1 and 16" if name == "len" else f"{name}: {found[0]}"
                )
                return JSONResponse({"error": text}, status_code=400)
            arguments = {
                **self._typed(operation, query),
                **(body if isinstance(body, dict) else {}),
            }
            try:
                reply = handler({"operation": operation, **arguments})
            except Refusal as refusal:
                return JSONResponse(refusal.body, status_code=refusal.status)
            if isinstance(reply, Response):
                return reply
            return JSONResponse(reply)

        return endpoint

    async def _body(self, request: Request) -> tuple[Any, str | None]:
        """The body as SMS.by reads it, and its media type when the operation documents one."""
        raw = await request.body()
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not raw and kind != "application/json":
            return {}, None
        if kind == "application/json":
            try:
                return json.loads(raw), kind
            except (ValueError, UnicodeDecodeError):
                raise ValueError("the body is not JSON") from None
        if kind == "multipart/form-data":
            header = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
            message = BytesParser(policy=HTTP).parsebytes(header + raw)
            parts: dict[str, Any] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                if part.get_filename() is not None or not isinstance(payload, bytes):
                    parts[str(name)] = "(binary)"
                else:
                    parts[str(name)] = payload.decode("utf-8", "replace")
            return parts, kind
        try:
            pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise ValueError("the form is not UTF-8") from None
        return decode_php_form(pairs), "application/x-www-form-urlencoded"

    def _typed(self, operation: str, values: Any) -> Any:
        """Query and form strings as the values their schemas describe."""
        if not isinstance(values, dict):
            return values
        schemas = self._fields[operation]
        return {
            key: coerce(value, schemas.get(key, {})) if isinstance(value, str) else value
            for key, value in values.items()
        }

    def _spend_allowance(self, token: str) -> int | None:
        """A token bucket per token: None when the call may go on, else seconds to wait."""
        now = self.clock.now()
        level, then = self._buckets.get(token, (float(self.burst), now))
        level = min(float(self.burst), level + (now - then) * self.per_second)
        if level < 1:
            self._buckets[token] = (level, now)
            return max(1, math.ceil((1 - level) / self.per_second)) if self.per_second else 60
        self._buckets[token] = (level - 1, now)
        return None

    # State.
    def _next(self) -> int:
        return next(self._ids)

    def _id(self, value: int) -> int | str:
        return str(value) if self.wire == "old" else value

    def advance(self) -> None:
        now = self.clock.now()
        for ident, (name, requested) in list(self.alphanames.items()):
            if requested is not None and now >= requested + self.approve_after:
                self.alphanames[ident] = (name, None)
        for template in self.templates.values():
            template.moderated = template.moderated or now >= template.created + self.moderate_after
        moving = []
        for sms in self._moving:
            if sms.status == "NEW" and now >= sms.send_at + SENT_AFTER:
                sms.status, sms.sent_at = "SENT", sms.send_at + SENT_AFTER
            if sms.status == "SENT" and now >= sms.send_at + DELIVERED_AFTER:
                sms.status, sms.delivered_at = sms.fate, sms.send_at + DELIVERED_AFTER
            if sms.status in ("NEW", "SENT"):
                moving.append(sms)
        self._moving = moving
        for job in self.jobs.values():
            report = self._job_status(job)
            state = json.dumps(report, sort_keys=True)
            if job.reported != state:
                job.reported = state
                if self._may_call(job.callback_url):
                    self.callbacks.post(job.callback_url, report)

    def _may_call(self, url: str) -> bool:
        """Only http(s) URLs; with no test transport, only loopback: it never calls out."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        return self.callbacks.transport is not None or parts.hostname in LOOPBACK

    def _approved_alphaname(self, value: Any) -> int:
        try:
            ident = int(value)
        except (TypeError, ValueError):
            raise Refusal(WRONG_ALPHANAME) from None
        if ident not in self.alphanames or self.alphanames[ident][1] is not None:
            raise Refusal(WRONG_ALPHANAME)
        return ident

    def _viber_sender(self, value: Any) -> int:
        ident = int(value)
        if ident not in self.vibernames:
            raise Refusal("vibername not found")
        return ident

    def _charge(self, cost: Decimal, *, viber: bool = False) -> None:
        if cost > (self.viber_balance if viber else self.balance):
            raise Refusal(BILLING)
        if viber:
            self.viber_balance -= cost
        else:
            self.balance -= cost

    def _parts(self, text: str) -> int:
        parts = count_segments(text).parts
        if parts > 10:
            raise Refusal(TOO_LONG)
        return parts

    def _new_sms(self, phone: str, text: str, parts: int, send_at: float | None = None) -> Sms:
        sms = Sms(
            self._next(), phone, text, parts, self.clock.now() if send_at is None else send_at
        )
        self.sms[sms.id] = sms
        self._moving.append(sms)
        return sms

    def _single(self, phone: str, text: str, *, viber: bool = False) -> Sms:
        parts = 1 if viber else self._parts(text)
        self._charge(self.price * parts, viber=viber)
        return self._new_sms(phone, text, parts)

    def _schedule(self, value: Any, pattern: str) -> float | None:
        if not value:
            return None
        try:
            when = datetime.strptime(str(value), pattern).replace(tzinfo=MINSK)
        except ValueError:
            raise Refusal(f"wrong date: {value}") from None
        return max(when.timestamp(), self.clock.now())

    # SMS.
    def send_bulk(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        viber = args["operation"] == "sendBulkViber"
        mailings: list[tuple[dict[str, Any], list[tuple[str, str, int]], float | None, int]] = []
        cost = Decimal(0)
        for mailing in args["messages"]:
            listed = mailing["delivery_list"]
            if mailing["message_type"] == "bulk":  # the spec told the two shapes apart
                pairs = [(phone, mailing["text"]) for phone in listed]
            else:
                pairs = [(p["phone"], p["text"]) for p in listed]
            sender = (
                self._viber_sender(mailing["alphaname_id"])
                if viber
                else self._approved_alphaname(mailing["alphaname_id"])
            )
            send_at = self._schedule(mailing.get("schedule_time"), "%Y-%m-%dT%H:%M:%S")
            counted = [(phone, text, 1 if viber else self._parts(text)) for phone, text in pairs]
            cost += self.price * sum(parts for _, _, parts in counted)
            mailings.append((mailing, counted, send_at, sender))
        self._charge(cost, viber=viber)
        job = BulkJob(
            str(uuid.UUID(int=self.random.getrandbits(128), version=1)), args["callback_url"], []
        )
        for mailing, counted, send_at, sender in mailings:
            deliveries = [self._new_sms(*delivery, send_at) for delivery in counted]
            message = BulkMessage(
                self._next(),
                mailing["name"],
                sender,
                self.clock.now(),
                deliveries,
                self.price * sum(d.parts for d in deliveries),
            )
            job.messages.append(message)
        self.jobs[job.uuid] = job
        job.reported = json.dumps(self._job_status(job), sort_keys=True)
        return {"uuid": job.uuid, "success": "OK"}

    def _job_status(self, job: BulkJob) -> list[dict[str, Any]]:
        return [
            {
                "message_id": message.message_id,
                "name": message.name,
                "alphaname_id": message.alphaname_id,
                "success": [
                    {
                        "delivery_id": sms.id,
                        "phone": sms.phone,
                        "status": sms.status,
                        "status_time": datetime.fromtimestamp(
                            sms.delivered_at or sms.sent_at or message.created, MINSK
                        ).strftime("%Y-%m-%d %H:%M:%S.%f"),
                    }
                    for sms in message.deliveries
                ],
            }
            for message in job.messages
        ]

    def bulk_status(self, args: dict[str, Any]) -> Any:
        job = self.jobs.get(args["uuid"])
        if job is None:
            raise not_found()
        return self._job_status(job)

    def _sent(self, sms: Sms, *, cost: bool = False) -> dict[str, Any]:
        reply: dict[str, Any] = {
            "sms_id": self._id(sms.id),
            "status": sms.status,
            "parts": sms.parts,
        }
        if cost:
            reply["cost"] = money(self.price * sms.parts)
        return reply

    def send_quick(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        self._approved_alphaname(args["alphaname_id"])
        if args.get("forwarding_message") == 1:
            self._viber_sender(args.get("vibername_id", -1))
        sms = self._single(args["phone"], args["message"])
        return self._sent(sms, cost=args.get("show_cost") == 1)

    def send_otp(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        return self._sent(self._single(args["phone"], args["message"]))

    def create_message(self, args: dict[str, Any]) -> Any:
        text = args["message"]
        for template in self.templates.values():
            if template.text == text:
                existing = self._id(template.id)
                raise Refusal(f"The same message exists with ID={template.id}", message_id=existing)
        sender = self._approved_alphaname(args.get("alphaname_id", 0))
        send_at = self._schedule(args.get("time"), "%Y-%m-%d %H:%M")
        template = Template(
            self._next(),
            text,
            str(args.get("name", "")),
            sender,
            self.clock.now(),
            send_at,
            self._parts(text),
        )
        self.templates[template.id] = template
        reply = {
            "status": "ok",
            "parts": template.parts,
            "len": len(text),
            "message_id": self._id(template.id),
            "alphaname": "system" if sender == 0 else self.alphanames[sender][0],
            "time": int(send_at or 0),
        }
        return [reply] if self.wire == "old" else reply

    def _deliveries_of(self, message_id: Any) -> list[Sms]:
        """A template's SMS, or a bulk mailing's (smsgate presumes getSmsDeliveryList lists
        both; the docs name only templates)."""
        for job in self.jobs.values():
            for message in job.messages:
                if str(message.message_id) == str(message_id):
                    return message.deliveries
        return [self.sms[ident] for ident in self._template(message_id).sms]

    def _template(self, value: Any) -> Template:
        try:
            template = self.templates.get(int(value))
        except (TypeError, ValueError):
            template = None
        if template is None:
            raise not_found()
        return template

    def message_status(self, args: dict[str, Any]) -> Any:
        template = self._template(args["message_id"])
        return {
            "status": "moderated" if template.moderated else "new",
            "parts": template.parts,
            "alphaname": "SYSTEM"
            if template.alphaname_id == 0
            else self.alphanames[template.alphaname_id][0],
        }

    def send_template(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        template = self._template(args["message_id"])
        if not template.moderated:
            raise Refusal("message is not moderated")
        self._charge(self.price * template.parts)
        sms = self._new_sms(args["phone"], template.text, template.parts, template.send_at)
        sms.message_id = template.id
        template.sms.append(sms.id)
        return {"sms_id": self._id(sms.id), "status": sms.status}

    def check_sms(self, args: dict[str, Any]) -> Any:
        sms = self.sms.get(args["sms_id"])
        if sms is None:
            raise not_found()
        reply: dict[str, Any] = {"sms_id": sms.id}
        if sms.sent_at is not None:
            reply["sent"] = int(sms.sent_at)
        if sms.delivered_at is not None and sms.status == "DELIVERED":
            reply["delivered"] = int(sms.delivered_at)
        return reply

    @staticmethod
    def _page(items: list[Any], args: dict[str, Any]) -> list[Any]:
        if "limit_offset" in args and "limit_rows" not in args:
            raise Refusal("limit_rows is required with limit_offset")
        offset = args.get("limit_offset", 0)
        rows = args.get("limit_rows")
        return items[offset : None if rows is None else offset + rows]

    def messages_list(self, args: dict[str, Any]) -> Any:
        items = [
            {
                "message_id": t.id,
                "message": t.text,
                "parts": t.parts,
                "d_create": minsk(t.created),
                "status": "moderated" if t.moderated else "new",
            }
            for t in self.templates.values()
        ]
        return {"result": self._page(items, args)}

    def delivery_list(self, args: dict[str, Any]) -> Any:
        items = []
        for sms in self._deliveries_of(args["message_id"]):
            item: dict[str, Any] = {"phone": int(sms.phone), "status": sms.status.lower()}
            if sms.sent_at is not None:
                item["d_sent"] = minsk(sms.sent_at)
            items.append(item)
        return {"result": self._page(items, args)}

    def send_to_list(self, args: dict[str, Any]) -> Any:
        listed = self.lists.get(args["list_id"])
        if listed is None:
            raise not_found()
        sender = self._approved_alphaname(args["alphaname_id"])
        phones = [c["phone"] for c in listed[1] if c.get("phone")]
        parts = self._parts(args["message"])
        mailing = ListMailing(
            self._next(),
            args["name"],
            args["message"],
            args["list_id"],
            sender,
            self._schedule(args["d_schedule"], "%Y-%m-%d %H:%M") or self.clock.now(),
            phones,
            self.price * parts * len(phones),
            self.clock.now(),
        )
        self.list_mailings[mailing.id] = mailing
        return self._list_mailing(mailing)

    def _list_mailing(self, mailing: ListMailing) -> dict[str, Any]:
        return {
            "status": "OK",
            "message_id": mailing.id,
            "count_phones": len(mailing.phones),
            "cost": money(mailing.cost),
            "confirmed": int(mailing.confirmed),
        }

    def confirm_list_mailing(self, args: dict[str, Any]) -> Any:
        mailing = self.list_mailings.get(args["message_id"])
        if mailing is None:
            raise not_found()
        if args["confirm"] == 1 and not mailing.confirmed:
            self.sends_received += 1
            if mailing.cost > self.balance:
                raise Refusal("Insufficient funds to continue", 400)
            self.balance -= mailing.cost
            mailing.confirmed = True
            parts = count_segments(mailing.text).parts
            mailing.sms = [
                self._new_sms(p, mailing.text, parts, mailing.send_at) for p in mailing.phones
            ]
        return self._list_mailing(mailing)

    def mailings(self, args: dict[str, Any]) -> Any:
        data = []
        for job in self.jobs.values():
            for message in job.messages:
                data.append(
                    self._mailing_row(
                        message.message_id,
                        message.name,
                        "API",
                        message.deliveries,
                        message.cost,
                        message.created,
                        message.alphaname_id,
                    )
                )
        for mailing in self.list_mailings.values():
            data.append(
                self._mailing_row(
                    mailing.id,
                    mailing.name,
                    "WEB",
                    mailing.sms,
                    mailing.cost,
                    mailing.created,
                    mailing.alphaname_id,
                    mailing.send_at,
                    len(mailing.phones),
                )
            )
        kind = args.get("type")
        return {"status": "success", "data": [row for row in data if kind in (None, row["type"])]}

    def _mailing_row(
        self,
        ident: int,
        name: str,
        kind: str,
        sms: list[Sms],
        cost: Decimal,
        created: float,
        sender: int,
        scheduled: float | None = None,
        phones: int | None = None,
    ) -> dict[str, Any]:
        statuses = {s.status for s in sms}
        status = (
            "NEW" if not sms or "NEW" in statuses else "SENT" if "SENT" in statuses else "DELIVERED"
        )
        return {
            "id": ident,
            "name": name,
            "d_create": int(created),
            "d_schedule": int(scheduled or (sms[0].send_at if sms else created)),
            "type": kind,
            "parts": str(sum(s.parts for s in sms)),
            "count_phones": len(sms) if phones is None else phones,
            "status": status,
            "sms_delivered": str(sum(s.status == "DELIVERED" for s in sms)),
            "cost": money(cost),
            "alphaname": self.alphanames.get(sender, ("SMS.by", None))[0],
        }

    # Account.
    def read_balance(self, args: dict[str, Any]) -> Any:
        balance = {"balance": money(self.balance), "viber_balance": money(self.viber_balance)}
        return {"status": "OK", "currency": "BYN", "result": [balance]}

    def read_limit(self, args: dict[str, Any]) -> Any:
        return {"limit": int(self.balance / self.price) if self.price else 0}

    def read_bills(self, args: dict[str, Any]) -> Any:
        per_page, page = 15, args.get("page", 1)
        last = max(1, math.ceil(len(self.bills) / per_page))
        chunk = self.bills[(page - 1) * per_page : page * per_page]
        return {
            "status": "success",
            "data": {
                "total": len(self.bills),
                "per_page": per_page,
                "current_page": page,
                "last_page": last,
                "next_page_url": f"/api/v1/getBills?page={page + 1}" if page < last else None,
                "prev_page_url": f"/api/v1/getBills?page={page - 1}" if page > 1 else None,
                "from": (page - 1) * per_page + 1 if chunk else None,
                "to": (page - 1) * per_page + len(chunk) if chunk else None,
                "data": [{**bill, "info": "", "rent": "0"} for bill in chunk],
            },
        }

    def create_bill(self, args: dict[str, Any]) -> Any:
        if args["amount_type"] == "viber" and "type" not in args:
            raise Refusal("type is required for viber")
        ident = self._next()
        bill = {
            "id": ident,
            "user_id": 7,
            "d_create": str(int(self.clock.now())),
            "d_payment": 0,
            "amount": str(args["amount"]),
            "manager_id": 0,
            "comment": "",
            "type": args["amount_type"],
            "number": str(ident),
        }
        self.bills.append(bill)
        return {"status": "success", "data": {**bill, "info": 0, "rent": 0}}

    def download_bill(self, args: dict[str, Any]) -> Any:
        if not any(str(b["id"]) == args["bill_id"] for b in self.bills):
            raise not_found()
        content = f"%PDF-1.4\n% SMS.by invoice {args['bill_id']}\n".encode()
        return Response(content, media_type="application/octet-stream")

    def edit_password(self, args: dict[str, Any]) -> Any:
        if not hmac.compare_digest(args["password"].encode(), self.password.encode()):
            raise Refusal("The current password is wrong")
        if args["password_new"] != args["re_password_new"]:
            raise Refusal("The new passwords do not match")
        self.password = args["password_new"]
        return {"status": "success"}

    def edit_notification(self, args: dict[str, Any]) -> Any:
        self.notifications.update({k: v for k, v in args.items() if k != "operation"})
        return {"status": "success", "data": self.notifications}

    # Alpha names.
    def read_alphanames(self, args: dict[str, Any]) -> Any:
        return {
            str(k): name for k, (name, requested) in self.alphanames.items() if requested is None
        }

    def alphaname_id(self, args: dict[str, Any]) -> Any:
        for ident, (name, requested) in self.alphanames.items():
            if name == args["name"] and requested is None:
                return {"id": ident}
        raise not_found()

    def categories(self, args: dict[str, Any]) -> Any:
        return {"status": "OK", "result": [{"id": i, "name": n} for i, n in CATEGORIES]}

    def create_alphaname(self, args: dict[str, Any]) -> Any:
        if any(name == args["name"] for name, _ in self.alphanames.values()):
            raise Refusal("This alphaname already exists")
        ident = max(self.alphanames) + 1
        self.alphanames[ident] = (args["name"], self.clock.now())
        return {"status": "OK", "alphaname_id": ident}

    # Mailing lists.
    def create_list(self, args: dict[str, Any]) -> Any:
        ident = self._next()
        self.lists[ident] = (args["name"], [])
        return {"status": "OK", "result": {"list_id": ident}}

    def import_contacts(self, args: dict[str, Any]) -> Any:
        listed = self.lists.get(args["list_id"])
        if listed is None:
            raise not_found()
        names = args["field_names"]
        if not {"phone", "email"} & set(names):
            raise Refusal("field_names must contain phone or email")
        inserted = updated = 0
        log = []
        for index, row in enumerate(args["data"]):
            contact = dict(zip(names, row, strict=False))
            phone = contact.get("phone", "")
            if (phone and not (phone.isdigit() and 9 <= len(phone) <= 15)) or not (
                phone or contact.get("email")
            ):
                log.append({"index": index, "error_message": "invalid phone or email"})
                continue
            key = "phone" if phone else "email"
            match = next((c for c in listed[1] if c.get(key) == contact[key]), None)
            if match is None:
                listed[1].append(contact)
                inserted += 1
            else:
                match.update(contact)
                updated += 1
        result = {"inserted": inserted, "updated": updated, "invalid": len(log), "log": log}
        return {"status": "OK", "result": result}

    def read_lists(self, args: dict[str, Any]) -> Any:
        return {
            "status": "OK",
            "result": [{"list_id": k, "name": n} for k, (n, _) in self.lists.items()],
        }

    # Two-factor codes.
    def _password_object(self, args: dict[str, Any]) -> PasswordObject:
        found = self.password_objects.get(args["id"])
        if found is None:
            raise not_found()
        return found

    def _shown(self, item: PasswordObject) -> dict[str, Any]:
        return {
            "id": item.id,
            "type_id": item.type_id,
            "len": item.length,
            "d_create": minsk(item.created),
        }

    def create_password_object(self, args: dict[str, Any]) -> Any:
        item = PasswordObject(self._next(), args["type_id"], args["len"], self.clock.now())
        self.password_objects[item.id] = item
        return {"result": {"password_object_id": item.id}}

    def read_password_objects(self, args: dict[str, Any]) -> Any:
        return {"result": [self._shown(item) for item in self.password_objects.values()]}

    def read_password_object(self, args: dict[str, Any]) -> Any:
        return {"result": self._shown(self._password_object(args))}

    def edit_password_object(self, args: dict[str, Any]) -> Any:
        item = self._password_object(args)
        item.type_id, item.length = args["type_id"], args["len"]
        return {"result": "1"}

    def delete_password_object(self, args: dict[str, Any]) -> Any:
        del self.password_objects[self._password_object(args).id]
        return {"result": "1"}

    def send_code(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        item = self.password_objects.get(args["password_object_id"])
        if item is None:
            raise not_found()
        self._approved_alphaname(args.get("alphaname_id", 0))
        alphabet = {
            "letters": string.ascii_letters,
            "numbers": string.digits,
            "both": string.ascii_letters + string.digits,
        }[item.type_id]
        code = "".join(self.random.choice(alphabet) for _ in range(item.length))
        text = args["message"].replace("%CODE%", code)
        sms = self._single(args["phone"], text)
        reply = {
            "status": "ok",
            "parts": sms.parts,
            "len": len(text),
            "sms_id": self._id(sms.id),
            "code": code,
        }
        return [reply] if self.wire == "old" else reply

    # FlashCall.
    def flash_call(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        self._charge(self.price)
        code = str(args.get("code", self.random.randrange(1000, 10000)))
        valid = args.get("time_valid", 90)
        flash = Flash(
            uuid.UUID(int=self.random.getrandbits(128)).hex,
            args["phone"],
            code,
            args.get("attempt", 3),
            self.clock.now() + valid,
        )
        self.flashes[flash.fclid] = flash
        data = {
            "code": code,
            "phone": flash.phone,
            "time_valid": str(valid),
            "fclid": flash.fclid,
            "attempt": flash.attempts,
        }
        return {"status": "success", "data": data}

    def confirm_flash_call(self, args: dict[str, Any]) -> Any:
        flash = self.flashes.get(args["fclid"])
        if flash is None or flash.phone != args["phone"]:
            return {"status": "error", "message": "Call not found"}
        if flash.activated is not None:
            return {"status": "error", "message": "Code already confirmed"}
        if self.clock.now() > flash.valid_until:
            return {"status": "error", "message": "Code expired"}
        if flash.attempts < 1:
            return {"status": "error", "message": "No attempts left"}
        if str(args["code"]) != flash.code:
            flash.attempts -= 1
            return {"status": "error", "message": "Wrong code"}
        flash.activated = self.clock.now()
        data = {
            "fclid": flash.fclid,
            "phone": flash.phone,
            "activated_at": minsk(flash.activated),
            "valid": 1,
            "quantity": 1,
        }
        return {"status": "success", "message": "Code confirmed", "data": data}

    # Viber.
    def send_viber(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        self._viber_sender(args["vibername_id"])
        if args.get("type_message") in ("IMAGE", "BUTTON") and "image" not in args:
            raise Refusal("image is required for IMAGE and BUTTON messages")
        sms = self._single(args["phone"], args["message"], viber=True)
        self.viber_messages[sms.id] = {"viber_id": sms.id, "phone": sms.phone, "message": sms.text}
        return {"status": "OK", "result": {"viber_id": sms.id}}

    def send_viber_to_list(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        listed = self.lists.get(args["list_id"])
        if listed is None:
            raise not_found()
        self._viber_sender(args["vibername_id"])
        ident = self._next()
        self.viber_messages[ident] = {
            "viber_id": ident,
            "list_id": args["list_id"],
            "message": args["message"],
        }
        return {"status": "OK", "result": {"viber_id": ident}}

    def read_viber_messages(self, args: dict[str, Any]) -> Any:
        return {"status": "OK", "result": list(self.viber_messages.values())}

    def read_vibernames(self, args: dict[str, Any]) -> Any:
        return {str(k): name for k, name in self.vibernames.items()}

    def create_viber_message(self, args: dict[str, Any]) -> Any:
        self._viber_sender(args["vibername_id"])
        ident = self._next()
        self.viber_messages[ident] = {"viber_message_id": ident, "message": args["message"]}
        return {"status": "OK", "viber_message_id": ident}

    def send_viber_message(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        created = self.viber_messages.get(args["viber_message_id"])
        if created is None or "viber_message_id" not in created:
            raise not_found()
        sms = self._single(args["phone"], created["message"], viber=True)
        return {"status": "OK", "viber_id": sms.id}

    # State for tests (smsgate.testing).
    def sent_messages(self) -> list[ReceivedMessage]:
        """SMS (and Viber) messages, bulk ones under their mailing's message id as the
        neutral gateway names them."""
        named: dict[int, tuple[str, str]] = {}
        for job in self.jobs.values():
            for message in job.messages:
                sender = self.alphanames.get(message.alphaname_id, ("", None))[0]
                for sms in message.deliveries:
                    named[sms.id] = (f"{message.message_id}:{sms.phone}", sender)
        return [
            ReceivedMessage(
                named.get(sms.id, (str(sms.id), ""))[0],
                f"+{sms.phone}",
                sms.text,
                sms.parts,
                named.get(sms.id, ("", None))[1],
                sms.status,
            )
            for sms in self.sms.values()
        ]
