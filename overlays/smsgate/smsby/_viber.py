"""Viber (SMS.by's docs, section 5.7): bulk and personal Viber mailings, quick messages with an
image or a button, mailings to stored lists, and the legacy create-then-send pair. Their
statuses are read with `wait_for_bulk(uuid, viber=True)` (statusBulkViber)."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any, Literal

from smsgate_smsby_client import models
from smsgate_smsby_client import types as generated_types
from smsgate_smsby_client.api.viber import (
    create_viber_message,
    get_viber_message_list,
    get_vibernames,
    send_bulk_viber,
    send_quick_viber_media,
    send_quick_viber_message,
    send_viber_message,
    send_viber_message_list,
)

from .. import _limits
from .._calls import Call
from .._facade import operation
from ..errors import InvalidRequestError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SmsByBase
from ._results import BulkAccepted, BulkMailing, PersonalMailing, ViberContent

__all__ = ["Viber"]


class Viber(SmsByBase):
    @operation
    def send_bulk_viber(
        self,
        *mailings: tuple[BulkMailing | PersonalMailing, ViberContent],
        callback_url: str = "",
    ) -> Call[BulkAccepted]:
        """Viber mailings (sendBulkViber): each mailing with its content (text, image or
        button); `alphaname_id` is the Viber sender here. Read them with
        `wait_for_bulk(uuid, viber=True)`."""
        if not mailings:
            raise InvalidRequestError("give at least one mailing")
        region = self._default_region
        body = models.BulkViberRequest(
            callback_url=callback_url,
            messages=[inputs.Mailing(mailing, region).viber(shown) for mailing, shown in mailings],
        )
        return self._call(send_bulk_viber, decode.accepted, send=True, body=body)

    @operation
    def send_viber(self, phone: str | int, text: str, *, vibername_id: int) -> Call[int]:
        """One text Viber message (v1 sendQuickViberMessage); returns its viber_id."""
        body = models.QuickViberRequest(
            phone=self._phone(phone),
            vibername_id=inputs.ident(vibername_id, "vibername_id"),
            message=_limits.text(text, "the text"),
        )
        return self._call(send_quick_viber_message, decode.viber_id, send=True, body=body)

    @operation
    def send_viber_media(
        self,
        phone: str | int,
        text: str,
        *,
        vibername_id: int,
        image: bytes | None = None,
        image_name: str = "image.jpg",
        button: str | None = None,
        button_link: str | None = None,
    ) -> Call[int]:
        """A Viber message with an image and/or a button (v2, multipart; the token goes in
        the query there, as documented)."""
        kind: Literal["TEXT", "IMAGE", "BUTTON"] = (
            "BUTTON" if button is not None else "IMAGE" if image is not None else "TEXT"
        )
        body = models.QuickViberMediaRequest(
            phone=self._phone(phone),
            vibername_id=inputs.ident(vibername_id, "vibername_id"),
            message=_limits.text(text, "the text"),
            type_message=kind,
            image=generated_types.UNSET
            if image is None
            else generated_types.File(payload=io.BytesIO(image), file_name=image_name),
            button=inputs.unset(button),
            button_link=inputs.unset(button_link),
        )
        return self._call(send_quick_viber_media, decode.viber_id, send=True, body=body)

    @operation
    def send_viber_to_list(
        self,
        list_id: int,
        text: str,
        *,
        name: str,
        vibername_id: int,
        schedule_at: datetime,
        button: str | None = None,
        button_link: str | None = None,
    ) -> Call[int]:
        body = models.ViberListRequest(
            name=_limits.text(name, "name"),
            vibername_id=inputs.ident(vibername_id, "vibername_id"),
            list_id=inputs.ident(list_id, "list_id"),
            d_schedule=inputs.local(schedule_at, inputs.MINUTE_TIME),
            type_message="BUTTON" if button is not None else "TEXT",
            message=_limits.text(text, "the text"),
            button=inputs.unset(button),
            button_link=inputs.unset(button_link),
        )
        return self._call(send_viber_message_list, decode.viber_id, send=True, body=body)

    @operation
    def viber_messages(self) -> Call[dict[str, Any]]:
        """getViberMessageList; its reply is undocumented and returned as it came."""
        return self._call(get_viber_message_list, decode.undocumented)

    @operation
    def vibernames(self) -> Call[dict[int, str]]:
        return self._call(get_vibernames, decode.name_map)

    @operation
    def create_viber_message(self, text: str, *, vibername_id: int) -> Call[dict[str, Any]]:
        """Legacy: a Viber message for `send_viber_message`; the reply is undocumented."""
        body = models.ViberMessageRequest(
            message=_limits.text(text, "the text"),
            vibername_id=inputs.ident(vibername_id, "vibername_id"),
        )
        return self._call(create_viber_message, decode.undocumented, body=body)

    @operation
    def send_viber_message(self, viber_message_id: int, phone: str | int) -> Call[dict[str, Any]]:
        """Legacy: send a created Viber message; the reply is undocumented."""
        body = models.ViberSendRequest(
            phone=self._phone(phone),
            viber_message_id=inputs.ident(viber_message_id, "viber_message_id"),
        )
        return self._call(send_viber_message, decode.undocumented, send=True, body=body)
