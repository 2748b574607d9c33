"""What SMSC pushes to your handler URL: status changes and inbound SMS, read from their
fields, and smsgate.callbacks' reader of delivery reports (verified by the `hash` when a
secret is configured)."""

from __future__ import annotations

import hashlib
import hmac
import zlib
from collections.abc import Callable, Mapping

from .. import _neutral as neutral
from ..callbacks import CallbackRequest
from ..errors import CallbackError, InvalidRequestError
from . import _records as read
from ._neutral import neutral_report
from ._results import DeliveryError, InboundCallback, MessageStatus, StatusCallback

__all__ = ["CALLBACK_HASHES", "callback_hash", "parse_callback", "read_delivery_callback"]


def parse_callback(params: Mapping[str, str]) -> StatusCallback | InboundCallback:
    """Read one notification from its fields (the query of a GET or the form of a POST, as
    your web framework gives them). SMSC's optional hash cannot be checked (what it hashes is
    undocumented), so confirm a status with `status()` before acting on it. Raises
    CallbackError for a notification that does not parse."""
    fields = {str(k): str(v) for k, v in params.items()}
    try:
        if "status" in fields:
            return StatusCallback(
                read.required(fields, "id"),
                read.required(fields, "phone"),
                MessageStatus(read.integer(fields, "status")),
                DeliveryError(read.optional_integer(fields, "err") or 0),
                read.when(fields, "time", "ts"),
                read.optional_integer(fields, "cnt"),
            )
        if "mes" in fields:
            return InboundCallback(
                read.required(fields, "id"),
                read.required(fields, "phone"),
                fields.get("to", ""),
                fields["mes"],
                read.when(fields, "sent"),
            )
    except ValueError as exc:  # WireFormatError
        raise CallbackError(f"malformed callback: {exc}", vendor="smsc") from None
    raise CallbackError("neither a status nor an inbound message", vendor="smsc")


CALLBACK_HASHES: dict[str, Callable[[bytes], str]] = {
    "md5": lambda data: hashlib.md5(data).hexdigest(),
    "sha1": lambda data: hashlib.sha1(data).hexdigest(),
    "crc32": lambda data: str(zlib.crc32(data)),
}


def callback_hash(fields: Mapping[str, str], secret: str, algorithm: str = "md5") -> str:
    """The `hash` of a status callback, as smsgate presumes SMSC computes it: the algorithm
    named in the handler URL over "id:phone:status:secret" (*unconfirmed*: SMSC does not
    publish the string; the stub signs this way)."""
    text = f"{fields.get('id', '')}:{fields.get('phone', '')}:{fields.get('status', '')}:{secret}"
    return CALLBACK_HASHES[algorithm](text.encode())


def read_delivery_callback(
    request: CallbackRequest, secret: str | None, *, hash_algorithm: str = "md5"
) -> list[neutral.DeliveryReport]:
    """smsgate.callbacks' reader: a status notification, verified by its `hash` when a
    secret is configured; an inbound SMS is not a delivery report and reads as none."""
    fields = request.fields
    if secret:
        if hash_algorithm not in CALLBACK_HASHES:
            raise InvalidRequestError(f"hash_algorithm is one of {', '.join(CALLBACK_HASHES)}")
        expected = callback_hash(fields, secret, hash_algorithm)
        if not hmac.compare_digest(fields.get("hash", "").encode(), expected.encode()):
            raise CallbackError("the callback hash does not match", reason="forged", vendor="smsc")
    callback = parse_callback(fields)
    if isinstance(callback, InboundCallback):
        return []
    message_id = f"{callback.id}:{callback.phone}"
    return [
        neutral_report(
            message_id, callback.phone, callback.status, callback.error, callback.changed_at
        )
    ]
