"""SMS.by's own errors, beside smsgate's hierarchy (smsgate.errors)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import ApiError

__all__ = ["DuplicateMessageError", "NotFoundError", "UnknownSenderError"]


class NotFoundError(ApiError):
    """The message, SMS, object or page asked for does not exist."""


class DuplicateMessageError(ApiError):
    """createSmsMessage met a message with the same text; `existing_id` is that message."""

    def __init__(self, message: str, *, existing_id: int, **fields: Any):
        super().__init__(message, **fields)
        self.existing_id = existing_id


class UnknownSenderError(NotFoundError):
    """The sender name is none of the account's approved alpha names; `senders` holds those
    that are, by id (0 is SMS.by's system name, used when no sender is given), or is empty
    when they could not be read either."""

    def __init__(self, message: str, *, senders: Mapping[int, str], **fields: Any):
        super().__init__(message, **fields)
        self.senders = dict(senders)
