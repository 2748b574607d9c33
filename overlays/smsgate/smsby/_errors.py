"""SMS.by's own errors, beside smsgate's hierarchy (smsgate.errors), and its error object read
from a reply: gotcha 1 of the reference, an `error` key means failure on any HTTP status."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from smsgate_smsby_client import models
from smsgate_smsby_client import types as generated_types

from .._calls import PARSE_FAILURES
from ..errors import ApiError

_DUPLICATE = re.compile(r"same message exists with ID\s*=\s*([0-9]+)", re.IGNORECASE)

__all__ = [
    "DuplicateMessageError",
    "Failure",
    "NotFoundError",
    "UnknownSenderError",
    "failure",
]


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


@dataclass(frozen=True)
class Failure:
    """SMS.by's error object, or an HTTP error without one."""

    text: str | None
    existing_id: int | None = None


def failure(response: httpx.Response) -> Failure | None:
    """Gotcha 1: an `error` key means failure on any status, 200 included."""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict) and "error" in body:
        try:
            error = models.Error.from_dict(body)
        except PARSE_FAILURES:
            return Failure(str(body["error"]))
        existing = _DUPLICATE.search(error.error)
        given = None if isinstance(error.message_id, generated_types.Unset) else error.message_id
        named = existing[1] if existing else given
        return Failure(error.error, None if named is None else int(str(named)))
    if response.status_code >= 400:
        return Failure(None)
    return None
