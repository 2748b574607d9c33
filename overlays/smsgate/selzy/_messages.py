"""Selzy's messages: an SMS message made for a list (createSmsMessage, which a campaign then
sends), and the messages of the account (getMessages, listMessages, getMessage,
deleteMessage)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from smsgate_selzy_client import models
from smsgate_selzy_client.api.sms import (
    create_sms_message,
    delete_message,
    get_message,
    get_messages,
    list_messages,
)

from .. import _limits, _pager, _wire
from .._calls import Call
from .._facade import Stream, operation, stream
from ..errors import InvalidRequestError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SelzyFacade, given
from ._results import Ack, Created, Listing, Message


def _message_page(reply: Any) -> list[Message]:
    return [decode.message(entry) for entry in reply.result]


class MessageOperations(SelzyFacade):
    def _create_sms_message(
        self,
        sender: str,
        body: str,
        list_id: int,
        *,
        tag: str | None = None,
        categories: Iterable[str] = (),
    ) -> Call[Created]:
        """An SMS for a list's active phones; `create_campaign` sends it."""
        request = models.CreateSmsMessageRequest(
            sender=inputs.sender(sender),
            body=_limits.text(body, "body", max_chars=inputs.TEXT_LIMIT),
            list_id=_limits.integer(list_id, "list_id"),
            tag=given(tag),
            categories=given(",".join(categories) or None),
        )

        def convert(result: Any, warnings: tuple[str, ...]) -> Created:
            return Created(_wire.integer(result.message_id, "message_id"), warnings=warnings)

        return self._call(create_sms_message, decode.of_result(convert), body=request)

    create_sms_message = operation(_create_sms_message)

    @operation
    def delete_message(self, message_id: int) -> Call[Ack]:
        body = models.DeleteMessageRequest(message_id=_limits.integer(message_id, "message_id"))
        return self._call(delete_message, decode.of_result(decode.ack), body=body)

    @operation
    def messages_by_id(self, ids: int | Iterable[int]) -> Call[Listing[Message]]:
        body = models.GetMessageRequest(id=inputs.id_list(ids, "message id"))
        return self._call(get_message, decode.listing_of(decode.message), body=body)

    @stream
    def messages(
        self,
        date_from: datetime,
        date_to: datetime,
        *,
        bodies: bool = True,
        page_size: int = inputs.LIST_PAGE,
    ) -> Stream[Message]:
        """Messages created in a time window, page by page: getMessages, or listMessages
        (no bodies) with `bodies=False`."""
        size = _limits.integer(page_size, "page_size", most=inputs.LIST_PAGE)
        pattern = inputs.MINUTES if bodies else inputs.SECONDS
        start = inputs.utc(date_from, pattern, "date_from")
        end = inputs.utc(date_to, pattern, "date_to")
        if start is None or end is None:
            raise InvalidRequestError("messages needs date_from and date_to")

        def page(offset: int) -> Call[Sequence[Message]]:
            if bodies:
                with_bodies = models.GetMessagesRequest(
                    date_from=start, date_to=end, offset=offset, limit=size
                )
                return self._call(get_messages, _message_page, body=with_bodies)
            without = models.ListMessagesRequest(
                date_from=start, date_to=end, offset=offset, limit=size
            )
            return self._call(list_messages, _message_page, body=without)

        yield from _pager.pages(page, 0, _pager.by_offset(size))
