"""A stateful Selzy that answers as Selzy does, for tests, the demo and local development.

State: contact lists, contacts (email and phone, each with a status, user-field values, tags
and list memberships), user fields, tags, SMS messages and their campaigns, single SMS, async
export and report tasks, partner accounts, and a money balance that every SMS part spends.
The lists have no confirmation letter, so subscribing an email with double opt-in (0 or 4) gets
Selzy's "has no confirmation letters" error; `double_optin=3` works.

On the clock, a single SMS goes not_sent -> ok_sent (1 s) -> ok_delivered (3 s); numbers ending
in 000 end in err_delivery_failed, and a number starting with 0 is refused (dest_invalid). A
campaign goes waits_schedule -> scheduled -> in_progress at its start time -> completed 3 s
later. An async task completes after `task_polls` polls.

Replies follow Selzy: always HTTP 200, `{"result": ..., "warnings": [...]}` or `{"error":
"<HTML-encoded text>", "code": "...", "result": ""}`. Every method answers GET (everything in
the query) and POST (`format` and optionally `api_key` in the query, the rest in a form body);
arguments are validated against specs/selzy.yaml. With `calls_per_minute`, a key that calls
faster gets `api_call_limit_exceeded_for_api_key`.
"""

from __future__ import annotations

import csv
import hmac
import html
import io
import itertools
import json
import re
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..segments import count_segments
from ._core import Callbacks, Clock, ReceivedMessage, StubServer, coerce
from ._decode import decode_php_form

SENT_AFTER = 1.0
DELIVERED_AFTER = 3.0
QUEUED_AFTER = 1.0
CAMPAIGN_TAKES = 3.0
MIXED_CALL = "Call to a member function getMessage() on boolean"
CANCELLABLE = ("scheduled", "censor_hold", "waits_censor", "waits_schedule")
RESELLER_ONLY = frozenset(
    {"getUsers", "transferMoney", "changeTariff", "getAvailableTariffs", "checkUserExists"}
)
KEY_OPTIONAL = frozenset({"register"})
ENVELOPE_KEYS = frozenset({"format", "api_key", "platform"})
_EMAIL = re.compile(r"[^@\s,]+@[^@\s,]+\.[^@\s,]+")
_PHONE = re.compile(r"\+?[0-9]{10,15}")
_SENDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-_]{2,10}")
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
EXPORT_FIELDS = ("email", "email_status", "phone", "phone_status", "tags")


class Fault(Exception):
    """A refusal, answered as Selzy's error envelope."""

    def __init__(self, code: str | None, text: str):
        super().__init__(text)
        self.code = code
        self.text = text


def utc(epoch: float, pattern: str = "%Y-%m-%d %H:%M:%S") -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime(pattern)


def parse_utc(text: str) -> float:
    pattern = "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M"
    try:
        return datetime.strptime(text, pattern).replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise Fault("invalid_arg", f"invalid date {text!r}") from None


def phone_digits(phone: str) -> str:
    return phone.removeprefix("+")


@dataclass(slots=True)
class Contact:
    id: int
    email: str | None = None
    phone: str | None = None
    email_status: str = "new"
    phone_status: str = "active"
    fields: dict[str, str] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set)
    lists: dict[int, tuple[str, float]] = field(default_factory=dict)
    """list id -> (membership status, added at)"""
    added_at: float = 0.0


@dataclass
class Sms:
    sms_id: str
    phone: str
    sent_at: float
    fate: str
    status: str = "not_sent"
    text: str = ""
    sender: str = ""


@dataclass
class Message:
    id: int
    list_id: int
    sender: str
    body: str
    created: float
    tag: str | None


@dataclass
class Campaign:
    id: int
    message: Message
    created: float
    start_at: float
    cost: float
    status: str = "waits_schedule"
    sms: list[Sms] = field(default_factory=list)


@dataclass
class Task:
    uuid: str
    type: str
    rows: list[list[str]]
    polls_left: int


@dataclass
class Account:
    login: str
    email: str
    balance: float
    currency: str = "USD"
    tariff_id: int = 1
    registered: float = 0.0


