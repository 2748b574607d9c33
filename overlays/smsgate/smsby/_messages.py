"""Message templates (SMS.by's docs, section SMS): create one, wait for its moderation, send it
to a phone, and read when each SMS went out and where each phone's copy is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from smsgate_smsby_client.api.sms import (
    check_sms,
    check_sms_message_status,
    create_sms_message,
    get_messages_list,
    get_sms_delivery_list,
    send_sms,
)

from .. import _limits
from .._calls import Call, Endpoint
from .._facade import Steps, Stream, operation, stream
from .._pager import by_offset, pages
from . import _decode as decode
from . import _inputs as inputs
from ._base import PAGE_SIZE, SmsByBase
from ._errors import DuplicateMessageError
from ._results import CreatedMessage, Delivery, Message, MessageState, Sent, SmsTimes

__all__ = ["Messages"]

T = TypeVar("T")


class Messages(SmsByBase):
    @operation
    def create_message(
        self,
        text: str,
        *,
        name: str | None = None,
        alphaname_id: int | None = None,
        schedule_at: datetime | None = None,
        reuse_existing: bool = True,
    ) -> Steps[CreatedMessage]:
        """A template for `send` (createSmsMessage); it must be moderated before it sends.
        SMS.by refuses a second message with the same text and names the first: with
        `reuse_existing` that one is returned (`duplicate=True`) instead of the error."""
        create = self._call(
            create_sms_message,
            decode.created,
            message=inputs.sms_text(text),
            name=inputs.unset(name),
            alphaname_id=inputs.optional_ident(alphaname_id, "alphaname_id"),
            time=inputs.unset(
                None if schedule_at is None else inputs.local(schedule_at, inputs.MINUTE_TIME)
            ),
        )
        try:
            return (yield from create)
        except DuplicateMessageError as duplicate:
            if not reuse_existing:
                raise
            return CreatedMessage(duplicate.existing_id, duplicate=True)

    @operation
    def message_status(self, message_id: int) -> Call[MessageState]:
        """Whether a template is moderated yet (checkSMSMessageStatus)."""
        ident = str(inputs.ident(message_id, "message_id"))
        return self._call(check_sms_message_status, decode.message_state, message_id=ident)

    @operation
    def send(self, message_id: int, phone: str | int) -> Call[Sent]:
        """Send a moderated template to one phone (sendSMS)."""
        return self._call(
            send_sms,
            decode.sent,
            send=True,
            message_id=inputs.ident(message_id, "message_id"),
            phone=self._phone(phone),
        )

    @operation
    def sms_times(self, sms_id: int) -> Call[SmsTimes]:
        """When one SMS was sent and delivered (checkSMS); None until reached."""
        return self._call(check_sms, decode.sms_times, sms_id=inputs.ident(sms_id, "sms_id"))

    def _offset_pages(
        self,
        endpoint: Endpoint,
        convert: Callable[[Any], Sequence[T]],
        page_size: int,
        **arguments: Any,
    ) -> Stream[T]:
        """A limit_offset / limit_rows listing: the next page only once this one is used up."""
        size = _limits.integer(page_size, "page_size")

        def fetch(offset: int) -> Call[Sequence[T]]:
            return self._call(endpoint, convert, limit_offset=offset, limit_rows=size, **arguments)

        return pages(fetch, 0, by_offset(size))

    @stream
    def messages(self, *, page_size: int = PAGE_SIZE) -> Stream[Message]:
        """Every template (getMessagesList), fetched a page at a time."""
        return self._offset_pages(get_messages_list, decode.messages, page_size)

    def _deliveries(self, message_id: int, *, page_size: int = PAGE_SIZE) -> Stream[Delivery]:
        """Every phone a template was sent to (getSmsDeliveryList), a page at a time."""
        ident = inputs.ident(message_id, "message_id")
        return self._offset_pages(
            get_sms_delivery_list, decode.deliveries, page_size, message_id=ident
        )

    deliveries = stream(_deliveries)
