"""SMS.by's input checks and request bodies: InvalidRequestError before any request.

The checks themselves are smsgate's (`_limits`, `phones`); here are SMS.by's numbers for them
(10 SMS parts, 1-16 digit codes), its time formats, and the mailing bodies of sendBulkSms and
sendBulkViber, built with the generated models' typed constructors.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

from smsgate_smsby_client import models
from smsgate_smsby_client import types as generated_types

from .. import _limits, phones
from ..errors import InvalidRequestError
from ._decode import minsk
from ._results import BulkMailing, CodeType, PersonalMailing, ViberContent

if TYPE_CHECKING:  # at run time as models.X and generated_types.X, loaded on first use
    from smsgate_smsby_client.models import (
        BulkRecipient,
        BulkTextMailing,
        ViberBulkMailing,
        ViberPersonalMailing,
    )
    from smsgate_smsby_client.models import (
        PersonalMailing as GeneratedPersonal,
    )
    from smsgate_smsby_client.types import Unset

T = TypeVar("T")

MAX_PARTS = 10
"""SMS parts a text may take (SMS.by's docs: 1530 Latin or 670 Cyrillic characters)."""
_OTP = re.compile(r"[0-9]{1,16}")
BULK_TIME = "%Y-%m-%dT%H:%M:%S"
MINUTE_TIME = "%Y-%m-%d %H:%M"


def normalize_phone(phone: str | int) -> str:
    """A phone as SMS.by wants it: international digits, no `+` or `00`."""
    return phones.international_digits(phone)


def unset(value: T | None) -> T | Unset:
    """An optional field left out: None as the generated package's UNSET."""
    return generated_types.UNSET if value is None else value


def flag(value: bool | None) -> Literal[0, 1] | Unset:
    """An optional on/off setting as SMS.by's 1 or 0."""
    return generated_types.UNSET if value is None else 1 if value else 0


def ident(value: Any, what: str) -> int:
    """An id SMS.by counts from 0 (alphaname_id 0 is its system sender)."""
    return _limits.integer(value, what, least=0)


def optional_ident(value: Any, what: str) -> int | Unset:
    return generated_types.UNSET if value is None else ident(value, what)


def sms_text(value: Any, what: str = "the text") -> str:
    """An SMS text within SMS.by's documented 10 parts."""
    return _limits.text(value, what, max_parts=MAX_PARTS)


def otp_code(code: Any) -> str:
    if not isinstance(code, str) or not _OTP.fullmatch(code):
        raise InvalidRequestError(f"an OTP code is 1-16 digits, got {code!r}")
    return code


def local(when: datetime, pattern: str) -> str:
    """A schedule (aware, ahead) as Minsk wall-clock text in SMS.by's `pattern`."""
    return _limits.future(when, "schedule_at").astimezone(minsk()).strftime(pattern)


def password_fields(kind: CodeType | str, length: int) -> dict[str, Any]:
    """A code generator's kind and length, as createPasswordObject and its edit take them."""
    if kind not in CodeType.__members__.values():
        raise InvalidRequestError(f"kind is letters, numbers or both, got {kind!r}")
    return {"type_id": str(kind), "len_": _limits.integer(length, "a code's length", most=16)}


class _Shared(TypedDict):
    """The fields every kind of mailing has, for the typed constructors to unpack."""

    alphaname_id: str
    name: str
    schedule_time: str | Unset


class Mailing:
    """One mailing of a bulk send, checked, in SMS.by's wire form; `region` reads national
    numbers (the facade's default_region), as the gateway does."""

    def __init__(self, mailing: BulkMailing | PersonalMailing, region: str | None):
        name = _limits.text(mailing.name, "a mailing name")
        self.shared = _Shared(
            alphaname_id=str(ident(mailing.alphaname_id, "alphaname_id")),
            name=name,
            schedule_time=generated_types.UNSET
            if mailing.schedule_at is None
            else local(mailing.schedule_at, BULK_TIME),
        )
        self.text: str | None = None
        self.phones: list[str] = []
        self.recipients: list[BulkRecipient] = []
        if isinstance(mailing, BulkMailing):
            if not mailing.phones:
                raise InvalidRequestError(f"mailing {name!r} has no phones")
            self.phones = list(phones.international_numbers(mailing.phones, region))
            self.text = sms_text(mailing.text)
            return
        pairs = (
            mailing.messages.items() if isinstance(mailing.messages, Mapping) else mailing.messages
        )
        self.recipients = [
            models.BulkRecipient(
                phone=phones.international_digits(phone, region),
                text=sms_text(text, "a personal text"),
            )
            for phone, text in pairs
        ]
        if not self.recipients:
            raise InvalidRequestError(f"mailing {name!r} has no messages")

    def sms(self) -> BulkTextMailing | GeneratedPersonal:
        """As sendBulkSms takes it: one text to many phones, or a text per phone."""
        if self.text is not None:
            return models.BulkTextMailing(
                **self.shared, message_type="bulk", delivery_list=self.phones, text=self.text
            )
        return models.PersonalMailing(
            **self.shared, message_type="personal", delivery_list=self.recipients
        )

    def viber(self, content: ViberContent) -> ViberBulkMailing | ViberPersonalMailing:
        """As sendBulkViber takes it: the same mailing with what it shows."""
        shown = models.ViberContent(
            type_=content.type, image_url=unset(content.image_url), caption=unset(content.caption)
        )
        if self.text is not None:
            return models.ViberBulkMailing(
                **self.shared,
                message_type="bulk",
                delivery_list=self.phones,
                text=self.text,
                content=shown,
            )
        return models.ViberPersonalMailing(
            **self.shared, message_type="personal", delivery_list=self.recipients, content=shown
        )
