"""What SMS.by posts to a bulk send's callback_url, read: as a BulkStatus for the facade's users,
and as neutral DeliveryReports for smsgate.callbacks."""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from typing import Any

import httpx
from smsgate_smsby_client.api.sms import status_bulk_sms

from .. import _neutral as neutral
from .._calls import PARSE_FAILURES, Endpoint, WireFormatError
from .._facade import _PARSE_CLIENT
from ..callbacks import CallbackRequest
from ..errors import CallbackError
from ._decode import bulk_status
from ._neutral import neutral_report
from ._results import BulkStatus

__all__ = ["parse_bulk_callback", "read_delivery_callback"]


def parse_bulk_callback(body: bytes | str | Iterable[Any], *, uuid: str = "") -> BulkStatus:
    """Read what SMS.by posts to a bulk send's callback_url (presumed to be the
    statusBulkSms reply; the payload is undocumented), with statusBulkSms's own generated
    parser. Raises CallbackError if malformed."""
    try:
        posted = (
            httpx.Response(200, content=body)
            if isinstance(body, bytes | str)
            else httpx.Response(200, json=list(body))
        )
        endpoint: Endpoint = status_bulk_sms
        mailings = endpoint.parse_response(client=_PARSE_CLIENT, response=posted)
        if not isinstance(mailings, list):  # an error object, or no array at all
            raise WireFormatError("the callback should be a JSON array of mailings")
        return bulk_status(uuid)(mailings)
    except PARSE_FAILURES as exc:
        raise CallbackError(f"malformed callback: {exc}", vendor="smsby") from None


def read_delivery_callback(
    request: CallbackRequest, secret: str | None
) -> list[neutral.DeliveryReport]:
    """smsgate.callbacks' reader: a bulk send's statuses, posted to its callback_url. SMS.by
    signs nothing, but the URL is yours: with a secret, it must carry `key=<secret>`."""
    if secret:
        given = request.query.get("key", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            raise CallbackError(
                "the callback URL's key does not match", reason="forged", vendor="smsby"
            )
    status = parse_bulk_callback(request.body)
    return [
        neutral_report(
            f"{mailing.message_id}:{delivery.phone}",
            delivery.phone,
            delivery.status,
            delivery.status_raw,
            delivery.status_time,
        )
        for mailing in status.mailings
        for delivery in mailing.deliveries
    ]
