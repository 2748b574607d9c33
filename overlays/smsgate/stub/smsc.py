"""A stateful SMSC that answers as SMSC does, for tests, the demo and local development.

State: a money balance that every part of every send spends; messages whose statuses move on
the clock from waiting (-1, when scheduled) to transferred (0) to delivered (1), or to
undeliverable (20) for numbers ending in 000, with a status callback to `callbacks.url` on
every change; phone and e-mail contacts, groups and black lists; sender names (new ones are
activated after `approve_after` seconds); mailings; inbound messages, templates, sub-clients,
invoices and inbound numbers.

Replies follow SMSC: every script answers in the `fmt` (0 text, 1 comma-separated, 2 XML,
3 JSON) and `charset` (windows-1251 by default) asked for, errors come with HTTP 200, change
and delete commands answer a bare `OK`, and an identical request repeated within
`rate_window` seconds beyond the script's allowance is error 9. Requests are checked against
specs/smsc.yaml. Content-Type follows the format (`wire="spec"`, what the spec documents);
`wire="live"` labels every reply `application/json` as live SMSC does.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import random
import re
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import parse_qsl
from xml.sax.saxutils import escape

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..segments import count_segments
from ..smsc import MOSCOW, callback_hash
from ._core import Callbacks, Clock, ReceivedMessage, StubServer, coerce

PART_PRICE = Decimal("0.40")
TRANSFERRED_AFTER = 1.0
DELIVERED_AFTER = 3.0
WAITING, TRANSFERRED, DELIVERED, UNDELIVERABLE, NOT_FOUND = -1, 0, 1, 20, -3
STATUS_NAMES = {
    WAITING: "Waiting to be sent",
    TRANSFERRED: "Transferred to the operator",
    DELIVERED: "Delivered",
    UNDELIVERABLE: "Impossible to deliver",
    NOT_FOUND: "Message not found",
}
ERROR_TEXT = {
    1: "parameters error",
    2: "authorise error",
    3: "record not found",
    4: "ip blocked",
    5: "save error",
    6: "message is denied",
    7: "invalid number",
    8: "can't deliver",
    9: "duplicate request, wait a minute",
}
# Identical requests allowed per window, by operation (the rest: 3), as SMSC documents.
ALLOWANCE = {"send": 1, "sendList": 1, "sendJson": 1, "getPrice": 5, "getStatus": 5}
ALLOWANCE_BY_SCRIPT = {"balance": 10, "jobs": 1}
CHARSETS = ("windows-1251", "utf-8", "koi8-r")
AUTH_FIELDS = ("login", "psw", "apikey")
PHONE = re.compile(r"\+?[0-9]{7,15}")
MAIL = re.compile(r"[^,;@\s]+@[^,;@\s]+")
TARIFFS = [
    {"zone": "1", "name": "Russia", "api": "0.40", "mass": "0.45"},
    {"zone": "2", "name": "Kazakhstan", "api": "1.90", "mass": "2.00"},
]
OPERATORS = {
    "79": ("Russia", "MTS", "Moscow", "250", "01"),
    "77": ("Kazakhstan", "Beeline", "Almaty", "401", "01"),
}
# Which command flag picks which operation, by script (send.php and status.php: see _operation).
COMMANDS: dict[str, list[tuple[str, str]]] = {
    "phones": [],
    "mails": [],
    "senders": [
        ("get", "sendersGet"),
        ("add", "sendersAdd"),
        ("chg", "sendersChg"),
        ("del", "sendersDel"),
        ("send_code", "sendersSendCode"),
        ("check_code", "sendersCheckCode"),
    ],
    "get": [
        ("get_messages", "getMessages"),
        ("get_answers", "getAnswers"),
        ("get_stat", "getStat"),
        ("get_price", "getPriceList"),
        ("get_senders", "getSenders"),
    ],
    "jobs": [
        ("add", "jobsAdd"),
        ("del", "jobsDel"),
        ("cancel", "jobsCancel"),
        ("get", "jobsGet"),
        ("get_all", "jobsGetAll"),
    ],
    "users": [
        ("add", "usersAdd"),
        ("chg", "usersChg"),
        ("pay", "usersPay"),
        ("get_stat", "usersGetStat"),
        ("get_stat_all", "usersGetStatAll"),
    ],
    "documents": [
        ("add_account", "documentsAddAccount"),
        ("get_account", "documentsGetAccount"),
        ("get_act", "documentsGetAct"),
    ],
    "info": [("get_operator", "infoGetOperator")],
    "templates": [
        ("add", "templatesAdd"),
        ("chg", "templatesChg"),
        ("del", "templatesDel"),
        ("get", "templatesGet"),
    ],
    "op_templates": [("add", "opTemplatesAdd"), ("get", "opTemplatesGet")],
    "tinyurls": [("get", "tinyurlsGet")],
    "receive_phones": [
        ("get", "receivePhonesGet"),
        ("buy", "receivePhonesBuy"),
        ("chg", "receivePhonesChg"),
    ],
}
BOOK_COMMANDS = [
    ("add", "Add"),
    ("chg", "Chg"),
    ("del", "Del"),
    ("get", "Get"),
    ("add_group", "AddGroup"),
    ("chg_group", "ChgGroup"),
    ("del_group", "DelGroup"),
    ("get_group", "GetGroup"),
    ("move_group", "MoveGroup"),
    ("add_black", "AddBlack"),
    ("get_black", "GetBlack"),
    ("del_black", "DelBlack"),
]
for _book in ("phones", "mails"):
    COMMANDS[_book] = [(flag, f"{_book}{suffix}") for flag, suffix in BOOK_COMMANDS]
PLAIN = {  # scripts without command flags
    "send": "send",
    "status": "getStatus",
    "balance": "getBalance",
    "ping": "ping",
    "wait_call": "waitCall",
}
CONTACT_FIELDS = (
    "int_id",
    "{address}",
    "name",
    "group",
    "first_name",
    "last_name",
    "middle_name",
    "birthday",
    "id",
    "comments",
    "tags",
    "phone_other",
)
HISTORY_FIELDS = (
    "int_id",
    "id",
    "phone",
    "status",
    "err",
    "last_timestamp",
    "send_timestamp",
    "cost",
    "sender_id",
    "sms_cnt",
    "type",
    "message",
)


class Refusal(Exception):
    """An SMSC error reply: raised anywhere in a command, answered in the format asked for."""

    def __init__(self, code: int, message_id: str | int | None = None):
        super().__init__(code)
        self.code = code
        self.message_id = message_id


@dataclass
class Message:
    int_id: int
    id: str
    phone: str
    text: str
    sender: str
    parts: int
    cost: Decimal
    sent_at: float
    send_at: float
    changed_at: float
    status: int
    fate: int
    type: int = 0


@dataclass
class Book:
    """phones.php or mails.php state."""

    address: str
    contacts: dict[int, dict[str, str]] = field(default_factory=dict)
    groups: dict[int, dict[str, Any]] = field(default_factory=dict)
    black: dict[int, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Reply:
    """What a command answers, before the format: one record, records, or a bare OK.

    `fields` orders fmt=1 fields and fmt=0 keys; `line` is the fmt=0 one-line form, if any;
    `labels` renames fmt=0 keys; `xml_root`/`xml_item` name the XML elements."""

    data: dict[str, Any] | list[dict[str, Any]] | None = None
    fields: tuple[str, ...] = ()
    line: Callable[[dict[str, Any]], str] | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    text_fields: tuple[str, ...] | None = None
    xml_root: str = "result"
    xml_item: str = "item"


OK_REPLY = Reply()


def created(record_id: int, key: str = "id") -> Reply:
    """A new record's id: `ID = <id>` at fmt=0, as phones.php documents."""
    return Reply({key: record_id}, (key,), line=lambda r: f"ID = {r[key]}")


