"""The SMS.by stub's account: its state, and the rules that move it (the clock, sends,
charges, senders). The operations (`_sms`, `_account`) and the wire (`__init__`) build on it."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from ...segments import count_segments
from ...smsby import MINSK
from .._core import Callbacks, Clock, StubServer
from ._records import (
    BILLING,
    DELIVERED_AFTER,
    LOOPBACK,
    SAMPLE_ALPHANAMES,
    SENT_AFTER,
    TOO_LONG,
    WRONG_ALPHANAME,
    BulkJob,
    Flash,
    ListMailing,
    PasswordObject,
    Refusal,
    Sms,
    Template,
    Wire,
)


class Account(StubServer):
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
        wire: Wire = "spec",
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
        self.sends_received = 0
        """Every send request that reached the stub, accepted or not."""

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
