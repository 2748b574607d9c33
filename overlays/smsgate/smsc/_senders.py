"""senders.php: the account's sender names, registering one, and confirming a digital one
by a code."""

from __future__ import annotations

import re
from typing import Any

from smsgate_smsc_client import models
from smsgate_smsc_client.api.senders import (
    senders_add,
    senders_check_code,
    senders_del,
    senders_get,
    senders_send_code,
)

from .. import _limits
from .._calls import Call
from .._facade import operation
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import DONE_SHAPE, Shape

SENDERS_SHAPE = Shape(("sender",), many=True, empty_on=frozenset({3}))
SENDER_CREATED_SHAPE = Shape(("sender",), line=re.compile(r"ID = (?P<sender>[0-9]+)"))
_ADD = frozenset({"add", "sender", "cmt"})
"""What add_sender sets itself, never taken among the flags."""


class Senders(SmscBase):
    """senders.php's operations."""

    @operation
    def senders(self, *, all: bool = False) -> Call[list[str]]:
        """The account's sender names (activated ones only unless `all`)."""
        body = models.SendersGetBody(get=1, all_=_inputs.unset(1 if all else None))
        convert = read.many(lambda r: read.required(r, "sender"))
        return self._call(senders_get, convert, body=body, shape=SENDERS_SHAPE)

    @operation
    def add_sender(self, /, name: str, comment: str, **flags: Any) -> Call[int]:
        """Ask to register a sender name; `comment` is required by SMSC. Operator registration
        flags (`mts`, `mega`, ...) by their SMSC names. Returns the new name's id."""
        given = _inputs.options(models.SendersAddBody, "senders_add", flags, taken=_ADD)
        body = models.SendersAddBody(
            add=1, sender=_limits.text(name, "name"), cmt=_limits.text(comment, "comment"), **given
        )
        convert = read.one(lambda r: read.integer(r, "sender"))
        return self._call(senders_add, convert, body=body, shape=SENDER_CREATED_SHAPE)

    @operation
    def delete_sender(self, name: str) -> Call[None]:
        body = models.SendersDelBody(del_=1, sender=_limits.text(name, "name"))
        return self._call(senders_del, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def send_sender_code(self, number: str, *, site_name: str | None = None) -> Call[None]:
        """Send a confirmation code to a digital sender name."""
        body = models.SendersSendCodeBody(
            send_code=1, sender=_limits.text(number, "number"), site_name=_inputs.unset(site_name)
        )
        return self._call(senders_send_code, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def check_sender_code(self, number: str, code: str) -> Call[None]:
        body = models.SendersCheckCodeBody(
            check_code=1, sender=_limits.text(number, "number"), code=_limits.text(code, "code")
        )
        return self._call(senders_check_code, read.done, body=body, shape=DONE_SHAPE)
