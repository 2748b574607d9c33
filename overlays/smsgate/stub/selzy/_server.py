"""How the Selzy stub reads a request and answers it: the request forms Selzy reads, the key
and rate checks, validation by the spec, and Selzy's envelope, unknown methods included."""

from __future__ import annotations

import csv
import hmac
import html
import io
import re
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ...segments import count_segments
from .._core import Callbacks, Clock, ReceivedMessage, StubServer
from .._decode import FORM, MULTIPART, RequestForms, Undecodable
from ._contacts import ContactMethods
from ._messages import MessageMethods
from ._model import Fault

MIXED_CALL = "Call to a member function getMessage() on boolean"
"""Selzy's answer to a method's arguments split between the query and the POST body."""
ENVELOPE_KEYS = frozenset({"format", "api_key", "platform", "request_compression"})
"""What may ride in the query of a POST whose arguments are in the body: Selzy's own wrappers
put `format=json` there, and in compression mode `api_key` and `request_compression`."""
PARAMETERS = frozenset({"lang", "format"})
"""The parameters (path and query) of every Selzy operation in the spec; the rest are arguments."""
RESELLER_ONLY = frozenset(
    {"getUsers", "transferMoney", "changeTariff", "getAvailableTariffs", "checkUserExists"}
)
KEY_OPTIONAL = frozenset({"register"})
_API_PATH = re.compile(r"/[^/]+/api/(.+)$")
HANDLERS = {
    "getLists": "get_lists",
    "createList": "create_list",
    "updateList": "update_list",
    "deleteList": "delete_list",
    "subscribe": "subscribe",
    "exclude": "exclude",
    "unsubscribe": "unsubscribe",
    "importContacts": "import_contacts",
    "async/exportContacts": "export_async",
    "exportContacts": "export_page",
    "async/getTaskResult": "task_result",
    "getTotalContactsCount": "total_contacts",
    "getContactCount": "contact_count",
    "getContact": "get_contact",
    "isContactInLists": "in_lists",
    "createSmsMessage": "create_message",
    "createCampaign": "create_campaign",
    "sendSms": "send_sms",
    "checkSms": "check_sms",
    "cancelCampaign": "cancel_campaign",
    "deleteMessage": "delete_message",
    "getMessages": "get_messages",
    "listMessages": "list_messages",
    "getMessage": "get_message",
    "async/getCampaignDeliveryStats": "delivery_async",
    "getCampaignDeliveryStats": "delivery_table",
    "getCampaignCommonStats": "common_stats",
    "getCampaignStatus": "campaign_status",
    "getCampaigns": "get_campaigns",
    "getFields": "get_fields",
    "createField": "create_field",
    "updateField": "update_field",
    "deleteField": "delete_field",
    "getTags": "get_tags",
    "deleteTag": "delete_tag",
    "getContactFieldValues": "field_values",
    "validateSender": "validate_sender",
    "getCheckedEmail": "checked_emails",
    "register": "register",
    "checkUserExists": "user_exists",
    "getUserInfo": "user_info",
    "getUsers": "get_users",
    "transferMoney": "transfer_money",
    "getAvailableTariffs": "tariffs",
    "changeTariff": "change_tariff",
    "setSenderDomain": "set_sender_domain",
    "getSenderDomainList": "sender_domains",
}
"""Every method Selzy serves -> the stub's handler for it."""


