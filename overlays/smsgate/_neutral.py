"""The vendor-neutral types: what `smsgate.gateway` hands back for every vendor, and what each
vendor's neutral steps (`Facade._neutral_send`, ...) receive and return.

They live apart from the gateway so that the facades, the callbacks and the gateway all import
them without importing one another: `smsgate.gateway.X` and `smsgate.X` name the same objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .segments import Segments

__all__ = [
    "Balance",
    "DeliveryReport",
    "DeliveryState",
    "Estimate",
    "Outgoing",
    "SentMessage",
]


class DeliveryState(StrEnum):
    """Where a message is, in words every vendor's codes map onto."""

    QUEUED = "queued"
    """Accepted, not yet handed to the network (scheduled, moderated, waiting)."""
    SENT = "sent"
    """Handed to the operator; no delivery receipt yet."""
    DELIVERED = "delivered"
    FAILED = "failed"
    """The network could not deliver it."""
    EXPIRED = "expired"
    """Its validity period ran out before it could be delivered."""
    REJECTED = "rejected"
    """Refused before sending: bad number, blocked, prohibited, no money."""
    UNKNOWN = "unknown"
    """A code smsgate does not know, or a message the vendor cannot find."""

    @property
    def is_final(self) -> bool:
        return self is DeliveryState.DELIVERED or self.is_failure

    @property
    def is_failure(self) -> bool:
        """Final and not delivered."""
        return self in _FAILURES


_FAILURES = frozenset({DeliveryState.FAILED, DeliveryState.EXPIRED, DeliveryState.REJECTED})


@dataclass(frozen=True)
class SentMessage:
    """One recipient's message as the vendor took it."""

    id: str
    """Opaque: give it to `status`; delivery callbacks report the same id."""
    to: str
    """E.164, e.g. "+995511194241"."""
    parts: int
    parts_reported: bool
    """False when the vendor does not say and `parts` is smsgate's estimate."""
    vendor: str
    state: DeliveryState = DeliveryState.QUEUED
    """REJECTED when the vendor refused this recipient (the others may still go out)."""
    error: str | None = None


@dataclass(frozen=True)
class DeliveryReport:
    """Where one message is now, normalised, with the vendor's own status beside it."""

    id: str
    to: str | None
    state: DeliveryState
    vendor_status: str
    """The vendor's code or word, as it came (e.g. SMSC "20", Selzy "err_dest_invalid")."""
    vendor: str
    at: datetime | None = None
    """When the vendor says the status changed; where a vendor's polled report gives no such
    time (uBill's), when it answered with this status (its reply's Date header), the latest
    the status can have been reached. None only when the vendor gives neither."""
    error: str | None = None

    @property
    def is_final(self) -> bool:
        return self.state.is_final


@dataclass(frozen=True)
class Balance:
    amount: Decimal
    currency: str
    """ISO 4217, or "SMS" where the vendor counts messages instead of money (uBill)."""
    vendor: str


@dataclass(frozen=True)
class Outgoing:
    """A send as the vendors' neutral steps receive it: validated, numbers in E.164."""

    to: tuple[str, ...]
    text: str
    sender: str | None
    schedule_at: datetime | None
    callback_url: str | None
    segments: Segments
    label: str | None = None
    """Our own message id for the vendor, where it takes one (SMSC `id`; see the ledger)."""
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Lookups that hold for the whole send (SMS.by's sender id), made once: the chunks of a
    send are copies (dataclasses.replace) that share this one dict."""


@dataclass(frozen=True)
class Estimate:
    """What a send will take, before sending it."""

    segments: Segments
    recipients: int
    price_per_part: Decimal | None = None

    @property
    def parts(self) -> int:
        """Parts over all recipients: what the vendors bill."""
        return self.segments.parts * self.recipients

    @property
    def cost(self) -> Decimal | None:
        return None if self.price_per_part is None else self.price_per_part * self.parts
