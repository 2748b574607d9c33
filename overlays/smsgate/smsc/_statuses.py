"""status.php: a message's status (with its details at all=1/2), several at once, and
deleting a message from SMSC's history."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from smsgate_smsc_client import models
from smsgate_smsc_client.api.status import delete_message, get_status

from .. import _limits
from .._calls import Call
from .._facade import operation
from ..errors import InvalidRequestError
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import DONE_SHAPE, Shape
from ._results import MessageDetails, Status

STATUS_FIELDS = ("status", "last_timestamp", "err")
STATUS_LABELS = {"Status": "status", "check_time": "last_date"}
STATUS_SHAPE = Shape(STATUS_FIELDS, labels=STATUS_LABELS)
STATUSES_SHAPE = Shape((*STATUS_FIELDS, "id", "phone"), many=True, labels=STATUS_LABELS)
DETAILS_SHAPE = Shape(
    (
        *STATUS_FIELDS,
        "send_date",
        "send_timestamp",
        "phone",
        "cost",
        "sender_id",
        "status_name",
        "message",
        "comment",
        "type",
        "country",
        "operator",
        "region",
    ),
    labels=STATUS_LABELS,
    positional=False,
)
"""status.php at all=1/2. Not read at fmt=1: the text may hold commas, and newer servers add
fields after it (reference, gotcha 6); fmt=0 splits only where a known key follows."""


def _message(id: str | int, phone: str | int) -> tuple[str, str]:
    """A message's key: its id and the number it went to, as status.php takes them."""
    return _limits.text(str(id), "id"), _limits.text(str(phone), "phone")


class Statuses(SmscBase):
    """status.php's operations."""

    def _status(self, id: str | int, phone: str | int) -> Call[Status]:
        """One message's status; an unknown id is an SmscApiError with code 3."""
        message, number = _message(id, phone)
        body = models.GetStatusBody(id=message, phone=number)
        convert = read.one(read.status(message, number))
        return self._call(get_status, convert, body=body, shape=STATUS_SHAPE)

    status = operation(_status)

    @operation
    def details(
        self, id: str | int, phone: str | int, *, where: bool = False
    ) -> Call[MessageDetails]:
        """One message's status with its send time, cost, sender and text (status.php all=1);
        `where=True` adds its country, operator and region (all=2). Not at fmt=1."""
        message, number = _message(id, phone)
        status = read.status(message, number)

        def convert(decoded: Any) -> MessageDetails:
            r = read.record(decoded)
            return MessageDetails(
                status(r),
                read.when(r, "send_date", "send_timestamp"),
                read.money(r, "cost"),
                r.get("sender_id", ""),
                r.get("status_name", ""),
                r.get("message", ""),
                *((r.get("country"), r.get("operator"), r.get("region")) if where else ()),
            )

        body = models.GetStatusBody(id=message, phone=number, all_=2 if where else 1)
        return self._call(get_status, convert, body=body, shape=DETAILS_SHAPE)

    @operation
    def statuses(self, messages: Iterable[tuple[str | int, str | int]]) -> Call[list[Status]]:
        """Several messages' statuses in one request, from (id, phone) pairs; unknown ones
        come back as MessageStatus.NOT_FOUND. SMSC allows one such request a minute."""
        pairs = [_message(*_inputs.pair(item, "(id, phone)")) for item in messages]
        if not pairs:
            raise InvalidRequestError("give at least one (id, phone) pair")
        # A trailing comma makes SMSC answer a list even for one message.
        body = models.GetStatusBody(
            id=",".join(i for i, _ in pairs) + ",", phone=",".join(p for _, p in pairs) + ","
        )
        convert = read.many(read.status(None, None))
        return self._call(get_status, convert, body=body, shape=STATUSES_SHAPE)

    @operation
    def delete(self, id: str | int, phone: str | int) -> Call[None]:
        """Delete a message from SMSC's history."""
        message, number = _message(id, phone)
        body = models.DeleteMessageBody(del_=1, id=message, phone=number)
        return self._call(delete_message, read.done, body=body, shape=DONE_SHAPE)
