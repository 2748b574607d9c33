"""Selzy's state as plain data: contacts, messages, campaigns, SMS, tasks, accounts, and the
refusal every layer raises (`Fault`), with the time and phone formats Selzy uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

SENT_AFTER = 1.0
DELIVERED_AFTER = 3.0
QUEUED_AFTER = 1.0
CAMPAIGN_TAKES = 3.0
CANCELLABLE = ("scheduled", "censor_hold", "waits_censor", "waits_schedule")
EMAIL = re.compile(r"[^@\s,]+@[^@\s,]+\.[^@\s,]+")
PHONE = re.compile(r"\+?[0-9]{10,15}")
SENDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-_]{2,10}")
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
