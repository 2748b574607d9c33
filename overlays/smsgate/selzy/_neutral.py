"""Selzy behind the neutral gateway (smsgate.gateway): sendSms as the neutral send, checkSms as
the neutral status, getUserInfo's balance as the neutral balance.

A report's `vendor_status` is checkSms' status as Selzy spells it ("ok_delivered"); its `at`
stays None, since checkSms says no time. Selzy sends no SMS delivery callbacks (see
`_callbacks`), so polls are the only reports.
"""

from __future__ import annotations

from .. import _neutral as neutral
from .._calls import WireFormatError
from .._facade import Steps
from ..errors import InvalidRequestError, OutcomeUnknownError
from ._partner import PartnerOperations
from ._results import SmsStatus
from ._sms import SmsOperations

NEUTRAL_STATES: dict[str, neutral.DeliveryState] = {
    SmsStatus.NOT_SENT: neutral.DeliveryState.QUEUED,
    SmsStatus.OK_SENT: neutral.DeliveryState.SENT,
    SmsStatus.OK_DELIVERED: neutral.DeliveryState.DELIVERED,
    SmsStatus.ERR_SRC_INVALID: neutral.DeliveryState.REJECTED,
    SmsStatus.ERR_DEST_INVALID: neutral.DeliveryState.REJECTED,
    SmsStatus.ERR_SKIP_LETTER: neutral.DeliveryState.REJECTED,
    SmsStatus.ERR_NOT_ALLOWED: neutral.DeliveryState.REJECTED,
    SmsStatus.ERR_DELIVERY_FAILED: neutral.DeliveryState.FAILED,
    SmsStatus.ERR_LOST: neutral.DeliveryState.FAILED,
    SmsStatus.ERR_INTERNAL: neutral.DeliveryState.FAILED,
}


class NeutralMapping(SmsOperations, PartnerOperations):
    """The `_neutral_*` hooks, on the sends' and the account's operations they build on."""

    def _neutral_send(self, outgoing: neutral.Outgoing) -> Steps[list[neutral.SentMessage]]:
        if outgoing.sender is None:
            raise InvalidRequestError("Selzy needs a sender: a registered alpha name")
        if outgoing.schedule_at is not None:
            raise InvalidRequestError(
                "Selzy's sendSms sends at once; schedule with create_campaign(start_time=...)"
            )
        batch = yield from self._send_sms(outgoing.to, outgoing.text, outgoing.sender)
        parts = outgoing.segments.parts  # Selzy says only the price
        messages = []
        for chunk in batch.chunks:
            messages += [
                neutral.SentMessage(sms.sms_id, f"+{sms.phone}", parts, False, self.vendor)
                for sms in chunk.sent
            ]
            if chunk.error is not None:
                unknown = isinstance(chunk.error, OutcomeUnknownError)
                state = neutral.DeliveryState.UNKNOWN if unknown else neutral.DeliveryState.REJECTED
                messages += [
                    neutral.SentMessage(
                        "", f"+{phone}", parts, False, self.vendor, state, str(chunk.error)
                    )
                    for phone in chunk.phones
                ]
        return messages

    def _neutral_status(self, message_id: str) -> Steps[neutral.DeliveryReport]:
        state = yield from self._check_sms(message_id)
        status = str(state.status)
        normal = NEUTRAL_STATES.get(status, neutral.DeliveryState.UNKNOWN)
        error = status if normal.is_failure else None
        return neutral.DeliveryReport(message_id, None, normal, status, self.vendor, error=error)

    def _neutral_balance(self) -> Steps[neutral.Balance]:
        info = yield from self._user_info()
        if info.balance is None:
            raise WireFormatError("getUserInfo has no balance")
        return neutral.Balance(info.balance, info.currency or "XXX", self.vendor)
