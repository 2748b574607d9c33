"""A keyed send through the ledger, written once as steps for the sync and async gateways.

Per chunk: claim the recipients (the intent, committed before the request leaves), send the
ones claimed, settle what came back. A recipient accepted or unknown under the key is not
sent again; one claimed by another live worker is waited for and its outcome returned.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Generator, Iterable
from typing import Any, TypeVar

from .._facade import Facade, Sleep, Steps
from .._neutral import DeliveryState, Outgoing, SentMessage
from ..errors import OutcomeUnknownError, SmsgateError
from ._base import Ledger, Outcome, Record, State, new_label

E = TypeVar("E", bound=SmsgateError)
POLL = 0.05
"""Seconds between looks at rows another worker is sending."""


def ledgered_send(
    client: Facade,
    ledger: Ledger,
    outgoing: Outgoing,
    key: str,
    *,
    resend_unknown: bool,
    chunk_size: int,
    wait_for_others: float,
) -> Steps[list[SentMessage]]:
    to = outgoing.to
    ledger.abandon(key)
    if client._neutral_labels:
        yield from _reconcile(client, ledger, key, outgoing)
    done: dict[str, SentMessage] = {}
    for record in ledger.records(key, to).values():
        if record.state is State.ACCEPTED or (record.state is State.UNKNOWN and not resend_unknown):
            done[record.recipient] = _message(record, client.vendor, outgoing)
    retake = {State.REJECTED, *((State.UNKNOWN,) if resend_unknown else ())}
    todo = [r for r in to if r not in done]
    elsewhere: list[str] = []
    unsettled: list[Outcome] = []  # the last chunk's, committed with the next claim
    for start in range(0, len(todo), chunk_size):
        chunk, rest = todo[start : start + chunk_size], todo[start + chunk_size :]
        label = new_label() if client._neutral_labels else None
        try:
            claimed = ledger.claim(key, chunk, label=label, retake=retake, settling=unsettled)
        except BaseException:
            ledger.settle(key, unsettled)  # a no-op if the claim committed them
            raise
        unsettled = []
        elsewhere += [r for r in chunk if r not in set(claimed)]
        if not claimed:
            continue
        try:
            sent = yield from client._neutral_send(
                dataclasses.replace(outgoing, to=tuple(claimed), label=label)
            )
        except OutcomeUnknownError as exc:
            ledger.settle(key, [Outcome(r, State.UNKNOWN, error=str(exc)) for r in claimed])
            stopped(exc, done.values(), unknown=claimed, not_attempted=rest)
            raise
        except SmsgateError as exc:
            ledger.settle(key, [Outcome(r, State.REJECTED, error=str(exc)) for r in claimed])
            stopped(exc, done.values(), not_attempted=[*claimed, *rest])
            raise
        except BaseException as exc:  # interrupted or cancelled: the request may have left
            reason = f"interrupted ({type(exc).__name__}) while the request was out"
            ledger.settle(key, [Outcome(r, State.UNKNOWN, error=reason) for r in claimed])
            raise
        unsettled = [_outcome(m) for m in sent]
        done.update((m.to, m) for m in sent)
    if unsettled:
        ledger.settle(key, unsettled)
    if elsewhere:
        yield from _await_others(ledger, key, elsewhere, done, outgoing, client, wait_for_others)
    return [done[r] for r in to if r in done]


def _await_others(
    ledger: Ledger,
    key: str,
    recipients: list[str],
    done: dict[str, SentMessage],
    outgoing: Outgoing,
    client: Facade,
    budget: float,
) -> Generator[Sleep, Any, None]:
    """Wait for the recipients another worker claimed, and take its outcomes as recorded."""

    deadline = time.monotonic() + budget
    while True:
        ledger.abandon(key)
        records = ledger.records(key, recipients)
        waiting = [r for r in recipients if records[r].state is State.PENDING]
        for r in recipients:
            if records[r].state is not State.PENDING:
                done[r] = _message(records[r], client.vendor, outgoing)
        if not waiting:
            return
        if time.monotonic() > deadline:
            for r in waiting:
                parts = outgoing.segments.parts
                owner = records[r].owner
                error = f"still being sent by worker {owner}; look again in the ledger"
                done[r] = SentMessage(
                    "", r, parts, False, client.vendor, DeliveryState.UNKNOWN, error
                )
            return
        yield Sleep(POLL)


def _reconcile(
    client: Facade, ledger: Ledger, key: str, outgoing: Outgoing
) -> Generator[Any, Any, None]:
    """Ask the vendor about each unknown recipient sent under a label of ours: found is
    accepted, not found is provably not sent (retaken by this send)."""
    for record in ledger.records(key, outgoing.to).values():
        if record.state is not State.UNKNOWN or record.label is None:
            continue
        try:
            found = yield from client._neutral_lookup(record.label, record.recipient)
        except SmsgateError:
            continue  # still unknown: reported as such, asked again next time
        if found is None:
            error = f"{client.vendor} has no message {record.label} to it: never sent"
            outcome = Outcome(record.recipient, State.REJECTED, error=error)
        else:
            outcome = Outcome(record.recipient, State.ACCEPTED, found, outgoing.segments.parts)
        ledger.resolve(key, outcome)


def stopped(
    exc: E,
    results: Iterable[SentMessage],
    *,
    unknown: Iterable[str] = (),
    not_attempted: Iterable[str] = (),
) -> E:
    """The error that stopped a send, with where every recipient stands."""

    results = list(results)
    exc.accepted = tuple(m for m in results if m.state not in _NOT_ACCEPTED)
    exc.rejected = tuple(m for m in results if m.state is DeliveryState.REJECTED)
    earlier = [m.to for m in results if m.state is DeliveryState.UNKNOWN]
    exc.unknown = (*earlier, *unknown)
    exc.not_attempted = tuple(not_attempted)
    return exc


def _message(record: Record, vendor: str, outgoing: Outgoing) -> SentMessage:

    state = {
        State.ACCEPTED: DeliveryState.QUEUED,
        State.REJECTED: DeliveryState.REJECTED,
    }.get(record.state, DeliveryState.UNKNOWN)
    parts = record.parts if record.parts is not None else outgoing.segments.parts
    reported = record.parts_reported and record.parts is not None
    return SentMessage(
        record.message_id or "", record.recipient, parts, reported, vendor, state, record.error
    )


def _outcome(message: SentMessage) -> Outcome:

    if message.state is DeliveryState.REJECTED:
        return Outcome(message.to, State.REJECTED, error=message.error)
    if message.state is DeliveryState.UNKNOWN:
        return Outcome(message.to, State.UNKNOWN, error=message.error)
    return Outcome(message.to, State.ACCEPTED, message.id, message.parts, message.parts_reported)


_NOT_ACCEPTED = frozenset({"rejected", "unknown"})
