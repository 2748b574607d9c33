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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonesDelBody")


@_attrs_define
class PhonesDelBody:
    """
    Attributes:
        del_ (Literal[1]): The command flag; SMSC selects the command by it.
        phone (str): A list of phone numbers separated by any separator (`add`), or one phone number.
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
    """

    del_: Literal[1]
    phone: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        del_ = self.del_

        phone = self.phone

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "del": del_,
                "phone": phone,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        del_ = cast(Literal[1], d.pop("del"))
        if del_ != 1:
            raise ValueError(f"del must match const 1, got '{del_}'")

        phone = d.pop("phone")

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

        phones_del_body = cls(
            del_=del_,
            phone=phone,
            fmt=fmt,
            charset=charset,
        )

        phones_del_body.additional_properties = d
        return phones_del_body

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
