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
from ..models.mails_add_black_body_type import (
    MailsAddBlackBodyType,
    check_mails_add_black_body_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailsAddBlackBody")


@_attrs_define
class MailsAddBlackBody:
    """
    Attributes:
        add_black (Literal[1]): The command flag; SMSC selects the command by it.
        mail (str):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        type_ (MailsAddBlackBodyType | Unset): Block 0 all messages, 1 mass mailings, 2 single messages.
        cmt (str | Unset): Comment (*unconfirmed*).
    """

    add_black: Literal[1]
    mail: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    type_: MailsAddBlackBodyType | Unset = UNSET
    cmt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_black = self.add_black

        mail = self.mail

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        cmt = self.cmt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_black": add_black,
                "mail": mail,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cmt is not UNSET:
            field_dict["cmt"] = cmt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add_black = cast(Literal[1], d.pop("add_black"))
        if add_black != 1:
            raise ValueError(f"add_black must match const 1, got '{add_black}'")

        mail = d.pop("mail")

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

        _type_ = d.pop("type", UNSET)
        type_: MailsAddBlackBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_mails_add_black_body_type(_type_)

        cmt = d.pop("cmt", UNSET)

        mails_add_black_body = cls(
            add_black=add_black,
            mail=mail,
            fmt=fmt,
            charset=charset,
            type_=type_,
            cmt=cmt,
        )

        mails_add_black_body.additional_properties = d
        return mails_add_black_body

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
