"""Sending SMS (SMS.by's docs, section SMS): one quick SMS, an OTP through Telegram or
WhatsApp, bulk and personal mailings with their statuses, and mailings to stored lists."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from smsgate_smsby_client import models
from smsgate_smsby_client import types as generated_types
from smsgate_smsby_client.api.sms import (
    confirm_send_message_by_list,
    get_sms_messages,
    send_bulk_sms,
    send_otp_telegram,
    send_otp_whats_app,
    send_quick_sms,
    send_sms_list,
    status_bulk_sms,
)
from smsgate_smsby_client.api.viber import status_bulk_viber

from .. import _limits
from .._calls import Call
from .._facade import Sleep, Steps, operation, poll_waits
from ..errors import InvalidRequestError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SmsByBase
from ._results import BulkAccepted, BulkMailing, BulkStatus, Mailing, PersonalMailing, Sent

__all__ = ["Sending"]


class Sending(SmsByBase):
    @operation
    def send_quick(
        self,
        phone: str | int,
        text: str,
        *,
        alphaname_id: int = 0,
        show_cost: bool = False,
        viber_fallback_id: int | None = None,
        viber_fallback_after: int = 60,
    ) -> Call[Sent]:
        """One SMS to one phone, no template (sendQuickSMS). `viber_fallback_id` resends it
        through that Viber sender if it is not delivered in `viber_fallback_after` minutes."""
        arguments: dict[str, Any] = {
            "phone": self._phone(phone),
            "message": inputs.sms_text(text),
            "alphaname_id": str(inputs.ident(alphaname_id, "alphaname_id")),
            "show_cost": 1 if show_cost else generated_types.UNSET,
        }
        if viber_fallback_id is not None:
            if not 5 <= viber_fallback_after <= 60:
                raise InvalidRequestError("viber_fallback_after is 5-60 minutes")
            arguments["body"] = models.ForwardingOptions(
                forwarding_message=1,
                forwarding_time=viber_fallback_after,
                vibername_id=inputs.ident(viber_fallback_id, "viber_fallback_id"),
            )
        return self._call(send_quick_sms, decode.sent, send=True, **arguments)

    @operation
    def send_otp(
        self, phone: str | int, code: str, *, channel: Literal["telegram", "whatsapp"]
    ) -> Call[Sent]:
        """A verification code (digits, at most 16) through Telegram or WhatsApp."""
        message = inputs.otp_code(code)
        endpoints = {"telegram": send_otp_telegram, "whatsapp": send_otp_whats_app}
        if channel not in endpoints:
            raise InvalidRequestError(f"channel is telegram or whatsapp, got {channel!r}")
        phone = self._phone(phone)
        return self._call(endpoints[channel], decode.sent, send=True, phone=phone, message=message)

    def _send_bulk(
        self, *mailings: BulkMailing | PersonalMailing, callback_url: str = ""
    ) -> Call[BulkAccepted]:
        """Bulk and personal mailings in one asynchronous call (sendBulkSms); read their
        statuses with `bulk_status` or `wait_for_bulk` using the answered `uuid`."""
        if not mailings:
            raise InvalidRequestError("give at least one mailing")
        region = self._default_region
        body = models.BulkSmsRequest(
            callback_url=callback_url,
            messages=[inputs.Mailing(mailing, region).sms() for mailing in mailings],
        )
        return self._call(send_bulk_sms, decode.accepted, send=True, body=body)

    send_bulk = operation(_send_bulk)

    def _bulk_status(self, uuid: str, *, viber: bool = False) -> Call[BulkStatus]:
        """The per-phone statuses of one bulk send (statusBulkSms; statusBulkViber for a
        sendBulkViber one)."""
        endpoint = status_bulk_viber if viber else status_bulk_sms
        uuid = _limits.text(uuid, "uuid")
        return self._call(endpoint, decode.bulk_status(uuid), uuid=uuid)

    bulk_status = operation(_bulk_status)

    @operation
    def wait_for_bulk(
        self,
        uuid: str,
        *,
        timeout: float = 600.0,
        first_wait: float = 1.0,
        max_wait: float = 30.0,
        viber: bool = False,
    ) -> Steps[BulkStatus]:
        """Poll a bulk send until every delivery is final or `timeout` seconds of waiting
        have passed, doubling the wait from `first_wait` up to `max_wait`. Returns the last
        status, final or not."""
        if min(timeout, first_wait, max_wait) < 0:
            raise InvalidRequestError("waits cannot be negative")
        read = self._bulk_status(uuid, viber=viber)
        pauses = poll_waits(first_wait, max_wait, timeout)
        while True:
            status = yield from read
            pause = next(pauses, None)
            if status.is_final or pause is None:
                return status
            yield Sleep(pause)

    @operation
    def send_to_list(
        self, list_id: int, text: str, *, name: str, alphaname_id: int = 0, schedule_at: datetime
    ) -> Call[dict[str, Any]]:
        """A mailing to a stored list (sendSmsList); confirm it with `confirm_list_mailing`.
        The reply is undocumented and returned as it came."""
        body = models.SmsListRequest(
            name=_limits.text(name, "name"),
            message=inputs.sms_text(text),
            d_schedule=inputs.local(schedule_at, inputs.MINUTE_TIME),
            list_id=inputs.ident(list_id, "list_id"),
            alphaname_id=inputs.ident(alphaname_id, "alphaname_id"),
        )
        return self._call(send_sms_list, decode.undocumented, body=body)

    @operation
    def confirm_list_mailing(self, message_id: int, *, confirm: bool) -> Call[dict[str, Any]]:
        """confirm=False reads the mailing; confirm=True sends it and charges the balance
        (InsufficientFundsError when it cannot)."""
        body = models.ConfirmListRequest(
            message_id=inputs.ident(message_id, "message_id"), confirm=1 if confirm else 0
        )
        return self._call(
            confirm_send_message_by_list, decode.undocumented, send=confirm, body=body
        )

    @operation
    def mailings(self, kind: Literal["WEB", "API"] | None = None) -> Call[list[Mailing]]:
        """Every WEB and/or API mailing (getSMSMessages)."""
        if kind not in (None, "WEB", "API"):
            raise InvalidRequestError(f"kind is WEB, API or None, got {kind!r}")
        return self._call(get_sms_messages, decode.mailings, type_=inputs.unset(kind))
