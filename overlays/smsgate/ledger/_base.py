"""The send ledger's records and the interface both stores implement."""

from __future__ import annotations

import secrets
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum


class State(StrEnum):
    """Where one recipient of one send stands."""

    PENDING = "pending"
    """Claimed: the intent is recorded and the request is leaving, or has left. A pending row
    whose worker is gone is settled as UNKNOWN (its request may have reached the vendor)."""
    ACCEPTED = "accepted"
    """The vendor took it; `message_id` is the vendor's id. Never sent again under the key."""
    REJECTED = "rejected"
    """Provably not sent (the vendor refused, or says it never got it); `error` says why.
    A later send under the same key tries it again."""
    UNKNOWN = "unknown"
    """The request may have reached the vendor and no readable reply came. Never sent again
    under the key unless the caller asks (`resend_unknown=True`) or the vendor, asked, does
    not know it (SMSC)."""


@dataclass(frozen=True)
class Record:
    """One (send key, recipient) row of the ledger."""

    key: str
    recipient: str
    """E.164, as the gateway sends it."""
    state: State
    owner: str
    """The worker that claimed it (see `Ledger.owner`)."""
    label: str | None = None
    """The client-chosen message id given to the vendor, where it takes one (SMSC `id`):
    assigned at claim time, so that an unknown outcome can be looked up."""
    message_id: str | None = None
    parts: int | None = None
    parts_reported: bool = False
    """Whether the vendor said `parts` (else smsgate's estimate)."""
    error: str | None = None
    updated_at: float = 0.0


@dataclass(frozen=True)
class Outcome:
    """What a worker learnt about one recipient it had claimed."""

    recipient: str
    state: State
    message_id: str | None = None
    parts: int | None = None
    parts_reported: bool = False
    error: str | None = None


class Ledger:
    """Per (send key, recipient): the intent before the request leaves, then the outcome.

    A store is safe to share between threads of one process; the PostgreSQL store between
    processes and machines too (the SQLite one between processes of one machine). Claims are
    atomic: each recipient is claimed by exactly one worker at a time."""

    owner: str
    """This worker's name in the rows it claims; unique per open ledger."""

    def claim(
        self,
        key: str,
        recipients: Sequence[str],
        *,
        label: str | None = None,
        retake: Collection[State] = (State.REJECTED,),
        settling: Sequence[Outcome] = (),
    ) -> list[str]:
        """Claim each recipient that has no row under `key`, or one in a state of `retake`,
        for this worker (PENDING, with `label`), durably, before the request leaves. Returns
        the recipients claimed; the others belong to a row that stays as it is.

        `settling`: outcomes of this worker's earlier claims, recorded in the same commit (a
        bulk send settles one chunk as it claims the next: one durable write a chunk)."""
        raise NotImplementedError

    def settle(self, key: str, outcomes: Sequence[Outcome]) -> None:
        """Record the outcome of recipients this worker claimed (its own PENDING rows only)."""
        raise NotImplementedError

    def resolve(self, key: str, outcome: Outcome) -> bool:
        """Turn an UNKNOWN row into what a lookup at the vendor found (ACCEPTED, or REJECTED
        when the vendor never got it). False if the row is no longer UNKNOWN."""
        raise NotImplementedError

    def records(self, key: str, recipients: Sequence[str] | None = None) -> dict[str, Record]:
        """The rows under `key` (only those of `recipients`, if given), by recipient."""
        raise NotImplementedError

    def keys(self) -> list[str]:
        """Every send key in the ledger."""
        raise NotImplementedError

    def abandon(self, key: str) -> int:
        """Settle as UNKNOWN the PENDING rows under `key` whose worker is gone (crashed or
        killed after recording its intent); returns how many. Rows of live workers stay."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def new_label() -> str:
    """A message id for a vendor that takes the client's own (SMSC: up to 40 of
    A-Z a-z 0-9 . - _): 64 random bits, so that two workers never pick the same one."""
    return f"sg{secrets.token_hex(8)}"


def now() -> float:
    return time.time()


TABLE = "smsgate_sends"
COLUMNS = (
    "key, recipient, state, owner, label, message_id, parts, parts_reported, error, updated_at"
)
