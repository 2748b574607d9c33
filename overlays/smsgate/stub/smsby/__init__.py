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

Requests are read as SMS.by reads them (the spec's `x-smsgate-request-forms`): every path
takes GET and POST, its method name in any letter case (`sendQuickSms`, `sendSms`), and each
argument from the query, a form, multipart or a JSON body, the body winning; `token` too.
What an operation does not take is ignored. An unknown path answers 404, another method 405,
both `{"error": ...}`.

`wire` picks the shape of the replies where SMS.by's own documents disagree:
- "spec" (the default): the spec's main shapes, and checkSMS with `status`, `sent` and
  `delivered` on every reply (0 until reached), which a third-party client reads; `status`
  is in no SMS.by document (*unconfirmed*).
- "live": what the reference says SMS.by sends today; as "spec", but checkSMS without
  `status` (`{sms_id, sent, delivered}`, as the current docs show it).
- "old": the older docs and clients: createSmsMessage and sendSmsMessageWithCode as
  one-element arrays, ids as strings, and checkSMS with only the moments reached.

The package by layer: `_records` (constants and records), `_state` (the account and the rules
that move it), `_sms` and `_account` (the operations), and here the wire: routes, reading
and checking requests, the token, the rate limit and the replies.
"""

from __future__ import annotations

import hmac
import math
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._core import ReceivedMessage
from .._decode import FORM, JSON, MULTIPART, Decoded, RequestForms, Undecodable
from . import _account, _sms
from ._records import Refusal, Wire

__all__ = ["Refusal", "SmsByStub", "Wire"]

Handler = Callable[[dict[str, Any]], Any]
HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")


@dataclass(frozen=True)
class Documented:
    """How the spec documents one operation's arguments: its query parameters, and the media
    type and requiredness of its body (None: it has none)."""

    parameters: frozenset[str]
    media_type: str | None
    body_required: bool


class SmsByStub(_sms.SmsOperations, _account.AccountOperations):
    method_names_ignore_case = True
    request_forms: ClassVar[RequestForms] = RequestForms(
        bodies=frozenset({FORM, JSON, MULTIPART}), php_arrays=True, charset="utf-8"
    )
    _documented: dict[str, Documented]
    """How the spec documents each operation's arguments, by operationId."""

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
        # Every path takes every method of x-smsgate-request-forms, besides its documented one.
        methods = self.path_methods
        self._documented = {
            op["operationId"]: self._documentation(item, op)
            for item in self.spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        }
        routes = []
        for path, item in self.spec["paths"].items():
            (documented, op), *others = [
                (method, op) for method, op in item.items() if method in HTTP_METHODS
            ]
            assert not others, f"{path}: one operation per path, as SMS.by has"
            handler = self._endpoint(op["operationId"], handlers[op["operationId"]])
            routes.append(Route(path, handler, methods=sorted(methods | {documented.upper()})))
        return routes

    def unrouted(self, request: Request, status: int) -> Response:
        """SMS.by's `{"error": ...}` for a path it does not serve or a method it does not take."""
        text = "Page not found" if status == 404 else "Method not allowed"
        return JSONResponse({"error": text}, status_code=status)

    def _documentation(self, item: Mapping[str, Any], op: Mapping[str, Any]) -> Documented:
        parameters = [
            self.validator.resolve(p)
            for p in [*item.get("parameters", []), *op.get("parameters", [])]
        ]
        body = self.validator.resolve(op.get("requestBody", {}))
        return Documented(
            frozenset(p["name"] for p in parameters if p["in"] == "query"),
            next(iter(body.get("content", {})), None),
            bool(body.get("required")),
        )

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

    def _endpoint(
        self, operation: str, handler: Handler
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                decoded = await self.decode(request)
            except Undecodable as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
            arguments = decoded.arguments
            given = arguments.pop("token", "")
            given = given if isinstance(given, str) else ""
            if not hmac.compare_digest(given.encode(), self.token.encode()):
                return JSONResponse({"error": "token is incorrect"}, status_code=403)
            wait = self._spend_allowance(given)
            if wait is not None:
                headers = {"Retry-After": str(wait)}
                return JSONResponse({"error": "limit exceeded"}, status_code=429, headers=headers)
            self.advance()
            values, problems = self._arguments(operation, decoded, arguments)
            if problems:
                name, found = next(iter(problems.items()))
                text = (
                    "len value must be beetwen 1 and 16" if name == "len" else f"{name}: {found[0]}"
                )
                return JSONResponse({"error": text}, status_code=400)
            try:
                reply = handler({"operation": operation, **values})
            except Refusal as refusal:
                return JSONResponse(refusal.body, status_code=refusal.status)
            if isinstance(reply, Response):
                return reply
            return JSONResponse(reply)

        return endpoint

    def _arguments(
        self, operation: str, decoded: Decoded, arguments: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        """An operation's arguments as SMS.by reads them, wherever they came from (query, form,
        multipart or JSON; `x-smsgate-request-forms`), typed by the spec and checked against
        it as the operation documents them: its parameters, then its body's fields. What the
        operation does not take is ignored, as SMS.by ignores it."""
        json_body = decoded.body if decoded.media_type == JSON else {}
        json_body = json_body if isinstance(json_body, dict) else {}
        texts = {k: v for k, v in arguments.items() if k not in json_body}
        typed = {**self.validator.coerce(operation, texts), **json_body}
        documented = self._documented[operation]
        parameters = {k: v for k, v in typed.items() if k in documented.parameters}
        problems = self.validator.parameters(operation, "query", parameters)
        if documented.media_type is None:
            return parameters, problems
        fields = self.validator.fields(operation)
        body = {k: v for k, v in typed.items() if k in fields and k not in parameters}
        if documented.body_required or body:
            for name, found in self.validator.body(operation, body, documented.media_type).items():
                problems.setdefault(name or "body", found)
        return {**parameters, **body}, problems

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
