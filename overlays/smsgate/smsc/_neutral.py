"""SMSC under the vendor-neutral interface (smsgate.gateway): the `_neutral_*` hooks, and
the one mapping of SMSC's statuses to neutral reports that polls and callbacks share (so
that a report reads the same, `vendor_status` and `at` included, whichever way it came)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .. import _neutral as neutral
from .._facade import Steps
from ..errors import InvalidRequestError
from ._balance import Balances
from ._errors import SmscApiError
from ._results import DeliveryError, MessageStatus
from ._sending import Sending
from ._statuses import Statuses

__all__ = ["NEUTRAL_STATES", "NeutralMapping", "neutral_report"]

NEUTRAL_STATES = {
    MessageStatus.NOT_FOUND: neutral.DeliveryState.UNKNOWN,
    MessageStatus.STOPPED: neutral.DeliveryState.QUEUED,
    MessageStatus.WAITING: neutral.DeliveryState.QUEUED,
    MessageStatus.TRANSFERRED: neutral.DeliveryState.SENT,
    MessageStatus.DELIVERED: neutral.DeliveryState.DELIVERED,
    MessageStatus.READ: neutral.DeliveryState.DELIVERED,
    MessageStatus.EXPIRED: neutral.DeliveryState.EXPIRED,
    MessageStatus.CLICKED: neutral.DeliveryState.DELIVERED,
    MessageStatus.UNDELIVERABLE: neutral.DeliveryState.FAILED,
    MessageStatus.WRONG_NUMBER: neutral.DeliveryState.REJECTED,
    MessageStatus.PROHIBITED: neutral.DeliveryState.REJECTED,
    MessageStatus.INSUFFICIENT_FUNDS: neutral.DeliveryState.REJECTED,
    MessageStatus.UNAVAILABLE: neutral.DeliveryState.FAILED,
}


def neutral_report(
    message_id: str,
    phone: str,
    status: MessageStatus,
    error: DeliveryError,
    at: datetime | None,
) -> neutral.DeliveryReport:
    """A neutral report; `vendor_status` is SMSC's status code as digits ("1"), polled or
    pushed alike."""
    state = NEUTRAL_STATES[status]
    reason = (error if error else status).description if state.is_failure else None
    return neutral.DeliveryReport(
        message_id, f"+{phone}", state, str(int(status)), "smsc", at, reason
    )


class NeutralMapping(Sending, Statuses, Balances):
    """The neutral hooks, built on the send, status and balance operations' own builds."""

    def _neutral_send(self, outgoing: neutral.Outgoing) -> Steps[list[neutral.SentMessage]]:
        when = outgoing.schedule_at
        options: dict[str, Any] = {} if when is None else {"time": f"0{int(when.timestamp())}"}
        digits = [number.removeprefix("+") for number in outgoing.to]
        sent = yield from self._send(
            digits, outgoing.text, sender=outgoing.sender, id=outgoing.label, **options
        )
        # `cnt` counts the parts of every recipient together.
        reported = sent.parts % len(digits) == 0
        parts = sent.parts // len(digits) if reported else outgoing.segments.parts
        return [
            neutral.SentMessage(f"{sent.id}:{d}", f"+{d}", parts, reported, self.vendor)
            for d in digits
        ]

    def _neutral_status(self, message_id: str) -> Steps[neutral.DeliveryReport]:
        ident, _, phone = message_id.rpartition(":")
        if not (ident and phone.isdigit()):
            raise InvalidRequestError(f"{message_id!r} is not an SMSC message id from send()")
        status = yield from self._status(ident, phone)
        return neutral_report(message_id, phone, status.status, status.error, status.changed_at)

    _neutral_labels = True  # send.php takes the client's `id`; status.php finds it by id+phone

    def _neutral_lookup(self, label: str, recipient: str) -> Steps[str | None]:
        phone = recipient.removeprefix("+")
        try:
            status = yield from self._status(label, phone)
        except SmscApiError as exc:
            if exc.code == 3:  # "message not found"
                return None
            raise
        if status.status is MessageStatus.NOT_FOUND:
            return None
        return f"{label}:{phone}"

    def _neutral_balance(self) -> Steps[neutral.Balance]:
        balance = yield from self._balance(currency=True)
        return neutral.Balance(balance.amount, balance.currency or "XXX", self.vendor)
