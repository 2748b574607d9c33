"""SMS.by under smsgate's neutral interface (smsgate.gateway): the `_neutral_*` hooks, and how
its statuses map onto DeliveryState.

A neutral send is a bulk send (sendBulkSms: the one that reports failures and calls back),
then its status for the mailing's message id; a message's id is `<message id>:<phone>`, what
callbacks and getSmsDeliveryList go by. `vendor_status` is spelt as the bulk send's own
statuses are (statusBulkSms and its callbacks: "DELIVERED"), also when polled through
getSmsDeliveryList, which writes the same words in lower case.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from .. import _neutral as neutral
from .._facade import Steps, first
from ..errors import InvalidRequestError, OutcomeUnknownError, SmsgateError
from ._account import Account
from ._alphanames import Alphanames
from ._messages import Messages
from ._results import BulkMailing
from ._sending import Sending

__all__ = ["NEUTRAL_STATES", "Neutral", "neutral_report"]

NEUTRAL_STATES: dict[str, neutral.DeliveryState] = {
    "NEW": neutral.DeliveryState.QUEUED,
    "SENT": neutral.DeliveryState.SENT,
    "DELIVERED": neutral.DeliveryState.DELIVERED,
    "UNDELIVERED": neutral.DeliveryState.FAILED,
    "EXPIRED": neutral.DeliveryState.EXPIRED,
    "REJECTED": neutral.DeliveryState.REJECTED,
    "ERROR": neutral.DeliveryState.FAILED,
}
"""By the upper-case name: a delivery list says "undelivered", a bulk status "UNDELIVERED"."""

_SENDER_ID = "smsby.alphaname_id"
"""Outgoing.memo's key (with the sender's name) for the sender's alphaname id."""


def neutral_report(
    message_id: str, phone: str, status: StrEnum, status_raw: str, at: datetime | None
) -> neutral.DeliveryReport:
    """One phone's status, in the bulk send's spelling (upper case), with SMS.by's time."""
    state = NEUTRAL_STATES.get(status.name, neutral.DeliveryState.UNKNOWN)
    spelt = status_raw.upper()
    error = spelt if state.is_failure else None
    return neutral.DeliveryReport(message_id, f"+{phone}", state, spelt, "smsby", at, error)


class Neutral(Sending, Messages, Account, Alphanames):
    def _neutral_send(self, outgoing: neutral.Outgoing) -> Steps[list[neutral.SentMessage]]:
        """A bulk send, then its status, for the mailing's message id."""
        alphaname = 0 if outgoing.sender is None else (yield from self._sender_id(outgoing))
        mailing = BulkMailing(
            "smsgate", outgoing.text, outgoing.to, alphaname, outgoing.schedule_at
        )
        accepted = yield from self._send_bulk(mailing, callback_url=outgoing.callback_url or "")
        try:
            status = yield from self._bulk_status(accepted.uuid)
            message_id = status.mailings[0].message_id
        except (SmsgateError, IndexError) as exc:
            raise OutcomeUnknownError(
                f"SMS.by took bulk send {accepted.uuid} but its message id could not be read;"
                f" do not send again, read it with bulk_status({accepted.uuid!r})",
                vendor=self.vendor,
                operation="sendBulkSms",
            ) from exc
        parts = outgoing.segments.parts  # statusBulkSms does not say
        return [
            neutral.SentMessage(f"{message_id}:{number[1:]}", number, parts, False, self.vendor)
            for number in outgoing.to
        ]

    def _sender_id(self, outgoing: neutral.Outgoing) -> Steps[int]:
        """The sender's alphaname id, looked up once per send: the chunks of one send share
        `outgoing.memo`, and an id does not change while a send runs."""
        assert outgoing.sender is not None
        key = f"{_SENDER_ID}:{outgoing.sender}"
        known = outgoing.memo.get(key)
        if isinstance(known, int):
            return known
        ident = yield from self._alphaname_id(outgoing.sender)
        outgoing.memo[key] = ident
        return ident

    def _neutral_status(self, message_id: str) -> Steps[neutral.DeliveryReport]:
        ident, _, phone = message_id.partition(":")
        if not (ident.isdigit() and phone.isdigit()):
            raise InvalidRequestError(f"{message_id!r} is not an SMS.by message id from send()")
        listing = self._deliveries(int(ident))
        found = yield from first(listing, lambda delivery: delivery.phone == phone)
        if found is None:
            unknown = neutral.DeliveryState.UNKNOWN
            return neutral.DeliveryReport(message_id, f"+{phone}", unknown, "", self.vendor)
        return neutral_report(message_id, phone, found.status, found.status_raw, found.sent_at)

    def _neutral_balance(self) -> Steps[neutral.Balance]:
        balance = yield from self._balance()
        return neutral.Balance(balance.sms, balance.currency or "XXX", self.vendor)
