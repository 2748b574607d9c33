"""What every Selzy method reads and changes: the stub's state, its helpers, and the clock that
moves SMS and campaigns on. The methods themselves (`_contacts`, `_messages`) build on it."""

from __future__ import annotations

import itertools
import uuid
from collections import deque
from typing import Any

from .._core import Clock
from ._model import (
    CAMPAIGN_TAKES,
    DELIVERED_AFTER,
    EMAIL,
    PHONE,
    QUEUED_AFTER,
    SENDER,
    SENT_AFTER,
    Account,
    Campaign,
    Contact,
    Fault,
    Message,
    Sms,
    Task,
    phone_digits,
)


class SelzyState:
    """The account's data and the rules that every method shares (ids, lookups, money)."""

    clock: Clock
    key: str
    reseller: bool
    price: float
    senders: set[str] | None
    calls_per_minute: int | None
    task_polls: int
    account: Account
    users: dict[str, Account]
    lists: dict[int, str]
    contacts: dict[int, Contact]
    fields: dict[int, dict[str, Any]]
    tags: dict[int, str]
    messages: dict[int, Message]
    campaigns: dict[int, Campaign]
    sms: dict[str, Sms]
    tasks: dict[str, Task]
    domains: dict[str, str]

    def _init_state(self, balance: float) -> None:
        now = self.clock.now()
        self.account = Account("smsgate", "owner@example.com", balance, registered=now)
        self.users = {"client1": Account("client1", "c1@example.com", 0.0)}
        self._ids = itertools.count(1)
        self.lists = {}
        for title in ("Customers", "SMS subscribers", "Newsletter"):
            self.lists[next(self._ids)] = title
        self.contacts = {}
        self._export_snapshot: tuple[str, list[int]] = ("", [])
        """The last legacy export's query and the ids of the contacts it matched."""
        self._by_email: dict[str, Contact] = {}
        self._by_phone: dict[str, Contact] = {}
        self.fields = {}
        self._add_field("Name", "string")
        self.tags = {}
        self.messages = {}
        self.campaigns = {}
        self.sms = {}
        self._moving: list[Sms] = []
        self.tasks = {}
        self.domains = {}
        self._calls: dict[str, deque[float]] = {}
        self._base = "http://selzy"
        """Where the request came in; file and stats URLs point back there."""
        self._warnings: list[str] = []

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
        if email is not None and not EMAIL.fullmatch(email):
            raise Fault(
                "invalid_arg", f'fields: This value "{email}" is not a valid email address.'
            )
        if phone is not None and not PHONE.fullmatch(phone):
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

    def _sender(self, sender: str) -> None:
        if not SENDER.fullmatch(sender) or (
            self.senders is not None and sender not in self.senders
        ):
            raise Fault("src_invalid", f"invalid sender {sender!r}")