class SelzyStub(ContactMethods, MessageMethods, StubServer):
    """Selzy over HTTP. `wire` is accepted for uniformity with the other stubs: the references
    name no field where live Selzy sends another shape than its documents (the numeric strings
    of getMessage, getContactCount and the export cells are documented, and the stub sends them
    in both modes), so "spec" and "live" answer alike."""

    vendor = "selzy"
    auth_errors_in_body = True  # invalid_api_key comes in a 200 envelope
    request_forms = RequestForms(
        bodies=frozenset({FORM, MULTIPART}),
        compression_param="request_compression",
        compressions=frozenset({"bzip2", "gzip"}),
    )
    """Selzy's PHP backend reads form and multipart bodies (not JSON), PHP arrays in any key
    order, UTF-8 only, and a body compressed with bzip2 or gzip when `request_compression`
    in the query (or Content-Encoding) says so, as its own wrapper's compression mode sends."""

    def __init__(
        self,
        key: str = "stub-key",
        *,
        reseller: bool = True,
        balance: float = 1000.0,
        price: float = 0.05,
        senders: Iterable[str] | None = None,
        calls_per_minute: int | None = None,
        task_polls: int = 2,
        wire: Literal["spec", "live"] = "spec",
        clock: Clock | None = None,
        callbacks: Callbacks | None = None,
    ):
        """`senders=None` accepts any well-formed sender name as registered; a list restricts
        sends to those names (others get `src_invalid`)."""
        super().__init__(clock=clock, callbacks=callbacks)
        self.key = key
        self.reseller = reseller
        self.price = price
        self.senders = None if senders is None else set(senders)
        self.calls_per_minute = calls_per_minute
        self.task_polls = task_polls
        self.wire = wire
        self._init_state(balance)
        self.sends_received = 0
        """sendSms and createCampaign requests that reached the stub, accepted or not."""
        self._operations = {
            path.split("/api/", 1)[1]: item["post"]["operationId"]
            for path, item in self.spec["paths"].items()
            if "post" in item
        }
        """Each method's POST operation: the one whose body schema types its arguments."""

    # Serving.
    def routes(self) -> list[Route]:
        routes = [
            Route(f"/{{lang}}/api/{name}", self._endpoint(name), methods=["GET", "POST"])
            for name in HANDLERS
        ]
        routes.append(Route("/files/{uuid}.csv", self.download, methods=["GET"]))
        return routes

    def describe(self) -> str:
        return f"api_key {self.key!r}"

    def credentials(self) -> dict[str, str]:
        return {"apiKey": self.key}

    def neutral_settings(self, callback_url: str) -> dict[str, Any]:
        sender = min(self.senders) if self.senders else "smsgate"
        return {"api_key": self.key, "sender": sender}  # Selzy calls back for no SMS

    def unrouted(self, request: Request, status: int) -> Response:
        """A method Selzy does not have, under /{lang}/api/, gets Selzy's envelope with
        `unknown_method` and HTTP 200 (the text is *unconfirmed*). Any other path, and a verb
        other than GET or POST on a method, get the web server's plain 404 or 405: what Selzy
        answers there is *unconfirmed*, and the spec says so."""
        found = _API_PATH.search(request.url.path)
        if status == 404 and found:
            return _envelope_error(Fault("unknown_method", f"Unknown method: {found[1]}"))
        return super().unrouted(request, status)

    def _endpoint(self, method: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            self.advance()
            # Where this app is mounted: the path up to /{lang}/api/<method>.
            prefix = request.url.path[: request.url.path.rindex(f"/api/{method}")]
            self._base = str(request.url.replace(path=prefix.rsplit("/", 1)[0], query=""))
            try:
                result, warnings = await self._dispatch(method, request)
            except Fault as fault:
                return _envelope_error(fault)
            envelope: dict[str, Any] = {"result": result}
            if warnings:
                envelope["warnings"] = [{"warning": w} for w in warnings]
            return JSONResponse(envelope)

        return endpoint

    async def _dispatch(self, method: str, request: Request) -> tuple[Any, list[str]]:
        if method in ("sendSms", "createCampaign"):
            self.sends_received += 1
        try:
            decoded = await self.decode(request)
        except Undecodable as exc:
            raise Fault("invalid_arg", str(exc)) from None
        if request.method == "POST":
            body = decoded.body if isinstance(decoded.body, dict) else {}
            split = set(decoded.query) - ENVELOPE_KEYS and set(body) - ENVELOPE_KEYS
            if split:
                raise Fault("unspecified", MIXED_CALL)
            args = decoded.arguments
        else:
            args = dict(decoded.query)
        if args.pop("format", None) != "json":
            raise Fault("invalid_arg", "format: only json is supported")
        key = args.pop("api_key", None)
        if not (method in KEY_OPTIONAL and key is None):
            if not isinstance(key, str) or not hmac.compare_digest(key.encode(), self.key.encode()):
                raise Fault("invalid_api_key", "invalid api key")
            self._count_call(key)
        if method in RESELLER_ONLY and not self.reseller:
            raise Fault("access_denied", "Access denied: reseller method")
        args = self._validated(method, args)
        self._warnings = []
        handler: Callable[[dict[str, Any]], Any] = getattr(self, HANDLERS[method])
        return handler(args), self._warnings

    def _count_call(self, key: str) -> None:
        if self.calls_per_minute is None:
            return
        now = self.clock.now()
        calls = self._calls.setdefault(key, deque())
        while calls and calls[0] <= now - 60:
            calls.popleft()
        if len(calls) >= self.calls_per_minute:
            raise Fault(
                "api_call_limit_exceeded_for_api_key",
                f"API call limit exceeded: {self.calls_per_minute} calls a minute for this key",
            )
        calls.append(now)

    def _validated(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        """The method's arguments typed and checked by its POST body schema, whichever verb
        carried them; arguments the method does not take (`platform`, `test_mode`) drop out."""
        operation = self._operations[method]
        fields = self.validator.fields(operation)
        known = {k: v for k, v in args.items() if k in fields and k not in PARAMETERS}
        typed = self.validator.coerce(operation, known)
        problems = self.validator.body(operation, typed, FORM)
        if problems:
            name, found = next(iter(problems.items()))
            raise Fault("invalid_arg", f"{name or 'arguments'}: {found[0]}")
        return typed

    async def download(self, request: Request) -> Response:
        task = self.tasks.get(request.path_params["uuid"])
        if task is None or task.polls_left > 0:
            return PlainTextResponse("Not Found", status_code=404)
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(task.rows)
        return PlainTextResponse(out.getvalue(), media_type="text/csv")

    # State for tests (smsgate.testing).
    def sent_messages(self) -> list[ReceivedMessage]:
        every = [*self.sms.values(), *(s for c in self.campaigns.values() for s in c.sms)]
        return [
            ReceivedMessage(
                s.sms_id,
                f"+{s.phone}",
                s.text,
                count_segments(s.text).parts,
                s.sender,
                s.status,
            )
            for s in sorted(every, key=lambda s: s.sent_at)
        ]


def _envelope_error(fault: Fault) -> JSONResponse:
    reply = {"error": html.escape(fault.text), "code": fault.code, "result": ""}
    if fault.code is None:
        del reply["code"]
    return JSONResponse(reply)