def smsc_date(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, MOSCOW).strftime("%d.%m.%Y %H:%M:%S")


def money(value: Decimal) -> str:
    return f"{value:.2f}"


class SmscStub(StubServer):
    vendor = "smsc"
    auth_errors_in_body = True

    def __init__(
        self,
        login: str = "stub-login",
        password: str = "stub-password",
        *,
        apikey: str = "stub-apikey",
        balance: Decimal | str = "100.00",
        currency: str = "RUB",
        senders: Iterable[str] = ("SMSC",),
        approve_after: float = 60.0,
        rate_window: float = 60.0,
        wire: Literal["spec", "live"] = "spec",
        clock: Clock | None = None,
        callbacks: Callbacks | None = None,
        callback_secret: str | None = "stub-callback-secret",
    ):
        super().__init__(clock=clock, callbacks=callbacks)
        self.login, self.password, self.apikey = login, password, apikey
        self.callback_secret = callback_secret
        """Signs each status callback with a `hash` (md5; see smsgate.smsc.callback_hash)."""
        self.balance = Decimal(balance)
        self.currency = currency
        self.approve_after = approve_after
        self.rate_window = rate_window
        self.wire = wire
        self._ids = iter(range(1000, 1 << 31))
        self.messages: dict[tuple[str, str], Message] = {}
        self._moving: list[Message] = []
        """The messages whose status has yet to move: what `advance` looks at, so that a
        request costs the same after a million sends as after one."""
        self.books = {"phones": Book("phone"), "mails": Book("mail")}
        self.senders: dict[str, dict[str, Any]] = {}
        for name in senders:
            self._add_sender(name, "", activated=True)
        self.jobs: dict[int, dict[str, Any]] = {}
        self.answers: list[dict[str, Any]] = []
        self.users: dict[str, dict[str, Any]] = {}
        self.documents: dict[int, dict[str, Any]] = {}
        self.templates: dict[int, dict[str, Any]] = {}
        self.op_templates: dict[int, dict[str, Any]] = {}
        self.inbound_numbers = {"79990000001": False, "79990000002": False}
        self.sender_codes: dict[str, str] = {}
        self.short_links: dict[str, dict[str, Any]] = {}
        self._seen: dict[str, deque[float]] = {}
        self.sends_received = 0
        """Every send request that reached the stub, accepted or not: the duplicate-send oracle."""
        self._properties: dict[str, dict[str, Any]] = {}

    def routes(self) -> list[Route]:
        scripts = {*COMMANDS, *PLAIN}
        routes = [Route(f"/sys/{s}.php", self.handle, methods=["POST"]) for s in sorted(scripts)]
        return [*routes, Route("/rest/send/", self.handle, methods=["POST"])]

    def describe(self) -> str:
        return f"login {self.login!r}, password {self.password!r}, apikey {self.apikey!r}"

    def credentials(self) -> dict[str, str]:
        return {"login": self.login, "psw": self.password, "apikey": self.apikey}

    def neutral_settings(self, callback_url: str) -> dict[str, Any]:
        self.callbacks.url = callback_url  # SMSC's is set in the account settings, once
        sender = next(name for name, s in self.senders.items() if s["activated"])
        return {
            "login": self.login,
            "password": self.password,
            "sender": sender,
            "callback_secret": self.callback_secret,
        }

    # State over time.
    def advance(self) -> None:
        now = self.clock.now()
        moving = []
        for message in self._moving:
            if self.messages.get((message.id, message.phone)) is not message:
                continue  # deleted
            if message.status == WAITING and now >= message.send_at + TRANSFERRED_AFTER:
                self._move(message, TRANSFERRED, message.send_at + TRANSFERRED_AFTER)
            if message.status == TRANSFERRED and now >= message.send_at + DELIVERED_AFTER:
                self._move(message, message.fate, message.send_at + DELIVERED_AFTER)
            if message.status in (WAITING, TRANSFERRED):
                moving.append(message)
        self._moving = moving
        for sender in self.senders.values():
            if now >= sender["created"] + self.approve_after:
                sender["activated"] = True
        for job in self.jobs.values():
            if job["status"] == WAITING and now >= job["start"]:
                job["status"] = DELIVERED

    def _move(self, message: Message, status: int, when: float) -> None:
        message.status, message.changed_at = status, when
        fields = {
            "id": message.id,
            "phone": message.phone,
            "status": str(status),
            "err": str(self._error_of(message)),
            "ts": str(int(when)),
            "time": smsc_date(when),
            "cnt": str(message.parts),
            "type": str(message.type),
        }
        if self.callback_secret:
            fields["hash"] = callback_hash(fields, self.callback_secret)
        self.callbacks.queue(fields)

    @staticmethod
    def _error_of(message: Message) -> int:
        return 1 if message.status == UNDELIVERABLE else 0

    def _next_id(self) -> int:
        return next(self._ids)

    def _add_sender(self, name: str, comment: str, *, activated: bool) -> int:
        sender_id = self._next_id()
        self.senders[name] = {
            "id": sender_id,
            "cmt": comment,
            "created": self.clock.now(),
            "activated": activated,
        }
        return sender_id

    # The request pipeline.
    async def handle(self, request: Request) -> Response:
        script = request.url.path.rsplit("/", 1)[-1].removesuffix(".php") or "rest"
        raw = await request.body()
        params = self._params(request.url.query, raw, script)
        fmt = int(params["fmt"]) if params.get("fmt") in ("0", "1", "2", "3") else 0
        charset = params["charset"] if params.get("charset") in CHARSETS else "windows-1251"
        try:
            if not self._authorized(params):
                raise Refusal(2)
            operation = self._operation(script, params)
            if operation in ("send", "sendList", "sendJson", "jobsAdd"):
                self.sends_received += 1
            self._rate_limit(operation, script, params)
            self.advance()
            reply = self._dispatch(operation, script, params)
        except Refusal as refusal:
            return self._render_error(refusal, fmt, charset)
        return self._render(reply, fmt, charset)

    def _params(self, query: str, raw: bytes, script: str) -> dict[str, str]:
        """Query and body parameters, decoded in the charset they name (SMSC's default
        windows-1251 otherwise); body values win."""
        if script == "rest":
            try:
                body = json.loads(raw)
            except ValueError:
                body = None
            pairs = list(parse_qsl(query, keep_blank_values=True))
            if isinstance(body, dict):
                pairs += [(str(k), _json_text(v)) for k, v in body.items() if v is not None]
            return dict(pairs)
        text = query.encode("latin-1", "replace") + b"&" + raw
        probe = dict(parse_qsl(text.decode("latin-1"), keep_blank_values=True))
        asked = probe.get("charset", "")
        charset = asked if asked in CHARSETS else "windows-1251"
        pairs = parse_qsl(text.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
        return {
            key.encode("latin-1").decode(charset, "replace"): value.encode("latin-1").decode(
                charset, "replace"
            )
            for key, value in pairs
        }

    def _authorized(self, params: Mapping[str, str]) -> bool:
        def same(given: str | None, expected: str) -> bool:
            return given is not None and hmac.compare_digest(given.encode(), expected.encode())

        psw = params.get("psw")
        md5 = hashlib.md5(self.password.encode()).hexdigest()
        return (
            same(params.get("apikey"), self.apikey)
            or (
                same(params.get("login"), self.login)
                and (same(psw, self.password) or same(psw, md5))
            )
            or (not params.get("login") and same(psw, self.apikey))
        )

    def _operation(self, script: str, params: Mapping[str, str]) -> str:
        if script == "rest":
            return "sendJson"
        if script == "send":
            return (
                "getPrice"
                if params.get("cost") == "1"
                else "sendList"
                if "list" in params
                else "send"
            )
        if script == "status" and params.get("del") == "1":
            return "deleteMessage"
        if script in PLAIN:
            return PLAIN[script]
        for flag, operation in COMMANDS[script]:
            if (
                params.get(flag) in ("1", "2", "3")
                if flag == "move_group"
                else params.get(flag) == "1"
            ):
                return operation
        raise Refusal(1)

    def _rate_limit(self, operation: str, script: str, params: Mapping[str, str]) -> None:
        """Error 9 for an identical request beyond the operation's allowance in the window."""
        if self.rate_window <= 0:
            return
        allowed = ALLOWANCE.get(operation, ALLOWANCE_BY_SCRIPT.get(script, 3))
        key = json.dumps([script, sorted(params.items())])
        now = self.clock.now()
        seen = self._seen.setdefault(key, deque())
        while seen and seen[0] <= now - self.rate_window:
            seen.popleft()
        if len(seen) >= allowed:
            raise Refusal(9)
        seen.append(now)

    def _checked(self, operation: str, params: Mapping[str, str]) -> dict[str, Any]:
        """The parameters as the spec types them; a problem is error 1 (7 for send numbers)."""
        properties = self._body_properties(operation)
        values = {
            k: coerce(v, properties.get(k, {})) for k, v in params.items() if k not in AUTH_FIELDS
        }
        content_type = (
            "application/json" if operation == "sendJson" else "application/x-www-form-urlencoded"
        )
        problems = self.validator.body(operation, values, content_type)
        if "phones" in problems and "phones" in params and operation in ("send", "sendJson"):
            raise Refusal(7, self._message_id(params))
        if list(problems) == ["time"]:
            raise Refusal(5)
        if problems:
            raise Refusal(1)
        return values

    def _body_properties(self, operation: str) -> dict[str, Any]:
        """Each body property's schema, `$ref`s followed, for coercing form strings."""
        if operation not in self._properties:
            pointer = self.validator._operations[operation]
            _, body = self.validator._follow(f"{pointer}/requestBody")
            media = next(iter(body["content"].values()))
            merged: dict[str, Any] = {}
            for part in media["schema"].get("allOf", [media["schema"]]):
                merged.update(self._resolve(part).get("properties", {}))
            self._properties[operation] = {k: self._resolve(v) for k, v in merged.items()}
        return self._properties[operation]

    def _resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            schema = self.validator._lookup(schema["$ref"].removeprefix("#"))
        return schema

    def _dispatch(self, operation: str, script: str, params: Mapping[str, str]) -> Reply:
        values = self._checked(operation, params)
        if script in ("phones", "mails"):
            command = operation.removeprefix(script)
            return self._book_command(self.books[script], command, values)
        handler: Callable[[dict[str, Any]], Reply] = getattr(self, f"_op_{operation}")
        return handler(values)

    # Rendering in the format and charset asked for.
    def _response(self, text: str, fmt: int, charset: str, media: str) -> Response:
        if self.wire == "live":
            media = "application/json"
        body = text.encode(charset, "replace")
        return Response(body, headers={"content-type": f"{media}; charset={charset}"})

    def _render_error(self, refusal: Refusal, fmt: int, charset: str) -> Response:
        text, code, message_id = (
            ERROR_TEXT.get(refusal.code, "error"),
            refusal.code,
            refusal.message_id,
        )
        if fmt == 3:
            data: dict[str, Any] = {"error": text, "error_code": code}
            if message_id is not None:
                data["id"] = message_id
            return self._response(json.dumps(data), fmt, charset, "application/json")
        if fmt == 2:
            tail = f"<id>{escape(str(message_id))}</id>" if message_id is not None else ""
            error = f"<error>{escape(text)}</error><error_code>{code}</error_code>"
            xml = f"<result>{error}{tail}</result>"
            return self._response(_xml_document(xml, charset), fmt, charset, "application/xml")
        if fmt == 1:
            return self._response(f"{message_id or 0},-{code}", fmt, charset, "text/plain")
        suffix = f", ID - {message_id}" if message_id is not None else ""
        return self._response(f"ERROR = {code} ({text}){suffix}", fmt, charset, "text/plain")

    def _render(self, reply: Reply, fmt: int, charset: str) -> Response:
        if reply.data is None:
            xml = _xml_document("<result>OK</result>", charset)
            return self._response(
                xml if fmt == 2 else "OK",
                fmt,
                charset,
                "application/xml" if fmt == 2 else "text/plain",
            )
        rows = reply.data if isinstance(reply.data, list) else [reply.data]
        if fmt == 3:
            return self._response(json.dumps(reply.data), fmt, charset, "application/json")
        if fmt == 2:
            if isinstance(reply.data, list):
                items = "".join(
                    f"<{reply.xml_item}>{_xml_fields(r)}</{reply.xml_item}>" for r in rows
                )
                xml = f"<{reply.xml_root}>{items}</{reply.xml_root}>"
            elif reply.xml_root == "balance":
                xml = f"<balance>{escape(str(reply.data['balance']))}</balance>"
            else:
                xml = f"<{reply.xml_root}>{_xml_fields(reply.data)}</{reply.xml_root}>"
            return self._response(_xml_document(xml, charset), fmt, charset, "application/xml")
        if fmt == 1:
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            for row in rows:
                fields = reply.fields or tuple(row)
                values = [_text(row.get(f)) for f in fields]
                while values and values[-1] == "" and reply.line is not None:
                    values.pop()  # optional trailing fields (cost, balance) are left out
                writer.writerow(values)
            return self._response(out.getvalue().rstrip("\n"), fmt, charset, "text/plain")
        if reply.line is not None:
            text = "\n".join(reply.line(row) for row in rows)
        else:
            names = reply.text_fields or reply.fields
            text = "\n".join(
                ", ".join(
                    f"{reply.labels.get(f, f)} = {_text(row.get(f))}"
                    for f in (names or tuple(row))
                    if f in row
                )
                for row in rows
            )
        return self._response(text, fmt, charset, "text/plain")

    # send.php
    def _message_id(self, params: Mapping[str, str]) -> str:
        given = params.get("id")
        return given if given else str(self._next_id())

    def _send_time(self, values: Mapping[str, Any]) -> float:
        """When a send should go out, from `time` in any documented form (Moscow time, shifted
        by `tz` hours); a form that does not read is error 5."""
        text = str(values.get("time") or "")
        now = self.clock.now()
        shift = 3600 * int(values.get("tz") or 0)
        if not text:
            return now
        if text.startswith("+") and text[1:].isdigit():
            return now + 60 * int(text[1:])
        if text.startswith("0") and text.isdigit() and len(text) > 10:
            return float(int(text[1:]))
        window = re.fullmatch(r"([0-9]{1,2})-([0-9]{1,2})", text)
        if window:
            first, last = int(window[1]), int(window[2])
            local = datetime.fromtimestamp(now + shift, MOSCOW)
            if first <= local.hour < last or first > 23 or last > 24:
                return now
            start = local.replace(hour=first, minute=0, second=0, microsecond=0)
            return start.timestamp() - shift + (86400 if first <= local.hour else 0)
        for pattern in ("%d%m%y%H%M", "%d.%m.%y %H:%M"):
            try:
                when = datetime.strptime(text, pattern).replace(tzinfo=MOSCOW)
            except ValueError:
                continue
            return when.timestamp() - shift
        raise Refusal(5)

    def _recipients(self, phones: str, message_id: str) -> list[str]:
        numbers: list[str] = []
        for item in filter(None, re.split(r"[,;]", phones)):
            if item.startswith("G") and item[1:].isdigit():
                group = int(item[1:])
                book = self.books["phones"]
                if group not in book.groups:
                    raise Refusal(7, message_id)
                for contact in book.contacts.values():
                    if str(group) in contact["group"].split(","):
                        numbers.extend(contact["phone"].split(","))
            elif PHONE.fullmatch(item) or MAIL.fullmatch(item):
                numbers.append(item.removeprefix("+"))
            else:
                raise Refusal(7, message_id)
        if not numbers:
            raise Refusal(7, message_id)
        return list(dict.fromkeys(numbers))

    def _deliver(
        self, values: Mapping[str, Any], pairs: list[tuple[str, str]], message_id: str
    ) -> dict[str, Any]:
        sender = values.get("sender", "SMSC")
        if sender not in ("", ".") and not self.senders.get(sender, {}).get("activated"):
            raise Refusal(6, message_id)
        send_at = self._send_time(values)
        parts = {text: count_segments(text).parts for _, text in pairs}
        cost = sum((PART_PRICE * parts[text] for _, text in pairs), Decimal(0))
        if cost > self.balance:
            raise Refusal(3, message_id)
        self.balance -= cost
        if values.get("tinyurl") == 1:
            for _, text in pairs:
                for link in re.findall(r"https?://\S+", text):
                    short = self.short_links.setdefault(
                        link, {"id": f"{len(self.short_links) + 1:x}", "link": link}
                    )
                    short.setdefault("clicks", 0)
        now = self.clock.now()
        for phone, text in pairs:
            fate = UNDELIVERABLE if phone.endswith("000") else DELIVERED
            status = WAITING if send_at > now else TRANSFERRED
            message = Message(
                self._next_id(),
                message_id,
                phone,
                text,
                str(sender),
                parts[text],
                PART_PRICE * parts[text],
                now,
                send_at,
                now,
                status,
                fate,
                type=7 if values.get("call") == 1 else 0,
            )
            if status == TRANSFERRED:
                message.send_at = now
            self.messages[(message_id, phone)] = message
            self._moving.append(message)
        reply: dict[str, Any] = {
            "id": int(message_id) if message_id.isdigit() else message_id,
            "cnt": sum(parts[text] for _, text in pairs),
        }
        if values.get("cost") in (2, 3):
            reply["cost"] = money(cost)
        if values.get("cost") == 3:
            reply["balance"] = money(self.balance)
        if values.get("call") == 1 and values.get("mes") == "code":
            reply["code"] = f"{random.randrange(1000, 10000)}"
        return reply

    def _send_reply(self, data: dict[str, Any]) -> Reply:
        def line(row: dict[str, Any]) -> str:
            text = f"OK - {row['cnt']} SMS, ID - {row['id']}"
            for key in ("cost", "balance", "code"):
                if key in row:
                    text += f", {key.upper()} - {row[key]}"
            return text

        return Reply(data, ("id", "cnt", "cost", "balance"), line=line)

    def _op_send(self, values: dict[str, Any]) -> Reply:
        message_id = self._message_id(values)
        numbers = self._recipients(str(values["phones"]), message_id)
        text = values.get("mes")
        if not text and not (values.get("hlr") or values.get("ping")):
            raise Refusal(1)
        return self._send_reply(
            self._deliver(values, [(n, str(text or "")) for n in numbers], message_id)
        )

    _op_sendJson = _op_send

    def _op_sendList(self, values: dict[str, Any]) -> Reply:
        message_id = self._message_id(values)
        pairs: list[tuple[str, str]] = []
        for row in str(values["list"]).splitlines():
            phones, sep, text = row.partition(":")
            if not sep or not text:
                raise Refusal(1)
            pairs += [(n, text.replace("\\n", "\n")) for n in self._recipients(phones, message_id)]
        if not pairs:
            raise Refusal(1)
        return self._send_reply(self._deliver(values, pairs, message_id))

    def _op_getPrice(self, values: dict[str, Any]) -> Reply:
        numbers = self._recipients(str(values["phones"]), "0")
        parts = count_segments(str(values.get("mes", ""))).parts * len(numbers)
        data = {"cost": money(PART_PRICE * parts), "cnt": parts}
        return Reply(data, ("cost", "cnt"), line=lambda r: f"{r['cost']} ({r['cnt']} SMS)")

    # status.php
    def _status_record(self, message: Message | None, detail: int) -> dict[str, Any]:
        if message is None:
            return {"status": NOT_FOUND, "last_timestamp": 0, "flag": 0, "err": 0}
        record: dict[str, Any] = {
            "status": message.status,
            "last_date": smsc_date(message.changed_at),
            "last_timestamp": int(message.changed_at),
            "flag": message.type,
            "err": self._error_of(message),
        }
        if detail >= 1:
            record.update(
                send_date=smsc_date(message.sent_at),
                send_timestamp=int(message.sent_at),
                phone=message.phone,
                cost=money(message.cost),
                sender_id=message.sender,
                status_name=STATUS_NAMES.get(message.status, ""),
                message=message.text,
                comment="",
                type=message.type,
                sms_cnt=message.parts,
            )
        if detail >= 2:
            country, operator, region, mcc, mnc = OPERATORS.get(
                message.phone[:2], ("", "", "", "", "")
            )
            record.update(
                country=country,
                operator=operator,
                operator_orig=operator,
                region=region,
                mccmnc=mcc + mnc,
            )
        return record

    def _op_getStatus(self, values: dict[str, Any]) -> Reply:
        ids, phones = str(values["id"]).split(","), str(values["phone"]).split(",")
        detail = int(values.get("all", 0))
        many = len(ids) > 1
        if many:
            ids, phones = [i for i in ids if i], [p for p in phones if p]
        if len(ids) != len(phones):
            raise Refusal(1)
        found = [
            self.messages.get((i, p.removeprefix("+"))) for i, p in zip(ids, phones, strict=True)
        ]
        # all=1 adds the message's details (all=2 its country, operator and region too):
        # at fmt=0 after `err`, with the send date; at fmt=1 after the error, with its time.
        details: tuple[str, ...] = ("phone", "cost", "sender_id", "status_name", "message")
        details += ("comment", "type", *(("country", "operator", "region") if detail >= 2 else ()))
        text_tail = ("send_date", *details) if detail >= 1 else ()
        tail = ("send_timestamp", *details) if detail >= 1 else ()
        labels = {"status": "Status", "last_date": "check_time"}
        if not many:
            if found[0] is None:
                raise Refusal(3)
            return Reply(
                self._status_record(found[0], detail),
                ("status", "last_timestamp", "err", *tail),
                labels=labels,
                text_fields=("status", "last_date", "err", *text_tail),
                xml_root="sms",
            )
        rows = [
            {**self._status_record(m, detail), "id": i, "phone": p}
            for m, i, p in zip(found, ids, phones, strict=True)
        ]
        return Reply(
            rows,
            ("status", "last_timestamp", "err", "id", "phone", *tail),
            labels=labels,
            text_fields=("status", "last_date", "err", "id", "phone", *text_tail),
            xml_item="sms",
        )

    def _op_deleteMessage(self, values: dict[str, Any]) -> Reply:
        key = (str(values["id"]), str(values["phone"]).removeprefix("+"))
        if self.messages.pop(key, None) is None:
            raise Refusal(5)
        return OK_REPLY

    def _op_getBalance(self, values: dict[str, Any]) -> Reply:
        data = {"balance": money(self.balance)}
        if values.get("cur") == 1:
            data["currency"] = self.currency
            return Reply(
                data, ("balance", "currency"), line=lambda r: f"{r['balance']},{r['currency']}"
            )
        return Reply(data, ("balance",), line=lambda r: r["balance"], xml_root="balance")

    # phones.php and mails.php
    def _book_command(self, book: Book, command: str, values: dict[str, Any]) -> Reply:
        address = book.address

        def contact_of(value: Any) -> dict[str, str]:
            for contact in book.contacts.values():
                if str(value) in contact[address].split(","):
                    return contact
            raise Refusal(3)

        def group_of(value: Any) -> dict[str, Any]:
            if not isinstance(value, int) or value not in book.groups:
                raise Refusal(3) if isinstance(value, int) else Refusal(1)
            return book.groups[value]

        person = {
            "name": "name",
            "grp": "group",
            "fnm": "first_name",
            "lnm": "last_name",
            "mnm": "middle_name",
            "bd": "birthday",
            "myid": "id",
            "cmt": "comments",
            "tags": "tags",
            "pho": "phone_other",
        }
        if command == "Add":
            int_id = self._next_id()
            addresses = ",".join(filter(None, re.split(r"[\s,;]+", str(values[address]))))
            contact = {
                "int_id": str(int_id),
                address: addresses,
                **{v: "" for v in person.values()},
            }
            contact.update({person[k]: str(values[k]) for k in person if k in values})
            book.contacts[int_id] = contact
            return created(int_id)
        if command == "Chg":
            contact = contact_of(values[address])
            contact.update({person[k]: str(values[k]) for k in person if k in values})
            new = values.get(f"new_{address}")
            if new:
                contact[address] = ",".join(filter(None, re.split(r"[\s,;]+", str(new))))
            return OK_REPLY
        if command == "Del":
            del book.contacts[int(contact_of(values[address])["int_id"])]
            return OK_REPLY
        if command == "Get":
            rows = sorted(book.contacts.values(), key=lambda c: int(c["int_id"]))
            after = values.get("after_id")
            if after is not None:
                rows = [c for c in rows if int(c["int_id"]) > after]
            if "grp" in values:
                wanted = set(str(values["grp"]).split(","))
                rows = [c for c in rows if wanted & set(c["group"].split(","))]
            for key, columns in (
                ("fio", ("first_name", "last_name", "middle_name", "name")),
                ("search", ("name", address)),
            ):
                if key in values:
                    needle = str(values[key]).lower()
                    rows = [c for c in rows if any(needle in c[col].lower() for col in columns)]
            fields = tuple(f.format(address=address) for f in CONTACT_FIELDS)
            return Reply(rows[: values.get("cnt", 1000)], fields, xml_item="contact")
        if command == "AddGroup":
            name, number = str(values["name"]), values.get("num")
            if not name.strip() or (
                number is not None and any(g.get("number") == number for g in book.groups.values())
            ):
                raise Refusal(5)
            group_id = self._next_id()
            book.groups[group_id] = {
                "id": group_id,
                "name": name,
                **({"number": number} if number else {}),
            }
            return created(group_id)
        if command == "ChgGroup":
            group = group_of(values["grp"])
            if not str(values["name"]).strip():
                raise Refusal(1)
            group["name"] = str(values["name"])
            return OK_REPLY
        if command == "DelGroup":
            group_of(values["grp"])
            del book.groups[values["grp"]]
            return OK_REPLY
        if command == "GetGroup":
            return Reply(list(book.groups.values()), ("id", "name", "number"), xml_item="group")
        if command == "MoveGroup":
            group_of(values["grp"])
            contact = contact_of(values[address])
            groups = [g for g in contact["group"].split(",") if g]
            mode, grp = values["move_group"], str(values["grp"])
            groups = (
                [grp]
                if mode == 1
                else [*groups, grp]
                if mode == 2
                else [g for g in groups if g != grp]
            )
            contact["group"] = ",".join(dict.fromkeys(groups))
            return OK_REPLY
        if command == "AddBlack":
            entry_id = self._next_id()
            book.black[entry_id] = {
                "id": entry_id,
                address: str(values[address]),
                "type": values.get("type", 0),
                "cmt": str(values.get("cmt", "")),
            }
            return created(entry_id)
        if command == "GetBlack":
            entries = sorted(book.black.values(), key=lambda e: -e["id"])
            before = values.get("prev_id")
            if before is not None:
                entries = [e for e in entries if e["id"] < before]
            return Reply(
                entries[: values.get("cnt", 1000)], ("id", address, "type", "cmt"), xml_item="black"
            )
        # DelBlack
        for entry_id, entry in list(book.black.items()):
            if entry[address] == str(values[address]):
                del book.black[entry_id]
                return OK_REPLY
        raise Refusal(3)

    # senders.php
    def _sender_rows(self, everything: bool) -> Reply:
        rows = [
            {"sender": name} for name, s in self.senders.items() if everything or s["activated"]
        ]
        return Reply(rows, ("sender",), xml_item="sender")

    def _op_sendersGet(self, values: dict[str, Any]) -> Reply:
        return self._sender_rows(values.get("all") == 1)

    def _op_getSenders(self, values: dict[str, Any]) -> Reply:
        return self._sender_rows(False)

    def _op_sendersAdd(self, values: dict[str, Any]) -> Reply:
        name = str(values["sender"])
        if name in self.senders:
            raise Refusal(5)
        sender_id = self._add_sender(name, str(values["cmt"]), activated=False)
        return created(sender_id, "sender")

    def _sender_named(self, values: Mapping[str, Any]) -> str:
        for name, sender in self.senders.items():
            if name == values.get("sender") or sender["id"] == values.get("id"):
                return name
        raise Refusal(3)

    def _op_sendersChg(self, values: dict[str, Any]) -> Reply:
        name = self._sender_named(values)
        if "cmt" in values:
            self.senders[name]["cmt"] = str(values["cmt"])
        return OK_REPLY

    def _op_sendersDel(self, values: dict[str, Any]) -> Reply:
        del self.senders[self._sender_named(values)]
        return OK_REPLY

    def _op_sendersSendCode(self, values: dict[str, Any]) -> Reply:
        self.sender_codes[str(values["sender"])] = f"{random.randrange(100000, 1000000)}"
        return OK_REPLY

    def _op_sendersCheckCode(self, values: dict[str, Any]) -> Reply:
        if self.sender_codes.get(str(values["sender"])) != str(values["code"]):
            raise Refusal(3)
        self._add_sender(str(values["sender"]), "", activated=True)
        return OK_REPLY

    # get.php
    def _op_getMessages(self, values: dict[str, Any]) -> Reply:
        rows = sorted(self.messages.values(), key=lambda m: -m.int_id)
        before = values.get("prev_id")
        if before is not None:
            rows = [m for m in rows if m.int_id < before]
        if "phone" in values:
            wanted = {p.removeprefix("+") for p in str(values["phone"]).split(",")}
            rows = [m for m in rows if m.phone in wanted]
        data = [
            {
                "int_id": m.int_id,
                "id": int(m.id) if m.id.isdigit() else m.id,
                "phone": m.phone,
                "status": m.status,
                "err": self._error_of(m),
                "last_date": smsc_date(m.changed_at),
                "last_timestamp": int(m.changed_at),
                "send_date": smsc_date(m.sent_at),
                "send_timestamp": int(m.sent_at),
                "cost": money(m.cost),
                "sender_id": m.sender,
                "status_name": STATUS_NAMES.get(m.status, ""),
                "sms_cnt": m.parts,
                "type": m.type,
                "message": m.text,
            }
            for m in rows[: values.get("cnt", 1000)]
        ]
        return Reply(data, HISTORY_FIELDS, xml_item="sms")

    def _op_getAnswers(self, values: dict[str, Any]) -> Reply:
        after = values.get("after_id", 0)
        rows = [a for a in self.answers if a["id"] > after]
        if "to_phone" in values:
            rows = [a for a in rows if a["to_phone"] == str(values["to_phone"])]
        fields = ("id", "phone", "to_phone", "sent", "message")
        return Reply(rows[: values.get("cnt", 1000)], fields, xml_item="answer")

    def _stat_rows(self) -> list[dict[str, Any]]:
        spent = sum((m.cost for m in self.messages.values()), Decimal(0))
        return [
            {
                "login": self.login,
                "cnt": len(self.messages),
                "debit": money(spent),
                "credit": "0.00",
                "currency": self.currency,
            }
        ]

    def _op_getStat(self, values: dict[str, Any]) -> Reply:
        return Reply(
            self._stat_rows(), ("login", "cnt", "debit", "credit", "currency"), xml_item="stat"
        )

    def _op_getPriceList(self, values: dict[str, Any]) -> Reply:
        return Reply(TARIFFS, ("zone", "name", "api", "mass"), xml_item="tariff")

    def _op_infoGetOperator(self, values: dict[str, Any]) -> Reply:
        phone = str(values["phone"]).removeprefix("+")
        known = OPERATORS.get(phone[:2])
        if known is None:
            raise Refusal(3)
        keys = ("phone", "country", "operator", "region", "mcc", "mnc")
        return Reply(dict(zip(keys, (phone, *known), strict=True)), keys)

    # jobs.php
    def _op_jobsAdd(self, values: dict[str, Any]) -> Reply:
        job_id = self._next_id()
        numbers = (
            self._recipients(str(values.get("phones", "")), str(job_id))
            if "phones" in values
            else []
        )
        start = self._send_time(values)
        self.jobs[job_id] = {
            "id": job_id,
            "name": str(values["name"]),
            "status": WAITING,
            "start": start,
            "cnt": len(numbers),
        }
        data: dict[str, Any] = {"id": job_id}
        if values.get("cost") == 1:
            data["cost"] = money(
                PART_PRICE * count_segments(str(values.get("mes", ""))).parts * len(numbers)
            )

        def line(row: dict[str, Any]) -> str:
            return f"OK, ID - {row['id']}" + (f", COST - {row['cost']}" if "cost" in row else "")

        return Reply(data, ("id", "cost"), line=line)

    def _job_of(self, values: Mapping[str, Any]) -> dict[str, Any]:
        job = self.jobs.get(values["id"])
        if job is None:
            raise Refusal(3)
        return job

    def _op_jobsDel(self, values: dict[str, Any]) -> Reply:
        del self.jobs[self._job_of(values)["id"]]
        return OK_REPLY

    def _op_jobsCancel(self, values: dict[str, Any]) -> Reply:
        job = self._job_of(values)
        if job["status"] != WAITING:
            raise Refusal(3)
        job["status"] = 2
        return OK_REPLY

    def _job_rows(self, jobs: Iterable[dict[str, Any]]) -> Reply:
        rows = [
            {
                "id": j["id"],
                "name": j["name"],
                "status": j["status"],
                "start_date": smsc_date(j["start"]),
                "cnt": j["cnt"],
            }
            for j in jobs
        ]
        return Reply(rows, ("id", "name", "status", "start_date", "cnt"), xml_item="job")

    def _op_jobsGet(self, values: dict[str, Any]) -> Reply:
        return self._job_rows([self._job_of(values)])

    def _op_jobsGetAll(self, values: dict[str, Any]) -> Reply:
        return self._job_rows(self.jobs.values())

    # users.php and documents.php
    def _op_usersAdd(self, values: dict[str, Any]) -> Reply:
        user = str(values["user"])
        if user in self.users:
            raise Refusal(5)
        self.users[user] = {"user": user, "balance": Decimal(0)}
        return OK_REPLY

    def _user_of(self, values: Mapping[str, Any]) -> dict[str, Any]:
        user = self.users.get(str(values.get("user")))
        if user is None:
            raise Refusal(3)
        return user

    def _op_usersChg(self, values: dict[str, Any]) -> Reply:
        user = self._user_of(values)
        if values.get("new_login"):
            self.users[str(values["new_login"])] = self.users.pop(user["user"])
            user["user"] = str(values["new_login"])
        return OK_REPLY

    def _op_usersPay(self, values: dict[str, Any]) -> Reply:
        user = self._user_of(values)
        amount = Decimal(str(values["sum"]))
        if amount > self.balance:
            raise Refusal(3)
        self.balance -= amount
        user["balance"] += amount
        return OK_REPLY

    def _op_usersGetStat(self, values: dict[str, Any]) -> Reply:
        return self._op_getStat(values)

    def _op_usersGetStatAll(self, values: dict[str, Any]) -> Reply:
        rows = [{"login": u["user"], "balance": money(u["balance"])} for u in self.users.values()]
        return Reply(rows, ("login", "balance"), xml_item="user")

    def _op_documentsAddAccount(self, values: dict[str, Any]) -> Reply:
        doc_id = self._next_id()
        self.documents[doc_id] = {
            "id": doc_id,
            "sum": money(Decimal(str(values["sum"]))),
            "date": smsc_date(self.clock.now()),
        }
        return created(doc_id)

    def _document(self, values: Mapping[str, Any]) -> Reply:
        doc = self.documents.get(values["id"])
        if doc is None:
            raise Refusal(3)
        return Reply(doc, tuple(doc))

    _op_documentsGetAccount = _document
    _op_documentsGetAct = _document

    # templates.php, op_templates.php and the smaller scripts
    def _op_templatesAdd(self, values: dict[str, Any]) -> Reply:
        return self._store(self.templates, values, ("name", "msg", "format", "sender"))

    def _op_opTemplatesAdd(self, values: dict[str, Any]) -> Reply:
        return self._store(self.op_templates, values, ("sender", "msg"))

    def _store(
        self, table: dict[int, dict[str, Any]], values: Mapping[str, Any], keys: tuple[str, ...]
    ) -> Reply:
        record_id = self._next_id()
        table[record_id] = {"id": record_id, **{k: str(values.get(k, "")) for k in keys}}
        return created(record_id)

    def _op_templatesChg(self, values: dict[str, Any]) -> Reply:
        template = self.templates.get(values["id"])
        if template is None:
            raise Refusal(3)
        template.update(
            {k: str(values[k]) for k in ("name", "msg", "format", "sender") if k in values}
        )
        return OK_REPLY

    def _op_templatesDel(self, values: dict[str, Any]) -> Reply:
        if self.templates.pop(values["id"], None) is None:
            raise Refusal(3)
        return OK_REPLY

    def _op_templatesGet(self, values: dict[str, Any]) -> Reply:
        return Reply(
            list(self.templates.values()),
            ("id", "name", "msg", "format", "sender"),
            xml_item="template",
        )

    def _op_opTemplatesGet(self, values: dict[str, Any]) -> Reply:
        return Reply(list(self.op_templates.values()), ("id", "sender", "msg"), xml_item="template")

    def _op_ping(self, values: dict[str, Any]) -> Reply:
        return OK_REPLY

    def _op_tinyurlsGet(self, values: dict[str, Any]) -> Reply:
        if not values.get("link") and not values.get("id"):
            raise Refusal(1)
        for short in self.short_links.values():
            if short["id"] == values.get("id") or short["link"] == values.get("link"):
                return Reply(short, tuple(short))
        raise Refusal(3)

    def _op_receivePhonesGet(self, values: dict[str, Any]) -> Reply:
        rows = [{"phone": p, "rented": int(r)} for p, r in self.inbound_numbers.items()]
        return Reply(rows, ("phone", "rented"), xml_item="phone")

    def _op_receivePhonesBuy(self, values: dict[str, Any]) -> Reply:
        phone = str(values["phone"]).removeprefix("+")
        if self.inbound_numbers.get(phone) is not False:
            raise Refusal(3)
        self.inbound_numbers[phone] = True
        return OK_REPLY

    def _op_receivePhonesChg(self, values: dict[str, Any]) -> Reply:
        if not self.inbound_numbers.get(str(values["phone"]).removeprefix("+")):
            raise Refusal(3)
        return OK_REPLY

    def inbound(self, phone: str, text: str, to_phone: str = "79990000001") -> int:
        """An SMS that a subscriber sent to one of your numbers, for get_answers."""
        answer_id = self._next_id()
        sent = smsc_date(self.clock.now())
        self.answers.append(
            {"id": answer_id, "phone": phone, "to_phone": to_phone, "sent": sent, "message": text}
        )
        return answer_id

    def _op_waitCall(self, values: dict[str, Any]) -> Reply:
        data = {"phone": "79990000001", "all_phones": "79990000001", "wait": 300}
        return Reply(data, ("phone", "all_phones", "wait"))

    # State for tests (smsgate.testing).
    def sent_messages(self) -> list[ReceivedMessage]:
        return [
            ReceivedMessage(
                f"{m.id}:{m.phone}",
                f"+{m.phone}" if m.phone.isdigit() else m.phone,
                m.text,
                m.parts,
                m.sender,
                str(m.status),
            )
            for m in self.messages.values()
        ]


def _json_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _xml_fields(row: Mapping[str, Any]) -> str:
    return "".join(f"<{k}>{escape(_text(v))}</{k}>" for k, v in row.items())


def _xml_document(body: str, charset: str) -> str:
    return f'<?xml version="1.0" encoding="{charset}"?>\n{body}'
