# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charset import Charset, check_charset
from ..models.format_ import Format, check_format
from ..models.get_messages_body_format import (
    GetMessagesBodyFormat,
    check_get_messages_body_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMessagesBody")


@_attrs_define
class GetMessagesBody:
    """
    Attributes:
        get_messages (Literal[1]): The command flag; SMSC selects the command by it.
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        start (str | Unset): A request date, `dd.mm.yyyy`.
        end (str | Unset): A request date, `dd.mm.yyyy`.
        phone (str | Unset):
        email (str | Unset):
        format_ (GetMessagesBodyFormat | Unset): 0 SMS, 8 e-mail.
        cnt (int | Unset): Records per reply, at most 1000.
        prev_id (int | Unset): Messages sent before this `int_id`.
    """

    get_messages: Literal[1]
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    format_: GetMessagesBodyFormat | Unset = UNSET
    cnt: int | Unset = UNSET
    prev_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        get_messages = self.get_messages

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        start = self.start

        end = self.end

        phone = self.phone

        email = self.email

        format_: int | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        cnt = self.cnt

        prev_id = self.prev_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "get_messages": get_messages,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if format_ is not UNSET:
            field_dict["format"] = format_
        if cnt is not UNSET:
            field_dict["cnt"] = cnt
        if prev_id is not UNSET:
            field_dict["prev_id"] = prev_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        get_messages = cast(Literal[1], d.pop("get_messages"))
        if get_messages != 1:
            raise ValueError(f"get_messages must match const 1, got '{get_messages}'")

        _fmt = d.pop("fmt", UNSET)
        fmt: Format | Unset
        if isinstance(_fmt, Unset):
            fmt = UNSET
        else:
            fmt = check_format(_fmt)

        _charset = d.pop("charset", UNSET)
        charset: Charset | Unset
        if isinstance(_charset, Unset):
            charset = UNSET
        else:
            charset = check_charset(_charset)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: GetMessagesBodyFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_get_messages_body_format(_format_)

        cnt = d.pop("cnt", UNSET)

        prev_id = d.pop("prev_id", UNSET)

        get_messages_body = cls(
            get_messages=get_messages,
            fmt=fmt,
            charset=charset,
            start=start,
            end=end,
            phone=phone,
            email=email,
            format_=format_,
            cnt=cnt,
            prev_id=prev_id,
        )

        get_messages_body.additional_properties = d
        return get_messages_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
