"""SMS.by stub records: the constants, the refusal and the state's records, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from ...smsby import MINSK

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
Wire = Literal["spec", "live", "old"]


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