class SelzyStub(StubServer):
    vendor = "selzy"
    auth_errors_in_body = True  # invalid_api_key comes in a 200 envelope

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
        now = self.clock.now()
        self.account = Account("smsgate", "owner@example.com", balance, registered=now)
        self.users: dict[str, Account] = {"client1": Account("client1", "c1@example.com", 0.0)}
        self._ids = itertools.count(1)
        self.lists: dict[int, str] = {}
        for title in ("Customers", "SMS subscribers", "Newsletter"):
            self.lists[next(self._ids)] = title
        self.contacts: dict[int, Contact] = {}
        self._export_snapshot: tuple[str, list[int]] = ("", [])
        """The last legacy export's query and the ids of the contacts it matched."""
        self._by_email: dict[str, Contact] = {}
        self._by_phone: dict[str, Contact] = {}
        self.fields: dict[int, dict[str, Any]] = {}
        self._add_field("Name", "string")
        self.tags: dict[int, str] = {}
        self.messages: dict[int, Message] = {}
        self.campaigns: dict[int, Campaign] = {}
        self.sms: dict[str, Sms] = {}
        self._moving: list[Sms] = []
        self.tasks: dict[str, Task] = {}
        self.domains: dict[str, str] = {}
        self._calls: dict[str, deque[float]] = {}
        self._base = "http://selzy"
        """Where the request came in; file and stats URLs point back there."""
        self._warnings: list[str] = []
        self.sends_received = 0
        """sendSms and createCampaign requests that reached the stub, accepted or not."""

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

    def _endpoint(self, method: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            self.advance()
            # Where this app is mounted: the path up to /{lang}/api/<method>.
            prefix = request.url.path[: request.url.path.rindex(f"/api/{method}")]
            self._base = str(request.url.replace(path=prefix.rsplit("/", 1)[0], query=""))
            try:
                result, warnings = self._dispatch(method, request, await request.body())
            except Fault as fault:
                reply = {"error": html.escape(fault.text), "code": fault.code, "result": ""}
                if fault.code is None:
                    del reply["code"]
                return JSONResponse(reply)
            envelope: dict[str, Any] = {"result": result}
            if warnings:
                envelope["warnings"] = [{"warning": w} for w in warnings]
            return JSONResponse(envelope)

        return endpoint

    def _dispatch(self, method: str, request: Request, body: bytes) -> tuple[Any, list[str]]:
        query = list(parse_qsl(request.url.query, keep_blank_values=True))
        if request.method == "POST":
            try:
                form = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                raise Fault("invalid_arg", "the body is not UTF-8") from None
            if any(name not in ENVELOPE_KEYS for name, _ in query):
                raise Fault("unspecified", MIXED_CALL)
            pairs = query + form
        else:
            pairs = query
        if method in ("sendSms", "createCampaign"):
            self.sends_received += 1
        args = decode_php_form(pairs)
        if args.pop("format", None) != "json":
            raise Fault("invalid_arg", "format: only json is supported")
        args.pop("platform", None)
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

    def _request_schema(self, method: str) -> dict[str, Any] | None:
        operation = self.spec["paths"][f"/{{lang}}/api/{method}"]["post"]
        if "requestBody" not in operation:
            return None
        name = operation["requestBody"]["$ref"].rsplit("/", 1)[-1]
        schema: dict[str, Any] = self.spec["components"]["schemas"][name]
        return schema

    def _validated(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        schema = self._request_schema(method)
        if schema is None:
            return {}
        args = {k: v for k, v in args.items() if k in schema["properties"]}
        args = self._coerce(args, schema)
        operation_id = self.spec["paths"][f"/{{lang}}/api/{method}"]["post"]["operationId"]
        problems = self.validator.body(operation_id, args, "application/x-www-form-urlencoded")
        if problems:
            name, found = next(iter(problems.items()))
            raise Fault("invalid_arg", f"{name or 'arguments'}: {found[0]}")
        return args

    def _coerce(self, value: Any, schema: dict[str, Any]) -> Any:
        """Form strings as the JSON values their schema describes (ids, counts, flags)."""
        while "$ref" in schema:
            schema = self.spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        if isinstance(value, str):
            return coerce(value, schema)
        if isinstance(value, list):
            items = schema.get("items", {})
            return [self._coerce(v, items) for v in value]
        if isinstance(value, dict):
            props = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            fallback = extra if isinstance(extra, dict) else {}
            return {k: self._coerce(v, props.get(k, fallback)) for k, v in value.items()}
        return value

    async def download(self, request: Request) -> Response:
        task = self.tasks.get(request.path_params["uuid"])
        if task is None or task.polls_left > 0:
            return PlainTextResponse("Not Found", status_code=404)
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(task.rows)
        return PlainTextResponse(out.getvalue(), media_type="text/csv")

    # The clock.
    def advance(self) -> None:
        now = self.clock.now()
        for campaign in self.campaigns.values():
            if campaign.status == "waits_schedule" and now >= campaign.created + QUEUED_AFTER:
                campaign.status = "scheduled"
            if campaign.status == "scheduled" and now >= campaign.start_at:
                campaign.status = "in_progress"
                for sms in campaign.sms:
                    sms.sent_at = campaign.start_at
                self._moving.extend(campaign.sms)
            if campaign.status == "in_progress" and now >= campaign.start_at + CAMPAIGN_TAKES:
                campaign.status = "completed"
        still = []
        for sms in self._moving:
            if sms.status == "not_sent" and now >= sms.sent_at + SENT_AFTER:
                sms.status = "ok_sent"
            if sms.status == "ok_sent" and now >= sms.sent_at + DELIVERED_AFTER:
                sms.status = sms.fate
            if sms.status in ("not_sent", "ok_sent"):
                still.append(sms)
        self._moving = still

    # State helpers.
    def _new_id(self) -> int:
        return next(self._ids)

    def _add_field(self, name: str, kind: str, public: str | None = None) -> int:
        if any(f["name"] == name for f in self.fields.values()):
            raise Fault("invalid_arg", f"Field {name!r} already exists")
        field_id = self._new_id()
        self.fields[field_id] = {
            "id": field_id,
            "name": name,
            "public_name": public or name,
            "type": kind,
            "is_visible": 1,
            "view_pos": len(self.fields) + 1,
        }
        return field_id

    def _list(self, list_id: int) -> int:
        if list_id not in self.lists:
            raise Fault("invalid_arg", "invalid list_id")
        return list_id

    def _list_ids(self, text: str | None) -> list[int]:
        return [self._list(int(i)) for i in text.split(",")] if text else []

    def _find(self, email: str | None, phone: str | None) -> Contact | None:
        by_email = self._by_email.get(email.lower()) if email else None
        by_phone = self._by_phone.get(phone_digits(phone)) if phone else None
        if by_email and by_phone and by_email is not by_phone:
            raise Fault(
                "unspecified",
                f"Contacts {email} and {phone} already exist but owned by different subscribers",
            )
        return by_email or by_phone

    def _upsert(self, email: str | None, phone: str | None) -> tuple[Contact, bool]:
        if email is not None and not _EMAIL.fullmatch(email):
            raise Fault(
                "invalid_arg", f'fields: This value "{email}" is not a valid email address.'
            )
        if phone is not None and not _PHONE.fullmatch(phone):
            raise Fault("invalid_arg", f'fields: This value "{phone}" is not a valid phone.')
        contact = self._find(email, phone)
        created = contact is None
        if contact is None:
            contact = Contact(self._new_id(), added_at=self.clock.now())
            self.contacts[contact.id] = contact
        if email and not contact.email:
            contact.email = email.lower()
            self._by_email[contact.email] = contact
        if phone and not contact.phone:
            contact.phone = phone_digits(phone)
            self._by_phone[contact.phone] = contact
        return contact, created

    def _remove(self, contact: Contact) -> None:
        self.contacts.pop(contact.id, None)
        if contact.email:
            self._by_email.pop(contact.email, None)
        if contact.phone:
            self._by_phone.pop(contact.phone, None)

    def _tag(self, names: str) -> set[str]:
        tags = {t.strip() for t in names.split(",") if t.strip()}
        for name in tags - set(self.tags.values()):
            self.tags[self._new_id()] = name
        return tags

    def _contact_by(self, kind: str, value: str) -> Contact:
        contact = self._by_email.get(value.lower()) if kind == "email" else None
        if kind == "phone":
            contact = self._by_phone.get(phone_digits(value))
        if contact is None:
            raise Fault("unspecified", f'Contact "{value}" not found')
        return contact

    def _task(self, kind: str, rows: list[list[str]]) -> dict[str, str]:
        task = Task(str(uuid.uuid4()), kind, rows, self.task_polls)
        self.tasks[task.uuid] = task
        return {"task_uuid": task.uuid, "status": "new"}

    def _campaign(self, campaign_id: int) -> Campaign:
        campaign = self.campaigns.get(campaign_id)
        if campaign is None:
            raise Fault(
                "unspecified", f"SB140212-01. [Burst not found. Provided Id: {campaign_id}]"
            )
        return campaign

    def _user(self, login: str | None) -> Account:
        if login is None or login == self.account.login:
            return self.account
        if not self.reseller:
            raise Fault("access_denied", "Access denied: reseller method")
        user = self.users.get(login)
        if user is None:
            raise Fault("invalid_arg", f"User {login!r} not found")
        return user

    def _spend(self, cost: float) -> None:
        if cost > self.account.balance + 1e-9:
            raise Fault(
                "not_enough_money",
                f"Not enough money: the balance is {self.account.balance:.2f} "
                f"{self.account.currency}, the operation costs {cost:.2f}",
            )
        self.account.balance = round(self.account.balance - cost, 4)

    # Lists.
    def get_lists(self, args: dict[str, Any]) -> Any:
        return [{"id": i, "title": t} for i, t in self.lists.items()]

    def create_list(self, args: dict[str, Any]) -> Any:
        if args["title"] in self.lists.values():
            raise Fault("invalid_arg", "List with this title already exists")
        list_id = self._new_id()
        self.lists[list_id] = args["title"]
        return {"id": list_id}

    def update_list(self, args: dict[str, Any]) -> Any:
        self.lists[self._list(args["list_id"])] = args["title"]
        return {}

    def delete_list(self, args: dict[str, Any]) -> Any:
        list_id = self._list(args["list_id"])
        del self.lists[list_id]
        for contact in self.contacts.values():
            contact.lists.pop(list_id, None)
        return []  # Selzy's PHP serializes the empty map as an array

    # Contacts.
    def subscribe(self, args: dict[str, Any]) -> Any:
        lists = self._list_ids(args["list_ids"])
        fields = dict(args["fields"])
        email, phone = fields.pop("email", None), fields.pop("phone", None)
        if not email and not phone:
            raise Fault("invalid_arg", "fields: email or phone is required")
        if args.get("double_optin", 0) in (0, 4) and email:
            raise Fault(
                "unspecified",
                f'These list ids="{args["list_ids"]}" has no confirmation letters',
            )
        contact, _ = self._upsert(email, phone)
        if args.get("overwrite", 0) == 1:
            contact.fields, contact.tags = {}, set()
        for name, value in fields.items():
            if args.get("overwrite", 0) or name not in contact.fields:
                contact.fields[name] = value
        contact.tags |= self._tag(args.get("tags") or "")
        for list_id in lists:
            contact.lists[list_id] = ("active", self.clock.now())
        if phone and not phone.startswith(("+7", "7", "+3", "3")):
            self._warnings.append("probably not a mobile phone")
        return {"person_id": contact.id}

    def _leave(self, args: dict[str, Any], status: str | None) -> Any:
        contact = self._contact_by(args["contact_type"], args["contact"])
        lists = self._list_ids(args.get("list_ids")) or list(contact.lists)
        for list_id in lists:
            if list_id not in contact.lists:
                raise Fault("unspecified", f'Contact "{args["contact"]}" not found')
            if status is None:
                del contact.lists[list_id]
            else:
                contact.lists[list_id] = (status, contact.lists[list_id][1])
        return {}

    def exclude(self, args: dict[str, Any]) -> Any:
        return self._leave(args, None)

    def unsubscribe(self, args: dict[str, Any]) -> Any:
        return self._leave(args, "unsubscribed")

    def import_contacts(self, args: dict[str, Any]) -> Any:
        names: list[str] = args["field_names"]
        if "email" not in names and "phone" not in names:
            raise Fault("invalid_arg", "field_names: email or phone is required")
        counts = dict.fromkeys(("inserted", "updated", "deleted", "new_emails", "invalid"), 0)
        log = []
        for index, row in enumerate(args["data"]):
            values = dict(zip(names, row, strict=False))
            email, phone = values.pop("email", None) or None, values.pop("phone", None) or None
            try:
                if not email and not phone:
                    raise Fault("invalid_arg", "no email or phone in the row")
                if values.pop("delete", "0") == "1":
                    contact = self._find(email, phone)
                    if contact is not None:
                        self._remove(contact)
                        counts["deleted"] += 1
                    continue
                contact, created = self._upsert(email, phone)
            except Fault as fault:
                counts["invalid"] += 1
                log.append({"index": index, "code": fault.code, "message": fault.text})
                continue
            counts["inserted" if created else "updated"] += 1
            self._import_row(contact, values, args)
            counts["new_emails"] += bool(contact.email and contact.email_status == "new")
        return {"total": len(args["data"]), **counts, "log": log}

    def _import_row(self, contact: Contact, values: dict[str, str], args: dict[str, Any]) -> None:
        tags = self._tag(values.pop("tags", ""))
        contact.tags = tags if args.get("overwrite_tags") == 1 else contact.tags | tags
        for kind in ("email", "phone"):
            status = values.pop(f"{kind}_status", None)
            if status:
                setattr(contact, f"{kind}_status", status)
            listed = values.pop(f"{kind}_list_ids", None)
            if listed:
                if args.get("overwrite_lists") == 1:
                    contact.lists = {}
                for list_id in listed.split(","):
                    if list_id.isdigit() and int(list_id) in self.lists:
                        contact.lists[int(list_id)] = ("active", self.clock.now())
        contact.fields.update(
            {k: v for k, v in values.items() if not k.startswith(("email_", "phone_"))}
        )

    def _exported(
        self, args: dict[str, Any], contacts: Iterable[Contact] | None = None
    ) -> tuple[list[str], Iterable[list[str | None]]]:
        """The field names, and the rows of the matching contacts (among `contacts`, by
        default all), each built only when read."""
        names = args.get("field_names") or list(EXPORT_FIELDS)
        list_id = args.get("list_id")
        if list_id is not None:
            self._list(list_id)

        def wanted(c: Contact) -> bool:
            return (
                (list_id is None or list_id in c.lists)
                and (not args.get("email") or c.email == args["email"].lower())
                and (not args.get("phone") or c.phone == phone_digits(args["phone"]))
                and (not args.get("tag") or args["tag"] in c.tags)
                and (not args.get("email_status") or c.email_status == args["email_status"])
                and (not args.get("phone_status") or c.phone_status == args["phone_status"])
            )

        def cell(c: Contact, name: str) -> str | None:
            if name == "id":
                return str(c.id)
            if name == "tags":
                return ",".join(sorted(c.tags))
            if name in ("email", "phone", "email_status", "phone_status"):
                value = getattr(c, name)
                return value if name != "phone" or value is None else f"+{value}"
            if name in ("email_list_ids", "phone_list_ids"):
                return ",".join(map(str, c.lists))
            return c.fields.get(name)

        chosen = self.contacts.values() if contacts is None else contacts
        rows = ([cell(c, n) for n in names] for c in chosen if wanted(c))
        return names, rows

    def export_async(self, args: dict[str, Any]) -> Any:
        names, rows = self._exported(args)
        return self._task("exportContacts", [names, *([v or "" for v in r] for r in rows)])

    def export_page(self, args: dict[str, Any]) -> Any:
        """One page of the legacy export. The contacts that match are fixed at the first page
        (offset 0) of an export and reused by its later pages, so that paging through a large
        base costs each page its own rows rather than a scan of all before it. A contact
        added meanwhile waits for the next export; one deleted meanwhile leaves its page
        short."""
        offset, limit = args.pop("offset", 0), args.pop("limit", 1000)
        query = json.dumps(args, sort_keys=True)
        if offset == 0 or self._export_snapshot[0] != query:
            _, matching = self._exported({**args, "field_names": ["id"]})
            self._export_snapshot = (query, [int(str(row[0])) for row in matching])
        ids = self._export_snapshot[1][offset : offset + limit]
        page = (self.contacts[i] for i in ids if i in self.contacts)
        names, rows = self._exported(args, page)
        return {"field_names": names, "data": list(rows)}

    def task_result(self, args: dict[str, Any]) -> Any:
        task = self.tasks.get(args["task_uuid"])
        if task is None:
            raise Fault("invalid_arg", "task_uuid: task not found")
        reply = {"task_uuid": task.uuid, "task_type": task.type}
        if task.polls_left > 0:
            task.polls_left -= 1
            return {
                **reply,
                "status": "new" if task.polls_left + 1 == self.task_polls else "processing",
            }
        return {
            **reply,
            "status": "completed",
            "file_to_download": f"{self._base}/files/{task.uuid}.csv",
        }

    def total_contacts(self, args: dict[str, Any]) -> Any:
        self._user(args["login"])
        return {"total": len(self.contacts)}

    def contact_count(self, args: dict[str, Any]) -> Any:
        list_id = self._list(args["list_id"])
        params = args.get("params") or {}
        tag = self.tags.get(params["tagId"]) if "tagId" in params else None
        kind, search = params.get("type"), params.get("search", "")
        count = sum(
            1
            for c in self.contacts.values()
            if list_id in c.lists
            and ("tagId" not in params or tag in c.tags)
            and (kind != "phone" or (c.phone and search in c.phone))
            and (kind != "address" or (c.email and search in c.email))
        )
        return {"count": str(count), "listId": list_id, "searchParams": params}

    def get_contact(self, args: dict[str, Any]) -> Any:
        contact = self._by_email.get(args["email"].lower())
        if contact is None:
            raise Fault("unspecified", "Contact not found")
        added = utc(contact.added_at)
        reply: dict[str, Any] = {
            "email": {
                "email": contact.email,
                "added_at": added,
                "status": contact.email_status,
                "availability": "available",
            }
        }
        if args.get("include_details") == 1:
            reply["email"].update(
                last_send_datetime=None,
                last_delivery_datetime=None,
                last_read_datetime=None,
                last_click_datetime=None,
                rating="0.0",
            )
        if args.get("include_lists") == 1:
            reply["lists"] = [
                {"id": i, "status": s, "added_at": utc(at)} for i, (s, at) in contact.lists.items()
            ]
        if args.get("include_fields") == 1:
            reply["fields"] = dict(contact.fields)
        return reply

    def in_lists(self, args: dict[str, Any]) -> Any:
        contact = self._by_email.get(args["email"].lower())
        ids = self._list_ids(args["list_ids"])
        member = [contact is not None and i in contact.lists for i in ids]
        return all(member) if args.get("condition") == "and" else any(member)

    # SMS.
    def _sender(self, sender: str) -> None:
        if not _SENDER.fullmatch(sender) or (
            self.senders is not None and sender not in self.senders
        ):
            raise Fault("src_invalid", f"invalid sender {sender!r}")

    def create_message(self, args: dict[str, Any]) -> Any:
        self._sender(args["sender"])
        message = Message(
            self._new_id(),
            self._list(args["list_id"]),
            args["sender"],
            args["body"],
            self.clock.now(),
            args.get("tag"),
        )
        self.messages[message.id] = message
        return {"message_id": message.id}

    def create_campaign(self, args: dict[str, Any]) -> Any:
        message = self.messages.get(args["message_id"])
        if message is None:
            raise Fault("invalid_arg", "invalid message_id")
        now = self.clock.now()
        start = parse_utc(args["start_time"]) if args.get("start_time") else now
        if start > now + 100 * 86400:
            raise Fault("invalid_arg", "start_time: at most 100 days ahead")
        phones = [
            c.phone
            for c in self.contacts.values()
            if c.phone
            and c.phone_status == "active"
            and c.lists.get(message.list_id, ("",))[0] == "active"
            and (message.tag is None or message.tag in c.tags)
        ]
        if args.get("contacts"):
            chosen = {phone_digits(p.strip()) for p in args["contacts"].split(",")}
            phones = [p for p in phones if p in chosen]
        cost = len(phones) * count_segments(message.body).parts * self.price
        self._spend(cost)
        campaign = Campaign(self._new_id(), message, now, max(start, now), cost)
        for phone in phones:
            sms_id = f"{campaign.id}.{phone}"
            fate = "err_delivery_failed" if phone.endswith("000") else "ok_delivered"
            campaign.sms.append(
                Sms(
                    sms_id, phone, campaign.start_at, fate, text=message.body, sender=message.sender
                )
            )
        self.campaigns[campaign.id] = campaign
        return {"campaign_id": campaign.id, "status": campaign.status, "count": len(phones)}

    def send_sms(self, args: dict[str, Any]) -> Any:
        self._sender(args["sender"])
        phones = list(dict.fromkeys(phone_digits(p) for p in args["phone"].split(",")))
        if any(p.startswith("0") for p in phones):
            raise Fault("dest_invalid", "Recipient number is incorrect")
        parts = count_segments(args["text"]).parts
        self._spend(len(phones) * parts * self.price)
        batch, now, sent = self._new_id(), self.clock.now(), []
        for phone in phones:
            fate = "err_delivery_failed" if phone.endswith("000") else "ok_delivered"
            sms = Sms(
                f"{batch}.{phone}", phone, now, fate, text=args["text"], sender=args["sender"]
            )
            self.sms[sms.sms_id] = sms
            self._moving.append(sms)
            sent.append(
                {"sms_id": sms.sms_id, "price": round(parts * self.price, 4), "currency": "USD"}
            )
        return sent[0] if len(sent) == 1 else sent

    def check_sms(self, args: dict[str, Any]) -> Any:
        sms = self.sms.get(args["sms_id"])
        if sms is None:
            raise Fault("unspecified", "AK100313-05 [invalid sms id]")
        return {"status": sms.status}

    def cancel_campaign(self, args: dict[str, Any]) -> Any:
        campaign = self._campaign(args["campaign_id"])
        if campaign.status not in CANCELLABLE:
            raise Fault(
                "unspecified",
                f'SF161129-03 [Campaign in status "{campaign.status}" can\'t be cancelled]',
            )
        campaign.status = "canceled"
        self.account.balance = round(self.account.balance + campaign.cost, 4)
        for sms in campaign.sms:
            sms.status = "err_skip_letter"
        return []

    def delete_message(self, args: dict[str, Any]) -> Any:
        if self.messages.pop(args["message_id"], None) is None:
            raise Fault("invalid_arg", "invalid message_id")
        return {}

    def _messages(self, args: dict[str, Any]) -> list[Message]:
        since, until = parse_utc(args["date_from"]), parse_utc(args["date_to"])
        chosen = [m for m in self.messages.values() if since <= m.created <= until]
        offset = args.get("offset", 0)
        return chosen[offset : offset + args.get("limit", 50)]

    def _message_common(self, m: Message) -> dict[str, Any]:
        return {
            "id": m.id,
            "sub_user_login": None,
            "list_id": m.list_id,
            "created": utc(m.created),
            "service_type": "sms",
            "active_version_id": None,
            "message_format": "text",
        }

    def get_messages(self, args: dict[str, Any]) -> Any:
        return [
            {
                **self._message_common(m),
                "segment_id": None,
                "updated": utc(m.created),
                "lang_code": "en",
                "body": m.body,
                "sms_from": m.sender,
            }
            for m in self._messages(args)
        ]

    def list_messages(self, args: dict[str, Any]) -> Any:
        return [
            {
                "id": m.id,
                "login": self.account.login,
                "sub_user_login": None,
                "list_id": m.list_id,
                "segment_id": None,
                "lang_code": "en",
                "created": utc(m.created),
                "updated": utc(m.created),
                "service_type": "sms",
                "message_format": "text",
                "sender_email": "",
                "sender_name": "",
                "subject": "",
            }
            for m in self._messages(args)
        ]

    def get_message(self, args: dict[str, Any]) -> Any:
        found = [self.messages.get(int(i)) for i in args["id"].split(",")]
        if not all(found):
            raise Fault("invalid_arg", "invalid message id")
        return [
            {
                **self._message_common(m),
                "id": str(m.id),  # as in Selzy's example
                "list_id": str(m.list_id),
                "last_update": utc(m.created),
                "sender": m.sender,
                "body": m.body,
            }
            for m in found
            if m is not None
        ]

    # Statistics.
    def _delivery_rows(self, args: dict[str, Any]) -> list[list[str]]:
        campaign = self._campaign(args["campaign_id"])
        return [[f"+{s.phone}", s.status] for s in campaign.sms]

    def delivery_async(self, args: dict[str, Any]) -> Any:
        rows = self._delivery_rows(args)
        return self._task("getCampaignDeliveryStats", [["phone", "send_result"], *rows])

    def delivery_table(self, args: dict[str, Any]) -> Any:
        return {"fields": ["phone", "send_result"], "data": self._delivery_rows(args)}

    def common_stats(self, args: dict[str, Any]) -> Any:
        campaign = self._campaign(args["campaign_id"])
        sent = [s for s in campaign.sms if s.status != "not_sent"]
        delivered = [s for s in sent if s.status == "ok_delivered"]
        zeros = ("read_unique", "read_all", "clicked_unique", "clicked_all", "unsubscribed")
        return {
            "total": len(campaign.sms),
            "sent": len(sent),
            "delivered": len(delivered),
            **dict.fromkeys(zeros, 0),
            "spam": 0,
        }

    def campaign_status(self, args: dict[str, Any]) -> Any:
        campaign = self._campaign(args["campaign_id"])
        return {
            "status": campaign.status,
            "creation_time": utc(campaign.created),
            "start_time": utc(campaign.start_at),
        }

    def get_campaigns(self, args: dict[str, Any]) -> Any:
        since = parse_utc(args["from"]) if args.get("from") else float("-inf")
        until = parse_utc(args["to"]) if args.get("to") else float("inf")
        chosen = [c for c in self.campaigns.values() if since <= c.start_at <= until]
        offset = args.get("offset", 0)
        return [
            {
                "id": c.id,
                "start_time": utc(c.start_at),
                "status": c.status,
                "message_id": c.message.id,
                "list_id": c.message.list_id,
                "subject": "",
                "sender_name": "",
                "sender_email": "",
                "stats_url": f"{self._base}/campaigns/{c.id}",
            }
            for c in chosen[offset : offset + args.get("limit", 50)]
        ]

    # Fields and tags.
    def get_fields(self, args: dict[str, Any]) -> Any:
        return list(self.fields.values())

    def create_field(self, args: dict[str, Any]) -> Any:
        return {"id": self._add_field(args["name"], args["type"], args.get("public_name"))}

    def _field(self, field_id: int) -> dict[str, Any]:
        if field_id not in self.fields:
            raise Fault("invalid_arg", f"Field {field_id} not found")
        return self.fields[field_id]

    def update_field(self, args: dict[str, Any]) -> Any:
        found = self._field(args["id"])
        found.update({k: args[k] for k in ("name", "type", "public_name") if k in args})
        return {"id": args["id"]}

    def delete_field(self, args: dict[str, Any]) -> Any:
        del self.fields[self._field(args["id"])["id"]]
        return {}

    def get_tags(self, args: dict[str, Any]) -> Any:
        return [{"id": i, "name": n} for i, n in self.tags.items()]

    def delete_tag(self, args: dict[str, Any]) -> Any:
        name = self.tags.pop(args["id"], None)
        if name is None:
            raise Fault("invalid_arg", f"Tag {args['id']} not found")
        for contact in self.contacts.values():
            contact.tags.discard(name)
        return {}

    def field_values(self, args: dict[str, Any]) -> Any:
        contact = self._by_email.get(args["email"].lower())
        if contact is None:
            raise Fault("unspecified", "Contact not found")
        values = {}
        for field_id in args["field_ids"].split(","):
            known = self.fields.get(int(field_id))
            values[field_id] = contact.fields.get(known["name"]) if known else None
        return {"fieldValues": values}

    # Partner methods.
    def validate_sender(self, args: dict[str, Any]) -> Any:
        self._user(args.get("login"))
        if args["email"].lower().endswith("@gmail.com"):
            raise Fault(
                "invalid_arg",
                f"SZ151225-04 [You cannot send mailings from: {args['email']} due to DMARC policy]",
            )
        return {"message": "Confirmation letter was sent"}

    def checked_emails(self, args: dict[str, Any]) -> Any:
        user = self._user(args["login"])
        return [{"email": user.email, "name": user.login, "is_checked": True}]

    def register(self, args: dict[str, Any]) -> Any:
        login = args.get("login") or args["email"].split("@")[0]
        if login in self.users or login == self.account.login:
            raise Fault("invalid_arg", f"Login {login!r} is taken")
        timezone = args.get("timezone", "UTC")
        if timezone not in ("UTC", "Europe/Moscow", "Europe/Kyiv", "Europe/Berlin"):
            self._warnings.append("Unknown timezone, UTC is used")
        self.users[login] = Account(login, args["email"], 0.0, registered=self.clock.now())
        return {"api_key": uuid.uuid4().hex, "user_id": self._new_id(), "login": login}

    def user_exists(self, args: dict[str, Any]) -> Any:
        accounts = [self.account, *self.users.values()]
        return {
            "login_exists": int(any(a.login == args.get("login") for a in accounts)),
            "email_exists": int(any(a.email == args.get("email") for a in accounts)),
        }

    def _info(self, user: Account) -> dict[str, Any]:
        return {
            "login": user.login,
            "email": user.email,
            "reg_time": utc(user.registered),
            "master": "",
            "balance": user.balance,
            "currency": user.currency,
            "tariff_id": user.tariff_id,
            "timezone": "UTC",
        }

    def user_info(self, args: dict[str, Any]) -> Any:
        return self._info(self._user(args.get("login")))

    def get_users(self, args: dict[str, Any]) -> Any:
        since = parse_utc(args["registered_after"]) if args.get("registered_after") else None
        until = parse_utc(args["registered_before"]) if args.get("registered_before") else None
        return [
            self._info(u)
            for u in self.users.values()
            if (since is None or u.registered >= since) and (until is None or u.registered <= until)
        ]

    def transfer_money(self, args: dict[str, Any]) -> Any:
        by_email = {a.email: a for a in (self.account, *self.users.values())}
        source, target = by_email.get(args["source_email"]), by_email.get(args["target_email"])
        if source is None or target is None:
            raise Fault("invalid_arg", "Both users must be linked to the reseller")
        amount = float(args["sum"])
        if amount > source.balance:
            raise Fault(
                "unspecified",
                f"Your account balance is only {source.balance:.2f} usd, "
                f"and you want to transfer {amount:.2f} usd",
            )
        before = (source.balance, target.balance)
        source.balance = round(source.balance - amount, 4)
        target.balance = round(target.balance + amount, 4)
        return {
            "source_old_balance": before[0],
            "source_new_balance": source.balance,
            "source_currency": source.currency,
            "target_old_balance": before[1],
            "target_new_balance": target.balance,
            "target_currency": target.currency,
        }

    def tariffs(self, args: dict[str, Any]) -> Any:
        self._user(args.get("login"))
        return [{"tariff_id": 1, "name": "Free"}, {"tariff_id": 7, "name": "SMS start"}]

    def change_tariff(self, args: dict[str, Any]) -> Any:
        user = self._user(args["login"])
        if args["tariff_id"] not in (1, 7):
            raise Fault(None, "Tariff not available")
        user.tariff_id = args["tariff_id"]
        now = self.clock.now()
        return {
            "tariff_id": user.tariff_id,
            "charged_sum": 0,
            "charged_bonus": 0,
            "start_time": utc(now),
            "end_time": utc(now + 30 * 86400),
        }

    def set_sender_domain(self, args: dict[str, Any]) -> Any:
        self._user(args["username"])
        if args["domain"] in self.domains:
            raise Fault(None, "OB20150818-02 [Domain already exists]")
        self.domains[args["domain"]] = f"v=DKIM1; k=rsa; p={uuid.uuid4().hex}"
        return {"dkim": self.domains[args["domain"]]}

    def sender_domains(self, args: dict[str, Any]) -> Any:
        self._user(args["username"])
        chosen = [d for d in self.domains if args.get("domain") in (None, d)]
        offset = args.get("offset", 0)
        page = chosen[offset : offset + args["limit"]] if "limit" in args else chosen[offset:]
        return {
            "status": "success",
            "domains": [{"Domain": d, "Status": "active", "key": self.domains[d]} for d in page],
        }

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
