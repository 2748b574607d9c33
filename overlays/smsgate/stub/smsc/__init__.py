"""A stateful SMSC that answers as SMSC does, for tests, the demo and local development.

State: a money balance that every part of every send spends; messages whose statuses move on
the clock from waiting (-1, when scheduled) to transferred (0) to delivered (1), or to
undeliverable (20) for numbers ending in 000, with a status callback to `callbacks.url` on
every change; phone and e-mail contacts, groups and black lists; sender names (new ones are
activated after `approve_after` seconds); mailings; inbound messages, templates, sub-clients,
invoices and inbound numbers.

Requests are read as SMSC reads them (the `x-smsgate-request-forms` extension of
specs/smsc.yaml): GET with the arguments in the query, or POST with them in the query, a form
body or a multipart body, a body argument winning; `/rest/send/` takes a JSON body. Text is
read in the charset that the `charset` argument names (windows-1251 when it names none), bytes
outside it as U+FFFD; `fl[N]=1` names read as PHP arrays. Another method is HTTP 405 and a
path that is no script HTTP 404, in plain text (SMSC's answers to them are unconfirmed).
Requests are then checked against the spec.

Replies follow SMSC: every script answers in the `fmt` (0 text, 1 comma-separated, unquoted,
2 XML, 3 JSON) and `charset` (windows-1251 by default) asked for, errors come with HTTP 200,
change and delete commands answer a bare `OK`, and an identical request repeated within
`rate_window` seconds beyond the script's allowance is error 9.

`wire="spec"` (the default) labels each reply with the media type the spec documents for its
format (`text/plain` for fmt 0 and 1, `application/xml` for 2, `application/json` for 3).
`wire="live"` labels every reply `application/json; charset=<charset>`, whatever the format,
as live SMSC does (recorded from smsc.ru); bodies are the same in both.

The package by layer: `_model` (SMSC's scripts, codes and the shapes of state and replies),
`_operations` (what each command does), `_render` (the formats), and here the pipeline.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ...smsc import callback_hash
from .._core import Callbacks, Clock, ReceivedMessage, StubServer
from .._decode import FORM, JSON, MULTIPART, Decoded, RequestForms, Undecodable, decode
from ._model import (
    ALLOWANCE,
    ALLOWANCE_BY_SCRIPT,
    AUTH_FIELDS,
    CHARSETS,
    COMMANDS,
    DELIVERED,
    DELIVERED_AFTER,
    PLAIN,
    TRANSFERRED,
    TRANSFERRED_AFTER,
    WAITING,
    Book,
    Message,
    Refusal,
    Reply,
    smsc_date,
)
from ._operations import SmscOperations
from ._render import render, render_error

__all__ = ["SmscStub"]

SEND_OPERATIONS = ("send", "sendList", "sendJson", "jobsAdd")


class SmscStub(SmscOperations, StubServer):
    vendor = "smsc"
    auth_errors_in_body = True
    request_forms = RequestForms(
        bodies=frozenset({FORM, MULTIPART}),
        php_arrays=True,  # SMSC is PHP: users.php, jobs.php and templates.php take fl[N]=1
        charset="windows-1251",
        charsets=CHARSETS,
        charset_param="charset",
        undecodable_text="replace",
    )
    rest_forms = replace(request_forms, bodies=frozenset({JSON}))
    """`/rest/send/`: the same arguments as JSON keys (SMSC's API pages)."""

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
        """"spec" or "live": how replies are labelled (see the module's docstring)."""
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

    def routes(self) -> list[Route]:
        """Every script under every method the spec's extension names; another method is
        the core's 405 and a path that is no script its 404 (SMSC's answers to them are
        unconfirmed)."""
        methods = sorted(self.path_methods)
        scripts = sorted({*COMMANDS, *PLAIN})
        routes = [Route(f"/sys/{s}.php", self.handle, methods=methods) for s in scripts]
        return [*routes, Route("/rest/send/", self.handle, methods=methods)]

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

    # The request pipeline.
    async def handle(self, request: Request) -> Response:
        script = request.url.path.rsplit("/", 1)[-1].removesuffix(".php") or "rest"
        unreadable: Refusal | None = None
        try:
            params = await self._arguments(request, script)
        except Undecodable:  # a /rest/send/ body that is not JSON: a parameters error
            params, unreadable = dict(request.query_params), Refusal(1)
        fmt = int(params["fmt"]) if params.get("fmt") in ("0", "1", "2", "3") else 0
        charset = params["charset"] if params.get("charset") in CHARSETS else "windows-1251"
        try:
            if unreadable is not None:
                raise unreadable
            if not self._authorized(params):
                raise Refusal(2)
            operation = self._operation(script, params)
            if operation in SEND_OPERATIONS:
                self.sends_received += 1
            self._rate_limit(operation, script, params)
            self.advance()
            reply = self._dispatch(operation, script, params)
        except Refusal as refusal:
            return render_error(refusal, fmt, charset, self.wire)
        return render(reply, fmt, charset, self.wire)

    async def _arguments(self, request: Request, script: str) -> dict[str, Any]:
        """The request's arguments as SMSC reads them: the query, and for a POST its body
        too (the body winning); JSON values of `/rest/send/` as the text a form carries."""
        if script == "rest":
            decoded = await decode(request, self.rest_forms)
            arguments = _read(decoded, request.method)
            return {k: _json_text(v) for k, v in arguments.items() if v is not None}
        return _read(await self.decode(request), request.method)

    def _authorized(self, params: Mapping[str, Any]) -> bool:
        def same(given: Any, expected: str) -> bool:
            return isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())

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

    def _operation(self, script: str, params: Mapping[str, Any]) -> str:
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

    def _rate_limit(self, operation: str, script: str, params: Mapping[str, Any]) -> None:
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

    def _checked(self, operation: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """The parameters as the spec types them; a problem is error 1 (7 for send numbers)."""
        untyped = {k: v for k, v in params.items() if k not in AUTH_FIELDS}
        values = self.validator.coerce(operation, untyped)
        content_type = JSON if operation == "sendJson" else FORM
        problems = self.validator.body(operation, values, content_type)
        if "phones" in problems and "phones" in params and operation in ("send", "sendJson"):
            raise Refusal(7, self._message_id(values))
        if list(problems) == ["time"]:
            raise Refusal(5)
        if problems:
            raise Refusal(1)
        return values

    def _dispatch(self, operation: str, script: str, params: Mapping[str, Any]) -> Reply:
        values = self._checked(operation, params)
        if script in ("phones", "mails"):
            command = operation.removeprefix(script)
            return self._book_command(self.books[script], command, values)
        handler = getattr(self, f"_op_{operation}")
        reply: Reply = handler(values)
        return reply

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


def _read(decoded: Decoded, method: str) -> dict[str, Any]:
    """PHP's `$_REQUEST`: the query, and a body only for a POST."""
    return decoded.arguments if method == "POST" else dict(decoded.query)


def _json_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)
