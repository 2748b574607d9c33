"""get.php and info.php: the history of sent messages, inbound SMS, spending statistics,
tariffs, and a number's operator."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from smsgate_smsc_client import models
from smsgate_smsc_client.api.data import (
    get_answers,
    get_messages,
    get_price_list,
    get_stat,
    info_get_operator,
)

from .. import _limits, _pager
from .._calls import Call
from .._facade import Stream, operation, stream
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import ROWS_SHAPE, Record, Shape
from ._results import Answer, HistoryMessage, OperatorInfo, Tariff

HISTORY_SHAPE = Shape(
    (
        "int_id",
        "id",
        "phone",
        "status",
        "err",
        "last_timestamp",
        "send_timestamp",
        "cost",
        "sender_id",
        "sms_cnt",
        "type",
        "message",
    ),
    many=True,
    empty_on=frozenset({3}),
    free_text=True,
)
ANSWERS_SHAPE = Shape(
    ("id", "phone", "to_phone", "sent", "message"),
    many=True,
    empty_on=frozenset({3}),
    free_text=True,
)
TARIFFS_SHAPE = Shape(("zone", "name", "api", "mass"), many=True)
OPERATOR_SHAPE = Shape(("phone", "country", "operator", "region", "mcc", "mnc"))


class Data(SmscBase):
    """get.php's and info.php's operations."""

    @stream
    def history(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        phone: str | None = None,
        page_size: int = _inputs.MAX_PAGE,
    ) -> Stream[HistoryMessage]:
        """Sent messages, newest first, fetched lazily with prev_id + cnt (get_messages)."""
        size = _inputs.page_size(page_size)
        since, until = _inputs.request_date(start), _inputs.request_date(end)
        convert = read.many(read.history)

        def page(before: int | None) -> Call[Sequence[HistoryMessage]]:
            body = models.GetMessagesBody(
                get_messages=1,
                start=_inputs.unset(since),
                end=_inputs.unset(until),
                phone=_inputs.unset(phone),
                prev_id=_inputs.unset(before),
                cnt=size,
            )
            return self._call(get_messages, convert, body=body, shape=HISTORY_SHAPE)

        return _pager.pages(page, None, _pager.after_last(size, lambda m: m.int_id))

    @operation
    def answers(
        self, *, after_id: int | None = None, hours: int | None = None, to_phone: str | None = None
    ) -> Call[list[Answer]]:
        """Inbound SMS; poll with `after_id` = the largest id seen."""
        body = models.GetAnswersBody(
            get_answers=1,
            after_id=_inputs.unset(after_id),
            hour=_inputs.unset(hours),
            to_phone=_inputs.unset(to_phone),
        )
        return self._call(get_answers, read.many(read.answer), body=body, shape=ANSWERS_SHAPE)

    @operation
    def statistics(self, start: date, end: date | None = None) -> Call[list[Record]]:
        """Spending statistics; the field names are undocumented, so rows stay records."""
        body = models.GetStatBody(
            get_stat=1,
            start=_inputs.unset(_inputs.request_date(start)),
            end=_inputs.unset(_inputs.request_date(end)),
        )
        return self._call(get_stat, read.records, body=body, shape=ROWS_SHAPE)

    @operation
    def tariffs(self) -> Call[list[Tariff]]:
        body = models.GetPriceListBody(get_price=1)
        return self._call(get_price_list, read.many(read.tariff), body=body, shape=TARIFFS_SHAPE)

    @operation
    def operator(self, phone: str) -> Call[OperatorInfo]:
        """The operator, country and region of a number."""
        body = models.InfoGetOperatorBody(get_operator=1, phone=_limits.text(phone, "phone"))
        convert = read.one(read.operator)
        return self._call(info_get_operator, convert, body=body, shape=OPERATOR_SHAPE)
