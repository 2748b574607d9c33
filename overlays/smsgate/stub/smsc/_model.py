"""What the SMSC stub knows of SMSC: its scripts and commands, codes, limits, and the shapes
of its state and replies, shared by the request pipeline, the operations and the renderer."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from ...smsc import MOSCOW

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


def wire_id(message_id: str) -> int | str:
    """A message id as SMSC's JSON carries it: a number when it reads as one, as send.php and
    status.php answer it alike, else the client's string."""
    return int(message_id) if digits(message_id) else message_id


def digits(text: str) -> bool:
    """ASCII digits only: `str.isdigit` also takes "²" and other digits that `int` refuses."""
    return text.isascii() and text.isdigit()
