"""send.php: sending (one text to many numbers, or personal texts in one request) and what a
send would cost."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal

from smsgate_smsc_client import models
from smsgate_smsc_client.api.send import get_price, send_list
from smsgate_smsc_client.api.send import send as send_message

from .. import _limits
from .._calls import Call
from .._facade import operation
from ..errors import InvalidRequestError
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import MONEY, Shape
from ._results import Price, SendResult

SEND_SHAPE = Shape(
    ("id", "cnt", "cost", "balance"),
    line=re.compile(
        rf"OK - (?P<cnt>[0-9]+) SMS, ID - (?P<id>[^,]+)(?:, COST - (?P<cost>{MONEY}))?"
        rf"(?:, BALANCE - (?P<balance>{MONEY}))?(?:, CODE - (?P<code>[0-9]+))?"
    ),
)
PRICE_SHAPE = Shape(("cost", "cnt"), line=re.compile(rf"(?P<cost>{MONEY}) \((?P<cnt>[0-9]+) SMS\)"))


class Sending(SmscBase):
    """send.php's operations."""

    def _send(
        self,
        /,
        phones: str | int | Iterable[str | int],
        text: str,
        *,
        sender: str | None = None,
        id: str | int | None = None,
        cost: Literal[0, 2, 3] = 0,
        **options: Any,
    ) -> Call[SendResult]:
        """Send `text` to one or more numbers (or `G<group id>`). `id` is your label for the
        message (not an idempotency key); `cost=2`/`3` add the cost (and the new balance) to
        the result. Other send.php parameters (`translit`, `time`, `tz`, `flash`, `hlr`,
        `call`, `valid`, ...) go in `options` by their SMSC names. A send is never retried once
        it may have reached SMSC."""
        if cost not in (0, 2, 3):
            raise InvalidRequestError("cost should be 0, 2 or 3; use price() for an estimate")
        given = _inputs.options(models.SendBody, "send", options, taken=_MES)
        body = models.SendBody(
            phones=self._targets(phones),
            mes=_limits.text(text, "text", max_chars=_inputs.TEXT_LIMIT),
            sender=_inputs.unset(_inputs.sender(sender)),
            id=_inputs.unset(_inputs.label(id)),
            cost=_inputs.unset(cost or None),
            **given,
        )
        return self._call(
            send_message, read.one(read.send_result), send=True, body=body, shape=SEND_SHAPE
        )

    send = operation(_send)

    @operation
    def send_list(
        self, /, messages: Mapping[str, str] | Iterable[tuple[str, str]], **options: Any
    ) -> Call[SendResult]:
        """Personal messages in one request (`list`): number (or comma list) -> text. A newline
        inside a text is sent as the two characters `\\n`, as SMSC wants."""
        items = messages.items() if isinstance(messages, Mapping) else messages
        pairs = [_inputs.pair(item, "(phones, text)") for item in items]
        if not pairs:
            raise InvalidRequestError("give at least one message")
        lines = []
        for phones, text in pairs:
            escaped = _limits.text(text, "text", max_chars=_inputs.TEXT_LIMIT).replace("\n", "\\n")
            lines.append(f"{self._targets(phones)}:{escaped}")
        given = _inputs.options(models.SendListBody, "send_list", options, taken=_LIST)
        body = models.SendListBody(list_="\n".join(lines), **given)
        return self._call(
            send_list, read.one(read.send_result), send=True, body=body, shape=SEND_SHAPE
        )

    @operation
    def price(
        self, /, phones: str | int | Iterable[str | int], text: str, **options: Any
    ) -> Call[Price]:
        """What a send would cost (send.php with cost=1); nothing is sent."""
        given = _inputs.options(models.GetPriceBody, "get_price", options, taken=_SEND_ARGUMENTS)
        body = models.GetPriceBody(
            cost=1,
            phones=self._targets(phones),
            mes=_limits.text(text, "text", max_chars=_inputs.TEXT_LIMIT),
            **given,
        )

        def convert(decoded: Any) -> Price:
            r = read.record(decoded)
            return Price(read.money(r, "cost") or Decimal(0), read.integer(r, "cnt"))

        return self._call(get_price, convert, body=body, shape=PRICE_SHAPE)


# What the methods set from their own arguments, never taken among the options.
_MES = frozenset({"mes"})
_LIST = frozenset({"list"})
_SEND_ARGUMENTS = frozenset({"mes", "cost"})
